#!/usr/bin/env bash
# The trampoline test matrix: builds core/src/trampoline.S (the compiler
# picks core/src/arch/<arch>/trampoline.S) with every toolchain and runs
# tests/trampoline/trampoline_abi_test.c, built once with
# -DLINUX_SYSCALL_TRAMPOLINE and once inline, on every core target of the
# architecture table (qemu-user for foreign ones), at -O0 and -O2.
#
#   tests/trampoline/run_matrix.sh [-k] [-j N] [ARCH...]
#
#   -k     keep the build directory (its path is printed)
#   -j N   parallel cells (default: number of CPUs)
#   ARCH   only these (scripts/lib/arch_table.py names)
#
# Prints one line per check ("ok   ..." / "FAIL ...") and ends with
# "N passed, N failed"; exits non-zero if anything failed.
#
# Checks:
#   asm   <arch> <cc> <pic>   the object assembles; seven global default-
#                             visibility functions with sizes; a
#                             non-executable .note.GNU-stack; m68k: the
#                             CFI of trampoline2-6 records the d2-d5 each
#                             saves, and their restore; -fPIC: linked
#                             into a shared object without text relocations;
#                             otherwise: linked alone as a static-PIE that
#                             needs no dynamic relocation
#   run   <arch> <cc> <opts>  both builds pass every check and print the same
#                             results (lines starting "[T]" exist only in the
#                             trampoline build and are not compared)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
source scripts/lib/arch_table.sh
source tests/lib/check.sh

# Every core row of the architecture table: rows that share an ABI differ in
# what the trampolines are assembled as (armel ARM state against armhf's
# Thumb-2, ppc64's ELFv1 function descriptors, byte order).
mapfile -t ARCHES < <(arch_names)
[[ ${#ARCHES[@]} -gt 0 ]] || { echo "FAIL architecture table: no targets"; echo "0 passed, 1 failed"; exit 1; }
declare -A GCC CLANG CFLAGS QEMU SYSROOT LIBC
while IFS=$'\x1f' read -r name compilers gcc clang_triple clang_link cflags qemu qemu_cpu gcc_triple libc; do
  [[ " ${ARCHES[*]} " == *" $name "* ]] || continue
  # the row's CPU (armel arm926, armv6 arm1176): an instruction newer than
  # the target must trap, not run on qemu's default CPU
  [[ -n $qemu_cpu ]] && qemu+=" -cpu $qemu_cpu"
  CFLAGS[$name]=$cflags QEMU[$name]=$qemu SYSROOT[$name]=$gcc_triple LIBC[$name]=$libc
  [[ " $compilers " == *" gcc "* ]] && GCC[$name]=$gcc
  [[ " $compilers " == *" clang "* ]] && CLANG[$name]="clang-19 --target=$clang_triple $clang_link"
done < <(arch_rows name compilers gcc clang_triple clang_link cflags qemu qemu_cpu gcc_triple libc)

keep=0
jobs=$(nproc 2>/dev/null || echo 2)
only=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -k) keep=1; shift ;;
    -j) jobs="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/{/^set -uo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) [[ " ${ARCHES[*]} " == *" $1 "* ]] ||
         { echo "run_matrix.sh: unknown argument: $1 (architectures: ${ARCHES[*]})" >&2; exit 2; }
       only+=("$1"); shift ;;
  esac
done
wanted() {
  [[ ${#only[@]} -eq 0 ]] && return 0
  local a; for a in "${only[@]}"; do [[ "$a" == "$1" ]] && return 0; done; return 1
}

BUILD="$(mktemp -d "${TMPDIR:-/tmp}/trampoline-matrix.XXXXXX")"
if [[ $keep -eq 0 ]]; then trap 'rm -rf "$BUILD"' EXIT; else echo "build directory: $BUILD"; fi

TEST_SRC=tests/trampoline/trampoline_abi_test.c
HARNESS=tests/trampoline/callee_saved_harness.S
# -nostdlib cells: the public start-up and mem objects (core/src/start),
# which need the library's auxv code (linux_init_auxv) and so its sources.
# The start-up applies a static-PIE's relocations; that the trampolines
# alone need none is the asm cells' check.
FREESTANDING=(core/src/start/start.S core/src/start/start.c core/src/start/mem.c core/src/*.c
              -iquote core/src -iquote core/src/generated -fno-stack-protector)
# The test links no library (only trampoline.o) and sets the x86 entry by
# hand, so it says it is header-only (README, x86 "Linking").
CFLAGS_COMMON=(-std=c99 -Wall -Wextra -Werror -Icore/include -DLINUX_SYSCALL_HEADER_ONLY)

# --- toolchains ----------------------------------------------------------------
# The table's name for this machine, whose binaries run without qemu.
HOST_TARGET=$(python3 -c 'import sys; sys.path.insert(0, "scripts/lib"); import arch_table; print(arch_table.host_target_name())')

# cc_for <arch> <gcc|clang>: the compiler command (words), or nothing when
# the table does not build <arch> with that compiler.
cc_for() {
  local cc
  if [[ $2 == gcc ]]; then cc=${GCC[$1]:-}; else cc=${CLANG[$1]:-}; fi
  [[ -n $cc ]] || return 0
  [[ $2 == clang ]] && cc+=" -Wno-unused-command-line-argument"
  echo "$cc ${CFLAGS[$1]}"
}

# How to run a binary of <arch> (words before the binary path).
X86_RUNNER=""
probe_x86() {
  local cc; cc=$(cc_for x86 gcc)
  command -v "${cc%% *}" >/dev/null 2>&1 || cc=$(cc_for x86 clang)
  printf 'int main(void) { return 0; }\n' > "$BUILD/probe.c"
  if $cc -static -o "$BUILD/probe-i386" "$BUILD/probe.c" 2>/dev/null && "$BUILD/probe-i386" 2>/dev/null; then
    X86_RUNNER="native"
  else
    X86_RUNNER="${QEMU[x86]}"
  fi
}
runner_for() {
  if [[ $1 == "$HOST_TARGET" || ( $1 == x86 && "$X86_RUNNER" == native ) ]]; then
    echo ""
  elif [[ ${LIBC[$1]} == glibc ]]; then
    echo "${QEMU[$1]} -L /usr/${SYSROOT[$1]}"
  else
    echo "${QEMU[$1]}"
  fi
}


# --- cells -----------------------------------------------------------------------
# Each cell writes "<status-line>" to $BUILD/results/<n> and its log next to it.
mkdir -p "$BUILD/results"
cell_no=0
cells=()   # "kind|arch|cc|opts..."
add_cell() { cells+=("$*"); }

for arch in "${ARCHES[@]}"; do
  wanted "$arch" || continue
  for which in gcc clang; do
    cc=$(cc_for "$arch" "$which"); [[ -n "$cc" ]] || continue
    for pic in -fno-pic -fPIE -fPIC; do add_cell "asm|$arch|$which|$pic"; done
    # The full set with gcc (clang where it is the only compiler); clang
    # elsewhere only at -O2, to keep the suite short: its trampoline
    # objects are covered by the asm cells as well.
    opts=(-O0 -O2)
    [[ $which == clang && -n "$(cc_for "$arch" gcc)" ]] && opts=(-O2)
    for opt in "${opts[@]}"; do
      case "$arch" in
        arm)
          for mode in -marm -mthumb; do add_cell "run|$arch|$which|$opt $mode -static"; done
          if [[ $which == gcc && $opt == -O2 ]]; then
            # Callers keeping a frame pointer (r7 in Thumb, r11 in ARM), and
            # interworking: the trampolines assembled in the other mode.
            for mode in -marm -mthumb; do
              add_cell "run|$arch|$which|$opt $mode -fno-omit-frame-pointer -static"
            done
            add_cell "run|$arch|$which|$opt -marm T:-mthumb -static"
            add_cell "run|$arch|$which|$opt -mthumb T:-marm -static"
          fi ;;
        x86)
          add_cell "run|$arch|$which|$opt -static"
          add_cell "run|$arch|$which|$opt -fPIE -pie"
          [[ $which == gcc ]] && add_cell "run|$arch|$which|$opt -DLINUX_SYSCALL_X86_INT80 -static"
          # Static-PIE without libc: GOT entries (lld does not relax i386
          # GOT loads; GNU ld does) are relocated by the start-up.
          [[ $opt == -O2 ]] &&
            add_cell "run|$arch|$which|$opt -fPIE -static-pie -ffreestanding -nostdlib" ;;
        x86_64)
          add_cell "run|$arch|$which|$opt"
          add_cell "run|$arch|$which|$opt -fno-pie -static -ffreestanding -nostdlib"
          [[ $opt == -O2 ]] && add_cell "run|$arch|$which|$opt -fPIE -static-pie -ffreestanding -nostdlib" ;;
        *)
          # Without a libc (the table's libc column) the test runs freestanding.
          if [[ ${LIBC[$arch]} == glibc ]]; then
            add_cell "run|$arch|$which|$opt -static"
          else
            add_cell "run|$arch|$which|$opt -fno-pie -static -ffreestanding -nostdlib"
          fi ;;
      esac
    done
  done
done

# The m68k trampolines push the caller's d2-d5 (as many as the arity
# overwrites: trampoline2 d2, ... trampoline5 and 6 d2-d5): their CFI must
# say where, or an unwinder (gdb) stopped inside shows the arguments as the
# caller's values. For each such arity, saving k registers, the FDE that
# starts at its symbol must have the row after the push (CFA sp+4+4k; d2..
# (DWARF r2..) at CFA-4-4k .. CFA-8; ra at CFA-4) and end with the row
# after the pop (CFA sp+4, the registers back to their own values).
# Prints what is wrong.
m68k_cfi_check() { # object
  local obj=$1 n saved cfa k want back addr rows bad=()
  # one line per FDE: "<pc start, hex>|<row>|<row>..." (rows
  # without LOC, spaces squeezed)
  local fdes
  fdes=$("${SYSROOT[m68k]}-readelf" --debug-dump=frames-interp "$obj" | awk '
    function flush() { if (pc != "") print pc rows; pc = ""; rows = "" }
    / FDE / { flush(); split($0, f, "pc="); split(f[2], r, "[.]"); pc = r[1]; next }
    / CIE / { flush(); next }
    pc != "" && $1 ~ /^[0-9a-f]+$/ && NF > 1 { $1 = ""; sub(/^ /, ""); rows = rows "|" $0 }
    END { flush() }')
  for n in 2 3 4 5 6; do
    saved=$((n - 1)); [[ $saved -gt 4 ]] && saved=4
    cfa=$((4 + 4 * saved)); want="r15+$cfa"; back="r15+4"
    for ((k = 0; k < saved; k++)); do want+=" c-$((cfa - 4 * k))"; back+=" u"; done
    want+=" c-4"; back+=" c-4"
    addr=$(llvm-readelf-19 -sW "$obj" | awk -v s="linux_syscall_trampoline$n" '$8 == s {print $2}')
    rows=""
    while IFS= read -r line; do
      [[ -n $addr && -n $line && $((16#${line%%|*})) -eq $((16#$addr)) ]] && rows="${line#*|}"
    done <<<"$fdes"
    if [[ -z $rows ]]; then
      bad+=("trampoline$n has no FDE")
    elif [[ "|$rows|" != *"|$want|"* || "${rows##*|}" != "$back" ]]; then
      bad+=("trampoline$n: want rows [$want] then [$back], got [$rows]")
    fi
  done
  [[ ${#bad[@]} -eq 0 ]] || { (IFS=';'; echo "${bad[*]}"); return 1; }
}

# opd_relocs_only ELF RELOCS N: RELOCS (llvm-readelf -r lines of ELF) are
# exactly N R_PPC64_RELATIVE, every one on a descriptor's code or TOC word
# in ELF's .opd section.
opd_relocs_only() {
  local elf=$1 relocs=$2 want=$3 opd start size off type n=0
  opd=$(llvm-readelf-19 -SW "$elf" | grep -F ' .opd ') || { echo "no .opd in the link"; return 1; }
  read -r start size < <(awk '{for (i = 1; i <= NF; i++) if ($i == ".opd") {print $(i+2), $(i+4); exit}}' <<<"$opd")
  while read -r off _ type _; do
    [[ -n $off ]] || continue
    [[ $type == R_PPC64_RELATIVE ]] || { echo "a $type relocation at $off (only R_PPC64_RELATIVE in .opd expected)"; return 1; }
    (( 16#$off >= 16#$start && 16#$off < 16#$start + 16#$size )) ||
      { echo "R_PPC64_RELATIVE at $off, outside .opd ($start+$size)"; return 1; }
    # a descriptor is 24 bytes: code address at +0, TOC base at +8
    (( (16#$off - 16#$start) % 24 == 0 || (16#$off - 16#$start) % 24 == 8 )) ||
      { echo "R_PPC64_RELATIVE at $off, not a descriptor's code or TOC word"; return 1; }
    n=$((n + 1))
  done <<<"$relocs"
  [[ $n -eq $want ]] || { echo "$n R_PPC64_RELATIVE in .opd, want $want"; return 1; }
}

asm_cell() { # n arch which pic
  local n=$1 arch=$2 which=$3 pic=$4 cc dir obj so syms
  cc=$(cc_for "$arch" "$which")
  dir="$BUILD/asm-$n"; mkdir -p "$dir"; obj="$dir/trampoline.o"; so="$dir/libt.so"
  if ! $cc $pic -Icore/include -c -o "$obj" core/src/trampoline.S 2>"$dir/log"; then
    echo "assembly failed"; return 1
  fi
  syms=$(llvm-readelf-19 -sW "$obj" | awk '$5 == "GLOBAL" && $4 == "FUNC" && $6 == "DEFAULT" && $3 > 0 && $8 ~ /^linux_syscall_trampoline[0-6]$/ {print $8}' | sort | tr '\n' ' ')
  if [[ "$syms" != "linux_syscall_trampoline0 linux_syscall_trampoline1 linux_syscall_trampoline2 linux_syscall_trampoline3 linux_syscall_trampoline4 linux_syscall_trampoline5 linux_syscall_trampoline6 " ]]; then
    echo "symbols: got [$syms]"; return 1
  fi
  # Section line: [Nr] Name Type Address Off Size ES Flg Lk Inf Al;
  # the flags column is empty for a non-executable stack note.
  stack=$(llvm-readelf-19 -SW "$obj" | grep -F ' .note.GNU-stack ')
  if [[ -z "$stack" ]]; then
    echo "no .note.GNU-stack section"; return 1
  fi
  if [[ "$stack" =~ \ [A-Za-z]*X[A-Za-z]*\ +[0-9]+\ +[0-9]+\ +[0-9]+$ ]]; then
    echo ".note.GNU-stack asks for an executable stack"; return 1
  fi
  if [[ $arch == m68k ]]; then
    local why
    why=$(m68k_cfi_check "$obj" 2>>"$dir/log") || { echo "CFI: $why"; return 1; }
  fi
  if [[ "$pic" != -fPIC ]]; then
    # Executables: the trampolines alone as a static-PIE must need no
    # dynamic relocation at all (freestanding programs apply none).
    # MIPS: clang's assembler writes absolute (R_MIPS_32/64) FDE pointers
    # into .eh_frame of a non-PIC object, which a PIE cannot hold; non-PIC
    # MIPS objects are for non-PIE programs, so they are linked as one.
    local link=(-static-pie)
    [[ $arch == mips* && $which == clang && $pic == -fno-pic ]] && link=(-static -no-pie)
    if ! $cc "${link[@]}" -nostdlib -Wl,-e,linux_syscall_trampoline0 -o "$dir/spie" "$obj" 2>>"$dir/log"; then
      echo "${link[0]#-} link failed: $(head -c 300 "$dir/log")"; return 1
    fi
    # R_<arch>_NONE entries are placeholders (MIPS reserves the first entry
    # of its dynamic relocation table), not relocations to apply.
    local relocs
    relocs=$(llvm-readelf-19 -rW "$dir/spie" | grep -E '^ *[0-9a-f]{8,16} +[0-9a-f]+ +R_' | grep -Ev 'R_[A-Z0-9]+_NONE( |/|$)')
    # (the section list read whole first: `readelf | grep -q` under
    # pipefail fails when grep stops early and readelf dies of SIGPIPE)
    local sections
    sections=$(llvm-readelf-19 -SW "$obj")
    if [[ $sections == *" .opd "* ]]; then
      # ppc64 ELFv1: a function symbol is a descriptor in .opd holding the
      # code's address and the TOC base, which a PIE can only hold as two
      # R_PPC64_RELATIVE each (what core/src/start applies); that and
      # nothing else, 7 trampolines x 2.
      local why
      why=$(opd_relocs_only "$dir/spie" "$relocs" 14) || { echo "static-pie: $why"; return 1; }
    elif [[ -n $relocs ]]; then
      echo "static-pie needs relocations: $(head -3 <<<"$relocs" | tr '\n' ';')"; return 1
    fi
  else
    if ! $cc -shared -nostdlib -o "$so" "$obj" 2>>"$dir/log"; then
      echo "shared link failed: $(head -c 300 "$dir/log")"; return 1
    fi
    if llvm-readelf-19 -dW "$so" | grep -Eq 'TEXTREL|FLAGS.*TEXTREL'; then
      echo "text relocations in a shared object"; return 1
    fi
  fi
  return 0
}

run_cell() { # n arch which opts...
  local n=$1 arch=$2 which=$3; shift 3
  local opts=() tramp_opts=() cc dir runner extra=() b o
  # "T:<flag>" applies to the trampoline object only (after the others).
  for o in "$@"; do
    if [[ $o == T:* ]]; then tramp_opts+=("${o#T:}"); else opts+=("$o"); fi
  done
  cc=$(cc_for "$arch" "$which")
  dir="$BUILD/run-$n"; mkdir -p "$dir"
  runner=$(runner_for "$arch")
  case " ${opts[*]} " in *" -nostdlib "*) extra=("${FREESTANDING[@]}") ;; esac
  for b in inline trampoline; do
    local defs=() srcs=("$TEST_SRC" "$HARNESS" "${extra[@]}")
    if [[ $b == trampoline ]]; then
      defs=(-DLINUX_SYSCALL_TRAMPOLINE); srcs+=("$dir/trampoline.o")
      if ! $cc "${opts[@]}" "${tramp_opts[@]}" -Icore/include -c -o "$dir/trampoline.o" \
           core/src/trampoline.S >"$dir/trampoline.build" 2>&1; then
        echo "trampoline.S build failed: $(head -c 400 "$dir/trampoline.build")"; return 1
      fi
    fi
    if ! $cc "${CFLAGS_COMMON[@]}" "${opts[@]}" "${defs[@]}" -o "$dir/$b" "${srcs[@]}" >"$dir/$b.build" 2>&1; then
      echo "$b build failed: $(head -c 400 "$dir/$b.build")"; return 1
    fi
    timeout 20 $runner "$dir/$b" >"$dir/$b.out" 2>&1
    echo $? >"$dir/$b.rc"
  done
  for b in inline trampoline; do
    if [[ $(cat "$dir/$b.rc") != 0 ]] || ! grep -q '^trampoline_abi_test: passed' "$dir/$b.out"; then
      echo "$b build: exit $(cat "$dir/$b.rc"): $(grep -E '^FAIL|^ +[a-z0-9]+ changed' "$dir/$b.out" | head -5 | tr '\n' ';')$(tail -n 1 "$dir/$b.out")"
      return 1
    fi
  done
  if ! diff <(grep -Ev '^(\[T\]|trampoline_abi_test:)' "$dir/inline.out") \
            <(grep -Ev '^(\[T\]|trampoline_abi_test:)' "$dir/trampoline.out") >"$dir/diff"; then
    echo "inline and trampoline results differ: $(head -c 400 "$dir/diff")"; return 1
  fi
  grep -q '^\[T\] ok' "$dir/trampoline.out" || { echo "no trampoline-level checks ran"; return 1; }
  echo "$(grep -c '^ok\|^\[T\] ok' "$dir/trampoline.out") checks"
  return 0
}

do_cell() { # n spec
  local n=$1 spec=$2 kind arch which rest msg rc label
  IFS='|' read -r kind arch which rest <<<"$spec"
  if [[ $kind == asm ]]; then
    msg=$(asm_cell "$n" "$arch" "$which" "$rest"); rc=$?
    label="asm $arch $which $rest"
  else
    # shellcheck disable=SC2086  # rest is a word list
    msg=$(run_cell "$n" "$arch" "$which" $rest); rc=$?
    label="run $arch $which $rest"
  fi
  # status, check name, detail: reported through tests/lib/check.sh below.
  printf '%s\x1f%s\x1f%s\n' "$([[ $rc -eq 0 ]] && echo ok || echo FAIL)" "$label" "$msg" \
    >"$BUILD/results/$n"
}

missing=()
for arch in "${ARCHES[@]}"; do
  wanted "$arch" || continue
  for which in gcc clang; do
    cc=$(cc_for "$arch" "$which"); [[ -n "$cc" ]] || continue
    command -v "${cc%% *}" >/dev/null 2>&1 || missing+=("${cc%% *}")
  done
  r=$(runner_for "$arch"); [[ -z "$r" ]] || command -v "${r%% *}" >/dev/null 2>&1 || missing+=("${r%% *}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  fail "toolchains installed" "missing $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')(scripts/install-deps test)"
  finish; exit
fi

if wanted x86; then
  probe_x86
  echo "x86 binaries run: $([[ $X86_RUNNER == native ]] && echo natively || echo "under ${QEMU[x86]} (native i386 exec failed)")"
fi

running=0
for spec in "${cells[@]}"; do
  cell_no=$((cell_no + 1))
  do_cell "$cell_no" "$spec" &
  running=$((running + 1))
  if [[ $running -ge $jobs ]]; then wait -n; running=$((running - 1)); fi
done
wait

for ((n = 1; n <= cell_no; n++)); do
  if [[ -s "$BUILD/results/$n" ]]; then
    IFS=$'\x1f' read -r status label msg <"$BUILD/results/$n"
  else
    status=FAIL label="cell $n" msg="no result"
  fi
  if [[ $status == ok ]]; then pass "$label${msg:+ ($msg)}"; else fail "$label" "$msg"; fi
done
finish
