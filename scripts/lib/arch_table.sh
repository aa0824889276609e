# The architecture table (core/architectures.tsv) for shell scripts; source it:
#   . "$REPO_ROOT/scripts/lib/arch_table.sh"
#   for a in $(arch_names); do
#     triple=$(arch_get "$a" gcc_triple); qemu=$(arch_get "$a" qemu) ...
# arch_names [--all] [--abi] [--with FIELD=VALUE]  target names (core = yes)
# arch_get NAME FIELD                               one field ("" when "-")
# arch_rows FIELD...                                tab-separated, one target a line
# Errors (unknown name or field, malformed table) print a message and return 2.
_ARCH_TABLE_PY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/arch_table.py"
arch_names() { python3 "$_ARCH_TABLE_PY" names "$@"; }
arch_get() { python3 "$_ARCH_TABLE_PY" get "$@"; }
arch_rows() { python3 "$_ARCH_TABLE_PY" rows "$@"; }
