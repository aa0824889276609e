#!/usr/bin/env bash
# What the public API must refuse at compile time, checked with every host
# compiler (gcc, g++, clang-19, clang++-19):
#   - linux_syscall() with 7 or 8 arguments is a compile error that names
#     the limit (linux_syscall_takes_at_most_6_arguments);
#   - an ignored linux_result is a warning (an error under
#     -Werror=unused-result), for linux_syscall() and linux_syscallN();
# each next to a control that differs only in the offending line and must
# compile, so a failure is known to come from that line.
# Prints `ok <name>` / `FAIL <name>: ...` and `N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

ok() { echo "ok $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# program BODY: a translation unit whose function body is BODY
program() {
  cat <<EOF2
#include "linux_syscall.h"
int probe(void);
int probe(void)
{
    $1
    return 0;
}
EOF2
}

# expect_compiles NAME COMPILER EXT FLAGS BODY
expect_compiles() {
  local name=$1 cc=$2 ext=$3 flags=$4 body=$5 src="$work/$1.$3"
  program "$body" >"$src"
  # shellcheck disable=SC2086  # flags are words on purpose
  if "$cc" $flags -Icore/include -c "$src" -o "$work/out.o" >"$work/$name.log" 2>&1; then
    ok "$name"
  else
    fail "$name" "does not compile: $(head -n 3 "$work/$name.log" | tr '\n' ' ')"
  fi
}

# expect_rejected NAME COMPILER EXT FLAGS PATTERN BODY
expect_rejected() {
  local name=$1 cc=$2 ext=$3 flags=$4 pattern=$5 body=$6 src="$work/$1.$3"
  program "$body" >"$src"
  # shellcheck disable=SC2086
  if "$cc" $flags -Icore/include -c "$src" -o "$work/out.o" >"$work/$name.log" 2>&1; then
    fail "$name" "compiled, but must not"
  elif ! grep -q -- "$pattern" "$work/$name.log"; then
    fail "$name" "rejected, but the diagnostic lacks '$pattern': $(head -n 3 "$work/$name.log" | tr '\n' ' ')"
  else
    ok "$name"
  fi
}

compilers=()
for cc in gcc:c clang-19:c g++:cc clang++-19:cc; do
  if command -v "${cc%%:*}" >/dev/null 2>&1; then
    compilers+=("$cc")
  else
    fail "compiler.${cc%%:*}" "not installed (scripts/install-deps)"
  fi
done

six='(void)linux_check(linux_syscall(LINUX_SYS_getpid, 1, 2, 3, 4, 5, 6));'
seven='(void)linux_check(linux_syscall(LINUX_SYS_getpid, 1, 2, 3, 4, 5, 6, 7));'
eight='(void)linux_check(linux_syscall(LINUX_SYS_getpid, 1, 2, 3, 4, 5, 6, 7, 8));'
checked='(void)linux_check(linux_syscall(LINUX_SYS_getpid));'
ignored='linux_syscall(LINUX_SYS_getpid);'
ignored_n='linux_syscall0(LINUX_SYS_getpid);'
kept='linux_result r = linux_syscall(LINUX_SYS_getpid); (void)linux_check(r);'

for entry in "${compilers[@]}"; do
  cc=${entry%%:*}
  ext=${entry#*:}
  if [[ $ext == c ]]; then std="-std=c99"; else std="-std=c++11"; fi
  base="$std -Wall -Wextra -Wpedantic -Werror"
  tag=${cc//+/x}
  expect_compiles "$tag.six_arguments_compile" "$cc" "$ext" "$base" "$six"
  expect_rejected "$tag.seven_arguments_rejected" "$cc" "$ext" "$base" \
    linux_syscall_takes_at_most_6_arguments "$seven"
  expect_rejected "$tag.eight_arguments_rejected" "$cc" "$ext" "$base" \
    linux_syscall_takes_at_most_6_arguments "$eight"
  expect_compiles "$tag.checked_result_compiles" "$cc" "$ext" "$base -Werror=unused-result" "$checked"
  expect_compiles "$tag.stored_result_compiles" "$cc" "$ext" "$base -Werror=unused-result" "$kept"
  expect_rejected "$tag.ignored_result_rejected" "$cc" "$ext" "$std -Werror=unused-result" \
    unused "$ignored"
  expect_rejected "$tag.ignored_result_of_syscall0_rejected" "$cc" "$ext" \
    "$std -Werror=unused-result" unused "$ignored_n"
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
