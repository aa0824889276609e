#!/usr/bin/env bash
# vfork and clone(CLONE_VM|CLONE_VFORK) through linux_syscall(): the parent
# must come back intact (README "vfork/clone rules").
#
#   tests/vfork/run.sh [-k]        -k: keep the build directory
#
# 1. run    tests/vfork/vfork_test.c natively on x86_64 (gcc, clang; -O0,
#           -O2; inline and trampoline builds): the real vfork, the child
#           writing over the parent's stack. x86 (gcc, clang; -O0, -O2;
#           inline, trampoline, int80; PIE and static): natively where this
#           machine runs i386, else under qemu-i386 (the line says which);
#           there a stand-in vDSO entry with __kernel_vsyscall's stack use
#           must not be used for vfork/clone/clone3. aarch64, arm, riscv64,
#           s390x (gcc -O2, both builds) under qemu-user: argument order.
# 2. asm    every trampoline (7 arches, gcc and clang) disassembled with
#           llvm-objdump-19: x86_64, aarch64, riscv64 and loongarch64 must
#           read nothing from the stack after the trap (they are documented
#           as safe to call directly); the others are listed.
# 3. sites  tests/vfork/sites.c compiled to assembly (7 arches, gcc and
#           clang, -O2 and -Os, both builds): vfork-like calls never call a
#           trampoline and the inline asm reads nothing after the trap
#           (qemu-user runs vfork as fork, so only the code can tell).
# Speaks tests/lib/check.sh (vfork_test.c speaks tests/lib/check.h; its
# checks are relayed one by one); ends with "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
source tests/lib/check.sh
source scripts/lib/arch_table.sh

scratch_dir vfork-test "${1:-}"
B="$SCRATCH"

OBJDUMP=llvm-objdump-19
CHECK="python3 tests/vfork/check_disasm.py"
SRC=(tests/vfork/vfork_test.c)
WARN=(-std=c99 -Wall -Wextra -Werror -Icore/include)

# cc_for ARCH gcc|clang: the compiler command for a row of the architecture
# table with its flags, or "" when the row is not built with that compiler
cc_for() {
  local compilers flags gcc triple link
  compilers=" $(arch_get "$1" compilers) " && flags=$(arch_get "$1" cflags) || exit 1
  [[ $compilers == *" $2 "* ]] || return 0
  case "$2" in
    gcc) gcc=$(arch_get "$1" gcc) && echo "$gcc${flags:+ $flags}" ;;
    clang) triple=$(arch_get "$1" clang_triple) && link=$(arch_get "$1" clang_link) &&
           echo "clang-19 --target=$triple${flags:+ $flags} $link" ;;
  esac
}
have() { [[ -n "$1" ]] && command -v "${1%% *}" >/dev/null 2>&1; }

# The library's start-up part (auxv, vDSO, time), as a program linking the
# library gets it: on x86 its constructor sets the vDSO entry, and
# x86_entry_group.c holds the entry word the calls use. The run-time
# tables are left out: the test does not use them and they are large.
LIB_SRCS=(core/src/auxv.c core/src/vdso.c core/src/time.c core/src/x86_entry_group.c)
LIB_INC=(-iquote core/src -iquote core/src/generated)

# build OUT ARCH CC OPTS BUILD: BUILD is inline, trampoline or int80.
build() {
  local out="$1" arch="$2" cc="$3" opts="$4" kind="$5" extra=()
  case "$kind" in
    trampoline) extra=(-DLINUX_SYSCALL_TRAMPOLINE core/src/trampoline.S) ;;
    int80) extra=(-DLINUX_SYSCALL_X86_INT80) ;;
  esac
  [[ $arch == x86 ]] && extra+=(tests/vfork/fake_vsyscall_x86.S)
  # shellcheck disable=SC2086
  $cc $opts "${WARN[@]}" "${LIB_INC[@]}" "${extra[@]}" "${SRC[@]}" "${LIB_SRCS[@]}" -o "$out" >"$out.log" 2>&1
}

# --- 1. run ----------------------------------------------------------------------
X86_RUN=""
printf 'int main(void) { return 0; }\n' >"$B/probe.c"
if $(cc_for x86 gcc) -static -o "$B/probe" "$B/probe.c" 2>/dev/null && "$B/probe" 2>/dev/null; then
  X86_RUN="native"
else
  X86_RUN="$(arch_get x86 qemu)"
fi
echo "x86 binaries run: $X86_RUN"

# runner ARCH: "" for x86_64 (this machine) and for x86 where it runs
# natively, else the row's qemu (and -cpu) with its sysroot /usr/<gcc_triple>
runner() {
  [[ $1 == x86_64 || ( $1 == x86 && $X86_RUN == native ) ]] && { echo ""; return; }
  local qemu cpu triple
  qemu=$(arch_get "$1" qemu) && cpu=$(arch_get "$1" qemu_cpu) && triple=$(arch_get "$1" gcc_triple) || exit 1
  echo "$qemu${cpu:+ -cpu $cpu} -L /usr/$triple"
}

run_cell() {  # ARCH CC-NAME OPTS KIND
  local arch="$1" which="$2" opts="$3" kind="$4" cc out run where
  cc=$(cc_for "$arch" "$which")
  have "$cc" || { fail "run $arch $which $opts $kind: no compiler ($cc)"; return; }
  out="$B/run-$arch-$which-$kind-$(echo "$opts" | tr -c 'A-Za-z0-9' _)"
  if ! build "$out" "$arch" "$cc" "$opts" "$kind"; then
    fail "run $arch $which $opts $kind: build failed"
    show "$out.log"
    return
  fi
  run=$(runner "$arch")
  where=${run:+under ${run%% *}}
  where=${where:-natively}
  pass "run $arch $which $opts $kind: builds"
  # shellcheck disable=SC2086
  run_checks "run $arch $which $opts $kind ($where)" timeout 60 $run "$out"
}

for which in gcc clang; do
  for opt in -O0 -O2; do
    for kind in inline trampoline; do run_cell x86_64 "$which" "$opt" "$kind"; done
  done
done
for which in gcc clang; do
  for opt in -O0 -O2; do
    for kind in inline trampoline int80; do
      run_cell x86 "$which" "$opt -fPIE -pie" "$kind"
      [[ $which == gcc ]] && run_cell x86 "$which" "$opt -static" "$kind"
    done
  done
done
# every other ABI with a glibc (its primary row), under qemu
for arch in $(arch_names --primary --with libc=glibc --with compilers=gcc); do
  [[ $arch == x86_64 || $arch == x86 ]] && continue
  for kind in inline trampoline; do run_cell "$arch" gcc "-O2 -static" "$kind"; done
done

# --- 2. asm: the trampolines -------------------------------------------------------
for arch in $(arch_names --primary); do
  for which in gcc clang; do
    cc=$(cc_for "$arch" "$which")
    have "$cc" || continue
    obj="$B/tramp-$arch-$which.o"
    if ! $cc -c -o "$obj" "core/src/arch/$(arch_get "$arch" abi)/trampoline.S" 2>"$obj.log"; then
      fail "asm $arch $which: trampoline does not assemble"; show "$obj.log"; continue
    fi
    $OBJDUMP -d --no-show-raw-insn "$obj" >"$obj.txt"
    # The arities README's vfork table documents as not safe to call
    # directly; every other trampoline of every architecture must be.
    case "$arch" in x86 | arm | m68k) documented=0123456 ;; s390x) documented=56 ;; *) documented= ;; esac
    if $CHECK trampoline "$arch" "$obj.txt" --documented-unsafe="$documented" >"$obj.check" 2>&1; then
      unsafe=$(sed -n 's/^# [^ ]* linux_syscall_trampoline\([0-6]\):.*/\1/p' "$obj.check" | tr -d '\n')
      pass "asm $arch $which: $(grep -c '^ok' "$obj.check") trampolines read nothing from the stack after the trap${unsafe:+; not by themselves (documented, linux_syscall() routes around them): arities $unsafe}"
    else
      fail "asm $arch $which: a trampoline reads the stack after the trap" "$(grep -v '^ok' "$obj.check")"
    fi
  done
done

# --- 3. sites: inline code at vfork-like call sites ------------------------------
for arch in $(arch_names --primary); do
  for which in gcc clang; do
    cc=$(cc_for "$arch" "$which")
    have "$cc" || continue
    for opt in -O2 -Os; do
      for kind in inline trampoline; do
        flags=(-ffreestanding "$opt" -Icore/include)
        [[ $kind == trampoline ]] && flags+=(-DLINUX_SYSCALL_TRAMPOLINE)
        s="$B/sites-$arch-$which$opt-$kind.s"
        if ! $cc "${flags[@]}" -S -o "$s" tests/vfork/sites.c 2>"$s.log"; then
          fail "sites $arch $which $opt $kind: does not compile"; show "$s.log"; continue
        fi
        if $CHECK sites "$arch" "$s" >"$s.check" 2>&1; then
          pass "sites $arch $which $opt $kind: $(grep -c '^ok' "$s.check") vfork-like sites inline, nothing read from the stack after the trap"
        else
          fail "sites $arch $which $opt $kind: a site calls a trampoline or reads the stack after the trap" "$(grep -v '^ok' "$s.check")"
        fi
      done
    done
  done
done

finish
