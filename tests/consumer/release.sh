#!/usr/bin/env bash
# Suite "release": MODULE.bazel and WORKSPACE agree; scripts/release makes
# a versioned, reproducible archive of the committed HEAD; and that archive
# alone (unpacked in a scratch directory, no .git, no path into this
# checkout) is enough for a consumer workspace to build and pass its tests,
# fetched through the printed http_archive stanza with a file:// URL.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/suite_lib.sh"

# --- one name, one version ------------------------------------------------------
module_name="$(module_field name)"
version="$(module_field version)"
ws_name="$(workspace_name WORKSPACE)"
if [[ -n "$module_name" && "$module_name" == "$ws_name" ]]; then
  pass "MODULE.bazel module name \"$module_name\" = WORKSPACE workspace name"
else
  fail "MODULE.bazel module name \"$module_name\" != WORKSPACE workspace name \"$ws_name\""
fi
if [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]]; then
  pass "MODULE.bazel version \"$version\" is MAJOR.MINOR.PATCH"
else
  fail "MODULE.bazel version \"$version\" is not MAJOR.MINOR.PATCH[-PRE]"
fi
nversions=$(grep -Ec '^[[:space:]]*version[[:space:]]*=' MODULE.bazel)
if [[ $nversions -eq 1 ]] && grep -Eq '^[[:space:]]*compatibility_level[[:space:]]*=[[:space:]]*[0-9]+' MODULE.bazel; then
  pass "MODULE.bazel has exactly one version and a compatibility_level"
else
  fail "MODULE.bazel: $nversions version lines (want 1) or no compatibility_level"
fi

# --- bad input is an error -------------------------------------------------------
if scripts/release 1.x --out "$SCRATCH/bad" >"$SCRATCH/bad.log" 2>&1; then
  fail "scripts/release 1.x succeeded"
elif grep -q "invalid VERSION '1.x'" "$SCRATCH/bad.log"; then
  pass "scripts/release 1.x: invalid VERSION error"
else
  fail "scripts/release 1.x failed without saying why:"; sed 's/^/    /' "$SCRATCH/bad.log"
fi

# --- the archive ---------------------------------------------------------------------
name="linux-syscall-$version"
if ! scripts/release --out "$SCRATCH/dist" >"$SCRATCH/release.out" 2>"$SCRATCH/release.err"; then
  fail "scripts/release failed:"; sed 's/^/    /' "$SCRATCH/release.err"
  finish; exit
fi
archive="$(sed -n 1p "$SCRATCH/release.out")"
sha="$(sed -n 2p "$SCRATCH/release.out")"
if [[ "$archive" == "$SCRATCH/dist/$name.tar.gz" && -f "$archive" ]]; then
  pass "scripts/release wrote $name.tar.gz (version from MODULE.bazel)"
else
  fail "scripts/release: expected $SCRATCH/dist/$name.tar.gz, got '$archive'"
  finish; exit
fi
if [[ "$(sha256sum "$archive" | cut -d' ' -f1)" == "$sha" ]]; then
  pass "printed sha256 matches the archive ($sha)"
else
  fail "printed sha256 '$sha' does not match the archive"
fi
stanza="$(sed -n '3,$p' "$SCRATCH/release.out")"
if grep -q 'name = "linux_syscall"' <<<"$stanza" && grep -q "strip_prefix = \"$name\"" <<<"$stanza" &&
   grep -q "sha256 = \"$sha\"" <<<"$stanza" && grep -q 'PLACEHOLDER' <<<"$stanza" &&
   grep -q "urls = \\[\"https://REPLACE-ME.example/$name.tar.gz\"\\]" <<<"$stanza"; then
  pass "http_archive stanza: name, placeholder urls, strip_prefix, sha256"
else
  fail "http_archive stanza incomplete:"; sed 's/^/    /' <<<"$stanza"
fi
scripts/release --out "$SCRATCH/dist2" >"$SCRATCH/release2.out" 2>/dev/null
if cmp -s "$archive" "$SCRATCH/dist2/$name.tar.gz"; then
  pass "archive is reproducible (same bytes twice)"
else
  fail "archive differs between two runs"
fi
outside=$(tar -tzf "$archive" | grep -vc "^$name/")
# Files of HEAD that git archive keeps: all but those marked export-ignore
# (.gitattributes).
head_files=$(git ls-tree -r --name-only HEAD | git check-attr --stdin export-ignore | grep -vc ': export-ignore: set$')
archive_files=$(tar -tzf "$archive" | grep -vc '/$')
if [[ $outside -eq 0 && $archive_files -eq $head_files ]]; then
  pass "archive: everything under $name/, all $head_files files of HEAD"
else
  fail "archive: $outside entries outside $name/, $archive_files files vs $head_files in HEAD"
fi

# --- the archive alone builds ---------------------------------------------------------
if ! command -v bazel >/dev/null 2>&1; then
  fail "bazel is not installed (scripts/install-deps test)"
  finish; exit
fi
unpacked="$SCRATCH/unpacked"
mkdir -p "$unpacked" && tar -xzf "$archive" -C "$unpacked"
lib="$unpacked/$name"
if [[ -f "$lib/MODULE.bazel" && -f "$lib/core/include/linux_syscall.h" && ! -e "$lib/.git" ]]; then
  pass "unpacked: MODULE.bazel and headers present, no .git"
else
  fail "unpacked archive lacks MODULE.bazel or headers, or has .git"
fi

# The archive regenerates and builds on its own: its syscall tables are
# inside it (third_party/syscall-tables), nothing is read from beside it.
if [[ ! -e "$unpacked/shared" && ! -e "$(dirname "$unpacked")/shared" ]] &&
   [[ -f "$lib/third_party/syscall-tables/LICENSE" && -f "$lib/third_party/syscall-tables/README.md" &&
      $(ls "$lib/third_party/syscall-tables/linux-7.2-rc1/"*.tsv 2>/dev/null | wc -l) -eq 28 ]]; then
  pass "unpacked: the 28 syscall tables with README.md and LICENSE (MIT), no ../shared beside it"
else
  fail "unpacked archive lacks third_party/syscall-tables (28 tables, README.md, LICENSE), or a shared/ is beside it"
fi
if (cd "$lib" && python3 scripts/gen_syscall_numbers.py --check) >"$SCRATCH/regen.log" 2>&1; then
  pass "unpacked: scripts/gen_syscall_numbers.py --check regenerates its files unchanged ($(tail -n 1 "$SCRATCH/regen.log"))"
else
  fail "unpacked: gen_syscall_numbers.py --check failed:"; tail -n 15 "$SCRATCH/regen.log" | sed 's/^/    /'
fi
if (cd "$lib" && python3 scripts/gen_syscall_numbers.py --out "$SCRATCH/regen") >"$SCRATCH/regen2.log" 2>&1 &&
   [[ $(find "$SCRATCH/regen" -type f | wc -l) -gt 60 ]] && ! grep -rq 'shared/' "$SCRATCH/regen" && ! grep -rqF "$ROOT" "$SCRATCH/regen"; then
  pass "unpacked: regenerated files name no path outside the archive"
else
  fail "unpacked: regeneration failed or its output names a path outside the archive:"
  tail -n 15 "$SCRATCH/regen2.log" | sed 's/^/    /'
fi
if make -C "$lib" BUILDDIR="$SCRATCH/make" >"$SCRATCH/make.log" 2>&1 &&
   [[ -f "$SCRATCH/make/liblinux_syscall.a" ]]; then
  pass "unpacked: make builds liblinux_syscall.a ($(ar t "$SCRATCH/make/liblinux_syscall.a" | grep -c '^syscall_table_') per-ABI table objects)"
else
  fail "unpacked: make failed:"; tail -n 15 "$SCRATCH/make.log" | sed 's/^/    /'
fi

# The consumer: the example's files from the archive (not from this
# checkout), and a WORKSPACE made of the printed stanza with a file:// URL
# plus the offline shims from the unpacked copy.
consumer="$SCRATCH/consumer"
mkdir -p "$consumer"
cp "$lib/examples/bazel-consumer/"{BUILD,.bazelrc,hello.c,impl_test.c} "$consumer/" || fail "example files missing from the archive"
{
  echo 'workspace(name = "release_consumer")'
  sed "s|https://REPLACE-ME.example/$name.tar.gz|file://$archive|" <<<"$stanza"
  cat <<WS

local_repository(name = "rules_cc", path = "$lib/third_party/bazel_offline/rules_cc")
local_repository(name = "rules_java", path = "/usr/share/bazel/rules/java")
local_repository(name = "remote_coverage_tools", path = "$lib/third_party/bazel_offline/remote_coverage_tools")
WS
} >"$consumer/WORKSPACE"
if grep -qF "$ROOT" "$consumer/WORKSPACE" "$consumer/BUILD" "$consumer/.bazelrc"; then
  fail "consumer workspace refers to the checkout $ROOT"
else
  pass "consumer workspace refers only to the archive and its unpacked copy"
fi

# Its own output base in the scratch directory: removed with it, and never
# shared with a server that has seen the checkout.
CONSUMER_BAZEL_STARTUP+=(--output_base="$SCRATCH/output_base")
at_exit "consumer_bazel_shutdown '$consumer'"
# A fresh repository cache too, so the archive really is fetched from file://.
consumer_bazel_tests "archive consumer: bazel test //... (inline)" "$consumer" "$SCRATCH/test-default.log" \
  --repository_cache="$SCRATCH/repository_cache"
consumer_bazel_tests "archive consumer: bazel test //... --@linux_syscall//core:impl=trampoline" \
  "$consumer" "$SCRATCH/test-trampoline.log" --repository_cache="$SCRATCH/repository_cache" \
  --@linux_syscall//core:impl=trampoline
if [[ -f "$SCRATCH/output_base/external/linux_syscall/MODULE.bazel" && -n "$(ls -A "$SCRATCH/repository_cache" 2>/dev/null)" ]]; then
  pass "@linux_syscall was fetched by http_archive from the file:// URL into a fresh repository cache"
else
  fail "@linux_syscall was not fetched into the consumer's output base"
fi

# Only the documented targets are public: //core's library is not.
mkdir -p "$consumer/visibility_probe"
printf '%s\n' 'cc_library(name = "probe", deps = ["@linux_syscall//core:linux_syscall"])' \
  >"$consumer/visibility_probe/BUILD"
if consumer_bazel "$consumer" build --nobuild //visibility_probe:probe >"$SCRATCH/visibility.log" 2>&1; then
  fail "@linux_syscall//core:linux_syscall is visible to other workspaces"
elif grep -q "target '@linux_syscall//core:linux_syscall' is not visible" "$SCRATCH/visibility.log"; then
  pass "@linux_syscall//core:linux_syscall is private (use @linux_syscall//:linux_syscall)"
else
  fail "visibility probe failed for another reason:"; tail -n 15 "$SCRATCH/visibility.log" | sed 's/^/    /'
fi

finish
