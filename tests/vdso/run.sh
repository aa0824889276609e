#!/usr/bin/env bash
# The vDSO tests: vDSO lookup, auxv start-up and the time calls, on every
# ABI's primary target of the architecture table (core/architectures.tsv).
#
#   1. core/src builds with clang-19 -ffreestanding -nostdlib -fPIE for every
#      target, with no relocations in .data/.rodata sections.
#   2. tests/vdso/freestanding_test.c (own _start, no libc) as static-PIE
#      for every target: zero dynamic relocations; run under qemu-user
#      (no vDSO there: the system-call path) and natively on x86_64 (vDSO
#      found lazily through /proc/self/auxv).
#   3. tests/vdso/host_test.c against glibc: x86_64 natively (vDSO) and
#      under qemu; x86 built with the table's x86 gcc, run natively when
#      this machine can execute i386, else under qemu.
#      What the kernel's vDSO exports is read from that vDSO (dump_vdso.c +
#      llvm-readelf), never assumed; crafted vDSOs that lack entries
#      (partial_vdso.c, e.g. no __vdso_clock_getres_time64) must make the
#      calls fall back and still agree with glibc.
#   4. tests/vdso/parser_test.c (ASan/UBSan) on crafted vDSO-like shared
#      objects: ELF64 and ELF32, ld.lld-19 and GNU ld, sysv/gnu/both hash.
#   5. parser_test natively on the big-endian targets, under qemu.
#   6. powerpc's vDSO call shim (cr0.SO errors, ELFv1 code addresses, its
#      stack frame) on crafted powerpc vDSOs (ppc_fake_vdso.S,
#      ppc_vdso_test.c), built with gcc and clang-19, static and PIE, under qemu.
# Speaks tests/lib/check.sh; the test programs' PASS:/FAIL: lines become
# ok/FAIL lines labelled with the run. Part 6 (16 powerpc builds) takes about
# 90 s on a 2-core machine.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
source tests/lib/check.sh
source scripts/lib/arch_table.sh

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Runs a test program; its PASS:/FAIL: lines become ok/FAIL lines labelled
# [LABEL]. A program that dies without reporting a failure counts as one.
run_counted() {
  local label="$1" out rc line f=0
  shift
  out="$("$@" 2>&1)"; rc=$?
  while IFS= read -r line; do
    case "$line" in
      "PASS: "*) pass "[$label] ${line#PASS: }" ;;
      "FAIL: "*) fail "[$label] ${line#FAIL: }"; f=1 ;;
      "INFO: "*) note "[$label] ${line#INFO: }" ;;
    esac
  done <<<"$out"
  [[ $rc -ne 0 && $f -eq 0 ]] && fail "[$label] exit status" "$rc without a reported failure"
}

# Every ABI's primary target: name, clang --target, its cflags, qemu-user.
TARGETS=() SKIPPED=()
while IFS=$'\x1f' read -r name triple cflags qemu link compilers; do
  # These checks build with clang: a target built with gcc only is skipped.
  if [[ " $compilers " != *" clang "* ]]; then
    SKIPPED+=("$name: built with gcc only (its row names no clang; clang-19's m68k backend has no lock-free atomics)")
    continue
  fi
  TARGETS+=("$name|$triple|$cflags|$qemu|$link")
done < <(arch_rows name clang_triple cflags qemu clang_link compilers | grep -E "^($(arch_names --primary | paste -sd'|'))"$'\x1f')
for s in "${SKIPPED[@]}"; do skip "${s%%:*}: vDSO checks" "${s#*: }"; done
X86_64_TRIPLE=$(arch_get x86_64 clang_triple) X86_64_GNU=$(arch_get x86_64 gcc_triple)
X86_TRIPLE=$(arch_get x86 clang_triple) X86_GNU=$(arch_get x86 gcc_triple)
X86_64_QEMU=$(arch_get x86_64 qemu) X86_QEMU=$(arch_get x86 qemu)

missing=()
for tool in clang-19 ld.lld-19 llvm-objdump-19 llvm-readelf-19 gcc "$X86_GNU-gcc" "$X86_GNU-ld" \
            "$X86_64_GNU-ld" $(for t in "${TARGETS[@]}"; do IFS='|' read -r _ _ _ q _ <<<"$t"; echo "$q"; done); do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  fail "tools are installed" "missing: ${missing[*]} (run scripts/install-deps test)"
  finish; exit
fi
CORE_SRCS=(core/src/*.c core/src/generated/*.c)
OWN_SRCS=(core/src/vdso.c core/src/auxv.c core/src/time.c core/src/x86_entry_group.c)
native_vdso=no
grep -q '\[vdso\]' /proc/self/maps && native_vdso=yes

# --- 1 + 2: freestanding builds ------------------------------------------------
for t in "${TARGETS[@]}"; do
  IFS='|' read -r arch triple extra qemu link <<<"$t"
  read -ra more <<<"$extra"
  flags=(--target="$triple" "${more[@]}" -std=c99 -O2 -Wall -Wextra -Werror -ffreestanding -nostdlib -fPIE
         -Icore/include -Icore/src -Icore/src/generated)
  mkdir -p "$tmp/$arch"
  ok=1; relocs=""
  for src in "${CORE_SRCS[@]}"; do
    obj="$tmp/$arch/$(basename "$src" .c).o"
    if ! clang-19 "${flags[@]}" -c "$src" -o "$obj" 2>"$tmp/$arch/err"; then
      ok=0; sed 's/^/    /' "$tmp/$arch/err"; continue
    fi
    # Absolute addresses in static data would need dynamic relocations,
    # which nothing applies in a static PIE; PC-relative words (x86's
    # link-time reference to auxv.o) are resolved by the linker. Words
    # naming a weak undefined symbol (x86's getauxval/__errno_location
    # pair) are 0 with no dynamic relocation when nothing defines the
    # symbol, and a libc that defines it relocates its program itself;
    # the static-PIE link below proves the first half.
    weak_undefined="$(llvm-nm-19 "$obj" | awk '$1 == "w" || $1 == "v" { print $2 }' | tr '\n' ' ')"
    r="$(llvm-objdump-19 -r "$obj" | awk -v weak=" $weak_undefined" '
      /^RELOCATION RECORDS FOR / { sec = $4; next }
      sec ~ /^\[\.(data|rodata)/ && $2 ~ /^R_/ && $2 !~ /(PC|PREL)/ && index(weak, " " $3 " ") == 0 { print sec $2 "(" $3 ")" }' | sort -u | tr '\n' ' ')"
    [[ -n "$r" ]] && relocs+=" $(basename "$obj"): $r"
  done
  if [[ $ok -eq 1 ]]; then pass "$arch: core/src builds with -ffreestanding -nostdlib -fPIE"
  else fail "$arch: core/src does not build freestanding"; fi
  if [[ $ok -eq 1 && -z "$relocs" ]]; then pass "$arch: no absolute relocations in .data/.rodata of core/src objects"
  else fail "$arch: relocations in static data:$relocs"; fi

  bin="$tmp/$arch/freestanding_test"
  case "$arch" in
    ppc)
      # 32-bit powerpc has no PC-relative data addressing: -fPIE code reaches
      # every global, static ones included, through GOT words that need
      # R_PPC_RELATIVE, so a static-PIE that applies no relocations (this
      # test's own _start) cannot work there. The library's start-up applies
      # them (tests/libc-free covers ppc static-PIE).
      skip "$arch: freestanding static-PIE without relocation" \
        "ppc32 -fPIE reaches all data through GOT words needing R_PPC_RELATIVE"
      continue ;;
    sparc64)
      # sparc64 PIC code reaches even its own static data through GOT
      # entries, which a static-PIE must relocate: without the start-up's
      # relocation (core/src/start, suite 55) this program cannot run.
      skip "$arch: freestanding static-PIE without relocation" \
        "PIC code addresses local data through the GOT (RELATIVE relocations needed; the libc-free start-up applies them, suite 55-libc-free)"
      continue ;;
  esac
  # MIPS: a static-PIE's GOT needs relocating without relocation records
  # (DT_MIPS_LOCAL_GOTNO), which this test's _start does not do: the same
  # PIC code is linked static, not PIE.
  pie_mode=(-static-pie) link_name=static-PIE
  [[ $arch == mips* ]] && pie_mode=(-static) link_name="static (not PIE: MIPS)"
  if clang-19 "${flags[@]}" "${pie_mode[@]}" "$link" tests/vdso/freestanding_test.c "${OWN_SRCS[@]}" \
       -o "$bin" 2>"$tmp/$arch/err"; then
    n="$(llvm-readelf-19 -r "$bin" | grep ' R_' | grep -Evc 'R_[A-Z0-9]+_NONE( |/|$)' || true)"
    if [[ $n -eq 0 ]]; then pass "$arch: freestanding $link_name test links with 0 dynamic relocations"
    else fail "$arch: freestanding $link_name test has $n dynamic relocations (nothing would apply them)"; fi
    run_counted "$arch qemu, no vDSO" timeout 60 "$qemu" "$bin" "$(date +%s)" no
    if [[ $arch == x86_64 ]]; then
      run_counted "x86_64 native" timeout 60 "$bin" "$(date +%s)" "$native_vdso"
    fi
  else
    sed 's/^/    /' "$tmp/$arch/err"
    fail "$arch: freestanding test does not build"
  fi
done

# --- 3: hosted, against glibc ------------------------------------------------------
# What the running kernel's vDSO exports comes from that vDSO: dump_vdso
# copies the [vdso] mapping of a process of the ABI in question, and
# llvm-readelf lists its functions and versions ("name version" lines).
# Crafted vDSOs that lack entries (partial_vdso.c) test the fall-backs.
vdso_syms() { # ELF OUT
  llvm-readelf-19 --dyn-syms -W "$1" |
    awk '$4 == "FUNC" && $8 ~ /@/ { n = $8; sub(/@@?/, " ", n); print n }' >"$2"
  [[ -s "$2" ]]
}
partial_vdso() { # ARCH OUT [cflags...]
  local triple link out="$2"
  triple="$(arch_get "$1" clang_triple)" && link="$(arch_get "$1" clang_link)" || return 1
  shift 2
  clang-19 --target="$triple" -O2 -fPIC -Icore/include "$@" -nostdlib -shared "$link" \
    -Wl,--hash-style=both,-z,norelro,--version-script=tests/vdso/partial_vdso.lds \
    tests/vdso/partial_vdso.c -o "$out" 2>"$tmp/err" && vdso_syms "$out" "$out.syms" &&
    [[ $(llvm-readelf-19 -r "$out" | grep -c ' R_') -eq 0 ]]
}
fake64=(); fake32=()
if partial_vdso x86_64 "$tmp/partial-x86_64.so"; then
  fake64=(--fake-vdso="$tmp/partial-x86_64.so" --fake-vdso-symbols="$tmp/partial-x86_64.so.syms")
  pass "crafted x86_64 vDSO without clock_getres, gettimeofday, time, getcpu: $(tr '\n' ' ' <"$tmp/partial-x86_64.so.syms")"
else
  sed 's/^/    /' "$tmp/err"; fail "crafted x86_64 vDSO does not build"
fi
if partial_vdso x86 "$tmp/partial-x86.so" &&
   partial_vdso x86 "$tmp/partial-x86-getres32.so" -DWITH_GETRES32; then
  fake32=(--fake-vdso="$tmp/partial-x86.so" --fake-vdso-symbols="$tmp/partial-x86.so.syms"
          --fake-vdso="$tmp/partial-x86-getres32.so" --fake-vdso-symbols="$tmp/partial-x86-getres32.so.syms")
  pass "crafted x86 vDSOs without __vdso_clock_getres_time64: $(tr '\n' ' ' <"$tmp/partial-x86-getres32.so.syms")"
else
  sed 's/^/    /' "$tmp/err"; fail "crafted x86 vDSOs do not build"
fi

real64=()
if gcc -O2 -Wall -Wextra -Werror tests/vdso/dump_vdso.c -o "$tmp/dump_vdso64" 2>"$tmp/err"; then
  "$tmp/dump_vdso64" "$tmp/vdso-x86_64.so"; rc=$?
  if [[ $rc -eq 0 ]] && vdso_syms "$tmp/vdso-x86_64.so" "$tmp/vdso-x86_64.syms"; then
    real64=(--vdso-symbols="$tmp/vdso-x86_64.syms")
    pass "x86_64: this kernel's vDSO dumped, llvm-readelf lists $(wc -l <"$tmp/vdso-x86_64.syms") functions"
  elif [[ $rc -eq 3 && $native_vdso == no ]]; then
    pass "x86_64: no [vdso] in this kernel's processes, as /proc/self/maps says"
  else
    fail "x86_64: dumping or reading this kernel's vDSO failed (rc $rc)"
  fi
else
  sed 's/^/    /' "$tmp/err"; fail "dump_vdso.c does not build"
fi

if gcc -std=gnu11 -O2 -Wall -Wextra -Werror -DHAVE_DLVSYM -Icore/include tests/vdso/host_test.c \
     "${OWN_SRCS[@]}" core/src/generated/*.c -pthread -ldl -o "$tmp/host_x86_64" 2>"$tmp/err"; then
  pass "x86_64: host test builds (gcc, glibc)"
  run_counted "x86_64 native glibc" timeout 60 "$tmp/host_x86_64" --expect-vdso="$native_vdso" \
    "${real64[@]}" "${fake64[@]}"
  run_counted "x86_64 qemu glibc" timeout 60 "$X86_64_QEMU" "$tmp/host_x86_64" --expect-vdso=no "${fake64[@]}"
else
  sed 's/^/    /' "$tmp/err"; fail "x86_64: host test does not build"
fi

# 64-bit time_t in glibc so that the comparisons are y2038-safe too.
if "$X86_GNU-gcc" -std=gnu11 -O2 -Wall -Wextra -Werror -D_TIME_BITS=64 -D_FILE_OFFSET_BITS=64 \
     -static -Icore/include tests/vdso/host_test.c "${OWN_SRCS[@]}" core/src/generated/*.c \
     -pthread -o "$tmp/host_x86" 2>"$tmp/err" &&
   "$X86_GNU-gcc" -O2 -Wall -Wextra -Werror -D_FILE_OFFSET_BITS=64 -static tests/vdso/dump_vdso.c \
     -o "$tmp/dump_vdso32" 2>>"$tmp/err"; then
  pass "x86: host test and dump_vdso build ($X86_GNU-gcc, static glibc)"
  printf 'int main(void){return 0;}\n' >"$tmp/probe.c"
  "$X86_GNU-gcc" -static "$tmp/probe.c" -o "$tmp/probe" 2>/dev/null
  if "$tmp/probe" 2>/dev/null; then
    note "x86: this machine runs i386 binaries natively; using native execution"
    "$tmp/dump_vdso32" "$tmp/vdso-x86.so"; rc=$?
    if [[ $rc -eq 0 ]] && vdso_syms "$tmp/vdso-x86.so" "$tmp/vdso-x86.syms"; then
      pass "x86: this kernel's i386 vDSO dumped, llvm-readelf lists $(wc -l <"$tmp/vdso-x86.syms") functions"
      run_counted "x86 native glibc" timeout 60 "$tmp/host_x86" --expect-vdso=yes \
        --vdso-symbols="$tmp/vdso-x86.syms" "${fake32[@]}"
    elif [[ $rc -eq 3 ]]; then
      note "x86: i386 processes get no vDSO on this kernel"
      run_counted "x86 native glibc" timeout 60 "$tmp/host_x86" --expect-vdso=no "${fake32[@]}"
    else
      fail "x86: dumping or reading this kernel's i386 vDSO failed (rc $rc)"
    fi
  else
    note "x86: this machine cannot execute i386 binaries natively; using $X86_QEMU (no vDSO)"
    run_counted "x86 $X86_QEMU glibc" timeout 60 "$X86_QEMU" "$tmp/host_x86" --expect-vdso=no "${fake32[@]}"
  fi
else
  sed 's/^/    /' "$tmp/err"; fail "x86: host test does not build"
fi

# --- 4: parser on crafted images ----------------------------------------------------
if clang-19 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -Icore/include \
     tests/vdso/parser_test.c "${OWN_SRCS[@]}" -o "$tmp/parser_test" 2>"$tmp/err"; then
  pass "parser test builds (ASan, UBSan)"
  # ELF64 and ELF32: the x86_64 and x86 rows' toolchains.
  for cls in x86_64 x86; do
    if [[ $cls == x86 ]]; then triple=$X86_TRIPLE gnu=$X86_GNU emul=elf_i386
    else triple=$X86_64_TRIPLE gnu=$X86_64_GNU emul=elf_x86_64; fi
    clang-19 --target="$triple" -O2 -fPIC -c tests/vdso/fake_vdso.c -o "$tmp/fake_$cls.o"
    for style in sysv gnu both; do
      for linker in lld bfd; do
        so="$tmp/fake-$cls-$linker-$style.so"
        if [[ $linker == lld ]]; then
          ld.lld-19 -shared --hash-style="$style" --version-script=tests/vdso/fake_vdso.lds \
            "$tmp/fake_$cls.o" -o "$so" 2>"$tmp/err"
        else
          "$gnu-ld" -m "$emul" -shared --hash-style="$style" \
            --version-script=tests/vdso/fake_vdso.lds "$tmp/fake_$cls.o" -o "$so" 2>"$tmp/err"
        fi || { sed 's/^/    /' "$tmp/err"; fail "link $(basename "$so")"; continue; }
        # "name version address" for each exported function, from readelf.
        llvm-readelf-19 --dyn-syms -W "$so" |
          awk '$4 == "FUNC" && $8 ~ /@/ { n = $8; sub(/@@?/, " ", n); print n, $2 }' >"$so.expected"
        run_counted "$(basename "$so" .so)" timeout 120 "$tmp/parser_test" "$so" "$so.expected" "$style"
      done
    done
  done
else
  sed 's/^/    /' "$tmp/err"; fail "parser test does not build"
fi

# --- 5: the parser on big-endian images, natively on big-endian targets ------------
# The parser reads fields in the machine's own byte order, so a big-endian
# vDSO is parsed by big-endian code: parser_test built for each big-endian
# ELF class and machine (s390x, ppc64 ELFv1, ppc, mips o32, sparc64, m68k)
# with the row's gcc, static, run under qemu on images made by the same
# toolchain (GNU ld; no sanitizers there, the x86 runs above have them).
for arch in s390x ppc64 ppc mips sparc64 m68k; do
  why=$(arch_left_out "$arch") && { skip "$arch: left out on this host" "$why"; continue; }
  gcc_cmd="$(arch_get "$arch" gcc)" && qemu="$(arch_get "$arch" qemu)" || { fail "$arch: not in the architecture table"; continue; }
  read -ra acflags <<<"$(arch_get "$arch" cflags | sed 's/^-$//')"
  be="$tmp/be-$arch"; mkdir -p "$be"
  if ! "$gcc_cmd" "${acflags[@]}" -std=gnu11 -O1 -Wall -Wextra -Werror -static -Icore/include \
       tests/vdso/parser_test.c "${OWN_SRCS[@]}" -o "$be/parser_test" 2>"$tmp/err"; then
    sed 's/^/    /' "$tmp/err"; fail "$arch: parser test does not build ($gcc_cmd)"; continue
  fi
  "$gcc_cmd" "${acflags[@]}" -O2 -fPIC -c tests/vdso/fake_vdso.c -o "$be/fake.o" 2>"$tmp/err" ||
    { sed 's/^/    /' "$tmp/err"; fail "$arch: fake_vdso.c does not build"; continue; }
  styles=(sysv gnu both)
  if [[ $arch == mips ]]; then
    # MIPS GNU ld answers --hash-style=gnu with .MIPS.xhash (DT_MIPS_XHASH),
    # not DT_GNU_HASH; the kernel links the MIPS vDSO --hash-style=sysv.
    styles=(sysv)
    skip "$arch: GNU-hash images" "MIPS GNU ld writes DT_MIPS_XHASH, which no MIPS vDSO has (arch/mips/vdso: --hash-style=sysv)"
  fi
  for style in "${styles[@]}"; do
    so="$be/fake-$arch-bfd-$style.so"
    # small segment alignment, as the kernel links its vDSOs (sparc64's GNU
    # ld would put 1 MiB between the segments: slow bit-flip runs in qemu)
    "$gcc_cmd" "${acflags[@]}" -shared -nostdlib -Wl,-z,max-page-size=4096 -Wl,--hash-style="$style" \
      -Wl,--version-script=tests/vdso/fake_vdso.lds "$be/fake.o" -o "$so" 2>"$tmp/err" ||
      { sed 's/^/    /' "$tmp/err"; fail "link $(basename "$so")"; continue; }
    if [[ $(llvm-readelf-19 -h "$so" | grep -c "big endian") -ne 1 ]]; then
      fail "$(basename "$so"): not a big-endian ELF"; continue
    fi
    llvm-readelf-19 --dyn-syms -W "$so" |
      awk '$4 == "FUNC" && $8 ~ /@/ { n = $8; sub(/@@?/, " ", n); print n, $2 }' >"$so.expected"
    run_counted "$(basename "$so" .so) ($qemu)" timeout 300 "$qemu" "$be/parser_test" "$so" "$so.expected" "$style"
  done
done

# --- 6: powerpc's vDSO call shim on crafted vDSOs, under qemu ----------------------
# qemu-user maps no vDSO, so tests/vdso/ppc_fake_vdso.S stands in for the
# kernel's: entries with its error convention (cr0.SO + positive errno)
# that return known values, trap on a misaligned r1 and clobber what the
# psABI lets a callee clobber (volatile registers, the 288 bytes below r1,
# the caller's LR and CR save slots and ELFv1 parameter save area); a FULL
# and a PARTIAL (clock_gettime only) build per ABI, and on ppc32 a TIME32
# one (only the 32-bit-time entries of kernels before 5.11).
# tests/vdso/ppc_vdso_test.c checks the values, -EINVAL turned into EINVAL
# (not 22 as a success) and the system calls taken for missing entries, and
# unwinds (libgcc) from a function called through the shim to check its CFI. The
# shim is compiled into its callers' unit (time.c), so the test is built by
# each compiler of the row (gcc, and clang-19 with the row's target and
# linker: GNU ld for ppc64 and ppc), static and as a PIE (dynamic: qemu
# runs it with the row's sysroot). On ppc32 a -DNO_TIME64_SYSCALLS build
# stands for a kernel before 5.1 (no clock_gettime64), the only one whose
# clock_gettime and gettimeofday take the 32-bit-time entries.
for arch in ppc64le ppc64 ppc; do
  why=$(arch_left_out "$arch") && { skip "$arch: left out on this host" "$why"; continue; }
  gcc_cmd="$(arch_get "$arch" gcc)" && qemu="$(arch_get "$arch" qemu)" &&
    triple="$(arch_get "$arch" clang_triple)" && link="$(arch_get "$arch" clang_link)" &&
    sysroot="/usr/$(arch_get "$arch" gcc_triple)" || { fail "$arch: not in the architecture table"; continue; }
  read -ra acflags <<<"$(arch_get "$arch" cflags | sed 's/^-$//')"
  pd="$tmp/ppc-$arch"; mkdir -p "$pd"
  variants=(full partial); [[ $arch == ppc ]] && variants+=(time32)
  ok=1
  for variant in "${variants[@]}"; do
    def=(); [[ $variant != full ]] && def=(-D"${variant^^}")
    "$gcc_cmd" "${acflags[@]}" "${def[@]}" -shared -nostdlib -Wl,-z,max-page-size=4096 -Wl,--hash-style=both \
      -Wl,--version-script=tests/vdso/ppc_fake_vdso.lds tests/vdso/ppc_fake_vdso.S -o "$pd/$variant.so" 2>"$tmp/err" &&
      [[ $(llvm-readelf-19 -r "$pd/$variant.so" | grep -c ' R_') -eq 0 ]] ||
      { sed 's/^/    /' "$tmp/err"; fail "$arch: crafted $variant vDSO does not build without relocations"; ok=0; }
  done
  [[ $ok -eq 1 ]] || continue
  images=("$pd/full.so" "$pd/partial.so"); [[ $arch == ppc ]] && images+=("$pd/time32.so")
  builds=("" ); [[ $arch == ppc ]] && builds+=(-DNO_TIME64_SYSCALLS)
  for cc in gcc clang; do
    if [[ $cc == gcc ]]; then ccmd=("$gcc_cmd"); else ccmd=(clang-19 --target="$triple" "$link"); fi
    for mode in static pie; do
      if [[ $mode == static ]]; then mflags=(-static) run=("$qemu")
      else mflags=(-fPIE -pie) run=("$qemu" -L "$sysroot"); fi
      for build in "${builds[@]}"; do
        srcs=(tests/vdso/ppc_vdso_test.c "${OWN_SRCS[@]}") args=("${images[@]}") bflags=()
        label="$arch $cc $mode"
        if [[ -n $build ]]; then
          # the test compiles time.c itself (see ppc_vdso_test.c)
          srcs=(tests/vdso/ppc_vdso_test.c core/src/vdso.c core/src/auxv.c) args=("$pd/time32.so") bflags=("$build")
          label+=" no-time64"
        fi
        bin="$pd/test-$cc-$mode$build"
        if "${ccmd[@]}" "${acflags[@]}" "${bflags[@]}" -std=gnu11 -O2 -Wall -Wextra -Werror "${mflags[@]}" \
             -Icore/include "${srcs[@]}" -o "$bin" 2>"$tmp/err"; then
          if [[ $mode == pie && $(llvm-readelf-19 -h "$bin" | grep -c 'Type:.*DYN') -ne 1 ]]; then
            fail "$label: ppc_vdso_test is not a PIE"; continue
          fi
          run_counted "$label crafted vDSO ($qemu)" timeout 120 "${run[@]}" "$bin" "${args[@]}"
        else
          sed 's/^/    /' "$tmp/err"; fail "$label: ppc_vdso_test does not build (${ccmd[*]})"
        fi
      done
    done
  done
done

finish
