# The architecture table (core/architectures.tsv) for shell scripts; source it:
#   . "$REPO_ROOT/scripts/lib/arch_table.sh"
#   for a in $(arch_names); do
#     triple=$(arch_get "$a" gcc_triple); qemu=$(arch_get "$a" qemu) ...
# arch_names [--all] [--abi|--primary] [--with FIELD=VALUE]  target names (core = yes)
# arch_get NAME FIELD                               one field ("" when "-")
# arch_host                                         the core target this machine runs natively
# arch_left_out NAME                                prints why this host cannot build
#   core row NAME and succeeds, or fails (it can): for loops over named rows
#   (arch_names already leaves such rows out; never any on amd64)
# arch_rows [--all] FIELD...                        one target a line, fields separated
#   by the unit separator \x1f, not a tab: `read` collapses runs of tabs (IFS
#   white space) and would shift the fields after an empty one. Read with
#   while IFS=$'\x1f' read -r name qemu ...; do ...; done < <(arch_rows name qemu ...)
# Errors (unknown name or field, malformed table) print a message and return 2.
_ARCH_TABLE_PY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/arch_table.py"
arch_names() { python3 "$_ARCH_TABLE_PY" names "$@"; }
arch_get() { python3 "$_ARCH_TABLE_PY" get "$@"; }
arch_rows() { python3 "$_ARCH_TABLE_PY" rows --sep $'\x1f' "$@"; }
arch_host() { python3 "$_ARCH_TABLE_PY" host; }
arch_left_out() {
  local out line
  out=$(python3 "$_ARCH_TABLE_PY" left-out) || return 2
  while IFS= read -r line; do
    [[ $line == "$1: "* ]] && { echo "${line#*: }"; return 0; }
  done <<<"$out"
  return 1
}
