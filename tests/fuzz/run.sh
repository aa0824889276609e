#!/usr/bin/env bash
# tests/fuzz/run.sh (suite 45-fuzz): builds the libFuzzer target tests/fuzz/vdso_fuzz.c (the
# vDSO/ELF parser; clang-19 -fsanitize=fuzzer,address,undefined) and runs
# it for 60 s from the seed corpus tests/fuzz/corpus/ (new inputs go to a
# temporary directory, not into the repository). Any crash, sanitizer
# report, leak or timeout fails the suite; the failing input is kept in
# tests/fuzz/findings/ (not committed) for reproduction:
#   ./vdso_fuzz tests/fuzz/findings/crash-...
# FUZZ_SECONDS overrides the 60 s. Wall time: about 65 s.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1

source tests/lib/check.sh

seconds="${FUZZ_SECONDS:-60}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! command -v clang-19 >/dev/null 2>&1; then
  fail "clang-19 installed" "missing (run scripts/install-deps test)"
  finish; exit
fi
if ! ls tests/fuzz/corpus/* >/dev/null 2>&1; then
  fail "seed corpus tests/fuzz/corpus/ has inputs" "it is empty"
  finish; exit
fi

if clang-19 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Icore/include \
     tests/fuzz/vdso_fuzz.c core/src/vdso.c core/src/auxv.c core/src/time.c \
     -o "$tmp/vdso_fuzz" 2>"$tmp/err"; then
  pass "vdso_fuzz builds (libFuzzer, ASan, UBSan)"
else
  sed 's/^/    /' "$tmp/err"
  fail "vdso_fuzz builds (libFuzzer, ASan, UBSan)" "it does not; errors above"
  finish; exit
fi

mkdir -p "$tmp/corpus" "$tmp/artifacts"
"$tmp/vdso_fuzz" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$tmp/artifacts/" "$tmp/corpus" tests/fuzz/corpus >"$tmp/log" 2>&1
rc=$?
stats="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$tmp/log" | tail -n 1)"
execs="$(grep -E '^stat::number_of_executed_units' "$tmp/log" | awk '{print $2}')"
note "${stats:-no DONE line} (executions: ${execs:-?})"
findings=("$tmp"/artifacts/*)
if [[ $rc -eq 0 && ! -e "${findings[0]}" ]]; then
  pass "vdso_fuzz ran ${seconds} s without findings"
else
  grep -E 'ERROR|SUMMARY|runtime error|deadly signal|timeout' "$tmp/log" | head -n 20 | sed 's/^/    /'
  if [[ -e "${findings[0]}" ]]; then
    mkdir -p tests/fuzz/findings
    cp "$tmp"/artifacts/* tests/fuzz/findings/
    echo "    findings kept in tests/fuzz/findings/"
  fi
  fail "vdso_fuzz ran ${seconds} s without findings" "exit status $rc, findings: $(ls "$tmp/artifacts" | wc -l)"
fi
finish
