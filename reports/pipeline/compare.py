"""Runs side by side: pure functions over loaded runs (load.Run), no file
access. As Google Benchmark's tools/gbench/report.py, benchmarks are
matched by their names exactly as the runs record them ("<operation>/<path>"
of one arch and libc), never rewritten; the only translation is load.py's
one map of the oldest files' libc path names.

  machine(run)      CPU, hypervisor, kernel, mitigations, what was measured
  lacks(run)        what a run does not have, against a full scripts/bench run
  headline(run)     the figures of the runs index (trap floor, int $0x80 vs
                    __kernel_vsyscall, vDSO clock_gettime, inline vs syscall())
  benchmarks(runs)  every (arch, libc, operation, path) timed by any run
  compare(runs)     per benchmark: each run's figure, ratios between runs
                    with intervals and Mann-Whitney p, instructions per call
"""
import re

from . import stats, verdicts
from .load import INSTR_CALLGRIND, INSTR_TIME

# What a full run has (bench/run.py), how to see it in a loaded run, and
# what it is, in the order a reader wants them.
FULL_RUN = [
    ("context", lambda r: bool(r.context) and "machine_description" not in r.context,
     "machine context from bench/run.py (context.json)"),
    ("gbench", lambda r: any(t["backend"] == "google-benchmark" for t in r.timing_sets),
     "Google Benchmark timings (x86_64 glibc)"),
    ("musl", lambda r: any(t["libc"] == "musl" for t in r.timing_sets),
     "C-harness timings, x86_64 musl"),
    ("x86", lambda r: any(t["arch"] == "x86" for t in r.timing_sets),
     "x86 (i386) timings"),
    ("callgrind", lambda r: bool(r.select(instrument=INSTR_CALLGRIND)),
     "instructions per call (callgrind)"),
    ("hyperfine", lambda r: bool(r.hyperfine), "whole-program timings (hyperfine)"),
    ("codesize", lambda r: bool(r.codesize.get("rows")), "code size"),
    ("correctness", lambda r: bool(r.correctness.get("programs")),
     "correctness of every program"),
    ("latency", lambda r: bool(r.latency), "single-call latency distribution"),
    ("seccomp", lambda r: bool(r.seccomp), "seccomp conditions"),
]

TRAP = ("x86_64", "glibc", "getppid", "raw_floor")
X86_INT80 = ("x86", "glibc", "getppid", "inline_int80")
X86_VSYSCALL = ("x86", "glibc", "getppid", "inline")
VDSO = ("x86_64", "glibc", "clock_gettime", "vdso")
INLINE = ("x86_64", "glibc", "getppid", "inline")
LIBC_SYSCALL = ("x86_64", "glibc", "getppid", "libc_syscall")
HEADLINE_BENCHMARKS = [TRAP, INLINE, LIBC_SYSCALL, VDSO, X86_VSYSCALL, X86_INT80]


def time_record(run, key):
    arch, libc, op, path = key
    return run.one(instrument=INSTR_TIME, arch=arch, libc=libc, operation=op, path=path)


def hypervisor(ctx):
    if ctx.get("hypervisor"):
        return ctx["hypervisor"]
    m = re.search(r"Hypervisor detected: (\S+)", ctx.get("dmesg_hypervisor") or "")
    if m:
        return m.group(1)
    if ctx.get("cpuinfo_hypervisor_flag"):
        return "yes (vendor not recorded)"
    return "none recorded" if ctx else "not recorded"


def mitigations(ctx):
    """The kernel's spectre_v2 line (what a system call's entry and exit pay
    most for on x86) and the items the kernel reports as vulnerable or
    mitigated by page-table isolation."""
    mit = ctx.get("mitigations") or {}
    if not mit:
        return "not recorded"
    parts = []
    if "spectre_v2" in mit:
        parts.append("spectre_v2: " + mit["spectre_v2"].split(";")[0].replace("Mitigation: ", ""))
    pti = [k for k, v in sorted(mit.items()) if "PTI" in v]
    if pti:
        parts.append("PTI (%s)" % ", ".join(pti))
    vuln = [k for k, v in sorted(mit.items()) if v.startswith("Vulnerable")]
    if vuln:
        parts.append("vulnerable: " + ", ".join(vuln))
    return "; ".join(parts)


def machine(run):
    c = run.context
    return {"run": run.name, "cpu": c.get("cpu_model", "not recorded"),
            "cpus": c.get("cpus_online"), "hypervisor": hypervisor(c),
            "kernel": c.get("kernel", "not recorded"), "mitigations": mitigations(c),
            "mode": c.get("mode", "not recorded"),
            "machine_description": c.get("machine_description"),
            "backends": ["%s %s: %s" % (t["arch"], t["libc"], t["backend"])
                         for t in run.timing_sets]}


def lacks(run):
    """[(item, what)] a full scripts/bench run has and this run does not;
    the x86 item says why when the run's probe knows."""
    out = []
    for item, has, what in FULL_RUN:
        if has(run):
            continue
        if item == "x86":
            p = run.probe("x86-native")
            if p is not None and not p.ok:
                what += " (i386 programs cannot run on this machine: %s)" % " ".join(
                    (p.message or "").split())[:120]
        out.append((item, what))
    return out


def figure(rec):
    return None if rec is None else {"ns": rec.value, "n": rec.n,
                                     "backend": rec.extra.get("backend"),
                                     "source": rec.source}


def ratio(a, b):
    """b / a of two time records: estimate, interval, Mann-Whitney p."""
    if a is None or b is None:
        return None
    est, lo, hi = stats.ratio_interval(a.samples, b.samples)
    _, p, method = stats.mann_whitney(a.samples, b.samples)
    return {"ratio": est, "low": lo, "high": hi, "p": p, "test": method,
            "significant": p is not None and p < stats.ALPHA}


def headline(run):
    """The runs index's figures for one run (None where it has no data)."""
    out = {}
    for key, name in ((TRAP, "trap_floor"), (X86_INT80, "x86_int80"),
                      (X86_VSYSCALL, "x86_vsyscall"), (VDSO, "vdso_clock_gettime"),
                      (INLINE, "inline"), (LIBC_SYSCALL, "libc_syscall")):
        out[name] = figure(time_record(run, key))
    out["int80_over_vsyscall"] = ratio(time_record(run, X86_VSYSCALL),
                                       time_record(run, X86_INT80))
    out["inline_over_libc_syscall"] = ratio(time_record(run, LIBC_SYSCALL),
                                            time_record(run, INLINE))
    p = run.probe("x86-native")
    out["x86_runs"] = None if p is None else p.ok
    return out


def benchmarks(runs):
    """Every (arch, libc, operation, path) any run timed, in the suite's order."""
    keys = []
    for run in runs:
        for r in run.select(instrument=INSTR_TIME):
            k = (r.arch, r.libc, r.operation, r.path)
            if k not in keys:
                keys.append(k)
    arches = verdicts.ordered([k[0] for k in keys], verdicts.ARCH_ORDER)
    ops = verdicts.ordered([k[2] for k in keys], [])
    paths = verdicts.ordered([k[3] for k in keys], verdicts.PATH_ORDER)
    return sorted(keys, key=lambda k: (arches.index(k[0]), k[1], ops.index(k[2]),
                                       paths.index(k[3])))


def counts(run, key):
    arch, libc, op, path = key
    r = run.one(instrument=INSTR_CALLGRIND, arch=arch, libc=libc, operation=op, path=path)
    return None if r is None or verdicts.impossible_count(r) else r.value


def compare(runs):
    """[{benchmark, arch, libc, operation, path, figures: [per run or None],
    ratios: {"j/i": ratio of run j to run i}, instructions: [per run or None],
    instructions_equal}] for every benchmark of any run."""
    rows = []
    for key in benchmarks(runs):
        recs = [time_record(run, key) for run in runs]
        ratios = {}
        for i in range(len(runs)):
            for j in range(i + 1, len(runs)):
                c = ratio(recs[i], recs[j])
                if c:
                    ratios["%d/%d" % (j, i)] = c
        ins = [counts(run, key) for run in runs]
        have = [x for x in ins if x is not None]
        rows.append({"benchmark": "%s/%s" % key[2:], "arch": key[0], "libc": key[1],
                     "operation": key[2], "path": key[3],
                     "figures": [figure(r) for r in recs], "ratios": ratios,
                     "instructions": ins,
                     "instructions_equal": (len(have) >= 2 and max(have) == min(have))
                     if len(have) >= 2 else None})
    return rows
