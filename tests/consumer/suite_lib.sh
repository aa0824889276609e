# Shared by tests/consumer/bazel_consumer.sh, release.sh and pkgconfig.sh
# (suites 70-consumer, 75-release, 80-pkgconfig; sourced, not run): the
# test protocol (tests/lib/check.sh), a scratch directory, and Bazel for
# consumer workspaces.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
source tests/lib/check.sh

# run_check DESCRIPTION LOG COMMAND...: a check (tests/lib/check.sh) whose
# whole output is kept in LOG.
run_check() {
  local what="$1" log="$2"
  shift 2
  CHECK_LOG="$log" check "$what" "$@"
}

# A scratch directory, removed on exit (after any registered cleanup).
SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/linux-syscall-suite.XXXXXX")"
cleanups=()
at_exit() { cleanups+=("$1"); }
run_cleanups() {
  local c
  for c in "${cleanups[@]}"; do eval "$c"; done
  rm -rf "$SCRATCH"
}
trap run_cleanups EXIT

# The version and workspace name as MODULE.bazel / WORKSPACE declare them.
module_field() {
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" MODULE.bazel | head -n 1
}
workspace_name() {
  sed -n 's/^workspace([[:space:]]*name[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$1" | head -n 1
}

# Bazel in a consumer workspace: consumer_bazel DIR COMMAND [ARGS...].
# No convenience symlinks in the source tree; the server exits by itself
# after a while, and finish-time cleanup shuts it down in CI.
CONSUMER_BAZEL_STARTUP=(--max_idle_secs=900)
consumer_bazel() {
  local dir="$1" cmd="$2"
  shift 2
  (cd "$dir" && bazel "${CONSUMER_BAZEL_STARTUP[@]}" "$cmd" --symlink_prefix=/ "$@" </dev/null)
}
consumer_bazel_shutdown() {
  (cd "$1" && bazel "${CONSUMER_BAZEL_STARTUP[@]}" shutdown </dev/null >/dev/null 2>&1) || true
}

# consumer_bazel_tests DESCRIPTION DIR LOG [BAZEL TEST ARGS...]: bazel test
# //... in DIR; passes if bazel succeeds and each test target it reports
# PASSED (at least one).
consumer_bazel_tests() {
  local what="$1" dir="$2" log="$3"
  shift 3
  local rc=0 npass nbad
  consumer_bazel "$dir" test --keep_going //... "$@" >"$log" 2>&1 || rc=$?
  npass=$(grep -Ec '^//[^ ]+ +(\(cached\) +)?PASSED' "$log")
  nbad=$(grep -Ec '^//[^ ]+ +(\(cached\) +)?(FAILED|TIMEOUT|NO STATUS|INCOMPLETE|FLAKY)' "$log")
  if [[ $rc -eq 0 && $npass -gt 0 && $nbad -eq 0 ]]; then
    pass "$what: $npass test targets passed"
  else
    fail "$what: bazel exit $rc, $npass passed, $nbad not passed (last lines of $log:)"
    tail -n 30 "$log" | sed 's/^/    /'
  fi
}
