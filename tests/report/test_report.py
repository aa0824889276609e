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


class GoldenTests(unittest.TestCase):
    """Each committed run regenerates byte for byte from its raw/."""


def _golden(run):
    def test(self):
        with tempfile.TemporaryDirectory() as tmp:
            p = subprocess.run([sys.executable, AGGREGATE, os.path.join(RUNS, run), "--out", tmp,
                                "--no-svg"], capture_output=True, text=True)
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


class Result(unittest.TextTestResult):
    pass


def main():
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    passed = failed = 0
    for test in suite:
        for t in test:
            r = unittest.TestResult()
            t.run(r)
            name = t.id().split(".", 1)[1]
            if r.wasSuccessful():
                passed += 1
                print("ok   " + name)
            else:
                failed += 1
                print("FAIL " + name)
                for _, tb in r.failures + r.errors:
                    print("\n".join("     " + l for l in tb.strip().splitlines()[-6:]))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
