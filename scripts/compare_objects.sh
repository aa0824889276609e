#!/usr/bin/env bash
# Builds the library's objects from the working tree and from a git revision
# and compares them byte for byte, to show that a refactoring changed no
# generated code.
#
#   scripts/compare_objects.sh [REV [NEW]]  (default REV: HEAD; NEW: the working tree)
#   scripts/compare_objects.sh --build DIR OUT   (one tree only; used by the above)
#
# Per core target of the architecture table and per compiler it is built
# with: core/src/*.c compiled once inline and once with
# -DLINUX_SYSCALL_TRAMPOLINE, plus the trampoline (core/src/trampoline.S,
# or before it existed core/src/arch/<abi>/trampoline.S), with the flags of
# the matrix's O2/static cell. Prints one line per differing object and
# ends with "N identical, N different"; exit 1 if any differs or is missing.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Builds every object of the tree DIR into OUT/<target>/<compiler>/.
build_tree() {
  local dir=$1 out=$2 name compilers cflags clang_triple gcc abi tramp cc cmd src o
  mkdir -p "$out"
  # Both trees are built for the targets of the working tree's table.
  while IFS=$'\x1f' read -r name compilers cflags clang_triple gcc abi; do
    if [[ -f "$dir/core/src/trampoline.S" ]]; then
      tramp=core/src/trampoline.S
    else
      tramp=core/src/arch/$abi/trampoline.S
    fi
    for cc in $compilers; do
      if [[ $cc == clang ]]; then cmd=(clang-19 "--target=$clang_triple"); else cmd=("$gcc"); fi
      # shellcheck disable=SC2206  # cflags is a space-separated list
      cmd+=($cflags -O2 -fno-pie -I core/include -std=c99 -Wall -Wextra -Wpedantic -Werror
            -ffreestanding -fno-stack-protector)
      o="$out/$name/$cc"
      mkdir -p "$o/inline" "$o/trampoline"
      for src in "$dir"/core/src/*.c; do
        src=${src#"$dir"/}
        (cd "$dir" && "${cmd[@]}" -c "$src" -o "$o/inline/$(basename "$src" .c).o") || return 1
        (cd "$dir" && "${cmd[@]}" -DLINUX_SYSCALL_TRAMPOLINE -c "$src" \
          -o "$o/trampoline/$(basename "$src" .c).o") || return 1
      done
      # Not -std=c99 for the assembly: the matrix passes it too, harmlessly.
      (cd "$dir" && "${cmd[@]}" -DLINUX_SYSCALL_TRAMPOLINE -c "$tramp" -o "$o/trampoline/trampoline.S.o") \
        || return 1
    done
  done < <(python3 "$ROOT/scripts/lib/arch_table.py" rows --sep $'\x1f' name compilers cflags clang_triple gcc abi)
}

if [[ ${1:-} == --build ]]; then
  [[ $# -eq 3 ]] || { echo "usage: $0 --build DIR OUT" >&2; exit 2; }
  build_tree "$(cd "$2" && pwd)" "$(mkdir -p "$3" && cd "$3" && pwd)"
  exit
fi

rev=${1:-HEAD} new=${2:-}
for r in "$rev" $new; do
  git -C "$ROOT" rev-parse --verify -q "$r^{commit}" >/dev/null \
    || { echo "$0: not a revision: $r" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old-tree"
git -C "$ROOT" archive "$rev" | tar -x -C "$work/old-tree"
build_tree "$work/old-tree" "$work/old" || { echo "$0: building $rev failed" >&2; exit 1; }
new_tree=$ROOT
if [[ -n $new ]]; then
  new_tree=$work/new-tree
  mkdir -p "$new_tree"
  git -C "$ROOT" archive "$new" | tar -x -C "$new_tree"
fi
build_tree "$new_tree" "$work/new" || { echo "$0: building ${new:-the working tree} failed" >&2; exit 1; }

same=0 diff=0
while read -r f; do
  if [[ ! -f "$work/new/$f" ]]; then
    echo "missing in ${new:-the working tree}: $f"; diff=$((diff + 1))
  elif cmp -s "$work/old/$f" "$work/new/$f"; then
    same=$((same + 1))
  else
    echo "differs: $f"; diff=$((diff + 1))
  fi
done < <(cd "$work/old" && find . -name '*.o' | sed 's|^\./||' | LC_ALL=C sort)
while read -r f; do
  [[ -f "$work/old/$f" ]] || { echo "new in ${new:-the working tree}: $f"; diff=$((diff + 1)); }
done < <(cd "$work/new" && find . -name '*.o' | sed 's|^\./||' | LC_ALL=C sort)
echo "${new:-working tree} compared with $rev ($(git -C "$ROOT" rev-parse --short "$rev")): $same identical, $diff different"
[[ $diff -eq 0 ]]
