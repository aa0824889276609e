#!/usr/bin/env bash
# tests/icount/run.sh (suite 62-icount): the qemu-user instruction counter of
# the bench (bench/icount.py) is exact: on every core target an asm loop of
# known length counts as its length per iteration (llvm-objdump-19 counts it
# independently), and on this machine's target (x86_64 on the usual
# machine) qemu and callgrind agree on every benchmark path up to one
# constant (tests/icount/validate.py). Builds <host>-glibc with make -C
# bench; writes only out/. About a minute on 2 cores.
set -uo pipefail
cd "${REPO_ROOT:-$(dirname "${BASH_SOURCE[0]}")/../..}" || exit 1
source tests/lib/check.sh

host_prog="out/bench/bin/$(python3 scripts/lib/arch_table.py host)-glibc"
if log="$(make -C bench -s "$PWD/$host_prog" 2>&1)"; then
  pass "build: $host_prog"
else
  fail "build: $host_prog" "$log"
fi
run_checks icount python3 tests/icount/validate.py
finish
