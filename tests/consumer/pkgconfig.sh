#!/usr/bin/env bash
# Suite "pkgconfig": the non-Bazel route. `make install PREFIX=<scratch>`,
# then programs built against the installed copy only, with
# `pkg-config --cflags --libs` (PKG_CONFIG_PATH pointing at it), and run:
# inline, trampoline and header-only; plus a cross build (aarch64, run
# under qemu-aarch64; x86_64 on an aarch64 host) and a cross build of the
# libraries for x86 (i686).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/suite_lib.sh"

version="$(module_field version)"
for tool in make pkg-config cc; do
  command -v "$tool" >/dev/null 2>&1 || { fail "$tool is not installed (scripts/install-deps test)"; finish; exit; }
done

# Programs are compiled from copies in the scratch directory, so only the
# installed headers can be found.
src="$SCRATCH/src"
mkdir -p "$src"
cp examples/bazel-consumer/hello.c examples/bazel-consumer/impl_test.c tests/consumer/header_only.c "$src/"

# install_to NAME PREFIX [MAKE ARGS...]: make install into PREFIX, objects
# in the scratch directory (the checkout's build/ is left alone).
install_to() {
  local what="$1" prefix="$2"
  shift 2
  run_check "make install${*:+ $*} PREFIX=$prefix ($what)" "$SCRATCH/install-$what.log" \
    make -s -j"$(nproc)" install PREFIX="$prefix" BUILDDIR="$SCRATCH/build-$what" "$@"
}

# --- native ------------------------------------------------------------------------
prefix="$SCRATCH/prefix"
install_to native "$prefix"
missing=""
for f in include/linux_syscall.h include/linux_syscall/common.h include/linux_syscall/errno.h \
         include/linux_syscall/numbers/target/x86_64.h lib/liblinux_syscall.a \
         lib/liblinux_syscall_trampoline.a lib/pkgconfig/linux_syscall.pc \
         lib/pkgconfig/linux_syscall_trampoline.pc; do
  [[ -f "$prefix/$f" ]] || missing+=" $f"
done
if [[ -z "$missing" ]]; then pass "installed headers, both archives and both .pc files"
else fail "not installed:$missing"; fi

export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
unset PKG_CONFIG_LIBDIR PKG_CONFIG_SYSROOT_DIR
for pc in linux_syscall linux_syscall_trampoline; do
  got="$(pkg-config --modversion "$pc" 2>&1)"
  if [[ "$got" == "$version" ]]; then pass "pkg-config --modversion $pc = $version (MODULE.bazel)"
  else fail "pkg-config --modversion $pc: '$got', MODULE.bazel says $version"; fi
done
if pkg-config --cflags linux_syscall_trampoline | grep -q -- '-DLINUX_SYSCALL_TRAMPOLINE' &&
   ! pkg-config --cflags linux_syscall | grep -q -- '-DLINUX_SYSCALL_TRAMPOLINE'; then
  pass "only linux_syscall_trampoline.pc adds -DLINUX_SYSCALL_TRAMPOLINE"
else
  fail "-DLINUX_SYSCALL_TRAMPOLINE is not exactly in linux_syscall_trampoline.pc's Cflags"
fi
if nm -A "$prefix/lib/liblinux_syscall_trampoline.a" 2>/dev/null | grep -c ' T linux_syscall_trampoline6$' >/dev/null; then
  pass "liblinux_syscall_trampoline.a defines linux_syscall_trampoline6"
else
  fail "liblinux_syscall_trampoline.a lacks linux_syscall_trampoline6"
fi

# build_and_run DESCRIPTION EXPECTED_OUTPUT_LINE RUNNER CC PKG SOURCE [CFLAGS...]
# RUNNER is "" (native) or e.g. "qemu-aarch64 -L /usr/aarch64-linux-gnu".
build_and_run() {
  local what="$1" want="$2" runner="$3" cc="$4" pkg="$5" source="$6"
  shift 6
  local exe="$SCRATCH/$what" out
  # shellcheck disable=SC2046  # pkg-config output is meant to be split
  if ! (cd "$SCRATCH" && $cc -std=c99 -Wall -Wextra -Werror "$@" "$src/$source" -o "$exe" \
          $(pkg-config --cflags --libs "$pkg")) >"$SCRATCH/$what.build.log" 2>&1; then
    fail "$what: build with pkg-config $pkg failed:"
    tail -n 20 "$SCRATCH/$what.build.log" | sed 's/^/    /'
    return
  fi
  # shellcheck disable=SC2086  # RUNNER is a command with arguments
  out="$($runner "$exe" 2>&1)"
  local rc=$?
  if [[ $rc -eq 0 ]] && grep -qxF "$want" <<<"$out"; then
    pass "$what: built with \$(pkg-config --cflags --libs $pkg), runs, says '$want'"
  else
    fail "$what: exit $rc, expected a line '$want'; output:"
    sed 's/^/    /' <<<"$out"
  fi
}

build_and_run hello-inline "implementation: inline" "" cc linux_syscall hello.c
build_and_run hello-trampoline "implementation: trampoline" "" cc linux_syscall_trampoline hello.c
build_and_run impl-test-inline "0 failed" "" cc linux_syscall impl_test.c -DEXPECT_TRAMPOLINE=0
build_and_run impl-test-trampoline "0 failed" "" cc linux_syscall_trampoline impl_test.c -DEXPECT_TRAMPOLINE=1

# The hot path needs no library: compile with --cflags only, link nothing.
# shellcheck disable=SC2046
if (cd "$SCRATCH" && cc -std=c99 -Wall -Wextra -Werror $(pkg-config --cflags linux_syscall) \
      "$src/header_only.c" -o header_only) >"$SCRATCH/header_only.log" 2>&1 &&
   [[ "$("$SCRATCH/header_only")" == "header-only: ok" ]]; then
  pass "header-only: pkg-config --cflags alone, no -llinux_syscall, runs"
else
  fail "header-only build or run failed:"; sed 's/^/    /' "$SCRATCH/header_only.log"
fi

# DESTDIR staging puts files under DESTDIR but writes the real PREFIX into .pc.
run_check "make install DESTDIR=... PREFIX=/opt/linux-syscall" "$SCRATCH/install-destdir.log" \
  make -s install DESTDIR="$SCRATCH/stage" PREFIX=/opt/linux-syscall BUILDDIR="$SCRATCH/build-native"
if grep -qx 'prefix=/opt/linux-syscall' "$SCRATCH/stage/opt/linux-syscall/lib/pkgconfig/linux_syscall.pc" 2>/dev/null; then
  pass "DESTDIR install: .pc says prefix=/opt/linux-syscall"
else
  fail "DESTDIR install: staged linux_syscall.pc missing or with the wrong prefix"
fi

# Bad input: an unknown ARCH is a clear error.
if make -s lib ARCH=vax BUILDDIR="$SCRATCH/build-vax" >"$SCRATCH/vax.log" 2>&1; then
  fail "make ARCH=vax succeeded"
elif grep -q 'no trampoline for ARCH=vax' "$SCRATCH/vax.log"; then
  pass "make ARCH=vax: 'no trampoline for ARCH=vax' error"
else
  fail "make ARCH=vax failed without saying why:"; sed 's/^/    /' "$SCRATCH/vax.log"
fi

# --- cross -------------------------------------------------------------------------
# archive_machine ARCHIVE: the ELF machine of the archive's objects (one
# value if they all agree).
archive_machine() {
  local dir="$SCRATCH/ar.$$.$RANDOM"
  mkdir -p "$dir" && (cd "$dir" && ar x "$1") &&
    for o in "$dir"/*.o; do readelf -h "$o" | sed -n 's/^ *Machine: *//p'; done | sort -u
  rm -rf "$dir"
}

# Cross toolchains, qemu and sysroots from the architecture table. The
# cross build is aarch64's, or x86_64's on an aarch64 host.
HOST_ROW=$(python3 scripts/lib/arch_table.py host) || { fail "this machine is no core target (arch_table.py host)"; finish; exit; }
if [[ $HOST_ROW == aarch64 ]]; then XROW=x86_64 XMACHINE="Advanced Micro Devices X86-64"
else XROW=aarch64 XMACHINE=AArch64; fi
X_GCC=$(python3 scripts/lib/arch_table.py get "$XROW" gcc)
X_QEMU=$(python3 scripts/lib/arch_table.py get "$XROW" qemu)
X_SYSROOT=/usr/$(python3 scripts/lib/arch_table.py get "$XROW" gcc_triple)
X86_GCC=$(python3 scripts/lib/arch_table.py get x86 gcc)

if command -v "$X_GCC" >/dev/null 2>&1; then
  xprefix="$SCRATCH/prefix-$XROW"
  install_to "$XROW" "$xprefix" CC="$X_GCC"
  for a in liblinux_syscall.a liblinux_syscall_trampoline.a; do
    m="$(archive_machine "$xprefix/lib/$a")"
    if [[ "$m" == "$XMACHINE" ]]; then pass "CC=$X_GCC: $a holds $XMACHINE objects"
    else fail "CC=$X_GCC: $a objects are '$m'"; fi
  done
  if command -v "$X_QEMU" >/dev/null 2>&1 && [[ -d $X_SYSROOT ]]; then
    PKG_CONFIG_PATH="$xprefix/lib/pkgconfig" build_and_run "$XROW-impl-test-trampoline" "0 failed" \
      "$X_QEMU -L $X_SYSROOT" "$X_GCC" linux_syscall_trampoline \
      impl_test.c -DEXPECT_TRAMPOLINE=1
    PKG_CONFIG_PATH="$xprefix/lib/pkgconfig" build_and_run "$XROW-hello-inline" "implementation: inline" \
      "$X_QEMU -L $X_SYSROOT" "$X_GCC" linux_syscall hello.c
  else
    fail "$X_QEMU or $X_SYSROOT missing (scripts/install-deps test)"
  fi
else
  fail "$X_GCC missing (scripts/install-deps test)"
fi

if command -v "$X86_GCC" >/dev/null 2>&1; then
  run_check "make lib CC=$X86_GCC (x86)" "$SCRATCH/build-x86.log" \
    make -s -j"$(nproc)" lib CC="$X86_GCC" BUILDDIR="$SCRATCH/build-x86"
  m="$(archive_machine "$SCRATCH/build-x86/liblinux_syscall_trampoline.a")"
  if [[ "$m" == "Intel 80386" ]]; then pass "CC=$X86_GCC: liblinux_syscall_trampoline.a holds i386 objects"
  else fail "CC=$X86_GCC: objects are '$m'"; fi
else
  fail "$X86_GCC missing (scripts/install-deps test)"
fi

finish
