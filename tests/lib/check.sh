# tests/lib/check.sh: the test protocol for shell runners (sourced, not
# run); tests/lib/check.h speaks the same to C and C++ programs.
#
# One line per check:
#   ok NAME
#   FAIL NAME: DETAIL          (further lines of detail indented)
#   skip NAME: REASON
# and, from finish, the closing line `N passed, N failed` (`, N skipped`
# only when something was skipped) that scripts/test counts. Lines starting
# with `# ` are notes. Names say what is checked ("x86_64: core/src builds
# freestanding"), so a FAIL line alone tells what broke.
#
#   source tests/lib/check.sh
#   pass NAME                      count a passed check
#   fail NAME [DETAIL...]          count a failed check
#   skip NAME REASON               count a skipped check (never a pass)
#   check NAME COMMAND [ARG...]    run COMMAND; pass if it exits 0, else fail
#                                  showing its exit status and last lines
#                                  (its output is kept in $CHECK_LOG if set)
#   run_checks LABEL COMMAND...    run a program that speaks this protocol;
#                                  relay its lines as "[LABEL] NAME" and add
#                                  its counts (a crash without a FAIL line,
#                                  or a missing closing line, is one failure)
#   indent [N]                     stdin, first N lines (default 25), indented
#   show FILE [N]                  FILE's first N lines (default 25), indented
#   scratch_dir PREFIX [-k]        set SCRATCH to a new temporary directory,
#                                  removed on exit unless -k (then printed)
#   note TEXT                      "# TEXT"
#   finish                         print the closing line; return 0 only when
#                                  nothing failed and at least one check ran
#                                  (end a script with it, or `finish; exit`)

CHECK_PASSED=0
CHECK_FAILED=0
CHECK_SKIPPED=0

pass() {
  echo "ok $1"
  CHECK_PASSED=$((CHECK_PASSED + 1))
}

fail() {
  local name="$1"
  shift
  if [[ $# -eq 0 ]]; then
    echo "FAIL $name: (no detail)"
  else
    # A detail of several lines: the first on the FAIL line, the rest indented.
    local detail="$*"
    echo "FAIL $name: ${detail%%$'\n'*}"
    [[ "$detail" == *$'\n'* ]] && printf '%s\n' "${detail#*$'\n'}" | indent
  fi
  CHECK_FAILED=$((CHECK_FAILED + 1))
}

skip() {
  echo "skip $1: ${2:-(no reason given)}"
  CHECK_SKIPPED=$((CHECK_SKIPPED + 1))
}

note() {
  echo "# $*"
}

indent() {
  sed -n "1,${1:-25}p" | sed 's/^/    /'
}

show() {
  indent "${2:-25}" <"$1"
}

scratch_dir() {
  SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")" || exit 1
  if [[ "${2:-}" == -k ]]; then
    echo "build directory: $SCRATCH"
  else
    # shellcheck disable=SC2064  # expand now: the path is fixed
    trap "rm -rf '$SCRATCH'" EXIT
  fi
}

check() {
  local name="$1" log="${CHECK_LOG:-}" rc
  shift
  [[ -n "$log" ]] || log="$(mktemp)"
  "$@" >"$log" 2>&1
  rc=$?
  if [[ $rc -eq 0 ]]; then
    pass "$name"
  else
    fail "$name" "exit status $rc from: $*; last lines of its output${CHECK_LOG:+ (all in $CHECK_LOG)}:"
    tail -n 25 "$log" | indent
  fi
  [[ -n "${CHECK_LOG:-}" ]] || rm -f "$log"
  return "$rc"
}

run_checks() {
  local label="$1" out rc p f s
  shift
  out="$("$@" 2>&1)"
  rc=$?
  printf '%s\n' "$out" |
    sed -E "s#^(ok|FAIL|skip) #\\1 [$label] #" |
    grep -Ev '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$'
  p=$(grep -c '^ok ' <<<"$out")
  f=$(grep -c '^FAIL ' <<<"$out")
  s=$(grep -c '^skip ' <<<"$out")
  CHECK_PASSED=$((CHECK_PASSED + p))
  CHECK_FAILED=$((CHECK_FAILED + f))
  CHECK_SKIPPED=$((CHECK_SKIPPED + s))
  if ! grep -Eq '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' <<<"$out"; then
    fail "[$label] closing line" "no 'N passed, N failed' line (exit status $rc): it stopped early"
  elif [[ $rc -ne 0 && $f -eq 0 ]]; then
    fail "[$label] exit status" "$rc without a reported failure"
  fi
}

finish() {
  local line="$CHECK_PASSED passed, $CHECK_FAILED failed"
  [[ $CHECK_SKIPPED -gt 0 ]] && line+=", $CHECK_SKIPPED skipped"
  if [[ $((CHECK_PASSED + CHECK_FAILED + CHECK_SKIPPED)) -eq 0 ]]; then
    echo "FAIL checks ran: none (a suite that checks nothing proves nothing)"
    CHECK_FAILED=1
    line="0 passed, 1 failed"
  fi
  echo "$line"
  [[ $CHECK_FAILED -eq 0 ]]
}
