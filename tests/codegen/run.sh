#!/usr/bin/env bash
# tests/codegen/run.sh: what qemu cannot show about syscalls and vector
# state, checked in the generated code, plus runs under qemu.
#
#   tests/codegen/run.sh [-k]      -k: keep the build directory
#
# Linux discards vector state at every syscall (aarch64: Z above bit 128,
# P0-P15, FFR, and streaming mode; riscv64: v0-v31, vl, vtype), which
# qemu-user does not model (except leaving SME streaming mode), so a
# missing clobber passes every emulated run. Checks, one line each:
#
#   cases     <arch>                 check_vector_liveness.py judges the
#                                    hand-written cases/<arch>.s right
#                                    (bad_* reported, good_* not)
#   control   <arch> <cc>            check_vector_liveness.py flags every
#                                    function of control.c (the header's
#                                    old asm shape): the checker can see
#   live      <arch> <cc> <opts>     sve_live.c / rvv_live.c, every arity,
#                                    inline and trampoline, -O2/-O3: no
#                                    vector/predicate value (or vl/vtype)
#                                    from before the trap is read after it,
#                                    and SVE-calling-convention functions
#                                    return their callee-saved z8-z23/p4-p15
#   run       <arch> <cc> <opts>     sve_run.c / rvv_run.c / sme_run.c under
#                                    qemu (-cpu max / rv64,v=true): results
#                                    right; for SME, streaming mode kept
#   note      <cc> <branch-prot>     the aarch64 trampoline's GNU property
#                                    note has exactly the BTI/PAC/GCS bits
#                                    the compiler says are on
#
# Speaks tests/lib/check.sh: ends with "N passed, N failed", exits non-zero
# if anything failed. The run programs speak tests/lib/check.h; their checks
# are relayed and counted one by one.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1

keep=0
case "${1:-}" in
  -k) keep=1 ;;
  -h|--help) sed -n '2,/^set -uo/{/^set -uo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
  "") ;;
  *) echo "run.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
esac

BUILD="$(mktemp -d "${TMPDIR:-/tmp}/codegen.XXXXXX")"
if [[ $keep -eq 0 ]]; then trap 'rm -rf "$BUILD"' EXIT; else echo "build directory: $BUILD"; fi

D=tests/codegen
CHECK=(python3 "$D/check_vector_liveness.py")
WARN=(-Wall -Wextra -Werror)
source tests/lib/check.sh
# show <file>: indent a log under a FAIL line
show() { indent 40 <"$1"; }

# Cross compilers, row flags and qemu binaries from the architecture table;
# the -march and qemu -cpu of each case below are what the case tests.
source scripts/lib/arch_table.sh
declare -A GCC QEMU
for arch in aarch64 riscv64; do
  GCC[$arch]="$(arch_get $arch gcc)" && QEMU[$arch]="$(arch_get $arch qemu)" || exit 1
done
a64_triple="$(arch_get aarch64 clang_triple)" && a64_flags="$(arch_get aarch64 cflags)" &&
  rv_triple="$(arch_get riscv64 clang_triple)" && rv_flags="$(arch_get riscv64 cflags)" || exit 1
declare -A CLANG_LINK
for arch in aarch64 riscv64; do CLANG_LINK[$arch]="$(arch_get $arch clang_link)" || exit 1; done
# shellcheck disable=SC2206  # flags are words on purpose
A64_GCC=("${GCC[aarch64]}" $a64_flags)
# shellcheck disable=SC2206
A64_CLANG=(clang-19 --target="$a64_triple" $a64_flags)
# shellcheck disable=SC2206
RV_GCC=("${GCC[riscv64]}" $rv_flags)
# shellcheck disable=SC2206
RV_CLANG=(clang-19 --target="$rv_triple" $rv_flags)

missing=()
for t in "${GCC[aarch64]}" "${GCC[riscv64]}" clang-19 ld.lld-19 llvm-objdump-19 \
         llvm-readelf-19 llvm-mc-19 "${QEMU[aarch64]}" "${QEMU[riscv64]}" python3; do
  command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  fail "tools installed" "missing: ${missing[*]} (scripts/install-deps installs them)"
  finish; exit
fi

cc_words() { # cc_words <arch> <gcc|clang> -> array name
  case "$1:$2" in
    aarch64:gcc) echo A64_GCC ;; aarch64:clang) echo A64_CLANG ;;
    riscv64:gcc) echo RV_GCC ;; riscv64:clang) echo RV_CLANG ;;
  esac
}

# --- cases: the checker on hand-written assembly -----------------------------
cases() { # cases <arch> <llvm-mc flags...>
  local arch=$1; shift
  local o="$BUILD/cases-$arch.o" log="$BUILD/cases-$arch.log"
  if ! llvm-mc-19 "$@" -filetype=obj "$D/cases/$arch.s" -o "$o" >"$log" 2>&1; then
    fail "cases $arch: does not assemble"; show "$log"; return
  fi
  if "${CHECK[@]}" --arch "$arch" --expect-by-name "$o" >"$log" 2>&1; then
    pass "cases $arch ($(grep -c 'bad_' "$log") bad and $(grep -c 'good_' "$log") good cases judged right)"
  else
    fail "cases $arch: the checker misjudged hand-written cases"; grep '^FAIL' "$log" | show /dev/stdin
  fi
}
cases aarch64 -triple=aarch64 -mattr=+sve
cases riscv64 -triple=riscv64 -mattr=+v,+c

# --- control: the checker must see the old asm's live values -----------------
control() { # control <arch> <cc> <march>
  local arch=$1 cc=$2 march=$3 n; n=$(cc_words "$arch" "$cc")
  local -n CC=$n
  local o="$BUILD/control-$arch-$cc.o" log="$BUILD/control-$arch-$cc.log"
  if ! "${CC[@]}" "$march" -O2 "${WARN[@]}" -c "$D/control.c" -o "$o" >"$log" 2>&1; then
    fail "control $arch $cc: does not compile"; show "$log"; return
  fi
  if "${CHECK[@]}" --arch "$arch" --expect-violations "$o" >"$log" 2>&1; then
    pass "control $arch $cc $march ($(tail -1 "$log"))"
  else
    fail "control $arch $cc $march: the checker missed live vector values"; show "$log"
  fi
}
control aarch64 gcc -march=armv8.2-a+sve
control aarch64 clang -march=armv8.2-a+sve
control riscv64 clang -march=rv64gcv

# --- live: the header keeps nothing live across the trap ---------------------
live() { # live <arch> <cc> <src> <march> <opt> <inline|trampoline>
  local arch=$1 cc=$2 src=$3 march=$4 opt=$5 kind=$6 n; n=$(cc_words "$arch" "$cc")
  local -n CC=$n
  local def=() tag="$arch-$cc-${march#-march=}$opt-$kind"
  [[ $kind == trampoline ]] && def=(-DLINUX_SYSCALL_TRAMPOLINE)
  local o="$BUILD/live-$tag.o" log="$BUILD/live-$tag.log"
  if ! "${CC[@]}" "$march" "$opt" "${def[@]}" "${WARN[@]}" -Icore/include -c "$D/$src" -o "$o" \
       >"$log" 2>&1; then
    fail "live $arch $cc $march $opt $kind: does not compile"; show "$log"; return
  fi
  if "${CHECK[@]}" --arch "$arch" "$o" >"$log" 2>&1; then
    pass "live $arch $cc $march $opt $kind ($(tail -1 "$log"))"
  else
    fail "live $arch $cc $march $opt $kind"; grep -v '^ok ' "$log" | show /dev/stdin
  fi
}
for cc in gcc clang; do
  for opt in -O2 -O3; do
    for kind in inline trampoline; do
      live aarch64 $cc sve_live.c -march=armv8.2-a+sve $opt $kind
    done
  done
done
live aarch64 clang sve_live.c -march=armv9-a+sve2 -O2 inline
live aarch64 clang sve_live.c -march=armv9-a+sme -O2 inline
for opt in -O2 -O3; do
  for kind in inline trampoline; do
    live riscv64 clang rvv_live.c -march=rv64gcv $opt $kind
  done
done
live riscv64 clang rvv_live.c -march=rv64gc_zve32x -O2 inline
# gcc 12 has no RVV code generation; this shows the header builds with -march=rv64gcv
live riscv64 gcc rvv_live.c -march=rv64gcv -O3 inline

# --- run: the same functions under qemu --------------------------------------
run() { # run <arch> <cc> <march> <opt> <inline|trampoline> <qemu -cpu> <main.c> <live.c|-> [cflags...]
  local arch=$1 cc=$2 march=$3 opt=$4 kind=$5 cpu=$6 main=$7 lsrc=$8 n; n=$(cc_words "$arch" "$cc")
  shift 8
  local -n CC=$n
  local srcs=("$D/$main") def=() link=(-static)
  [[ $lsrc != - ]] && srcs+=("$D/$lsrc")
  [[ $kind == trampoline ]] && { def=(-DLINUX_SYSCALL_TRAMPOLINE); srcs+=("core/src/arch/$arch/trampoline.S"); }
  [[ $cc == clang ]] && link+=("${CLANG_LINK[$arch]}")
  local tag="$arch-$cc-${main%.c}-${march#-march=}$opt-$kind"
  local exe="$BUILD/run-$tag" log="$BUILD/run-$tag.log"
  if ! "${CC[@]}" "$march" "$opt" "${def[@]}" "${WARN[@]}" "$@" -Icore/include "${srcs[@]}" \
       "${link[@]}" -o "$exe" >"$log" 2>&1; then
    fail "run $arch $cc ${main%.c} $march $opt $kind: does not build"; show "$log"; return
  fi
  pass "run $arch $cc ${main%.c} $march $opt $kind: builds"
  run_checks "run $arch $cc ${main%.c} $march $opt $kind -cpu $cpu" "${QEMU[$arch]}" -cpu "$cpu" "$exe"
}
run aarch64 gcc -march=armv8.2-a+sve -O2 inline max sve_run.c sve_live.c
run aarch64 gcc -march=armv8.2-a+sve -O3 trampoline max,sve-default-vector-length=16 sve_run.c sve_live.c
run aarch64 clang -march=armv8.2-a+sve -O3 inline max,sve-default-vector-length=32 sve_run.c sve_live.c
run aarch64 clang -march=armv8.2-a+sve -O2 trampoline max sve_run.c sve_live.c
RVCPU=rv64,v=true,vext_spec=v1.0
run riscv64 clang -march=rv64gcv -O2 inline $RVCPU,vlen=128 rvv_run.c rvv_live.c
run riscv64 clang -march=rv64gcv -O3 inline $RVCPU,vlen=256 rvv_run.c rvv_live.c
run riscv64 clang -march=rv64gcv -O2 trampoline $RVCPU,vlen=512 rvv_run.c rvv_live.c
run riscv64 gcc -march=rv64gcv -O2 inline $RVCPU rvv_run.c rvv_live.c
# SME: clang only; the header's helpers are not marked streaming-compatible (sme_run.c)
run aarch64 clang -march=armv9-a+sme -O0 inline max sme_run.c - -Wno-aarch64-sme-attributes
run aarch64 clang -march=armv9-a+sme -O2 inline max sme_run.c - -Wno-aarch64-sme-attributes
run aarch64 clang -march=armv9-a+sme -O2 trampoline max sme_run.c - -Wno-aarch64-sme-attributes

# --- note: the aarch64 trampoline's GNU property bits -------------------------
# Expected bits are what the compiler itself says for the same flags (its
# __ARM_FEATURE_*_DEFAULT macros), so a compiler that learns GCS is covered.
property_note() { # property_note <cc> <flags...>
  local cc=$1 n; n=$(cc_words aarch64 "$cc"); shift
  local -n CC=$n
  local tag; tag="$cc$(printf '%s' "$*" | tr -c 'a-zA-Z0-9=' '_')"
  local o="$BUILD/note-$tag.o" log="$BUILD/note-$tag.log"
  if ! "${CC[@]}" "$@" -c core/src/arch/aarch64/trampoline.S -o "$o" >"$log" 2>&1; then
    fail "note $cc $*: does not assemble"; show "$log"; return
  fi
  local macros want=() got
  macros=$("${CC[@]}" "$@" -dM -E -x c /dev/null 2>/dev/null)
  grep -Eq '__ARM_FEATURE_BTI_DEFAULT [1-9]' <<<"$macros" && want+=(BTI)
  grep -Eq '__ARM_FEATURE_PAC_DEFAULT [1-9]' <<<"$macros" && want+=(PAC)
  grep -Eq '__ARM_FEATURE_GCS_DEFAULT [1-9]' <<<"$macros" && want+=(GCS)
  got=$(llvm-readelf-19 --notes "$o" | sed -n 's/.*aarch64 feature: //p')
  local wants; wants=$(IFS=,; echo "${want[*]}" | sed 's/,/, /g')
  if [[ "$got" == "$wants" ]]; then
    pass "note $cc $* (${got:-no note})"
  else
    fail "note $cc $*: note says '${got:-no note}', the compiler says '${wants:-nothing}'"
  fi
}
property_note clang
property_note clang -mbranch-protection=bti
property_note clang -mbranch-protection=pac-ret
property_note clang -mbranch-protection=gcs
property_note clang -mbranch-protection=standard
property_note gcc
property_note gcc -mbranch-protection=standard
# gcc 12 knows no GCS; GCC 15 defines __ARM_FEATURE_GCS_DEFAULT for
# -mbranch-protection=standard: stand in for it
property_note gcc -mbranch-protection=standard -D__ARM_FEATURE_GCS_DEFAULT=1

finish
