#!/usr/bin/env bash
# Static programs with a libc find the auxiliary vector without /proc
# (issue 9, defect 4): tests/auxv/startup_auxv.c, linked statically the way
# pkg-config links it (-Wl,-u,linux_init_auxv + liblinux_syscall.a, the
# library compiled like the Makefile does), run in a mount namespace whose
# /proc is an empty tmpfs:
#
#   unshare -rm sh -c 'mount -t tmpfs none /proc && exec ./prog --no-proc'
#
# Programs: this machine's glibc (gcc) and musl (musl-gcc) ones, named by
# its row of the architecture table (x86_64 on the usual machine), and i386
# glibc (i686-linux-gnu-gcc). i386 runs natively where this machine can (probed),
# else under qemu-i386, which gives no vDSO: there the test still checks
# that the vector came from libc and not from /proc, and that the library
# agrees with the (vDSO-less) vector. There is no musl for i386 in Debian 12,
# so no i386 musl program.
# Speaks tests/lib/check.sh; the programs speak tests/lib/check.h and their
# checks are relayed one by one. Ends with `N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source tests/lib/check.sh

scratch_dir auxv-test
work="$SCRATCH"

LIB_CFLAGS=(-std=c99 -O2 -Wall -Wextra -Wpedantic -Werror -iquote core/include -iquote core/src
  -iquote core/src/generated)
mapfile -t LIB_SRCS < <(ls core/src/*.c core/src/generated/*.c | LC_ALL=C sort)

# build NAME CC AR: the library as an archive and the static test program
build() {
  local name=$1 cc=$2 ar=$3 dir="$work/$1" src obj objs=()
  mkdir -p "$dir"
  for src in "${LIB_SRCS[@]}"; do
    obj="$dir/$(basename "${src%.c}").o"
    if ! $cc "${LIB_CFLAGS[@]}" -c "$src" -o "$obj" >"$dir/build.log" 2>&1; then
      fail "$name.build" "library: $(grep -m 3 error "$dir/build.log" | tr '\n' ' ')"
      return 1
    fi
    objs+=("$obj")
  done
  rm -f "$dir/liblinux_syscall.a"
  "$ar" rcs "$dir/liblinux_syscall.a" "${objs[@]}" || { fail "$name.build" "$ar failed"; return 1; }
  # shellcheck disable=SC2086  # cc may be words (musl-gcc is one)
  if ! $cc -static -O2 -std=c99 -Wall -Wextra -Werror -Icore/include tests/auxv/startup_auxv.c \
    -Wl,-u,linux_init_auxv -L"$dir" -llinux_syscall -o "$dir/prog" >"$dir/link.log" 2>&1; then
    fail "$name.build" "program: $(grep -m 3 -iE 'error|undefined' "$dir/link.log" | tr '\n' ' ')"
    return 1
  fi
  if ! $cc -static -O2 -std=c99 -Wall -Wextra -Werror -Icore/include tests/auxv/changed_environ.c \
    -Wl,-u,linux_init_auxv -L"$dir" -llinux_syscall -o "$dir/changed_environ" >"$dir/link.log" 2>&1; then
    fail "$name.build" "changed_environ: $(grep -m 3 -iE 'error|undefined' "$dir/link.log" | tr '\n' ' ')"
    return 1
  fi
  pass "$name.build"
}

# changed_environ NAME [RUNNER...]: an earlier constructor moved or shrank
# environ (tests/auxv/changed_environ.c); run with /proc, which is the fall-back
changed_environ() {
  local name=$1 m
  shift
  for m in unmapped above_stack empty_above_stack string_above_hole lookalike unsetenv replaced_strings; do
    run_checks "$name.changed_environ.$m${1:+ (under $1)}" \
      env AUXV_TEST_MODE=$m AUXV_TEST_DROP_ME=1 "$@" "$work/$name/changed_environ"
  done
}

# without_proc COMMAND...: COMMAND in a mount namespace whose /proc is an
# empty tmpfs
without_proc() {
  # shellcheck disable=SC2016  # $0 and $@ are for the inner sh
  unshare -rm sh -c 'mount -t tmpfs none /proc && exec "$@"' sh "$@"
}

# sandbox NAME RUNNER...: run the program in a namespace without /proc
sandbox() {
  local name=$1
  shift
  [[ $sandbox_ok -eq 1 ]] || return 0
  run_checks "$name.no_proc_sandbox${1:+ (under $1)}" without_proc "$@" "$work/$name/prog" --no-proc
}

# bench/run.py's emulation(): its evidence when this runs under an emulator
# (a foreign Debian root through qemu-user and binfmt_misc), else nothing.
emulation_evidence() {
  python3 -c 'import sys; sys.path.insert(0, "bench"); import run
e = run.emulation()
print("; ".join(e["evidence"]) if e["emulated"] else "")'
}

sandbox_ok=1
if without_proc test ! -e /proc/self 2>"$work/unshare.log"; then
  pass "sandbox.unshare"
elif emulated=$(emulation_evidence) && [[ -n $emulated ]]; then
  # qemu-user runs threads of its own, and the kernel refuses a user
  # namespace to a multi-threaded process (unshare(2): EINVAL).
  skip "sandbox.unshare and every no-/proc run" "under an emulator ($emulated), which is multi-threaded: unshare -r gets EINVAL ($(head -c 200 "$work/unshare.log"))"
  sandbox_ok=0
else
  fail "sandbox.unshare" "cannot make a mount namespace with an empty /proc: $(head -c 300 "$work/unshare.log")"
  finish; exit
fi

need() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 || { fail "tool.$t" "not installed (scripts/install-deps)"; return 1; }
  done
}

# GLIBC_TUNABLES as the only variable: glibc's start-up replaces its
# pointer in the stack array by a heap copy, so no environment string is
# left on the stack (the cold review's case: the vector was lost).
sandbox_tunables_only() {
  local name=$1
  [[ $sandbox_ok -eq 1 ]] || return 0
  run_checks "$name.no_proc_sandbox.tunables_only_environment" \
    without_proc env -i GLIBC_TUNABLES=glibc.malloc.check=0 "$work/$name/prog" --no-proc
}

# This machine's own programs, named by its row of the architecture table.
HOST=$(python3 scripts/lib/arch_table.py host) || { fail "host" "this machine is no core target (arch_table.py host)"; finish; exit; }
if need gcc ar && build "$HOST-glibc" gcc ar; then
  sandbox "$HOST-glibc"
  sandbox_tunables_only "$HOST-glibc"
  changed_environ "$HOST-glibc"
fi
if need musl-gcc ar && build "$HOST-musl" musl-gcc ar; then
  sandbox "$HOST-musl"
  changed_environ "$HOST-musl"
fi
# The x86 row of the architecture table.
X86_GNU=$(python3 scripts/lib/arch_table.py get x86 gcc_triple)
X86_QEMU=$(python3 scripts/lib/arch_table.py get x86 qemu)
if need "$X86_GNU-gcc" "$X86_GNU-ar" "$X86_QEMU" &&
  build i386-glibc "$X86_GNU-gcc" "$X86_GNU-ar"; then
  printf 'int main(void) { return 42; }\n' >"$work/probe.c"
  "$X86_GNU-gcc" -static -o "$work/probe" "$work/probe.c" >/dev/null 2>&1
  "$work/probe" >/dev/null 2>&1
  if [[ $? -eq 42 ]]; then
    echo "# i386 runs natively"
    sandbox i386-glibc
    changed_environ i386-glibc
  else
    echo "# i386 cannot run natively here (no vDSO check possible): under $X86_QEMU"
    sandbox i386-glibc "$X86_QEMU"
    changed_environ i386-glibc "$X86_QEMU"
  fi
fi
echo "# i386 musl: not tested (Debian 12 has no musl for i386)"

finish
