#!/usr/bin/env bash
# tests/bench/smoke.sh (suite 60-bench-smoke): every benchmark builds, every path gives the right result,
# every instrument runs and the aggregator turns its output into a report.
# Tiny counts; asserts no timing. Writes only out/bench/ and a temp dir
# (never reports/). About 1-2 minutes on 2 cores, most of it the build.
set -uo pipefail
cd "${REPO_ROOT:-$(dirname "${BASH_SOURCE[0]}")/../..}" || exit 1

source tests/lib/check.sh  # pass, fail, finish: the shared test protocol

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# nolibc's headers (the peer path) into out/, as scripts/bench does; without
# linux-source-6.1 the nolibc checks below are skipped, not passed.
nolibc=0
if nl="$(bench/nolibc/extract out/bench/nolibc-include/nolibc 2>&1)"; then
  nolibc=1; pass "nolibc headers extracted from linux-source-6.1 into out/"
else
  skip "nolibc headers" "$nl"
fi

if log="$(make -C bench -j"$(nproc)" -s 2>&1)"; then
  pass "build: make -C bench"
else
  fail "build: make -C bench" "$log"
  finish; exit
fi

bin=out/bench/bin
# This machine's target (x86_64 on the usual machine) is built natively and
# timed; every other target is built with its cross gcc and run under qemu.
arch_table() { python3 scripts/lib/arch_table.py "$@"; }
host="$(arch_table host)" || { fail "this machine is a core target (arch_table.py host)"; finish; exit; }
# The timing reference: Google Benchmark where Debian packages it for this
# architecture, the C harness with static glibc otherwise.
if [[ -e /usr/include/benchmark/benchmark.h ]]; then ref=$host-gbench; else ref=$host-glibc; fi
host_progs=("$host-glibc")
[[ $ref == "$host-gbench" ]] && host_progs=("$ref" "${host_progs[@]}")
command -v musl-gcc >/dev/null && host_progs+=("$host-musl")
cross_progs=()
for a in $(arch_table names --with libc=glibc --with compilers=gcc); do
  [[ $a == "$host" ]] || cross_progs+=("$a-glibc")
done
free_progs=($(arch_table names --with libc=none | sed 's/$/-freestanding/'))
x86_objdump="$(arch_table get x86 gcc_triple)-objdump"
for prog in "${host_progs[@]}" "${cross_progs[@]}" "${free_progs[@]}"; do
  [[ -x "$bin/$prog" ]] && pass "built: $prog" || fail "built: $prog"
done

# Run a program natively, or under qemu-user when this machine cannot
# (the x86 probe: some x86_64 VMs cannot execute i386 binaries).
# The qemu binary of the program's target (<target>-<libc>), from the
# architecture table.
runner() {
  case "$1" in
    "$host"-*) echo "" ;;
    x86-*) if [[ $host == x86_64 ]] &&  "$bin/$1" --once=1 --filter='^getppid/inline$' >/dev/null 2>&1; then echo ""
           else python3 scripts/lib/arch_table.py get x86 qemu; fi ;;
    *) python3 scripts/lib/arch_table.py get "${1%-*}" qemu ;;
  esac
}

for prog in "${host_progs[@]}" "${cross_progs[@]}"; do
  [[ -x "$bin/$prog" ]] || continue
  q="$(runner "$prog")"
  out="$($q "$bin/$prog" --once=20 2>&1)"; rc=$?
  n=$(grep -c '^ok ' <<<"$out")
  if [[ $rc -eq 0 && $n -ge 20 ]]; then
    pass "every path correct: $prog ($n paths, ${q:-native})"
  else
    fail "every path correct: $prog (rc $rc, ${q:-native})" "$(grep -v '^ok ' <<<"$out")"
  fi
done

# The libc-free icount program (loongarch64: no libc here) checks its paths.
q="$(runner loongarch64-freestanding)"
out="$($q "$bin/loongarch64-freestanding" --once=16 --mark-instructions 2>&1)"; rc=$?
n=$(grep -c '^ok ' <<<"$out")
if [[ $rc -eq 0 && $n -ge 16 ]] && ! grep -q '^FAIL' <<<"$out"; then
  pass "every path correct: loongarch64-freestanding ($n paths, $q)"
else
  fail "every path correct: loongarch64-freestanding (rc $rc)" "$out"
fi

# The nolibc peer is a path of every operation where nolibc has the
# architecture (the host here, unless it is arm), absent where it lacks the
# arity (6.1 arm: no my_syscall6, so no mmap_munmap/nolibc).
if [[ $nolibc -eq 0 ]]; then
  skip "nolibc paths" "no nolibc headers (linux-source-6.1 not installed)"
else
  lhost="$("$bin/$host-glibc" --list)"; larm="$($(runner arm-glibc) "$bin/arm-glibc" --list)"
  miss=""
  for op in $(ls bench/ops/*.c | sed 's|.*/||; s|\.c$||'); do
    grep -qP "^$op\tnolibc\t" <<<"$lhost" || miss+=" $op"
  done
  if [[ $(arch_table get "$host" abi) == arm ]]; then
    skip "$host: nolibc path for every operation" "nolibc 6.1 has no my_syscall6 on arm (checked below)"
  else
    [[ -z "$miss" ]] && pass "$host: nolibc path for every operation" \
      || fail "$host: nolibc path for every operation" "missing:$miss"
  fi
  if grep -qP '^getppid\tnolibc\t' <<<"$larm" && ! grep -qP '^mmap_munmap\tnolibc\t' <<<"$larm"; then
    pass "arm: nolibc getppid present, mmap_munmap absent (nolibc 6.1 has no my_syscall6 on arm)"
  else
    fail "arm: nolibc paths as nolibc 6.1 allows" "$(grep nolibc <<<"$larm")"
  fi
fi

# Instruction counts under qemu, briefly, on two architectures (one of them
# the libc-free program): every benchmark counted, every count positive.
if out="$(python3 bench/icount.py --calls 16 --programs aarch64-glibc,loongarch64-freestanding \
            --filter '^getppid/' --out "$tmp/icount.json" 2>&1)" && python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["programs"]
assert set(d) == {"aarch64-glibc", "loongarch64-freestanding"}, d.keys()
for p, v in d.items():
    assert v["status"] == "ok", (p, v)
    b = v["benchmarks"]
    assert "getppid/inline" in b and "getppid/trampoline" in b, (p, sorted(b))
    assert all(x["per_call"] > 0 for x in b.values()), (p, b)
' "$tmp/icount.json"; then
  pass "bench/icount.py counts aarch64 and loongarch64 (qemu-user)"
else
  fail "bench/icount.py counts aarch64 and loongarch64 (qemu-user)" "$out"
fi

# --list is machine-readable: operation, path, arch, libc (tab-separated);
# every path of every operation is present where it applies (the host).
list="$("$bin/$ref" --list)"
if awk -F'\t' -v host="$host" 'NF != 4 || $3 != host || $4 != "glibc" { bad = 1 } END { exit bad }' <<<"$list"; then
  pass "--list: operation, path, arch, libc fields"
else
  fail "--list: operation, path, arch, libc fields" "$list"
fi
missing=""
ops="$(ls bench/ops/*.c | sed 's|.*/||; s|\.c$||')"
for op in $ops; do
  for path in inline trampoline libc_syscall libc_wrapper; do
    grep -qP "^$op\t$path\t" <<<"$list" || missing+=" $op/$path"
  done
done
for name in getppid/raw_floor clock_gettime/vdso gettimeofday/vdso getcpu/vdso; do
  grep -qP "^${name%/*}\t${name#*/}\t" <<<"$list" || missing+=" $name"
done
[[ -z "$missing" ]] && pass "$host has every path of every bench/ops/*.c" \
  || fail "$host has every path of every bench/ops/*.c" "missing:$missing"
# An operation is one file: nothing else in bench/ or reports/ names getpid.
# (The libc-free program's libc shim, bench/icount/freestanding-*, defines
# getpid() as the libc function the operation's check calls, not the
# operation.)
others="$(grep -rlw getpid bench reports/pipeline reports/aggregate.py scripts/bench 2>/dev/null \
          | grep -v '^bench/ops/getpid\.c$' | grep -v '^bench/icount/freestanding')"
[[ -z "$others" ]] && pass "getpid is registered by bench/ops/getpid.c alone" \
  || fail "getpid is registered by bench/ops/getpid.c alone" "also named in: $others"
x86list="$($(runner x86-glibc) "$bin/x86-glibc" --list)"
if grep -qP '^getppid\tinline_int80\t' <<<"$x86list" && grep -qP '^getppid\traw_int80\t' <<<"$x86list"; then
  pass "x86 has the int \$0x80 paths (library and raw)"
else
  fail "x86 has the int \$0x80 paths (library and raw)"
fi
# The i386 floor is the __kernel_vsyscall loop: registered exactly where the
# process has AT_SYSINFO (natively on i386-capable machines; qemu-user gives
# no vDSO, so no floor there).
if [[ -z "$(runner x86-glibc)" ]]; then
  grep -qP '^getppid\traw_floor\t' <<<"$x86list" && pass "x86 raw floor registered (native, AT_SYSINFO)" \
    || fail "x86 raw floor registered (native, AT_SYSINFO)"
else
  ! grep -qP '^getppid\traw_floor\t' <<<"$x86list" && pass "x86 raw floor absent under qemu-i386 (no AT_SYSINFO)" \
    || fail "x86 raw floor absent under qemu-i386 (no AT_SYSINFO)"
fi
floor_asm="$("$x86_objdump" -d "$bin/x86-glibc" 2>/dev/null | awk '/<bench_getppid_raw_floor>:/,/^$/')"
if grep -q 'call.*\*%e' <<<"$floor_asm"; then
  pass "x86 raw floor calls through the vsyscall entry"
else
  fail "x86 raw floor calls through the vsyscall entry"
fi

# Both timing back ends, tiny counts, valid JSON with aggregates.
for prog in "$ref" "$host-musl"; do
  out="$("$bin/$prog" --benchmark_filter='^getppid/' --benchmark_min_time=0.001 \
         --benchmark_repetitions=2 --benchmark_enable_random_interleaving=true \
         --benchmark_out="$tmp/$prog.json" --benchmark_out_format=json 2>&1)"
  if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert any(b.get("aggregate_name") == "median" for b in d["benchmarks"])
c = d["context"]
assert c["bench_arch"] == sys.argv[2] and c["bench_libc"] in ("glibc", "musl")
assert str(c["random_interleaving"]).lower() == "true"
' "$tmp/$prog.json" "$host" 2>/dev/null; then
    pass "timing back end runs interleaved and records arch, libc: $prog"
  else
    fail "timing back end runs: $prog" "$out"
  fi
done

# The C harness's aggregates are Google Benchmark's: sample stddev (its own
# square root, no libm) and cv = stddev / mean, of the repetitions' per-call times.
out="$("$bin/$host-glibc" --benchmark_filter='^getppid/' --benchmark_min_time=0.001 \
       --benchmark_repetitions=5 --benchmark_out="$tmp/stats.json" --benchmark_out_format=json 2>&1)"
if why="$(python3 -c '
import json, statistics, sys
rows = json.load(open(sys.argv[1]))["benchmarks"]
checked = 0
for name in {r["run_name"] for r in rows}:
    reps = [r for r in rows if r["run_name"] == name and r["run_type"] == "iteration"]
    agg = {r["aggregate_name"]: r for r in rows if r["run_name"] == name and r["run_type"] == "aggregate"}
    for key in ("real_time", "cpu_time"):
        values = [r[key] for r in reps]
        want = statistics.stdev(values)
        got = agg["stddev"][key]
        assert abs(got - want) <= 1e-7 * want, (name, key, got, want)  # JSON keeps 11 digits
        assert abs(agg["cv"][key] - want / statistics.mean(values)) <= 1e-7 * agg["cv"][key], (name, key, "cv")
        checked += 1
assert checked >= 4, checked
' "$tmp/stats.json" 2>&1)"; then
  pass "C harness stddev and cv equal Python's statistics.stdev over the repetitions: $host-glibc"
else
  fail "C harness stddev and cv: $host-glibc" "$why $out"
fi

# The whole instrument chain and the aggregator, in the temp dir.
run="$tmp/run"
if out="$(python3 bench/run.py --smoke --out "$run" 2>&1)"; then
  pass "bench/run.py --smoke: every instrument ran"
else
  fail "bench/run.py --smoke: every instrument ran" "$out"
fi
# Under an emulator (a foreign root through qemu-user) run.py leaves out
# callgrind and seccomp, and says so (raw/run.json).
emulated=$(python3 -c 'import json,sys; print(int(json.load(open(sys.argv[1]))["emulation"]["emulated"]))' \
           "$run/raw/context.json" 2>/dev/null || echo 0)
ref_json=$([[ $ref == "$host-gbench" ]] && echo "gbench-$host" || echo "cbench-$host-glibc")
expect=(context "$ref_json" cbench-$host-musl correctness perf codesize latency-$host-glibc icount run)
[[ $host == x86_64 ]] && expect+=(probe-x86-native)
[[ $emulated -eq 0 ]] && command -v valgrind >/dev/null && expect+=(callgrind)
[[ $emulated -eq 0 ]] && expect+=(seccomp-$host-glibc)
command -v hyperfine >/dev/null && expect+=(hyperfine hyperfine-commands)
command -v perf >/dev/null && expect+=(perf-bench)
for f in "${expect[@]}"; do
  if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$run/raw/$f.json" 2>/dev/null; then
    pass "raw JSON: $f.json"
  else
    fail "raw JSON: $f.json"
  fi
done
if [[ " ${expect[*]} " != *" callgrind "* ]]; then
  skip "callgrind counted instructions per call" "$([[ $emulated -eq 1 ]] && echo "under an emulator" || echo "valgrind not installed")"
elif python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["programs"][sys.argv[2] + "-glibc"]["instructions_per_call"]
assert d["getppid/inline"] > 0 and d["getppid/libc_syscall"] > 0
' "$run/raw/callgrind.json" "$host" 2>/dev/null; then
  pass "callgrind counted instructions per call"
else
  fail "callgrind counted instructions per call"
fi
# Latency: every path sampled as asked, the bracket's own cost among them,
# a calibrated counter (no figure asserted beyond "positive").
if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["ticks_per_ns"] > 0 and len(d["calibration_ticks_per_ns"]) == 5
names = {(p["operation"], p["path"]): p for p in d["paths"]}
for k in [("timestamp", "empty"), ("getppid", "inline"), ("getppid", "libc_syscall"), ("clock_gettime", "libc_wrapper")]:
    assert sum(c for _, c in names[k]["ticks_counts"]) == d["samples_per_path"], k
    assert names[k]["wrong"] == 0, k
assert any(p == "vdso" for _, p in names), "no vdso path"
' "$run/raw/latency-$host-glibc.json" 2>/dev/null; then
  pass "latency: every path sampled, counter calibrated"
else
  fail "latency: every path sampled, counter calibrated" "$(head -c 600 "$run/raw/latency-$host-glibc.json" 2>&1)"
fi
# Seccomp: every condition ran in its own processes, every round, with the
# filter it names actually installed (the process reports its seccomp mode).
if [[ $emulated -eq 1 ]]; then
  skip "seccomp: 4 conditions, filters installed, every round" "under an emulator (qemu-user refuses seccomp filters)"
elif python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
c = d["conditions"]
assert not d["errors"], d["errors"]
assert c["none"]["instructions"] == 0 and c["none"]["seccomp_mode"] == 0
assert c["allow1"]["instructions"] == 1 and c["allow1"]["seccomp_mode"] == 2
assert c["none"]["unlisted_call"] == c["allow1"]["unlisted_call"] == "ENOSYS"
for k in ("profile", "profile_args"):
    assert c[k]["comparisons_before_first_measured"] >= 300 and c[k]["seccomp_mode"] == 2, k
    assert c[k]["unlisted_call"] == "EPERM", k  # the list and its default are in force
rows = {(b["condition"], b["run_name"]) for b in d["benchmarks"]}
for cond in c:
    for name in ("getppid/inline", "getppid/libc_syscall", "clock_gettime/vdso"):
        assert (cond, name) in rows, (cond, name)
assert len(d["benchmarks"]) == 4 * 4 * d["rounds"]
'  "$run/raw/seccomp-$host-glibc.json" 2>/dev/null; then
  pass "seccomp: 4 conditions, filters installed, every round"
else
  fail "seccomp: 4 conditions, filters installed, every round" "$(head -c 600 "$run/raw/seccomp-$host-glibc.json" 2>&1)"
fi
# Bad arguments of the two modes are clear errors.
if out="$("$bin/$host-glibc" --seccomp=bogus --once=1 2>&1)"; [[ $? -eq 2 ]] && grep -q "unknown condition" <<<"$out"; then
  pass "--seccomp: an unknown condition is a clear error"
else
  fail "--seccomp: an unknown condition is a clear error" "$out"
fi
if out="$("$bin/$host-glibc" --latency=3 2>&1)"; [[ $? -eq 2 ]] && grep -q "at least" <<<"$out"; then
  pass "--latency: too few samples is a clear error"
else
  fail "--latency: too few samples is a clear error" "$out"
fi
if out="$(python3 reports/aggregate.py "$run" 2>&1)"; then
  pass "aggregator wrote the report"
else
  fail "aggregator wrote the report" "$out"
fi
sections=("## Seccomp filters")
[[ $emulated -eq 1 ]] && sections=("**Emulated run**")
for section in "${sections[@]}" "## Machine" "## Probes" "## Performance bars (computed)" \
               "## Latency distribution (single calls)" \
               "## Timings: $host, glibc" "## Timings: $host, musl" "**getpid**" \
               "## Code size per architecture" "## Recommendation per architecture (computed)" \
               "## Instructions per call, every architecture (qemu-user, exact)"; do
  grep -qF "$section" "$run/report.md" 2>/dev/null && pass "report has: $section" \
    || fail "report has: $section"
done
# No impossible figure: no negative number in any table cell (the seccomp
# section's added costs are differences, which may be below zero).
no_diffs="$(sed '/^## Seccomp/,/^## /{/^## Seccomp/d;/^## /!d}' "$run/report.md")"
if grep -qP '\|\s*[-−][0-9]' <<<"$no_diffs"; then
  fail "report has no negative figure" "$(grep -P '\|\s*[-−][0-9]' <<<"$no_diffs")"
else
  pass "report has no negative figure"
fi
charts=(ns_per_call ratio_to_floor codesize latency_$host-glibc_getppid_inline)
[[ " ${expect[*]} " == *" callgrind "* ]] && charts+=(instructions_per_call)
[[ $emulated -eq 0 ]] && charts+=(seccomp_added_$host-glibc)
for chart in "${charts[@]}"; do
  grep -qs '<svg' "$run/charts/$chart.svg" && pass "chart: $chart.svg" || fail "chart: $chart.svg"
done
recommendations=$(sed -n '/^## Recommendation per architecture/,$p' "$run/report.md")
missing=()
for a in $(arch_table names); do
  grep -qE "^\| $a \| (\*\*|not possible)" <<<"$recommendations" || missing+=("$a")
done
[[ ${#missing[@]} -eq 0 ]] && pass "a recommendation for every core target of the architecture table" \
  || fail "a recommendation for every core target of the architecture table (none for: ${missing[*]})"

finish
