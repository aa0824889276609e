#!/usr/bin/env bash
# tests/icount/run.sh (suite 62-icount): the qemu-user instruction counter of
# the bench (bench/icount.py) is exact: on every architecture an asm loop of
# known length counts as its length per iteration (llvm-objdump-19 counts it
# independently), and on x86_64 qemu and callgrind agree on every benchmark
# path up to one constant (tests/icount/validate.py). Builds x86_64-glibc
# with make -C bench; writes only out/. About a minute on 2 cores.
set -uo pipefail
cd "${REPO_ROOT:-$(dirname "${BASH_SOURCE[0]}")/../..}" || exit 1
source tests/lib/check.sh

if log="$(make -C bench -s "$PWD/out/bench/bin/x86_64-glibc" 2>&1)"; then
  pass "build: out/bench/bin/x86_64-glibc"
else
  fail "build: out/bench/bin/x86_64-glibc" "$log"
fi
run_checks icount python3 tests/icount/validate.py
finish
