#!/usr/bin/env bash
# The i386 entry: linked, read once, built with unusual flags, unwindable.
#
#   tests/x86/run.sh [-k]        -k: keep the build directory
#
# 1. link   `cc prog.c liblinux_syscall[_trampoline].a` (gcc, clang; PIE and
#           static) links the start-up code (auxv.o and its constructor);
#           without the library the link fails naming
#           linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY;
#           with -DLINUX_SYSCALL_HEADER_ONLY it links. Natively (where this
#           machine runs i386) the program must also be on the vDSO entry.
# 2. once   tests/x86/entry_sites.c (every arity, run-time number) loads
#           the entry word exactly once per function (gcc, clang;
#           -O0 -O2 -Os; non-PIC, PIE, PIC, frame pointer; llvm-objdump-19).
# 3. flags  tests/x86/flags_part.c built with -masm=intel or -mregparm=3
#           (gcc, clang; -O0 -O2; inline, trampoline, int80), driven by
#           flags_main.c built without; every arity right, through int $0x80
#           and through a stand-in __kernel_vsyscall.
# 4. unwind tests/x86/unwind_test.c: from inside the vDSO entry called by
#           the five- and six-argument asm (and by the trampolines), the
#           DWARF unwinder finds the caller's caller (gcc, clang; -O0 -O2
#           -Os; with and without frame pointer).
# 5. shape  tests/x86/callsite_shape.c with constant numbers (gcc, clang;
#           -O1 -O2 -Os; non-PIC, PIE, PIC; AT&T and Intel): each default
#           call site has exactly one indirect call and no int $0x80; vfork,
#           clone (5 and 6 arguments) and clone3 exactly one int $0x80 and no
#           call (tests/x86/check_callsite_shape.py).
# 6. size   bench/codesize/x86_ratio.py --check: every default call site is
#           within 1.3x the int $0x80 site once the bytes of one indirect
#           call are set aside (gcc, clang; -O2 -Os; non-PIC, PIE, PIC).
# 7. stub   tests/x86/stub_only.c, no libc, the entry never set, static and
#           static-PIE with no relocation applied (and none present): calls
#           with 0 to 6 arguments give right results through the stub.
# 8. modules tests/x86/modules: a program linked against libfoo.so (which
#           holds the library, so the program has no start-up code of its
#           own) dlopen()s a header-only plugin; with a getauxval() that
#           names a counting stand-in for AT_SYSINFO every module's calls,
#           the first included, go through it, and without one they trap
#           with errno kept (gcc, clang; non-PIE and PIE program).
# 9. api    -DLINUX_SYSCALL_X86_INT80 has linux_x86_set_vsyscall_entry()
#           (tests/x86/int80_api.c, -Werror); code that reads the former
#           variable linux_x86_vsyscall_entry does not compile
#           (tests/x86/former_variable.c, without -Werror).
# 10. lto   translation units that include the header, -flto: gcc; clang
#           with lld and with GNU ld (the LLVMgold plugin); header-only,
#           header-only calling a library function (tests/x86/lto_clock.c)
#           with the library, against the library and against the
#           trampoline library. A unit
#           without LTO before and after two LTO units: gcc, header-only
#           and against the library; clang header-only with lld, against
#           the library with lld and GNU ld. The library archive built with
#           gcc -flto (by the Makefile and by hand), in a program built
#           without; a clang -flto trampoline archive with x86_entry_group.o
#           first and GNU ld (tests/x86/lto_entry_first.c); header-only with
#           the trampolines, clang -flto and GNU ld. A shared object without
#           the library: lld's error names the fix.
# Runs natively where this machine executes i386, else under qemu-i386
# (said on the first line); every run is limited to 60 s (a wrong argument
# can make a call block). Speaks tests/lib/check.sh (the flags and unwind
# programs speak tests/lib/check.h; their checks are relayed one by one);
# ends with "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
source tests/lib/check.sh

scratch_dir x86-test "${1:-}"
B="$SCRATCH"

source scripts/lib/arch_table.sh
# The x86 row of the architecture table: compilers, qemu, sysroot.
GCC=$(arch_get x86 gcc)
CLANG="clang-19 --target=$(arch_get x86 clang_triple)"
X86_QEMU=$(arch_get x86 qemu) X86_SYSROOT=/usr/$(arch_get x86 gcc_triple)
CLANG_LINK=$(arch_get x86 clang_link)
# cc_for: the compiler and the linker it links with; compiler_for: compile only
cc_for() { case "$1" in gcc) echo "$GCC" ;; clang) echo "$CLANG $CLANG_LINK" ;; esac; }
compiler_for() { case "$1" in gcc) echo "$GCC" ;; clang) echo "$CLANG" ;; esac; }

printf 'int main(void) { return 0; }\n' >"$B/probe.c"
if $GCC -static -o "$B/probe" "$B/probe.c" 2>/dev/null && "$B/probe" 2>/dev/null; then
  RUN=(timeout 60)
  echo "x86 binaries run: natively"
else
  RUN=(timeout 60 "$X86_QEMU" -L "$X86_SYSROOT")
  echo "x86 binaries run: under $X86_QEMU (native i386 exec failed)"
fi
NATIVE=$([[ ${#RUN[@]} -eq 2 ]] && echo 1 || echo 0)
LINK_SYMBOL=linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY

# --- 1. link ----------------------------------------------------------------------
if make -s lib CC="$GCC" BUILDDIR="$B/lib" >"$B/lib.log" 2>&1; then
  pass "link: make lib CC=$GCC"
else
  fail "link: make lib CC=$GCC"; show "$B/lib.log"
fi
cat >"$B/prog.c" <<'EOF'
#include <stdio.h>
#include "linux_syscall.h"
int main(void)
{
    printf("entry: %s\n", linux_x86_vsyscall_entry() ? "vDSO" : "int $0x80");
    return linux_result_is_error(linux_syscall(LINUX_SYS_getpid));
}
EOF
for which in gcc clang; do
  cc=$(cc_for "$which")
  for how in "-fPIE -pie" "-static"; do
    for lib in liblinux_syscall.a liblinux_syscall_trampoline.a; do
      defs=()
      [[ $lib == *trampoline* ]] && defs=(-DLINUX_SYSCALL_TRAMPOLINE)
      out="$B/prog-$which-${how// /}-$lib"
      # shellcheck disable=SC2086
      if ! $cc -O2 $how -Icore/include "${defs[@]}" "$B/prog.c" "$B/lib/$lib" -o "$out" >"$out.log" 2>&1; then
        fail "link: $which $how prog.c $lib: link failed"; show "$out.log"; continue
      fi
      syms=$(llvm-nm-19 "$out")
      if ! grep -q " $LINK_SYMBOL\$" <<<"$syms" || ! grep -q linux_auxv_at_startup <<<"$syms"; then
        fail "link: $which $how prog.c $lib: the start-up code (auxv.o, its constructor) is not linked"
        continue
      fi
      res=$("${RUN[@]}" "$out" 2>&1)
      if [[ $NATIVE == 1 ]] && ! grep -q '^entry: vDSO$' <<<"$res"; then
        fail "link: $which $how prog.c $lib: runs natively but says '$res'"
      else
        pass "link: $which $how prog.c $lib: start-up code linked ($res)"
      fi
    done
  done
  out="$B/noLib-$which"
  if $cc -O2 -Icore/include "$B/prog.c" -o "$out" >"$out.log" 2>&1; then
    fail "link: $which prog.c without the library links (it must name what to add)"
  elif grep -q "$LINK_SYMBOL" "$out.log"; then
    pass "link: $which prog.c without the library fails, naming $LINK_SYMBOL"
  else
    fail "link: $which prog.c without the library fails without naming the symbol:"; show "$out.log"
  fi
  if $cc -O2 -DLINUX_SYSCALL_HEADER_ONLY -Icore/include "$B/prog.c" -o "$out" >"$out.log" 2>&1 &&
     "${RUN[@]}" "$out" >/dev/null 2>&1; then
    pass "link: $which -DLINUX_SYSCALL_HEADER_ONLY prog.c links and runs without the library"
  else
    fail "link: $which -DLINUX_SYSCALL_HEADER_ONLY prog.c"; show "$out.log"
  fi
done

# --- 2. once ----------------------------------------------------------------------
for which in gcc clang; do
  cc=$(compiler_for "$which")
  for opt in -O0 -O2 -Os; do
    for pic in -fno-pic -fPIE -fPIC "-fPIE -fno-omit-frame-pointer"; do
      o="$B/once-$which$opt${pic// /}.o"
      # shellcheck disable=SC2086
      if ! $cc $opt $pic -ffreestanding -Icore/include -c tests/x86/entry_sites.c -o "$o" 2>"$o.log"; then
        fail "once: $which $opt $pic: does not compile"; show "$o.log"; continue
      fi
      llvm-objdump-19 -dr --no-show-raw-insn "$o" >"$o.txt"
      if python3 tests/x86/check_entry_loads.py "$o.txt" >"$o.check"; then
        pass "once: $which $opt $pic: each of the 7 arities loads the entry once"
      else
        fail "once: $which $opt $pic: an arity loads the entry more or less than once" "$(grep -v '^ok' "$o.check")"
      fi
    done
  done
done

# --- 3. flags ---------------------------------------------------------------------
START=(core/src/auxv.c core/src/vdso.c core/src/time.c core/src/x86_entry_group.c)
for which in gcc clang; do
  cc=$(cc_for "$which")
  ccc=$(compiler_for "$which")
  for flag in -masm=intel -mregparm=3; do
    for opt in -O0 -O2; do
      for kind in inline trampoline int80; do
        defs=() tramp=()
        case "$kind" in
          trampoline) defs=(-DLINUX_SYSCALL_TRAMPOLINE) tramp=(core/src/arch/x86/trampoline.S) ;;
          int80) defs=(-DLINUX_SYSCALL_X86_INT80) ;;
        esac
        name="$which $flag $opt $kind"
        o="$B/flags-$which$flag$opt$kind"
        if ! $ccc $opt $flag "${defs[@]}" -std=c99 -Wall -Wextra -Werror -Icore/include -c \
               tests/x86/flags_part.c -o "$o-part.o" >"$o.log" 2>&1 ||
           { [[ $kind == trampoline ]] && ! $ccc $opt $flag "${defs[@]}" -c "${tramp[@]}" \
               -o "$o-tramp.o" >>"$o.log" 2>&1; }; then
          fail "flags: $name: does not build with $flag"; show "$o.log"; continue
        fi
        objs=("$o-part.o")
        [[ $kind == trampoline ]] && objs+=("$o-tramp.o")
        if ! $cc $opt "${defs[@]}" -Icore/include -iquote core/src -fPIE -pie tests/x86/flags_main.c \
               "${objs[@]}" tests/vfork/fake_vsyscall_x86.S "${START[@]}" -o "$o" >>"$o.log" 2>&1; then
          fail "flags: $name: link failed"; show "$o.log"; continue
        fi
        pass "flags: $name: builds"
        run_checks "flags: $name" "${RUN[@]}" "$o"
      done
    done
  done
done

# --- 4. unwind --------------------------------------------------------------------
for which in gcc clang; do
  cc=$(cc_for "$which")
  for opt in -O0 -O2 -Os "-O2 -fno-omit-frame-pointer" "-O2 -mstackrealign"; do
    for kind in inline trampoline; do
      extra=()
      [[ $kind == trampoline ]] && extra=(-DLINUX_SYSCALL_TRAMPOLINE core/src/arch/x86/trampoline.S)
      o="$B/unwind-$which${opt// /}-$kind"
      # shellcheck disable=SC2086
      if ! $cc $opt -fPIE -pie -Wall -Wextra -DLINUX_SYSCALL_HEADER_ONLY -Icore/include \
             tests/x86/unwind_test.c tests/x86/unwind_vsyscall.S "${extra[@]}" -o "$o" >"$o.log" 2>&1; then
        fail "unwind: $which $opt $kind: build failed"; show "$o.log"; continue
      fi
      pass "unwind: $which $opt $kind: builds"
      run_checks "unwind: $which $opt $kind" "${RUN[@]}" "$o"
    done
  done
done

# --- 5. shape --------------------------------------------------------------------
for which in gcc clang; do
  cc=$(compiler_for "$which")
  for opt in -O1 -O2 -Os; do
    for pic in -fno-pic -fPIE -fPIC; do
      for syntax in "" -masm=intel; do
        o="$B/shape-$which$opt$pic$syntax.o"
        # shellcheck disable=SC2086
        if ! $cc $opt $pic $syntax -Icore/include -c tests/x86/callsite_shape.c -o "$o" 2>"$o.log"; then
          fail "shape: $which $opt $pic $syntax: does not compile"; show "$o.log"; continue
        fi
        llvm-objdump-19 -d --no-show-raw-insn "$o" >"$o.txt"
        if python3 tests/x86/check_callsite_shape.py "$o.txt" >"$o.check"; then
          pass "shape: $which $opt $pic $syntax: every arity one indirect call and no int \$0x80; vfork, clone (5, 6), clone3 one int \$0x80 and no call"
        else
          fail "shape: $which $opt $pic $syntax: a call site has other traps than expected" "$(grep -v '^ok' "$o.check")"
        fi
      done
    done
  done
done

# --- 6. size ----------------------------------------------------------------------
if python3 bench/codesize/x86_ratio.py --check >"$B/ratio.out" 2>&1; then
  pass "size: $(tail -1 "$B/ratio.out") (gcc, clang; -O2 -Os; non-PIC, PIE, PIC)"
else
  fail "size: bench/codesize/x86_ratio.py --check: a call site is over the bound" "$(grep -E 'over|x86_ratio' "$B/ratio.out")"
fi

# --- 7. stub ----------------------------------------------------------------------
for which in gcc clang; do
  cc=$(cc_for "$which")
  for how in "-static" "-static-pie -fPIE"; do
    for opt in -O0 -O2; do
      o="$B/stub-$which${how// /}$opt"
      # shellcheck disable=SC2086
      if ! $cc $opt $how -Wall -Wextra -Werror -ffreestanding -nostdlib -fno-stack-protector \
             -DLINUX_SYSCALL_HEADER_ONLY -Icore/include -Itests/lib tests/x86/stub_only.c -o "$o" >"$o.log" 2>&1; then
        fail "stub: $which $how $opt: build failed"; show "$o.log"; continue
      fi
      relocs=$(llvm-readelf-19 -r "$o" | grep -c 'R_386_' || true)
      if [[ $relocs -ne 0 ]]; then
        fail "stub: $which $how $opt: no dynamic relocation (the entry word needs none)" "$relocs found"
        continue
      fi
      pass "stub: $which $how $opt: builds with no dynamic relocation"
      run_checks "stub: $which $how $opt" "${RUN[@]}" "$o"
    done
  done
done

# --- 8. modules -------------------------------------------------------------------
M=tests/x86/modules
for which in gcc clang; do
  cc=$(cc_for "$which")
  d="$B/modules-$which"
  mkdir -p "$d"
  if ! make -s lib CC="$cc" BUILDDIR="$d/lib" >"$d/build.log" 2>&1 ||
     ! $cc -O2 -shared -fPIC -Icore/include "$M/foo.c" "$d/lib/liblinux_syscall.a" -o "$d/libfoo.so" >>"$d/build.log" 2>&1 ||
     ! $cc -O2 -shared -fPIC -DLINUX_SYSCALL_HEADER_ONLY -Icore/include "$M/plugin.c" -o "$d/plugin.so" >>"$d/build.log" 2>&1; then
    fail "modules: $which: libfoo.so or plugin.so does not build"; show "$d/build.log"; continue
  fi
  for how in "-no-pie -fno-pic" "-pie -fPIE"; do
    out="$d/main${how// /}"
    # shellcheck disable=SC2086
    if ! $cc -O2 $how -Wall -Wextra -Icore/include -Itests/lib "$M/modules_main.c" tests/vfork/fake_vsyscall_x86.S \
           -L"$d" -lfoo "$d/lib/liblinux_syscall.a" -ldl -Wl,-E -Wl,-rpath,"$d" -o "$out" >"$out.log" 2>&1; then
      fail "modules: $which $how: link failed"; show "$out.log"; continue
    fi
    if llvm-nm-19 "$out" | grep -c linux_auxv_at_startup >/dev/null; then
      fail "modules: $which $how: the program links the start-up code itself (the case is not the one meant)"
      continue
    fi
    pass "modules: $which $how: builds, start-up code only in libfoo.so"
    run_checks "modules: $which $how: AT_SYSINFO" "${RUN[@]}" "$out" "$d/plugin.so"
    run_checks "modules: $which $how: no AT_SYSINFO" env FAKE_NO_SYSINFO=1 "${RUN[@]}" "$out" "$d/plugin.so"
  done
done

# --- 9. api ----------------------------------------------------------------------
for which in gcc clang; do
  cc=$(cc_for "$which")
  o="$B/api-int80-$which"
  if $cc -O2 -Wall -Wextra -Werror -DLINUX_SYSCALL_X86_INT80 -DLINUX_SYSCALL_HEADER_ONLY -Icore/include -Itests/lib \
       tests/x86/int80_api.c -o "$o" >"$o.log" 2>&1; then
    pass "api: $which -DLINUX_SYSCALL_X86_INT80: linux_x86_set_vsyscall_entry() and linux_x86_vsyscall_entry() compile"
    run_checks "api: $which int80" "${RUN[@]}" "$o"
  else
    fail "api: $which -DLINUX_SYSCALL_X86_INT80: tests/x86/int80_api.c does not compile"; show "$o.log"
  fi
  o="$B/api-former-$which.o"
  ccc=$(compiler_for "$which")
  if $ccc -O2 -DLINUX_SYSCALL_HEADER_ONLY -Icore/include -c tests/x86/former_variable.c -o "$o" >"$o.log" 2>&1; then
    fail "api: $which: code reading the former variable linux_x86_vsyscall_entry compiles"; show "$o.log"
  elif grep -q linux_x86_vsyscall_entry "$o.log"; then
    pass "api: $which: code reading the former variable linux_x86_vsyscall_entry is an error naming it"
  else
    fail "api: $which: tests/x86/former_variable.c fails without naming linux_x86_vsyscall_entry"; show "$o.log"
  fi
done

# --- 10. lto ---------------------------------------------------------------------
for which in gcc clang+lld clang+bfd; do
  case $which in
    gcc) cc=$GCC ;; clang+lld) cc="$CLANG -fuse-ld=lld" ;; clang+bfd) cc="$CLANG -fuse-ld=bfd" ;;
  esac
  for mode in header-only header-only+library library trampoline-library; do
    defs=() lib=() more=()
    case $mode in
      header-only) defs=(-DLINUX_SYSCALL_HEADER_ONLY) ;;
      # header-only units that call a library function: the library's
      # objects must take the units' group, not pull x86_entry_group.o
      header-only+library) defs=(-DLINUX_SYSCALL_HEADER_ONLY) more=(tests/x86/lto_clock.c)
                           lib=("$B/lib/liblinux_syscall.a") ;;
      library) lib=("$B/lib/liblinux_syscall.a") ;;
      trampoline-library) defs=(-DLINUX_SYSCALL_TRAMPOLINE) lib=("$B/lib/liblinux_syscall_trampoline.a") ;;
    esac
    o="$B/lto-$which-$mode"
    # shellcheck disable=SC2086  # cc is words
    if $cc -O2 -flto "${defs[@]}" -Icore/include -Itests/lib tests/x86/lto_main.c tests/x86/lto_a.c "${more[@]}" \
         "${lib[@]}" -o "$o" >"$o.log" 2>&1; then
      pass "lto: $which -flto $mode: two units with the header link"
      run_checks "lto: $which $mode" "${RUN[@]}" "$o"
    else
      fail "lto: $which -flto $mode: two units with the header do not link"; show "$o.log"
    fi
  done
done
# The library archive itself built with gcc -flto, linked into a program
# built without: the word comes from x86_entry_group.o, which the Makefile
# builds without LTO so that the archive's index names it.
o="$B/lto-gcc-archive"
if make -s "$o/liblinux_syscall.a" CC="$GCC" CFLAGS="-O2 -flto" AR="$GCC-ar" BUILDDIR="$o" >"$o.log" 2>&1 &&
   $GCC -O2 -Icore/include -Itests/lib tests/x86/lto_main.c tests/x86/lto_a.c "$o/liblinux_syscall.a" \
     -o "$o/prog" >>"$o.log" 2>&1; then
  pass "lto: gcc: a program without LTO links the library archive built with -flto"
  run_checks "lto: gcc archive built with -flto" "${RUN[@]}" "$o/prog"
else
  fail "lto: gcc: a program without LTO does not link the library archive built with -flto"; show "$o.log"
fi

# The library archive built with clang -flto=thin by the Makefile (its
# default ar for clang is clang's llvm-ar: GNU ar may read the bitcode with
# another LLVM's plugin and index nothing), linked by clang -flto=thin with
# GNU ld and with lld.
o="$B/lto-clang-archive"
if make -s "$o/liblinux_syscall.a" CC="${CLANG%% *}" CFLAGS="${CLANG#* } -O2 -flto=thin" BUILDDIR="$o" \
     >"$o.log" 2>&1; then
  for ld in bfd lld; do
    # shellcheck disable=SC2086  # CLANG is words
    if $CLANG -fuse-ld=$ld -O2 -flto=thin -Icore/include -Itests/lib tests/x86/lto_main.c tests/x86/lto_a.c \
         tests/x86/lto_clock.c "$o/liblinux_syscall.a" -o "$o/prog-$ld" >"$o/$ld.log" 2>&1; then
      pass "lto: clang+$ld -flto=thin links the Makefile's clang -flto=thin archive"
      run_checks "lto: clang+$ld thin archive" "${RUN[@]}" "$o/prog-$ld"
    else
      fail "lto: clang+$ld -flto=thin does not link the Makefile's clang -flto=thin archive"; show "$o/$ld.log"
    fi
  done
else
  fail "lto: the Makefile does not build the library with clang -flto=thin"; show "$o.log"
fi

# One unit built without LTO, before or after two with: gcc (GNU ld),
# header-only and against the library; clang header-only with lld (GNU ld
# cannot link that, arch/x86/syscall.h says why), against the library with
# lld and GNU ld.
for which in gcc clang; do
  for mode in header-only library; do
    defs=() lib=()
    if [[ $which == gcc ]]; then cc=$GCC linkers=(ld); else cc=$CLANG linkers=(lld); fi
    if [[ $mode == library ]]; then
      lib=("$B/lib/liblinux_syscall.a")
      [[ $which == clang ]] && linkers=(lld bfd)
    else
      defs=(-DLINUX_SYSCALL_HEADER_ONLY)
    fi
    o="$B/lto-mixed-$which-$mode"
    # shellcheck disable=SC2086  # cc is words
    if ! $cc -O2 "${defs[@]}" -Icore/include -c tests/x86/lto_a.c -o "$o-a.o" >"$o.log" 2>&1 ||
       ! $cc -O2 -flto "${defs[@]}" -Icore/include -c tests/x86/lto_b.c -o "$o-b.o" >>"$o.log" 2>&1 ||
       ! $cc -O2 -flto "${defs[@]}" -Icore/include -Itests/lib -c tests/x86/lto_main.c -o "$o-main.o" >>"$o.log" 2>&1; then
      fail "lto: $which $mode: the units of the mixed link do not compile"; show "$o.log"; continue
    fi
    for ld in "${linkers[@]}"; do
      use_ld=()
      [[ $which == clang ]] && use_ld=(-fuse-ld="$ld")
      for order in first last; do
        if [[ $order == first ]]; then objs=("$o-a.o" "$o-b.o" "$o-main.o"); else objs=("$o-b.o" "$o-main.o" "$o-a.o"); fi
        out="$o-$ld-$order"
        # shellcheck disable=SC2086
        if $cc "${use_ld[@]}" -O2 -flto "${objs[@]}" "${lib[@]}" -o "$out" >"$out.log" 2>&1; then
          pass "lto: $which+$ld $mode: a unit without LTO $order, two with, link"
          run_checks "lto: $which+$ld $mode, non-LTO $order" "${RUN[@]}" "$out"
        else
          fail "lto: $which+$ld $mode: a unit without LTO $order, two with, do not link"; show "$out.log"
        fi
      done
    done
  done
done

# Archives not built by the Makefile (Bazel and other build systems build
# every core/src/*.c with the same flags and in their own order):
# - gcc -flto everywhere, x86_entry_group.o included: its top-level asm
#   symbols are not in its LTO symbol table, so the archive's index names
#   the word's group only through the C symbol it defines;
# - clang -flto, the trampoline library with x86_entry_group.o before
#   trampoline.o, linked by GNU ld: if both defined the group, GNU ld would
#   lose its symbols (arch/x86/syscall.h), so under LINUX_SYSCALL_TRAMPOLINE
#   only the trampolines define it.
o="$B/lto-byhand"
mkdir -p "$o/gcc" "$o/clang"
srcs=(core/src/x86_entry_group.c core/src/auxv.c core/src/time.c core/src/vdso.c core/src/generated/*.c)
built=1
for f in "${srcs[@]}"; do
  n=$(basename "$f" .c)
  $GCC -O2 -flto -Icore/include -Icore/src -Icore/src/generated -c "$f" -o "$o/gcc/$n.o" >>"$o.log" 2>&1 || built=0
  $CLANG -O2 -flto -DLINUX_SYSCALL_TRAMPOLINE -Icore/include -Icore/src -Icore/src/generated -c "$f" \
    -o "$o/clang/$n.o" >>"$o.log" 2>&1 || built=0
done
$CLANG -O2 -DLINUX_SYSCALL_TRAMPOLINE -Icore/include -c core/src/trampoline.S -o "$o/trampoline.o" >>"$o.log" 2>&1 || built=0
if [[ $built == 1 ]] && (cd "$o/gcc" && $GCC-ar rcs ../gcc.a x86_entry_group.o ./*.o) >>"$o.log" 2>&1 &&
   (cd "$o/clang" && llvm-ar-19 rcs ../clang-trampoline.a x86_entry_group.o ../trampoline.o ./*.o) >>"$o.log" 2>&1; then
  if $GCC -O2 -Icore/include -Itests/lib tests/x86/lto_main.c tests/x86/lto_a.c "$o/gcc.a" -o "$o/gcc-prog" >"$o/gcc.log" 2>&1; then
    pass "lto: gcc: a program without LTO links an archive of core/src built with gcc -flto (no Makefile)"
    run_checks "lto: gcc -flto archive without the Makefile" "${RUN[@]}" "$o/gcc-prog"
  else
    fail "lto: gcc: a program without LTO does not link an archive of core/src built with gcc -flto"; show "$o/gcc.log"
  fi
  # shellcheck disable=SC2086  # CLANG is words
  if $CLANG -fuse-ld=bfd -O2 -flto -DLINUX_SYSCALL_TRAMPOLINE -Icore/include tests/x86/lto_entry_first.c \
       "$o/clang-trampoline.a" -o "$o/clang-prog" >"$o/clang.log" 2>&1 && "${RUN[@]}" "$o/clang-prog" >>"$o/clang.log" 2>&1; then
    pass "lto: clang+bfd -flto trampoline archive, x86_entry_group.o before trampoline.o: links and runs"
  else
    fail "lto: clang+bfd -flto trampoline archive, x86_entry_group.o before trampoline.o"; show "$o/clang.log"
  fi
  # Header-only with the trampolines: the trampolines define the group, the
  # units do not (pre-existing failure with clang -flto and GNU ld).
  # shellcheck disable=SC2086
  if $CLANG -fuse-ld=bfd -O2 -flto -DLINUX_SYSCALL_HEADER_ONLY -DLINUX_SYSCALL_TRAMPOLINE -Icore/include -Itests/lib \
       tests/x86/lto_main.c tests/x86/lto_a.c "$o/trampoline.o" -o "$o/ho-tramp" >"$o/ho-tramp.log" 2>&1; then
    pass "lto: clang+bfd -flto header-only with the trampolines links"
    run_checks "lto: clang+bfd header-only trampolines" "${RUN[@]}" "$o/ho-tramp"
  else
    fail "lto: clang+bfd -flto header-only with the trampolines does not link"; show "$o/ho-tramp.log"
  fi
else
  fail "lto: core/src with -flto (gcc; clang, trampolines) does not build"; show "$o.log"
fi

# A shared object that includes the header without the library and without
# LINUX_SYSCALL_HEADER_ONLY has no entry word: lld's error names the fix
# (GNU ld's names only the hidden word: README).
o="$B/plugin-alone"
# shellcheck disable=SC2086
if $CLANG -fuse-ld=lld -O2 -shared -fPIC -Icore/include tests/x86/modules/plugin.c -o "$o.so" >"$o.log" 2>&1; then
  fail "plugin without the library and without -DLINUX_SYSCALL_HEADER_ONLY links"
elif grep -q "undefined hidden symbol: linux_syscall_x86_entry__link_liblinux_syscall_in_this_module_or_define_LINUX_SYSCALL_HEADER_ONLY" "$o.log"; then
  pass "plugin without the library: lld's error names linux_syscall_x86_entry__link_liblinux_syscall_in_this_module_or_define_LINUX_SYSCALL_HEADER_ONLY"
else
  fail "plugin without the library: lld's error does not name the fix"; show "$o.log"
fi
finish
