#!/usr/bin/env bash
# tests/lib/selftest.sh: the test protocol library judged from outside.
#
# check.sh: small scripts that source it are run in a subshell and their
# closing line and exit status compared with what they must give: passes
# only, a failed check, a failing `check` command, a skip, no check at all,
# and run_checks relaying a protocol-speaking program (including one that
# dies without its closing line).
# check.h: tests/lib/check_selftest.c in each mode (pass, fail, skip, none)
# built as C99 (gcc, -Wpedantic), as C++11 (g++) and freestanding without
# libc (clang-19 -ffreestanding -nostdlib with tests/freestanding) for
# x86_64 (run natively on an x86_64 host, else under its qemu) and i686 (under its qemu: 32-bit, no division
# helper), every one with -Werror.
# A library that counted a failure as a pass, lost the closing line or
# returned 0 after a failure fails here. Ends with "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
source tests/lib/check.sh
source scripts/lib/arch_table.sh

work="$(mktemp -d "${TMPDIR:-/tmp}/check-selftest.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# expect NAME WANT_STATUS WANT_CLOSING_LINE COMMAND...: COMMAND's last line
# and exit status (0 or non-zero) are those wanted.
expect() {
  local name="$1" want_status="$2" want_line="$3" out rc last
  shift 3
  out="$("$@" 2>&1)"
  rc=$?
  last="$(tail -n 1 <<<"$out")"
  if [[ "$last" != "$want_line" ]]; then
    fail "$name" "closing line '$last', want '$want_line'"$'\n'"$out"
  elif [[ $want_status == zero && $rc -ne 0 ]]; then
    fail "$name" "exit status $rc, want 0"$'\n'"$out"
  elif [[ $want_status == nonzero && $rc -eq 0 ]]; then
    fail "$name" "exit status 0, want non-zero"$'\n'"$out"
  else
    pass "$name"
  fi
}

# A script that sources check.sh and runs BODY, then finish.
sh_case() {
  printf 'source %q\n%s\nfinish\n' "$ROOT/tests/lib/check.sh" "$1" >"$work/case.sh"
  bash "$work/case.sh"
}

expect "check.sh: two passes give 2 passed, 0 failed and status 0" zero "2 passed, 0 failed" \
  sh_case 'pass a; pass b'
expect "check.sh: a failed check is counted and the status is non-zero" nonzero "1 passed, 1 failed" \
  sh_case 'pass a; fail b "because"'
expect "check.sh: check with a failing command counts as failed" nonzero "1 passed, 1 failed" \
  sh_case 'check "true runs" true; check "false runs" false'
expect "check.sh: a skip is added to the closing line, not counted as a pass" zero \
  "1 passed, 0 failed, 1 skipped" sh_case 'pass a; skip b "no tool"'
expect "check.sh: no check at all is a failure" nonzero "0 passed, 1 failed" sh_case ':'
out="$(sh_case 'fail "a name" "first line"$'"'"'\n'"'"'"second line"' 2>&1)"
if grep -qx 'FAIL a name: first line' <<<"$out" && grep -qx '    second line' <<<"$out"; then
  pass "check.sh: fail prints 'FAIL NAME: DETAIL' with further detail lines indented"
else
  fail "check.sh: fail prints 'FAIL NAME: DETAIL' with further detail lines indented" "$out"
fi
printf '#!/bin/sh\necho "ok x"\necho "FAIL y: z"\necho "skip w: v"\necho "1 passed, 1 failed, 1 skipped"\nexit 1\n' \
  >"$work/speaker"
printf '#!/bin/sh\necho "ok x"\nexit 3\n' >"$work/dies"
chmod +x "$work/speaker" "$work/dies"
expect "check.sh: run_checks adds a program's counts" nonzero "2 passed, 1 failed, 1 skipped" \
  sh_case "pass own; run_checks prog $work/speaker"
out="$(sh_case "run_checks prog $work/speaker" 2>&1)"
if grep -qx 'FAIL \[prog\] y: z' <<<"$out"; then
  pass "check.sh: run_checks labels the program's lines"
else
  fail "check.sh: run_checks labels the program's lines" "$out"
fi
expect "check.sh: run_checks counts a program that dies without a closing line as failed" nonzero \
  "1 passed, 1 failed" sh_case "run_checks prog $work/dies"

# --- check.h ------------------------------------------------------------------------
src=tests/lib/check_selftest.c
declare -A builds=(
  [c99-gcc]="gcc -std=c99 -Wall -Wextra -Wpedantic -Werror -Icore/include -x c $src -o"
  [cxx11-g++]="g++ -std=c++11 -Wall -Wextra -Wpedantic -Werror -Icore/include -x c++ $src -o"
)
freestanding_srcs="core/src/start/start.S core/src/start/start.c core/src/start/mem.c core/src/auxv.c core/src/vdso.c core/src/time.c core/src/x86_entry_group.c"
# Triples and emulator from the architecture table; a freestanding build is
# named by its triple's CPU (freestanding-x86_64, freestanding-i686).
x86_64_triple="$(arch_get x86_64 clang_triple)" && x86_triple="$(arch_get x86 clang_triple)" &&
  x86_qemu="$(arch_get x86 qemu)" || exit 1
for arch in x86_64 x86; do
  triple="$(arch_get $arch clang_triple)" && link="$(arch_get $arch clang_link)" || exit 1
  builds[freestanding-${triple%%-*}]="clang-19 --target=$triple -std=c99 -O0 -Wall -Wextra -Werror -ffreestanding -fno-stack-protector -nostdlib -static $link -Icore/include -Icore/src -Icore/src/generated $src $freestanding_srcs -o"
done
for build in c99-gcc cxx11-g++ "freestanding-${x86_64_triple%%-*}" "freestanding-${x86_triple%%-*}"; do
  exe="$work/selftest-$build"
  runner=()
  [[ $build == "freestanding-${x86_triple%%-*}" ]] && runner=("$x86_qemu")
  # x86_64 runs natively only on an x86_64 host (the architecture table's
  # host row); elsewhere under its qemu
  [[ $build == "freestanding-${x86_64_triple%%-*}" ]] && runner=($(python3 -c '
import sys; sys.path.insert(0, "scripts/lib"); import arch_table
print(" ".join(arch_table.target("x86_64").qemu_cmd()))'))
  # shellcheck disable=SC2086  # the build line is words on purpose
  if ! check "check.h: builds as $build" ${builds[$build]} "$exe"; then
    continue
  fi
  expect "check.h $build: every macro passes on passing input" zero "6 passed, 0 failed" \
    "${runner[@]}" "$exe" pass
  expect "check.h $build: every macro fails on failing input, status non-zero" nonzero \
    "0 passed, 6 failed" "${runner[@]}" "$exe" fail
  expect "check.h $build: a skip is added to the closing line" zero "1 passed, 0 failed, 1 skipped" \
    "${runner[@]}" "$exe" skip
  expect "check.h $build: no check at all is a failure" nonzero "0 passed, 0 failed" \
    "${runner[@]}" "$exe" none
  out="$("${runner[@]}" "$exe" fail 2>&1)"
  if grep -qx 'FAIL -5 is not 5: got -5 (0xfffffffffffffffb), want 5 (0x5)' <<<"$out" &&
     grep -qx 'FAIL close(-1) does not fail with EINVAL: error 9, want error 22' <<<"$out"; then
    pass "check.h $build: failure lines say what was got and wanted"
  else
    fail "check.h $build: failure lines say what was got and wanted" "$out"
  fi
done

# Its own status does not trust the finish under test: a finish that
# returned 0 after failures must still fail this script.
finish
status=$?
[[ $status -eq 0 && $CHECK_FAILED -eq 0 ]]
