#!/usr/bin/env bash
# Instructions per i386 getppid call through the header's default path,
# counted exactly under qemu-i386 -singlestep -d exec,nochain (one Trace
# line per executed instruction): runs of N and 2N calls, (count(2N) -
# count(N)) / N, so start-up and exit cancel out. Counts include the loop
# (increment, compare, branch, the sum) and the kernel entry instructions
# in user space, not the kernel. Timing under qemu says nothing about the
# hardware and is not taken.
#
#   bench/codesize/x86_insn_count.sh [--include DIR] [--old] [N]
#     --include DIR  the core/include to measure (default: this checkout's)
#     --old          the header predates linux_x86_set_vsyscall_entry()
#                    (stores linux_x86_vsyscall_entry directly)
#     N              calls in the short run (default 1000)
# Prints one line per compiler, flags and entry (unset / stand-in).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
include="$ROOT/core/include" old=() n=1000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --include) include="$2"; shift 2 ;;
    --old) old=(-DX86_OLD_HEADER); shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) [[ "$1" =~ ^[0-9]+$ ]] || { echo "x86_insn_count.sh: bad argument: $1" >&2; exit 2; }; n="$1"; shift ;;
  esac
done
x86_gcc="$(python3 "$ROOT/scripts/lib/arch_table.py" get x86 gcc)" &&
  x86_triple="$(python3 "$ROOT/scripts/lib/arch_table.py" get x86 clang_triple)" &&
  x86_qemu="$(python3 "$ROOT/scripts/lib/arch_table.py" get x86 qemu)" ||
  { echo "x86_insn_count.sh: no x86 row in the architecture table" >&2; exit 1; }
command -v "$x86_qemu" >/dev/null || { echo "x86_insn_count.sh: $x86_qemu not found (scripts/install-deps)" >&2; exit 1; }
B="$(mktemp -d "${TMPDIR:-/tmp}/x86-insn.XXXXXX")"
trap 'rm -rf "$B"' EXIT

count() { # program args... -> executed instructions
  "$x86_qemu" -singlestep -d exec,nochain -D "$B/log" "$@" >/dev/null 2>&1 || true
  grep -c '^Trace' "$B/log"
}

for cc in "$x86_gcc" "clang-19 --target=$x86_triple"; do
  for flags in "-O2 -static" "-O2 -static-pie -fPIE" "-Os -static"; do
    [[ $cc == clang* && $flags == *static-pie* ]] && continue # lld's i386 static-pie with glibc does not start
    prog="$B/loop"
    # shellcheck disable=SC2086
    $cc $flags "${old[@]}" -DLINUX_SYSCALL_HEADER_ONLY -I"$include" \
      "$ROOT/bench/codesize/x86_getppid_loop.c" -o "$prog"
    for entry in unset standin; do
      arg=(); [[ $entry == standin ]] && arg=(standin)
      c1=$(count "$prog" "$n" "${arg[@]}")
      c2=$(count "$prog" $((2 * n)) "${arg[@]}")
      printf '%-36s %-8s %s instructions per call\n' "${cc%% *} $flags" "$entry" \
        "$(python3 -c "print('%.2f' % (($c2 - $c1) / $n))")"
    done
  done
done
