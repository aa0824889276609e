#!/usr/bin/env bash
# Suite "consumer": examples/bazel-consumer, a separate Bazel workspace that
# depends on this checkout (local_repository), builds and tests with
#   //:linux_syscall, //:linux_syscall_trampoline, and //:linux_syscall_impl
# under both values of --@linux_syscall//core:impl; offline, Bazel 4.2.3.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/suite_lib.sh"

consumer=examples/bazel-consumer
flag=--@linux_syscall//core:impl

if grep -qx "$consumer" .bazelignore 2>/dev/null; then
  pass ".bazelignore keeps $consumer out of this workspace's //..."
else
  fail ".bazelignore does not list $consumer"
fi

if ! command -v bazel >/dev/null 2>&1; then
  fail "bazel is not installed (scripts/install-deps test)"
  finish; exit
fi
if [[ "${CI:-}" == "true" ]]; then at_exit "consumer_bazel_shutdown $consumer"; fi

# `bazel test //...` also builds the hello_* programs; each is then run
# directly from bazel-bin (the command-line flag does not change that path
# in Bazel 4.2.3) to see what it says it was built with.
bin="$(consumer_bazel "$consumer" info bazel-bin 2>"$SCRATCH/info.log")"
if [[ -z "$bin" ]]; then
  fail "bazel info bazel-bin in $consumer failed:"
  tail -n 15 "$SCRATCH/info.log" | sed 's/^/    /'
  finish; exit
fi

expect_run() {  # PROGRAM EXPECTED_IMPL FLAG_DESCRIPTION
  local program="$1" want="$2" how="$3" out
  out="$("$bin/$program" 2>&1)"
  if grep -qx "implementation: $want" <<<"$out" && grep -qx "hello from linux_syscall" <<<"$out"; then
    pass "$program ($how) says implementation: $want"
  else
    fail "$program ($how): expected 'implementation: $want'; got:"
    sed 's/^/    /' <<<"$out"
  fi
}

consumer_bazel_tests "bazel test //... (flag unset: inline)" "$consumer" "$SCRATCH/test-default.log"
expect_run hello_inline inline "flag unset"
expect_run hello_trampoline trampoline "flag unset"
expect_run hello_selected inline "flag unset"

consumer_bazel_tests "bazel test //... $flag=trampoline" "$consumer" "$SCRATCH/test-trampoline.log" \
  "$flag=trampoline"
expect_run hello_selected trampoline "$flag=trampoline"
# The fixed targets ignore the flag.
expect_run hello_inline inline "$flag=trampoline"

consumer_bazel_tests "bazel test //... $flag=inline" "$consumer" "$SCRATCH/test-inline.log" \
  "$flag=inline"
expect_run hello_selected inline "$flag=inline"

# A wrong value is an error that names the accepted ones.
if consumer_bazel "$consumer" build "$flag=assembly" //:hello_selected >"$SCRATCH/bad.log" 2>&1; then
  fail "$flag=assembly was accepted"
elif grep -q 'invalid value "assembly"; expected one of: inline, trampoline' "$SCRATCH/bad.log"; then
  pass "$flag=assembly fails: invalid value, expected one of: inline, trampoline"
else
  fail "$flag=assembly failed without the expected message:"
  tail -n 15 "$SCRATCH/bad.log" | sed 's/^/    /'
fi

finish
