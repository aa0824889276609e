#!/usr/bin/env python3
"""Fixture and golden tests of reports/aggregate.py (the report pipeline).

Fixture tests write a small raw/ folder (old file layout, as the committed
reference run has, unless a test says otherwise), run the aggregator on it
and read report.md. Golden tests regenerate every committed run under
reports/runs/ from its raw/ and compare report.md and the chart data and
scripts byte for byte.

  AGGREGATE=path/to/aggregate.py  test another aggregator (e.g. an old one)
Run: python3 tests/report/test_report.py  (prints `N passed, N failed`)
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
AGGREGATE = os.environ.get("AGGREGATE", os.path.join(ROOT, "reports", "aggregate.py"))
RUNS = os.path.join(ROOT, "reports", "runs")
COMPARISONS = os.path.join(ROOT, "reports", "comparisons")


def bench_rows(name, samples_ns, iterations=1000):
    """Google Benchmark JSON rows (repetitions + aggregates) of one benchmark."""
    rows = [{"name": name, "run_name": name, "run_type": "iteration",
             "repetitions": len(samples_ns), "repetition_index": i, "threads": 1,
             "iterations": iterations, "real_time": v, "cpu_time": v, "time_unit": "ns"}
            for i, v in enumerate(samples_ns)]
    s = sorted(samples_ns)
    med = s[len(s) // 2] if len(s) % 2 else (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2
    mean = sum(s) / len(s)
    sd = (sum((x - mean) ** 2 for x in s) / (len(s) - 1)) ** 0.5
    for agg, v in (("mean", mean), ("median", med), ("stddev", sd), ("cv", sd / mean)):
        rows.append({"name": name + "_" + agg, "run_name": name, "run_type": "aggregate",
                     "repetitions": len(s), "aggregate_name": agg, "threads": 1,
                     "iterations": len(s), "real_time": v, "cpu_time": v, "time_unit": "ns"})
    return rows


def spread(center, n=10, step=0.5):
    return [center + step * (i - n // 2) for i in range(n)]


def timing_doc(benchmarks, context=None):
    rows = []
    for name, center in benchmarks.items():
        rows += bench_rows(name, spread(center))
    return {"context": context or {"bench_backend": "c-harness"}, "benchmarks": rows}


BASE_GB = {"getppid/raw_floor": 100.0, "getppid/inline": 101.0, "getppid/trampoline": 105.0,
           "getppid/glibc_syscall": 110.0, "getppid/glibc_wrapper": 109.0}


class Fixture:
    def __init__(self, files):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = os.path.join(self.tmp.name, "run")
        raw = os.path.join(self.dir, "raw")
        os.makedirs(raw)
        files.setdefault("context.json", {"mode": "quick", "settings": {"reps": 10}})
        files.setdefault("gbench-x86_64.json", timing_doc(BASE_GB,
                                                          {"bench_backend": "google-benchmark"}))
        for name, doc in files.items():
            if doc is None:  # a test that leaves a default file out
                continue
            with open(os.path.join(raw, name), "w") as f:
                json.dump(doc, f)

    def report(self):
        p = subprocess.run([sys.executable, AGGREGATE, self.dir, "--no-index"],
                           capture_output=True, text=True)
        path = os.path.join(self.dir, "report.md")
        if not os.path.exists(path):
            raise AssertionError("no report.md; aggregator said: " + (p.stderr or p.stdout)[-800:])
        return open(path).read()

    def close(self):
        self.tmp.cleanup()


def section(text, title_start):
    """The lines from a '## title...' heading to the next '## '."""
    out, on = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            on = line.startswith("## " + title_start)
        if on:
            out.append(line)
    return "\n".join(out)


class FixtureTests(unittest.TestCase):
    def run_fixture(self, files):
        f = Fixture(files)
        self.addCleanup(f.close)
        return f.report()

    def test_i386_instructions_are_i386s_own(self):
        """Defect 1: the i386 table showed x86_64's callgrind counts."""
        x86 = timing_doc({"getppid/inline": 130.0, "getppid/glibc_syscall": 176.0,
                          "getppid/raw_floor": 120.0})
        cg = {"calls": 16, "programs": {
            "x86_64-glibc": {"rc": 0, "instructions_per_call": {
                "getppid/inline": 2.37, "getppid/glibc_syscall": 14.37}},
            "x86-glibc": {"rc": 0, "instructions_per_call": {
                "getppid/inline": 7.5, "getppid/glibc_syscall": 31.5}}}}
        text = self.run_fixture({"cbench-x86.json": x86, "callgrind.json": cg})
        i386 = "\n".join(section(text, t) for t in ("x86 (i386)", "Timings: x86,", "Timings: x86 "))
        self.assertIn("getppid", i386)
        self.assertNotIn("2.37", i386, "x86_64's count in the i386 table")
        self.assertNotIn("14.37", i386, "x86_64's count in the i386 table")
        self.assertIn("7.50", i386)

    def test_i386_without_counts_says_why(self):
        """Defect 1: no i386 counts -> absent with the reason, never x86_64's."""
        x86 = timing_doc({"getppid/inline": 130.0, "getppid/glibc_syscall": 176.0})
        cg = {"calls": 16, "programs": {"x86_64-glibc": {"rc": 0, "instructions_per_call": {
            "getppid/inline": 2.37, "getppid/glibc_syscall": 14.37}}},
              "x86_probe": {"rc": 1, "message": "valgrind: failed to start tool 'callgrind' "
                                                "for platform 'x86-linux': Exec format error"}}
        text = self.run_fixture({"cbench-x86.json": x86, "callgrind.json": cg})
        i386 = "\n".join(section(text, t) for t in ("x86 (i386)", "Timings: x86,", "Timings: x86 "))
        self.assertNotIn("2.37", i386)
        self.assertIn("unavailable", i386)
        self.assertIn("Exec format error", i386)

    def test_counts_copied_from_another_arch_are_refused(self):
        """Defect 1, the other way round: an i386 count set identical to
        x86_64's is one program's figures shown for another: refused."""
        x86 = timing_doc({"getppid/inline": 130.0, "getppid/glibc_syscall": 176.0})
        same = {"getppid/inline": 2.37, "getppid/glibc_syscall": 14.37}
        cg = {"calls": 16, "programs": {
            "x86_64-glibc": {"rc": 0, "instructions_per_call": dict(same)},
            "x86-glibc": {"rc": 0, "instructions_per_call": dict(same)}}}
        text = self.run_fixture({"cbench-x86.json": x86, "callgrind.json": cg})
        i386 = "\n".join(section(text, t) for t in ("x86 (i386)", "Timings: x86,", "Timings: x86 "))
        self.assertNotIn("2.37", i386)
        self.assertIn("refused", i386)

    def test_hyperfine_never_negative(self):
        """Defect 2: musl programs had glibc's start-up subtracted (negative)."""
        hf = {"results": [
            {"command": "x86_64-glibc getppid/inline", "mean": 0.0030, "stddev": 0.0001,
             "min": 0.0029, "times": [0.003] * 3},
            {"command": "x86_64-musl getppid/inline", "mean": 0.0012, "stddev": 0.0001,
             "min": 0.0011, "times": [0.0012] * 3},
            {"command": "x86_64-glibc startup-only", "mean": 0.0020, "stddev": 0.0001,
             "min": 0.0019, "times": [0.002] * 3}]}
        text = self.run_fixture({"hyperfine.json": hf,
                                 "hyperfine-calls.json": {"calls_per_program": 10000}})
        hfsec = section(text, "Whole programs")
        self.assertTrue(hfsec)
        self.assertFalse(re.search(r"\|\s*[-−]\d", hfsec), "a negative figure:\n" + hfsec)
        musl = [l for l in hfsec.splitlines() if "musl" in l]
        self.assertTrue(musl)
        self.assertTrue(all("unavailable" in l or "refused" in l for l in musl), musl)

    def test_floor_slower_than_library_is_flagged(self):
        """Defect 3: an int $0x80 'floor' 70x slower than the library path."""
        x86 = timing_doc({"getppid/inline": 130.0, "getppid/glibc_syscall": 176.0,
                          "getppid/raw_floor": 9100.0})
        text = self.run_fixture({"cbench-x86.json": x86})
        i386 = "\n".join(section(text, t) for t in ("x86 (i386)", "Timings: x86,", "Timings: x86 "))
        self.assertIn("getppid", i386)
        self.assertNotIn("0.014", i386, "ratio to a floor that is no floor")
        self.assertIn("floor flagged", i386)

    def test_new_operation_appears(self):
        """Defect 4: operations were a hard-coded list."""
        gb = dict(BASE_GB)
        gb.update({"getpid/inline": 95.0, "getpid/trampoline": 99.0,
                   "getpid/glibc_syscall": 104.0, "getpid/glibc_wrapper": 103.0,
                   "getpid/raw_floor": 94.0})
        text = self.run_fixture({"gbench-x86_64.json": timing_doc(gb)})
        sec = section(text, "Timings: x86_64")
        self.assertIn("**getpid**", sec)
        for path in ("inline", "trampoline", "libc_syscall", "libc_wrapper", "raw_floor"):
            self.assertRegex(sec.split("**getpid**", 1)[1], r"`%s`" % path)

    def test_no_hand_written_machine_prose(self):
        """Defect 5: a failed probe printed 'This VM is a PVM guest...'."""
        probe = {"program": "x86-glibc", "native": False, "rc": 126,
                 "message": "[Errno 8] Exec format error: 'x86-glibc'"}
        text = self.run_fixture({"x86-probe.json": probe})
        self.assertNotIn("PVM", text)
        self.assertIn("Exec format error", text)

    def test_perf_per_call_figures_are_shown(self):
        """Defect 6: perf.json per-call figures were collected and never shown."""
        perf = {"supported": True, "probe_output": "",
                "instructions_per_call": {"getppid/inline": 3.25, "getppid/raw_floor": 3.125},
                "cycles_per_call": {"getppid/inline": 1234.5, "getppid/raw_floor": 1200.25}}
        text = self.run_fixture({"perf.json": perf})
        self.assertIn("3.25", text)
        self.assertIn("1234.50", text)

    def test_real_i386_run_int80_floor_and_counts(self):
        """Defects 1 and 3 on real data (tests/report/fixtures/intel-kvm-2cpu,
        see PROVENANCE): an int $0x80 'floor' ~70x slower than the library,
        and callgrind counts of x86_64 only."""
        fx = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "intel-kvm-2cpu")
        files = {}
        for name in ("cbench-x86.json", "callgrind.json", "x86-probe.json"):
            with open(os.path.join(fx, name)) as f:
                files[name] = json.load(f)
        text = self.run_fixture(files)
        i386 = "\n".join(section(text, t) for t in ("x86 (i386)", "Timings: x86,", "Timings: x86 "))
        self.assertIn("floor flagged", i386)
        self.assertNotIn("0.014", i386)
        x86_64_counts = files["callgrind.json"]["programs"]["x86_64-glibc"]["instructions_per_call"]
        for v in x86_64_counts.values():
            self.assertNotIn("| %.2f |" % v, i386, "x86_64's count in the i386 table")
        self.assertIn("unavailable", i386)

    def test_new_layout_fields(self):
        """New layout: arch and libc are fields of the file, paths libc-neutral."""
        ctx = {"bench_backend": "c-harness", "bench_arch": "x86_64", "bench_libc": "musl",
               "random_interleaving": True}
        doc = timing_doc({"getppid/inline": 101.0, "getppid/libc_syscall": 140.0}, ctx)
        text = self.run_fixture({"cbench-new-musl.json": doc})
        self.assertIn("## Timings: x86_64, musl", text)
        self.assertIn("interleaved rounds", section(text, "Instruments"))


def latency_doc(paths, ticks_per_ns=2.0):
    """raw/latency-<program>.json (bench --latency) with the given
    {(operation, path): [(ticks, count), ...]}."""
    return {"arch": "x86_64", "libc": "glibc", "counter": "fixture", "ticks_per_ns": ticks_per_ns,
            "calibration_ticks_per_ns": [ticks_per_ns] * 5, "calibration": "fixture",
            "samples_per_path": 100, "rounds": 10,
            "paths": [{"operation": op, "path": p, "wrong": 0, "ticks_counts": tc}
                      for (op, p), tc in paths.items()]}


def seccomp_doc(samples):
    """raw/seccomp-<program>.json with {(condition, "op/path"): [ns, ...]}."""
    rows = []
    for (cond, name), values in samples.items():
        for i, v in enumerate(values):
            rows.append({"name": name, "run_name": name, "run_type": "iteration",
                         "repetitions": 1, "repetition_index": 0, "threads": 1,
                         "iterations": 1000, "real_time": v, "cpu_time": v, "time_unit": "ns",
                         "condition": cond, "round": i})
    conds = {c: {"instructions": n, "comparisons_before_first_measured": k}
             for c, n, k in (("none", 0, 0), ("allow1", 1, 0), ("profile", 615, 302))}
    return {"program": "x86_64-glibc", "arch": "x86_64", "libc": "glibc", "rounds": 10,
            "min_time": 0.1, "conditions": conds, "benchmarks": rows, "errors": []}


def table_row(text, first_cell):
    """The cells of the first table row whose first cell is first_cell."""
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] == first_cell:
            return cells
    raise AssertionError("no table row starting with %r" % first_cell)


class StatisticsTests(unittest.TestCase):
    """The new statistics against their definitions and, where Debian's
    numpy/scipy are installed (scripts/install-deps), against them."""

    def setUp(self):
        sys.path.insert(0, os.path.join(ROOT, "reports"))
        self.addCleanup(sys.path.remove, os.path.join(ROOT, "reports"))

    def test_percentile_nearest_rank(self):
        from pipeline import stats
        vc = [(10, 50), (20, 40), (30, 9), (1000, 1)]  # 100 samples
        self.assertEqual([stats.percentile(vc, q) for q in (50, 90, 99, 99.9, 100)],
                         [10, 20, 30, 1000, 1000])
        self.assertEqual(stats.percentile([(5, 1)], 50), 5)
        self.assertRaises(ValueError, stats.percentile, vc, 0)

    def test_percentile_matches_numpy_inverted_cdf(self):
        try:
            import numpy
        except ImportError:
            self.skipTest("numpy not installed (scripts/install-deps test)")
        from pipeline import stats
        import random
        rng = random.Random(7)
        values = [rng.choice([100, 101, 102, 150, 900, 5000]) + rng.randint(0, 3)
                  for _ in range(997)]
        vc = sorted((v, values.count(v)) for v in set(values))
        for q in (1, 50, 90, 99, 99.9, 100):
            self.assertEqual(stats.percentile(vc, q),
                             float(numpy.percentile(values, q, method="inverted_cdf")), q)

    def test_shift_interval(self):
        from pipeline import stats
        a = [100.0 + i for i in range(10)]
        est, lo, hi = stats.shift_interval(a, [x + 50 for x in a])
        self.assertEqual(est, 50)
        self.assertTrue(lo < 50 < hi and lo > 40 and hi < 60, (lo, hi))
        self.assertEqual(stats.shift_interval(a[:2], a[:2])[1:], (None, None))


class LatencySeccompTests(unittest.TestCase):
    def run_fixture(self, files):
        f = Fixture(files)
        self.addCleanup(f.close)
        return f.report()

    def test_latency_percentiles_overhead_subtracted(self):
        """p50..max in ns after subtracting the empty bracket's median
        (40 ticks) at the measured 2 ticks per ns."""
        doc = latency_doc({("timestamp", "empty"): [[38, 10], [40, 80], [60, 10]],
                           ("getppid", "inline"): [[2040, 90], [2240, 9], [20040, 1]],
                           ("clock_gettime", "vdso"): [[80, 95], [140, 5]]})
        text = section(self.run_fixture({"latency-x86_64-glibc.json": doc}), "Latency")
        self.assertEqual(table_row(text, "`getppid/inline`")[2:10],
                         ["100", "1000", "1000", "1000", "1100", "10000", "10000", "ok"])
        self.assertEqual(table_row(text, "`clock_gettime/vdso`")[3:9],
                         ["20.0", "20.0", "20.0", "50.0", "50.0", "50.0"])
        # the bracket itself is shown as measured, not subtracted
        self.assertEqual(table_row(text, "`timestamp/empty`")[3:5], ["19.0", "20.0"])
        self.assertIn("bracket overhead 20.0 ns (subtracted)", text)
        self.assertIn("charts/latency_x86_64-glibc_getppid_inline.svg", text)

    def test_seccomp_added_cost_and_vdso_verdict(self):
        base = [1000.0 + i for i in range(10)]
        vdso = [25.0 + 0.1 * i for i in range(10)]
        doc = seccomp_doc({("none", "getppid/inline"): base,
                           ("profile", "getppid/inline"): [x + 120 for x in base],
                           ("allow1", "getppid/inline"): [x + 0.5 for x in base],
                           ("none", "clock_gettime/vdso"): vdso,
                           ("profile", "clock_gettime/vdso"): list(reversed(vdso))})
        text = section(self.run_fixture({"seccomp-x86_64-glibc.json": doc}), "Seccomp")
        row = [r for r in text.splitlines() if "`getppid/inline` | `profile`" in r]
        self.assertEqual(len(row), 1, text)
        self.assertRegex(row[0], r"\| \+120 \[\+1\d\d, \+1\d\d\] \* \|")
        row = [r for r in text.splitlines() if "`getppid/inline` | `allow1`" in r][0]
        self.assertNotIn(" * |", row)  # half a ns on a 10 ns spread: no difference
        self.assertIn("vDSO `clock_gettime/vdso`: unaffected", text)
        self.assertIn("615 BPF instructions, 302 comparisons", text)


def compare_cmd(*args):
    return subprocess.run([sys.executable, os.path.join(ROOT, "reports", "compare.py")] +
                          list(args), capture_output=True, text=True)


class CompareTests(unittest.TestCase):
    def fixture(self, files):
        f = Fixture(files)
        self.addCleanup(f.close)
        return f.dir

    def compare(self, *runs):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        p = compare_cmd(*runs, "--out", tmp.name, "--no-svg")
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(tmp.name, "comparison.json")) as f:
            doc = json.load(f)
        with open(os.path.join(tmp.name, "comparison.md")) as f:
            return doc, f.read()

    def test_ratio_interval_and_significance(self):
        a = self.fixture({})
        b = self.fixture({"gbench-x86_64.json": timing_doc(
            {k: 2 * v for k, v in BASE_GB.items()}, {"bench_backend": "google-benchmark"})})
        same = self.fixture({})
        doc, md = self.compare(a, b, same)
        row = next(r for r in doc["benchmarks"] if r["benchmark"] == "getppid/raw_floor")
        self.assertEqual(row["path"], "raw_floor")
        twice, equal = row["ratios"]["1/0"], row["ratios"]["2/0"]
        self.assertAlmostEqual(twice["ratio"], 2.0, places=2)
        self.assertTrue(twice["low"] < 2.0 < twice["high"], twice)
        self.assertTrue(twice["significant"])
        self.assertAlmostEqual(equal["ratio"], 1.0)
        self.assertFalse(equal["significant"])
        self.assertRegex(table_row(md, "`getppid/raw_floor`")[5], r"^2\.00\d \[.*\] \*$")
        try:
            from scipy.stats import mannwhitneyu
        except ImportError:
            self.skipTest("the interval and test checked; scipy not installed for the p value")
        ra = [x for x in spread(BASE_GB["getppid/raw_floor"])]
        rb = [2 * x for x in ra]
        # 10 against 10 without ties: stats.py counts U's distribution exactly
        self.assertEqual(twice["test"], "exact")
        self.assertAlmostEqual(twice["p"], mannwhitneyu(ra, rb, alternative="two-sided",
                                                        method="exact").pvalue, places=12)

    def test_partial_run_says_what_it_lacks(self):
        full = self.fixture({"callgrind.json": {"programs": {"x86_64-glibc": {
            "instructions_per_call": {"getppid/inline": 2.5, "getppid/raw_floor": 2.5}}}}})
        partial = self.fixture({
            "gbench-x86_64.json": {"context": {}, "benchmarks": []},
            "x86_64-glibc.json": timing_doc({"getppid/inline": 150.0,
                                             "getppid/glibc_syscall": 149.0}),
            "x86-glibc.json": timing_doc({"getppid/inline": 200.0,
                                          "getppid/inline_int80": 600.0})})
        raw = os.path.join(partial, "raw")
        os.remove(os.path.join(raw, "context.json"))
        os.remove(os.path.join(raw, "gbench-x86_64.json"))
        with open(os.path.join(raw, "cpu.txt"), "w") as f:
            f.write("Model name:  Test CPU\nCPU family: 6\nModel: 207\nCPU(s): 16\n"
                    "Hypervisor vendor: KVM\n")
        with open(os.path.join(raw, "uname.txt"), "w") as f:
            f.write("Linux box 6.18.1 #1 SMP x86_64 x86_64 x86_64 GNU/Linux\n")
        doc, md = self.compare(full, partial)
        lacks = dict((k, v) for k, v in doc["lacks"][1])
        for item in ("context", "gbench", "musl", "callgrind", "hyperfine", "latency", "seccomp"):
            self.assertIn(item, lacks)
        self.assertNotIn("x86", lacks)
        self.assertEqual(doc["machines"][1]["cpu"], "Test CPU (family 6, model 207)")
        self.assertEqual(doc["machines"][1]["hypervisor"], "KVM")
        self.assertEqual(doc["machines"][1]["kernel"], "6.18.1 #1 SMP")
        row = next(r for r in doc["benchmarks"] if r["benchmark"] == "getppid/inline"
                   and r["arch"] == "x86_64")
        self.assertEqual(row["instructions"], [2.5, None])
        self.assertAlmostEqual(doc["headline"][1]["x86_int80"]["ns"], 600.0, delta=1)
        self.assertIn("i386 `int $0x80` ÷ `__kernel_vsyscall` path", md)

    def test_bad_input_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            p = compare_cmd(os.path.join(tmp, "nope"), os.path.join(tmp, "nope2"), "--out", tmp)
            self.assertEqual(p.returncode, 2)
            self.assertIn("nope: no such directory", p.stderr)
            os.makedirs(os.path.join(tmp, "empty", "raw"))
            with open(os.path.join(tmp, "empty", "raw", "notes.txt"), "w") as f:
                f.write("nothing\n")
            p = compare_cmd(os.path.join(tmp, "empty"), os.path.join(tmp, "empty"), "--out", tmp)
            self.assertEqual(p.returncode, 2)
            self.assertIn("holds no file compare can read", p.stderr)
            p = compare_cmd(tmp, tmp, "--out", tmp)
            self.assertIn("has no raw/ folder", p.stderr)


def icount_doc(programs, calls=128):
    """raw/icount.json: {program: (arch, libc, {"op/path": per_call})}."""
    progs = {}
    for prog, (arch, libc, per) in programs.items():
        progs[prog] = {"arch": arch, "libc": libc, "status": "ok", "qemu": "qemu-" + arch,
                       "benchmarks": {n: {"per_call": v, "segment_n": 100,
                                          "segment_2n": 100 + int(v * calls), "correct": True}
                                      for n, v in per.items()}}
    return {"calls": calls, "qemu_version": "qemu-x 7.2", "programs": progs}


CODESIZE = {"rows": [
    {"arch": a, "compiler": "clang-19", "variant": v, "arity": k,
     "callsite_bytes": (20 if v == "inline" else 16), "callsite_insns": 5,
     "callee_bytes": (0 if v == "inline" else 24), "callee_insns": 0,
     "total_bytes": 0} for a in ("aarch64", "loongarch64") for v in ("inline", "trampoline")
    for k in range(7)]}


class IcountTests(unittest.TestCase):
    """Instructions per call under qemu-user (raw/icount.json), nolibc and
    perf bench beside ours, and the verdict where nothing is timed."""

    def run_fixture(self, files):
        f = Fixture(files)
        self.addCleanup(f.close)
        return f.report()

    def test_table_every_arch_with_nolibc_beside_ours(self):
        ic = icount_doc({
            "aarch64-glibc": ("aarch64", "glibc", {"getppid/inline": 1.5, "getppid/trampoline":
                                                   5.375, "getppid/nolibc": 1.625,
                                                   "getppid/libc_syscall": 15.375}),
            "loongarch64-freestanding": ("loongarch64", "freestanding",
                                         {"getppid/inline": 3.25, "getppid/trampoline": 6.25})})
        text = self.run_fixture({"icount.json": ic})
        sec = section(text, "Instructions per call, every architecture")
        self.assertIn("| arch | program libc |", sec)
        row = [l for l in sec.splitlines() if l.startswith("| aarch64 | glibc |")]
        self.assertEqual(len(row), 1, sec)
        header = [l for l in sec.splitlines() if l.startswith("| arch |")][0]
        cells = dict(zip([c.strip() for c in header.split("|")],
                         [c.strip() for c in row[0].split("|")]))
        self.assertEqual(cells["inline"], "1.50")
        self.assertEqual(cells["nolibc"], "1.62")
        self.assertEqual(cells["trampoline"], "5.38")
        self.assertIn("| loongarch64 | freestanding | 3.25 | 6.25 |", sec)

    def test_vdso_paths_under_qemu_are_called_fallbacks(self):
        ic = icount_doc({"aarch64-glibc": ("aarch64", "glibc", {
            "clock_gettime/inline": 2.5, "clock_gettime/vdso_fallback_syscall": 36.25,
            "clock_gettime/libc_wrapper": 13.25})})
        sec = section(self.run_fixture({"icount.json": ic}),
                      "Instructions per call, every architecture")
        self.assertIn("vdso_fallback_syscall", sec)
        self.assertIn("no vDSO", sec)
        self.assertNotRegex(sec, r"\| vdso \|", "a qemu count shown as a vDSO path")

    def test_untimed_verdict_from_instructions_before_size(self):
        """aarch64 has no timing: inline, from 1.5 vs 5.375 instructions,
        although the (fixture's) code size favours the trampoline."""
        ic = icount_doc({"aarch64-glibc": ("aarch64", "glibc", {
            "getppid/inline": 1.5, "getppid/trampoline": 5.375,
            "read_badfd/inline": 2.5, "read_badfd/trampoline": 11.25})})
        text = self.run_fixture({"icount.json": ic, "codesize.json": CODESIZE})
        rec = [l for l in section(text, "Recommendation").splitlines()
               if l.startswith("| aarch64 |")]
        self.assertEqual(len(rec), 1)
        self.assertIn("**inline** — from instructions per call", rec[0])
        self.assertIn("1.50 vs 5.38", rec[0])
        # loongarch64 has sizes and no counts: still code size, said so
        lo = [l for l in section(text, "Recommendation").splitlines()
              if l.startswith("| loongarch64 |")]
        self.assertIn("code size only", lo[0])

    def test_counted_arch_is_not_called_code_size_only(self):
        """loongarch64 counted by its libc-free program: the reason says so."""
        ic = icount_doc({"loongarch64-freestanding": ("loongarch64", "freestanding", {
            "getppid/inline": 3.25, "getppid/trampoline": 6.25})})
        text = self.run_fixture({"icount.json": ic, "codesize.json": CODESIZE})
        lo = [l for l in section(text, "Recommendation").splitlines()
              if l.startswith("| loongarch64 |")][0]
        self.assertNotIn("code size only", lo)
        self.assertIn("run only under qemu-loongarch64 (instruction counts, no timing)", lo)
        self.assertIn("**inline** — from instructions per call", lo)

    def test_trampoline_when_it_runs_fewer_instructions(self):
        ic = icount_doc({"aarch64-glibc": ("aarch64", "glibc", {
            "getppid/inline": 9.0, "getppid/trampoline": 5.0})})
        text = self.run_fixture({"icount.json": ic, "codesize.json": CODESIZE})
        rec = [l for l in section(text, "Recommendation").splitlines()
               if l.startswith("| aarch64 |")][0]
        self.assertIn("**trampoline** — from instructions per call", rec)

    def test_failed_count_is_not_shown(self):
        ic = icount_doc({"s390x-glibc": ("s390x", "glibc", {"getppid/inline": 1.375})})
        ic["programs"]["s390x-glibc"]["status"] = "error"
        ic["programs"]["s390x-glibc"]["error"] = "qemu-s390x exited 1"
        sec = section(self.run_fixture({"icount.json": ic}),
                      "Instructions per call, every architecture")
        self.assertNotIn("1.38", sec)
        self.assertIn("qemu-s390x exited 1", sec)

    def test_perf_bench_beside_getppid_timings(self):
        ic = icount_doc({"x86_64-glibc": ("x86_64", "glibc", {"getppid/inline": 2.375})})
        pb = {"ns_per_call": 345.6, "loops": 1000, "rc": 0, "output": "0.3456 usecs/op"}
        text = self.run_fixture({"icount.json": ic, "perf-bench.json": pb})
        sec = section(text, "Instructions per call, every architecture")
        self.assertIn("perf bench syscall basic", sec)
        line = [l for l in sec.splitlines() if l.startswith("| wall-clock time | 345.6 |")]
        self.assertEqual(len(line), 1, sec)
        # beside this run's own timed getppid/inline (BASE_GB: median 100.75 ns)
        self.assertIn("| 100.8 |", line[0])

    def test_verdict_function_is_pure_and_needs_both_paths(self):
        sys.path.insert(0, ROOT)
        from reports.pipeline import icount
        from reports.pipeline.load import Record

        def rec(arch, libc, op, path, v):
            return Record(arch, libc, op, path, icount.INSTR_QEMU, v, 0, 1, (), "", "", {})
        recs = [rec("arm", "glibc", "getppid", "inline", 4.625)]
        self.assertIsNone(icount.verdict(recs, "arm", ("getppid",)))
        recs.append(rec("arm", "glibc", "getppid", "trampoline", 7.625))
        choice, why = icount.verdict(recs, "arm", ("getppid",))
        self.assertEqual(choice, "inline")
        self.assertIn("4.62 vs 7.62", why)
        self.assertIsNone(icount.verdict(recs, "riscv64", ("getppid",)))


class EmulatedRunTests(unittest.TestCase):
    """A run under an emulator (a foreign Debian root through qemu-user and
    binfmt_misc, scripts/prove-foreign-host): bench/run.py records
    context.emulation; its timings measure qemu, are shown marked and feed no
    verdict. The fixture's timings say inline (100 vs 150 ns), its exact
    instruction counts say trampoline (5 vs 9): the verdict must come from the
    counts."""

    TIMES = {"getppid/raw_floor": 100.0, "getppid/inline": 100.0,
             "getppid/trampoline": 150.0, "getppid/libc_syscall": 160.0,
             "read_badfd/inline": 100.0, "read_badfd/trampoline": 150.0,
             "write_devnull/inline": 100.0, "write_devnull/trampoline": 150.0,
             "clock_gettime/inline": 100.0, "clock_gettime/vdso": 20.0,
             "clock_gettime/libc_wrapper": 25.0}
    EMULATION = {"emulated": True, "machine": "aarch64",
                 "evidence": ["a child process's /proc/PID/exe is /usr/bin/qemu-aarch64-static"]}

    LEFT_OUT = {"m68k": "no m68k-linux-gnu-gcc on this arm64 host"}

    def report(self, emulated, left_out=None):
        ctx = {"mode": "quick", "settings": {"reps": 10}, "host_target": "aarch64"}
        if emulated:
            ctx["emulation"] = self.EMULATION
        if left_out is not None:
            ctx["left_out_targets"] = left_out
        f = Fixture({
            "context.json": ctx,
            "gbench-x86_64.json": None,
            "gbench-aarch64.json": timing_doc(self.TIMES, {
                "bench_backend": "google-benchmark", "bench_arch": "aarch64",
                "bench_libc": "glibc"}),
            "icount.json": icount_doc({"aarch64-glibc": ("aarch64", "glibc", {
                "getppid/inline": 9.0, "getppid/trampoline": 5.0})}),
            "codesize.json": CODESIZE})
        self.addCleanup(f.close)
        return f.report()

    @staticmethod
    def rec_row(text, arch):
        rows = [l for l in section(text, "Recommendation").splitlines()
                if l.startswith("| %s |" % arch)]
        return rows[0] if rows else ""

    def test_native_timings_decide(self):
        """The control: the same files without the emulation mark do decide
        (so the fixture would feed a verdict if the mark were ignored)."""
        row = self.rec_row(self.report(False), "aarch64")
        self.assertIn("**inline** — faster at 95 % confidence", row)

    def test_emulated_timings_feed_no_verdict(self):
        text = self.report(True)
        row = self.rec_row(text, "aarch64")
        self.assertIn("**trampoline** — from instructions per call", row)
        self.assertNotIn("confidence", row)
        self.assertNotIn("vDSO entry", row)
        self.assertIn("emulat", row)
        bars = section(text, "Performance bars")
        self.assertNotRegex(bars, r"\| aarch64 glibc: .*\| (met|NOT met) \|",
                            "a bar judged on emulated timings")

    def test_emulated_timings_are_marked(self):
        text = self.report(True)
        heads = [l for l in text.splitlines() if l.startswith("## Timings: aarch64, glibc")]
        self.assertEqual(len(heads), 1, heads)
        self.assertIn("emulated", heads[0])
        self.assertIn("qemu-aarch64-static", section(text, "Machine"))


    def test_left_out_targets_are_named(self):
        """A host that could not build some rows (arch_table.left_out())
        says which and why; a run that left none out has no such row."""
        machine = section(self.report(True, self.LEFT_OUT), "Machine")
        self.assertIn("| targets left out (no toolchain on this host) | "
                      "m68k: no m68k-linux-gnu-gcc on this arm64 host |", machine)
        for left_out in (None, {}):
            self.assertNotIn("left out", section(self.report(True, left_out), "Machine"))


class GoldenTests(unittest.TestCase):
    """Each committed run regenerates byte for byte from its raw/."""


def _golden(run, foreign_host=False):
    def test(self):
        with tempfile.TemporaryDirectory() as tmp:
            env = None
            if foreign_host:
                # An arm64 host without any cross tool (a dpkg that says
                # arm64, a PATH of it and python3 alone): it leaves rows out
                # of arch_table.targets(), which must not change a report.
                fake = os.path.join(tmp, "bin")
                os.mkdir(fake)
                with open(os.path.join(fake, "dpkg"), "w") as f:
                    f.write('#!/bin/sh\n[ "$1" = --print-architecture ] && { echo arm64; exit 0; }\nexit 1\n')
                os.chmod(os.path.join(fake, "dpkg"), 0o755)
                env = dict(os.environ, PATH=fake)
            p = subprocess.run([sys.executable, AGGREGATE, os.path.join(RUNS, run), "--out",
                                os.path.join(tmp, "out"), "--no-svg"],
                               capture_output=True, text=True, env=env)
            tmp = os.path.join(tmp, "out")
            self.assertEqual(p.returncode, 0, p.stderr[-800:])
            want = [os.path.join("report.md")]
            cdir = os.path.join(RUNS, run, "charts")
            if os.path.isdir(cdir):
                want += [os.path.join("charts", f) for f in sorted(os.listdir(cdir))
                         if f.endswith((".dat", ".gp"))]
            for rel in want:
                with open(os.path.join(RUNS, run, rel), "rb") as f:
                    committed = f.read()
                path = os.path.join(tmp, rel)
                self.assertTrue(os.path.exists(path), "%s not regenerated" % rel)
                with open(path, "rb") as f:
                    self.assertEqual(f.read(), committed, "%s/%s differs" % (run, rel))
    return test


for _run in sorted(os.listdir(RUNS)) if os.path.isdir(RUNS) else []:
    if os.path.isdir(os.path.join(RUNS, _run, "raw")):
        setattr(GoldenTests, "test_golden_" + re.sub(r"\W", "_", _run), _golden(_run))
        setattr(GoldenTests, "test_golden_on_an_arm64_host_" + re.sub(r"\W", "_", _run),
                _golden(_run, foreign_host=True))


def _golden_comparison(name):
    def test(self):
        d = os.path.join(COMPARISONS, name)
        with open(os.path.join(d, "comparison.json")) as f:
            runs = [os.path.join(ROOT, r) for r in json.load(f)["runs"]]
        with tempfile.TemporaryDirectory() as tmp:
            p = subprocess.run([sys.executable, os.path.join(ROOT, "reports", "compare.py")] +
                               runs + ["--out", tmp, "--no-svg"], capture_output=True, text=True,
                               cwd=ROOT)
            self.assertEqual(p.returncode, 0, p.stderr[-800:])
            want = ["comparison.md", "comparison.json"] + [
                os.path.join("charts", f) for f in sorted(os.listdir(os.path.join(d, "charts")))
                if f.endswith((".dat", ".gp"))]
            for rel in want:
                path = os.path.join(tmp, rel)
                self.assertTrue(os.path.exists(path), "%s not regenerated" % rel)
                with open(os.path.join(d, rel), "rb") as f, open(path, "rb") as g:
                    self.assertEqual(g.read(), f.read(), "%s/%s differs" % (name, rel))
    return test


for _c in sorted(os.listdir(COMPARISONS)) if os.path.isdir(COMPARISONS) else []:
    setattr(GoldenTests, "test_golden_comparison_" + re.sub(r"\W", "_", _c),
            _golden_comparison(_c))


def _test_index(self):
    """reports/README.md is exactly what the index generator writes."""
    sys.path.insert(0, os.path.join(ROOT, "reports"))
    try:
        import aggregate
        want = aggregate.index_text()
    finally:
        sys.path.remove(os.path.join(ROOT, "reports"))
    with open(os.path.join(ROOT, "reports", "README.md")) as f:
        self.assertEqual(f.read(), want, "reports/README.md is not the generated index")


GoldenTests.test_index_is_generated = _test_index


class Result(unittest.TextTestResult):
    pass


def main():
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    passed = failed = skipped = 0
    for test in suite:
        for t in test:
            r = unittest.TestResult()
            t.run(r)
            name = t.id().split(".", 1)[1]
            if r.wasSuccessful() and r.skipped:
                skipped += 1
                print("skip %s: %s" % (name, r.skipped[0][1]))
            elif r.wasSuccessful():
                passed += 1
                print("ok " + name)
            else:
                # "FAIL NAME: DETAIL" (the traceback's last line), the
                # traceback's lines before it indented below.
                failed += 1
                tb = [l for _, text in r.failures + r.errors for l in text.strip().splitlines()]
                print("FAIL %s: %s" % (name, tb[-1] if tb else "(no detail)"))
                print("\n".join("    " + l for l in tb[-7:-1]))
    # tests/lib/check.sh's closing line
    print("%d passed, %d failed%s" % (passed, failed, ", %d skipped" % skipped if skipped else ""))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
