#!/usr/bin/env bash
# What the public API must refuse at compile time, checked with every host
# compiler (gcc and clang-19 as C99 and C11, g++ and clang++-19 as C++11 and
# C++17, all with -Wall -Wextra -Wpedantic -Werror):
#   - linux_syscall() with 7, 8, 13, 20 or 64 arguments is a compile error
#     that names the limit (linux_syscall_takes_at_most_6_arguments); 65 and
#     100 arguments are still a compile error (named when the argument
#     after the 64th is not a small number);
#   - a float, double, long double, complex (C), struct or union argument is
#     a compile error naming linux_syscall_argument_must_be_an_integer_or_pointer,
#     while every integer type (char, bool, enums, __int128 where it exists,
#     fixed-width types, bit-fields), pointers, arrays, string literals,
#     functions, NULL (and nullptr, enum class in C++) still compile;
#   - an ignored linux_result is a warning (an error under
#     -Werror=unused-result), for linux_syscall() and linux_syscallN();
#   - arm Thumb-1 (-mthumb for ARMv4T, ARMv5TE, ARMv6) is refused by the
#     header and the trampoline with an #error that says to use ARM mode or
#     Thumb-2, while ARM mode on those and Thumb-2 compile (every arity);
# each next to a control that differs only in the offending line and must
# compile, so a failure is known to come from that line.
# Then tests/host/result_ranges.c (linux_try_i32/u32 range checks, argument
# evaluation) is built as C and C++ and run on the host, and cross-built and
# run on a 32-bit (arm, i386) and another 64-bit (aarch64) target.
# Speaks tests/lib/check.sh (result_ranges.c speaks tests/lib/check.h; its
# checks are relayed one by one); ends with `N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source tests/lib/check.sh
source scripts/lib/arch_table.sh

# Triples, emulators and flags of the cross targets come from the
# architecture table (core/architectures.tsv): the arm cases use the armel
# row for gcc and the armv6 row for clang (both soft-float EABI;
# each case's own -march, given last, overrides the row's), result_ranges
# runs on the arm, x86 and aarch64 rows.
arm_soft_gcc="$(arch_get armel gcc)" && arm_soft_gcc_flags="$(arch_get armel cflags)" &&
  arm_soft_clang_triple="$(arch_get armv6 clang_triple)" && arm_soft_clang_flags="$(arch_get armv6 cflags)" &&
  arm_gcc="$(arch_get arm gcc)" && arm_flags="$(arch_get arm cflags)" &&
  x86_gcc_triple="$(arch_get x86 gcc_triple)" &&
  aarch64_clang_triple="$(arch_get aarch64 clang_triple)" && aarch64_flags="$(arch_get aarch64 cflags)" &&
  aarch64_clang_link="$(arch_get aarch64 clang_link)" ||
  exit 1
# emulator NAME: the qemu-user command that runs target NAME's binaries
emulator() {
  local qemu cpu
  qemu="$(arch_get "$1" qemu)" && cpu="$(arch_get "$1" qemu_cpu)" || return 1
  echo "$qemu${cpu:+ -cpu $cpu}"
}
arm_qemu="$(emulator arm)" && x86_qemu="$(emulator x86)" && aarch64_qemu="$(emulator aarch64)" || exit 1

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
    pass "$name"
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
    pass "$name"
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

call_with() { # call_with N ARG: a checked linux_syscall() with N copies of ARG
  local args="" i
  for ((i = 0; i < $1; i++)); do args+=", $2"; done
  echo "(void)linux_check(linux_syscall(LINUX_SYS_getpid$args));"
}
checked_call() { echo "(void)linux_check(linux_syscall(LINUX_SYS_close, $1));"; }

six=$(call_with 6 1)
checked='(void)linux_check(linux_syscall(LINUX_SYS_getpid));'
ignored='linux_syscall(LINUX_SYS_getpid);'
ignored_n='linux_syscall0(LINUX_SYS_getpid);'
kept='linux_result r = linux_syscall(LINUX_SYS_getpid); (void)linux_check(r);'
too_many=linux_syscall_takes_at_most_6_arguments
not_word=linux_syscall_argument_must_be_an_integer_or_pointer

# Every kind of argument that must keep working, in one body (C and C++).
integers='enum colour { RED = 1 } e = RED;
    struct { unsigned bits : 3; } bf = {5};
    char c = 1; signed char sc = 1; unsigned char uc = 1; short s = 1; unsigned short us = 1;
    unsigned u = 1; long l = 1; unsigned long ul = 1; long long ll = 1; unsigned long long ull = 1;
    size_t sz = 1; int64_t i64 = 1; uint8_t u8 = 1; const volatile int cv = 1;
    char buf[4] = {0}; const char *p = buf; int (*fn)(void) = probe;
    (void)linux_check(linux_syscall(LINUX_SYS_getpid, c, sc, uc, s, us, u));
    (void)linux_check(linux_syscall(LINUX_SYS_getpid, l, ul, ll, ull, sz, i64));
    (void)linux_check(linux_syscall(LINUX_SYS_getpid, u8, cv, e, RED, bf.bits, 1 == 1));
    (void)linux_check(linux_syscall(LINUX_SYS_getpid, buf, p, "literal", probe, fn, NULL));
    (void)linux_check(linux_syscall(LINUX_SYS_getpid, -1, 1u, 1L, 0x7fffffffffffffffLL, (char)-1, &buf));
#ifdef __SIZEOF_INT128__
    { __extension__ typedef __int128 i128; i128 w = 1; (void)linux_check(linux_syscall(LINUX_SYS_getpid, w)); }
#endif'
c_only='_Bool b = 1; (void)linux_check(linux_syscall(LINUX_SYS_getpid, b));'
cxx_only='enum class scoped { one = 1 }; bool b = true; int v = 1; int &ref = v;
    (void)linux_check(linux_syscall(LINUX_SYS_getpid, b, scoped::one, nullptr, ref, static_cast<long>(v)));'

for entry in "${compilers[@]}"; do
  cc=${entry%%:*}
  ext=${entry#*:}
  if [[ $ext == c ]]; then stds="c99 c11"; else stds="c++11 c++17"; fi
  for std_name in $stds; do
    std="-std=$std_name"
    base="$std -Wall -Wextra -Wpedantic -Werror"
    tag="${cc//+/x}.${std_name//+/x}"
    expect_compiles "$tag.six_arguments_compile" "$cc" "$ext" "$base" "$six"
    for n in 7 8 13 20 64; do
      expect_rejected "$tag.${n}_arguments_rejected" "$cc" "$ext" "$base" "$too_many" \
        "$(call_with "$n" 1)"
    done
    # beyond 64: the argument after the 64th decides the message
    expect_rejected "$tag.65_identifier_arguments_rejected" "$cc" "$ext" "$base" "$too_many" \
      "int x = 1; $(call_with 65 x)"
    expect_rejected "$tag.100_expression_arguments_rejected" "$cc" "$ext" "$base" "$too_many" \
      "int x = 1; $(call_with 100 'x + 1')"
    expect_rejected "$tag.65_small_number_arguments_rejected" "$cc" "$ext" "$base" "error" \
      "$(call_with 65 1)"
    if [[ $ext == c ]]; then
      expect_compiles "$tag.integer_and_pointer_arguments_compile" "$cc" "$ext" "$base" \
        "$integers
$c_only"
      expect_rejected "$tag.complex_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
        "_Complex double z = 1; $(checked_call z)"
    else
      expect_compiles "$tag.integer_and_pointer_arguments_compile" "$cc" "$ext" "$base" \
        "$integers
$cxx_only"
    fi
    expect_compiles "$tag.integer_control_compiles" "$cc" "$ext" "$base" "int d = -1; $(checked_call d)"
    expect_rejected "$tag.double_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
      "double d = -1.5; $(checked_call d)"
    expect_rejected "$tag.double_literal_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
      "$(checked_call 1.0)"
    expect_rejected "$tag.float_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
      "float d = 2.5f; $(checked_call d)"
    expect_rejected "$tag.long_double_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
      "long double d = 3; $(checked_call d)"
    expect_rejected "$tag.struct_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
      "struct pair { int a, b; } d = {1, 2}; $(checked_call d)"
    expect_rejected "$tag.union_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
      "union either { int a; long b; } d; d.a = 1; $(checked_call d)"
    expect_rejected "$tag.double_in_sixth_argument_rejected" "$cc" "$ext" "$base" "$not_word" \
      "double d = 1; (void)linux_check(linux_syscall(LINUX_SYS_getpid, 1, 2, 3, 4, 5, d));"
    expect_compiles "$tag.checked_result_compiles" "$cc" "$ext" "$base -Werror=unused-result" "$checked"
    expect_compiles "$tag.stored_result_compiles" "$cc" "$ext" "$base -Werror=unused-result" "$kept"
    expect_rejected "$tag.ignored_result_rejected" "$cc" "$ext" "$std -Werror=unused-result" \
      unused "$ignored"
    expect_rejected "$tag.ignored_result_of_syscall0_rejected" "$cc" "$ext" \
      "$std -Werror=unused-result" unused "$ignored_n"
  done
done
# gcc's -Wc++-compat warns about types defined in sizeof; the argument check
# defines none
if command -v gcc >/dev/null 2>&1; then
  expect_compiles "gcc.c99.cxx_compat_clean" gcc c "-std=c99 -Wall -Wextra -Wpedantic -Wc++-compat -Werror" \
    "$integers
$c_only"
fi

need_cross() { # need_cross TOOL...: all present, or one failure naming the first missing
  local t
  for t in "$@"; do
    if ! command -v "$t" >/dev/null 2>&1; then
      fail "tool.$t" "not installed (scripts/install-deps)"
      return 1
    fi
  done
}

# ---- arm: Thumb-1 is refused, ARM state and Thumb-2 build -------------------

# arm_case NAME EXPECT(ok|thumb1) COMPILER... : the header (a call of every
# arity, at -O0 where register pressure is highest) and the trampoline
# source, compiled for one arm instruction set
arm_case() {
  local name=$1 expect=$2 src="$work/arm_$1.c" what
  shift 2
  {
    echo '#include "linux_syscall.h"'
    echo 'long arities(long a, long b, long c, long d, long e, long f);'
    echo 'long arities(long a, long b, long c, long d, long e, long f)'
    echo '{'
    echo '    return (long)(linux_result_raw(linux_syscall(LINUX_SYS_getpid)) +'
    echo '                  linux_result_raw(linux_syscall(LINUX_SYS_close, a)) +'
    echo '                  linux_result_raw(linux_syscall(LINUX_SYS_fcntl, a, b)) +'
    echo '                  linux_result_raw(linux_syscall(LINUX_SYS_read, a, b, c)) +'
    echo '                  linux_result_raw(linux_syscall(LINUX_SYS_openat, a, b, c, d)) +'
    echo '                  linux_result_raw(linux_syscall(LINUX_SYS_statx, a, b, c, d, e)) +'
    echo '                  linux_result_raw(linux_syscall(LINUX_SYS_mmap2, a, b, c, d, e, f)));'
    echo '}'
  } >"$src"
  for what in header trampoline; do
    local input=$src log="$work/arm_$name.$what.log" flags=(-O0)
    if [[ $what == trampoline ]]; then
      input=core/src/arch/arm/trampoline.S
      flags=(-DLINUX_SYSCALL_TRAMPOLINE)
    fi
    if "$@" "${flags[@]}" -Wall -Wextra -Werror -Icore/include -c "$input" -o "$work/arm.o" \
      >"$log" 2>&1; then
      if [[ $expect == ok ]]; then pass "arm.$name.$what"; else fail "arm.$name.$what" "compiled, but must not"; fi
    elif [[ $expect == ok ]]; then
      fail "arm.$name.$what" "does not compile: $(grep -m 2 -i error "$log" | tr '\n' ' ')"
    elif grep -q "Thumb-2" "$log" && grep -q -- "-marm" "$log"; then
      pass "arm.$name.$what"
    else
      fail "arm.$name.$what" "rejected, but not by the Thumb-1 #error: $(grep -m 2 -i error "$log" | tr '\n' ' ')"
    fi
  done
}

if need_cross "$arm_soft_gcc" clang-19; then
  # shellcheck disable=SC2206  # flags are words on purpose
  armel_gcc=("$arm_soft_gcc" $arm_soft_gcc_flags)
  # shellcheck disable=SC2206
  arm_clang=(clang-19 --target="$arm_soft_clang_triple" $arm_soft_clang_flags)
  arm_case gcc.armv4t_thumb thumb1 "${armel_gcc[@]}" -march=armv4t -mthumb
  arm_case gcc.armv5te_thumb thumb1 "${armel_gcc[@]}" -march=armv5te -mthumb
  arm_case gcc.armv6_thumb thumb1 "${armel_gcc[@]}" -march=armv6 -mthumb
  arm_case clang.armv5te_thumb thumb1 "${arm_clang[@]}" -march=armv5te -mthumb
  arm_case clang.armv6_thumb thumb1 "${arm_clang[@]}" -march=armv6 -mthumb
  arm_case gcc.armv4t_arm ok "${armel_gcc[@]}" -march=armv4t -marm
  arm_case gcc.armv5te_arm ok "${armel_gcc[@]}" -march=armv5te -marm
  arm_case clang.armv6_arm ok "${arm_clang[@]}" -march=armv6 -marm
  arm_case gcc.armv6t2_thumb2 ok "${armel_gcc[@]}" -march=armv6t2 -mthumb
  arm_case clang.armv7_thumb2 ok "${arm_clang[@]}" -march=armv7-a -mthumb
fi

# ---- result_ranges.c: run on the host and on other targets ------------------

# run_ranges NAME RUNNER COMPILER FLAGS...: build tests/host/result_ranges.c,
# run it (RUNNER: "" for native, or a qemu command) and expect its own
# `N passed, 0 failed` line
run_ranges() {
  local name=$1 runner=$2 exe="$work/ranges.$1"
  shift 2
  # header-only use: no library linked (x86 asks for it to be said)
  if ! "$@" -DLINUX_SYSCALL_HEADER_ONLY -Wall -Wextra -Wpedantic -Werror -Icore/include \
    tests/host/result_ranges.c \
    -o "$exe" >"$work/$name.log" 2>&1; then
    fail "ranges.$name" "does not build: $(grep -m 3 error "$work/$name.log" | tr '\n' ' ')"
    return
  fi
  pass "ranges.$name.builds"
  # shellcheck disable=SC2086  # runner is words on purpose
  run_checks "ranges.$name${runner:+ under $runner}" $runner "$exe"
}

# i386: natively where this machine runs it, else under its emulator
i386_runner() {
  local probe="$work/probe-i386"
  printf 'int main(void) { return 42; }\n' >"$work/probe.c"
  if "$x86_gcc_triple-gcc" -static -o "$probe" "$work/probe.c" >/dev/null 2>&1; then
    "$probe" >/dev/null 2>&1
    if [[ $? -eq 42 ]]; then echo ""; return; fi
  fi
  echo "$x86_qemu"
}

for entry in "${compilers[@]}"; do
  cc=${entry%%:*}
  ext=${entry#*:}
  tag=${cc//+/x}
  if [[ $ext == c ]]; then
    run_ranges "$tag.c99.host" "" "$cc" -std=c99 -O2
  else
    run_ranges "$tag.cxx11.host" "" "$cc" -x c++ -std=c++11 -O2
  fi
done
# shellcheck disable=SC2086  # flags and emulator commands are words on purpose
if need_cross "$arm_gcc" ${arm_qemu%% *}; then
  run_ranges arm.gcc.c99 "$arm_qemu" "$arm_gcc" $arm_flags -static -std=c99 -O2
fi
if need_cross "$x86_gcc_triple-gcc" "$x86_gcc_triple-g++" ${x86_qemu%% *}; then
  runner=$(i386_runner)
  run_ranges i386.gcc.c99 "$runner" "$x86_gcc_triple-gcc" -static -std=c99 -O2
  run_ranges i386.gxx.cxx11 "$runner" "$x86_gcc_triple-g++" -static -x c++ -std=c++11 -O2
fi
if need_cross clang-19 ${aarch64_qemu%% *}; then
  run_ranges aarch64.clang.c99 "$aarch64_qemu" clang-19 --target="$aarch64_clang_triple" $aarch64_flags \
    "$aarch64_clang_link" -static -std=c99 -O2
fi

# The distribution's own clang (Debian 12: clang 14) is not the one the
# other checks use: the whole default build must work with it too.
if command -v clang >/dev/null 2>&1; then
  v=$(clang -dumpversion 2>/dev/null)
  if make -s CC=clang BUILDDIR="$work/make-clang" >"$work/make-clang.log" 2>&1; then
    pass "make.default-clang-$v.builds"
  else
    fail "make.default-clang-$v.builds"; tail -20 "$work/make-clang.log"
  fi
else
  skip "make.default-clang: no unversioned clang installed"
fi

finish
