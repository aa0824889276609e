"""raw/*.json -> records. The only module that knows file layouts.

A Record is one measured figure of one benchmark (arch, libc, operation,
path) by one instrument. Operation and path are the fields the benchmark
program registered (bench/harness/bench.h, `--list`); the timing JSON names
a benchmark "<operation>/<path>", which splits back into exactly those.

Runs written before the benchmarks carried their libc as a field (reference
runs of 2026-11-26 and earlier) named the libc peer's paths
"glibc_syscall"/"musl_wrapper" and had no arch/libc in their files; LEGACY_*
below maps those old layouts once, here, and nowhere else.
"""
import json
import os
from collections import namedtuple

from . import stats

Record = namedtuple("Record", "arch libc operation path instrument value spread n samples "
                              "unit source extra")
Probe = namedtuple("Probe", "name subject ok message source")

TIME = "cpu_time"          # Google Benchmark JSON field used for per-call time
INSTR_TIME = "time"        # instrument names in records
INSTR_WALL = "wall_time"
INSTR_CALLGRIND = "callgrind_instructions"
INSTR_PERF_INS = "perf_instructions"
INSTR_PERF_CYC = "perf_cycles"

# Old file names -> (arch, libc) of the program that wrote them.
LEGACY_TIMING_FILES = {"gbench-x86_64.json": ("x86_64", "glibc"),
                       "cbench-x86_64-musl.json": ("x86_64", "musl"),
                       "cbench-x86.json": ("x86", "glibc"),
                       # a partial run: the static programs run by hand, each
                       # file named after its program (bench/Makefile)
                       "x86_64-glibc.json": ("x86_64", "glibc"),
                       "x86-glibc.json": ("x86", "glibc")}
# A partial run without context.json describes its machine with these
# (`lscpu`, `uname -a`, `grep . /sys/devices/system/cpu/vulnerabilities/*`).
MACHINE_FILES = ("cpu.txt", "uname.txt", "vuln.txt")
LEGACY_LIBC_PATHS = {"glibc_syscall": "libc_syscall", "glibc_wrapper": "libc_wrapper",
                     "musl_syscall": "libc_syscall", "musl_wrapper": "libc_wrapper"}


def read_json(raw, name):
    path = os.path.join(raw, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def split_name(name, legacy):
    op, path = name.split("/", 1)
    if legacy:
        path = LEGACY_LIBC_PATHS.get(path, path)
    return op, path


def read_text(raw, name):
    path = os.path.join(raw, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return f.read()


def context_from_machine_files(raw):
    """context.json's fields from lscpu, uname -a and the vulnerability
    files, for runs that have only those; {} when there are none."""
    lscpu, uname, vuln = (read_text(raw, n) for n in MACHINE_FILES)
    if lscpu is None and uname is None and vuln is None:
        return {}
    ctx = {"machine_description": "from raw/" + ", raw/".join(
        n for n, t in zip(MACHINE_FILES, (lscpu, uname, vuln)) if t is not None)}
    fields = {}
    for line in (lscpu or "").splitlines():
        k, sep, v = line.partition(":")
        if sep:
            fields[k.strip()] = v.strip()
    if "Model name" in fields:
        ctx["cpu_model"] = fields["Model name"]
        if "CPU family" in fields and "Model" in fields:  # a virtual CPU's name hides these
            ctx["cpu_model"] += " (family %s, model %s)" % (fields["CPU family"], fields["Model"])
    if "CPU(s)" in fields:
        ctx["cpus_online"] = int(fields["CPU(s)"])
    if "Flags" in fields:
        ctx["cpuinfo_hypervisor_flag"] = "hypervisor" in fields["Flags"].split()
    if "Hypervisor vendor" in fields:
        ctx["hypervisor"] = fields["Hypervisor vendor"]
    if "Architecture" in fields:
        ctx["machine"] = fields["Architecture"]
    words = (uname or "").split()
    if len(words) >= 7 and words[0] == "Linux":
        # Linux HOST RELEASE VERSION... MACHINE PROCESSOR PLATFORM OS
        ctx["host"] = words[1]
        ctx["kernel"] = " ".join(words[2:-4])
    mit = {}
    for line in (vuln or "").splitlines():
        path, sep, state = line.partition(":")
        if sep and "/vulnerabilities/" in path:
            mit[path.rsplit("/", 1)[1]] = state.strip()
    if mit:
        ctx["mitigations"] = dict(sorted(mit.items()))
    return ctx


def program_identity(prog, doc):
    """(arch, libc) of a program entry: its own fields, or for old files the
    Makefile's program name <arch>-<libc>."""
    if doc and doc.get("arch") and doc.get("libc"):
        return doc["arch"], doc["libc"]
    arch, _, libc = prog.partition("-")
    return arch, libc


class Run:
    """Everything one run folder holds, as records and probes."""

    def __init__(self, run_dir):
        self.dir = run_dir
        self.name = os.path.basename(os.path.normpath(run_dir))
        raw = os.path.join(run_dir, "raw")
        self.raw = raw
        self.context = read_json(raw, "context.json") or context_from_machine_files(raw)
        self.manifest = read_json(raw, "run.json") or {}
        self.build = read_json(raw, "build.json") or {}
        # A run under an emulator (bench/run.py's context.emulation, e.g. a
        # foreign Debian root through qemu-user): its timings measure qemu.
        self.emulation = self.context.get("emulation") or {}
        self.emulated = bool(self.emulation.get("emulated"))
        self.codesize = read_json(raw, "codesize.json") or {}
        self.correctness = read_json(raw, "correctness.json") or {}
        self.records = []
        self.timing_sets = []   # [(arch, libc, backend, interleaved, file)] in file order
        self.probes = []
        self.hyperfine = []     # [{"program", "arch", "libc", "operation", "path", "calls", "role", ...}]
        self.perf_supported = None
        self.perf_probe = ""
        self._timings(raw)
        self._callgrind(read_json(raw, "callgrind.json"))
        self._perf(read_json(raw, "perf.json"))
        self._hyperfine(raw)
        self._probes(raw)
        # [(file, document)] of raw/latency-<program>.json, raw/seccomp-<program>.json
        self.latency = self._docs(raw, "latency-")
        self.seccomp = self._docs(raw, "seccomp-")
        # Instructions per call under qemu-user and perf bench (reports/pipeline/icount.py).
        self.icount = read_json(raw, "icount.json")
        self.perf_bench = read_json(raw, "perf-bench.json")
        from . import icount
        self.records.extend(icount.records(self.icount))

    @staticmethod
    def _docs(raw, prefix):
        return [(f, read_json(raw, f)) for f in sorted(os.listdir(raw))
                if f.startswith(prefix) and f.endswith(".json")]

    # -- timings (Google Benchmark JSON, both back ends)
    def _timings(self, raw):
        files = sorted(f for f in os.listdir(raw) if f.endswith(".json") and
                       (f.startswith("gbench-") or f.startswith("cbench-") or
                        f in LEGACY_TIMING_FILES))
        # the timing reference first: the Google Benchmark file, else (a
        # partial run) the x86_64 glibc program's
        files.sort(key=lambda f: (not f.startswith("gbench-"), f != "x86_64-glibc.json", f))
        for f in files:
            doc = read_json(raw, f)
            ctx = doc.get("context", {})
            legacy = "bench_libc" not in ctx
            if legacy:
                if f not in LEGACY_TIMING_FILES:
                    continue
                arch, libc = LEGACY_TIMING_FILES[f]
            else:
                arch, libc = ctx["bench_arch"], ctx["bench_libc"]
            interleaved = str(ctx.get("random_interleaving", "false")).lower() == "true"
            backend = ctx.get("bench_backend", "?")
            reps, order = {}, []
            for b in doc.get("benchmarks", []):
                if b.get("error_occurred") or b.get("run_type") == "aggregate":
                    continue
                key = b["run_name"]
                if key not in reps:
                    order.append(key)
                reps.setdefault(key, []).append(b)
            if not order:
                continue
            # emulated: the whole run, or this file's own context says so
            emulated = self.emulated or bool(ctx.get("emulated"))
            self.timing_sets.append({"arch": arch, "libc": libc, "backend": backend,
                                     "interleaved": interleaved, "file": f,
                                     "emulated": emulated,
                                     "library_build_type": ctx.get("library_build_type")})
            for key in order:
                rows = reps[key]
                op, path = split_name(key, legacy)
                cpu = [r[TIME] for r in rows]
                wall = [r["real_time"] for r in rows]
                extra = {"calls_per_repetition": rows[0]["iterations"], "backend": backend,
                         "interleaved": interleaved, "emulated": emulated}
                self.records.append(Record(arch, libc, op, path, INSTR_TIME, stats.median(cpu),
                                           stats.stdev(cpu), len(cpu), tuple(cpu), "ns",
                                           "raw/" + f, extra))
                self.records.append(Record(arch, libc, op, path, INSTR_WALL, stats.median(wall),
                                           stats.stdev(wall), len(wall), tuple(wall), "ns",
                                           "raw/" + f, extra))

    def _callgrind(self, doc):
        if not doc:
            return
        for prog, v in doc.get("programs", {}).items():
            arch, libc = program_identity(prog, v)
            for name, value in v.get("instructions_per_call", {}).items():
                op, path = split_name(name, "libc" not in v)
                self.records.append(Record(arch, libc, op, path, INSTR_CALLGRIND, value, 0.0, 1,
                                           (), "instructions", "raw/callgrind.json", {}))
        # the probe: can valgrind's i386 tool run here?
        for key in ("x86_callgrind_probe", "x86_probe"):
            p = doc.get(key)
            if p:
                self.probes.append(Probe("valgrind-i386", "valgrind callgrind on the x86 (i386) "
                                         "program", p.get("rc") == 0, p.get("message", ""),
                                         "raw/callgrind.json"))
                break

    def _perf(self, doc):
        if not doc:
            return
        self.perf_supported = bool(doc.get("supported"))
        self.perf_probe = " ".join(doc.get("probe_output", "").split())
        progs = doc.get("programs")
        if progs is None:  # old layout: one program, x86_64-glibc, at top level
            progs = {"x86_64-glibc": doc}
        for prog, v in progs.items():
            arch, libc = program_identity(prog, v)
            legacy = "libc" not in v
            for field, instr in (("instructions_per_call", INSTR_PERF_INS),
                                 ("cycles_per_call", INSTR_PERF_CYC)):
                for name, value in (v.get(field) or {}).items():
                    op, path = split_name(name, legacy)
                    self.records.append(Record(arch, libc, op, path, instr, value, 0.0, 1, (),
                                               field.split("_")[0], "raw/perf.json", {}))

    def _hyperfine(self, raw):
        doc = read_json(raw, "hyperfine.json")
        if not doc:
            return
        meta = read_json(raw, "hyperfine-commands.json")
        if meta:
            by_name = {c["name"]: c for c in meta["commands"]}
        else:  # old layout: names "<program> <op>/<path>" / "<program> startup-only"
            calls = (read_json(raw, "hyperfine-calls.json") or {}).get("calls_per_program")
            by_name = {}
            for r in doc["results"]:
                prog, _, what = r["command"].partition(" ")
                arch, libc = program_identity(prog, None)
                if what == "startup-only":
                    c = {"role": "startup", "operation": None, "path": None, "calls": 0}
                else:
                    op, path = split_name(what, True)
                    c = {"role": "calls", "operation": op, "path": path, "calls": calls}
                c.update({"name": r["command"], "program": prog, "arch": arch, "libc": libc})
                by_name[r["command"]] = c
        for r in doc["results"]:
            c = dict(by_name.get(r["command"], {}))
            c.update({"mean": r["mean"], "stddev": r["stddev"] or 0.0, "min": r["min"],
                      "runs": len(r.get("times", []))})
            self.hyperfine.append(c)

    def _probes(self, raw):
        for name in ("probe-x86-native.json", "x86-probe.json"):
            p = read_json(raw, name)
            if p:
                self.probes.append(Probe("x86-native", "x86 (i386) programs run natively",
                                         bool(p.get("native")), p.get("message", ""),
                                         "raw/" + name))
                break

    # -- queries
    def select(self, **kw):
        return [r for r in self.records if all(getattr(r, k) == v for k, v in kw.items())]

    def one(self, **kw):
        rs = self.select(**kw)
        return rs[0] if rs else None

    def probe(self, name):
        return next((p for p in self.probes if p.name == name), None)


def ordered(items, order):
    """The distinct items, those named in `order` first in that order, the
    others after them in order of first appearance."""
    seen = []
    for x in items:
        if x not in seen:
            seen.append(x)
    return sorted(seen, key=lambda x: (order.index(x) if x in order else len(order),
                                       seen.index(x)))
