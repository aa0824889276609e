"""Verdicts: pure functions over records (load.Record), no I/O.

Every judgement in a report is made here: comparisons of two paths (Mann-
Whitney U test, ratio interval), figures that cannot be right (refused or
flagged), performance bars and the recommendation per architecture.
"""
import os
import sys

from . import icount, stats
from .load import INSTR_CALLGRIND, INSTR_TIME, ordered

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "scripts", "lib"))
import arch_table  # noqa: E402  (core/architectures.tsv)

FLOOR = "raw_floor"
# A floor is the fastest entry the machine offers: a path whose whole ratio
# interval lies below this fraction of the floor means the "floor" is not one.
FLOOR_SLACK = 0.95
# Too few repetitions for an interval: only a gross inversion is flagged.
FLOOR_SLACK_NO_INTERVAL = 0.5
# Paths that enter the kernel on every call: none of them can beat the floor
# (the libc wrapper and vDSO paths of time calls need not enter it at all).
KERNEL_PATHS = ("raw_int80", "inline", "trampoline", "inline_int80", "libc_syscall")
TRAP_OPS = ("getppid", "read_badfd", "write_devnull")  # no vDSO involved
VDSO_OPS = ("clock_gettime", "gettimeofday", "getcpu")
# Display order of known paths; paths not listed follow in registration order.
PATH_ORDER = ["raw_floor", "raw_int80", "inline", "trampoline", "inline_int80", "libc_syscall",
              "libc_wrapper", "vdso", "vdso_fallback_syscall"]
# Architectures in the architecture table's order: every core row, also
# those this host cannot build (arch_table.left_out()), so that a report is
# a function of its data alone and renders alike on every host.
ARCH_ORDER = [r.name for r in arch_table.all_rows() if r.is_core]


def compare(a, b):
    """b against a (two time records): ratio b/a with interval, U test."""
    est, lo, hi = stats.ratio_interval(a.samples, b.samples)
    _, p, method = stats.mann_whitney(a.samples, b.samples)
    return {"ratio": est, "low": lo, "high": hi, "p": p, "method": method,
            "significant": p is not None and p < stats.ALPHA,
            "n": (a.n, b.n)}


def impossible_time(rec):
    """Why a time record cannot be a result, or None."""
    if rec.value is None or rec.value <= 0:
        return "non-positive time %r" % rec.value
    if any(s <= 0 for s in rec.samples):
        return "a repetition with a non-positive time"
    return None


def impossible_count(rec):
    """Why a per-call count (instructions, cycles) cannot be a result, or None:
    every call executes at least one instruction."""
    if rec.value is None or rec.value <= 0:
        return "non-positive count %.2f" % rec.value if rec.value is not None else "no value"
    return None


def good_count(run, **kw):
    r = run.one(**kw)
    return r if r is not None and impossible_count(r) is None else None


def fmt_count(rec):
    if rec is None:
        return "–"
    why = impossible_count(rec)
    return "refused (%s)" % why if why else "%.2f" % rec.value


def floor_problem(floor, others):
    """The floor must be the fastest entry: returns (path, comparison) of a
    path that is faster than the floor beyond doubt, or None."""
    if floor is None:
        return None
    for o in others:
        if o.path not in KERNEL_PATHS:
            continue
        c = compare(floor, o)
        if c["high"] is not None:
            if c["high"] < FLOOR_SLACK and c["significant"]:
                return o.path, c
        elif c["ratio"] is not None and c["ratio"] < FLOOR_SLACK_NO_INTERVAL:
            return o.path, c
    return None


def copied_counts(run):
    """(arch, libc) sets of callgrind counts identical to another arch's set:
    one program's counts shown for another. {(arch, libc): (arch, libc)}."""
    sets = {}
    for r in run.select(instrument=INSTR_CALLGRIND):
        sets.setdefault((r.arch, r.libc), {})[(r.operation, r.path)] = r.value
    bad = {}
    keys = list(sets)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if a[0] != b[0] and len(sets[a]) >= 2 and sets[a] == sets[b]:
                bad[a], bad[b] = b, a
    return bad


def hyperfine_per_call(entries):
    """Per-call wall time of each whole-program run: (its mean - the mean of
    the start-up-only run of the same program) / calls. Returns a list of
    (entry, value_ns or None, why_not)."""
    out = []
    for e in entries:
        if e.get("role") != "calls":
            out.append((e, None, "start-up only"))
            continue
        start = next((s for s in entries if s.get("role") == "startup" and
                      s.get("program") == e.get("program") and s.get("arch") == e.get("arch")
                      and s.get("libc") == e.get("libc")), None)
        if start is None:
            out.append((e, None, "unavailable: no start-up-only run of %s" % e.get("program")))
            continue
        if not e.get("calls"):
            out.append((e, None, "unavailable: calls per run not recorded"))
            continue
        diff = e["mean"] - start["mean"]
        # standard error of the difference of two means
        se = ((e["stddev"] ** 2 / max(e.get("runs") or 1, 1)) +
              (start["stddev"] ** 2 / max(start.get("runs") or 1, 1))) ** 0.5
        if diff <= 0:
            out.append((e, None, "refused: %.3g ms is not more than start-up alone (%.3g ms)"
                        % (e["mean"] * 1e3, start["mean"] * 1e3)))
        elif diff <= stats.Z * se:
            out.append((e, None, "not resolved: the calls add %.3g ms, within noise (±%.3g ms)"
                        % (diff * 1e3, stats.Z * se * 1e3)))
        else:
            out.append((e, diff / e["calls"] * 1e9, None))
    return out


def timing_sets(run):
    """The (arch, libc) timing sets a verdict may use: never one measured
    under an emulator (its times are qemu's, not the machine's)."""
    return [(s["arch"], s["libc"]) for s in run.timing_sets if not s.get("emulated")]


def emulated_sets(run):
    return [(s["arch"], s["libc"]) for s in run.timing_sets if s.get("emulated")]


def times(run, arch, libc):
    return [r for r in run.select(instrument=INSTR_TIME, arch=arch, libc=libc)
            if impossible_time(r) is None]


# --- performance bars ---------------------------------------------------------------

def fmt_cmp(c, what="ratio"):
    if c["ratio"] is None:
        return "no ratio"
    iv = "[%.3f, %.3f]" % (c["low"], c["high"]) if c["low"] is not None else \
        "no 95%% interval with %d/%d repetitions" % c["n"]
    return "%s %.3f %s, U test p = %.3g" % (what, c["ratio"], iv, c["p"])


def bars(run):
    """[(bar, 'met' | 'NOT met' | 'n/a', data)]"""
    rows = []
    sets = timing_sets(run)
    ref = sets[0] if sets else None

    def t(arch, libc, op, path):
        return run.one(instrument=INSTR_TIME, arch=arch, libc=libc, operation=op, path=path)

    if ref:
        arch, libc = ref
        fl, inl, sysc = t(arch, libc, "getppid", FLOOR), t(arch, libc, "getppid", "inline"), \
            t(arch, libc, "getppid", "libc_syscall")
        if fl and inl:
            c = compare(fl, inl)
            met = c["high"] <= 1.02 if c["high"] is not None else c["ratio"] <= 1.02
            rows.append(("%s %s: inline getppid within 2%% of the raw floor" % (arch, libc),
                         "met" if met else "NOT met", fmt_cmp(c, "inline/floor")))
        if sysc and inl:
            c = compare(sysc, inl)
            rows.append(("%s %s: inline getppid faster than %s syscall()" % (arch, libc, libc),
                         "met" if c["significant"] and c["ratio"] < 1 else "NOT met",
                         fmt_cmp(c, "inline/syscall()")))
        ci = good_count(run, instrument=INSTR_CALLGRIND, arch=arch, libc=libc, operation="getppid",
                     path="inline")
        cf = good_count(run, instrument=INSTR_CALLGRIND, arch=arch, libc=libc, operation="getppid",
                     path=FLOOR)
        cs = good_count(run, instrument=INSTR_CALLGRIND, arch=arch, libc=libc, operation="getppid",
                     path="libc_syscall")
        if ci and cf:
            rows.append(("%s %s: inline instructions per call equal to the raw floor" % (arch, libc),
                         "met" if abs(ci.value - cf.value) < 0.05 else "NOT met",
                         "%.2f vs %.2f (callgrind)" % (ci.value, cf.value)))
        if ci and cs:
            rows.append(("%s %s: inline instructions per call under half of syscall()'s"
                         % (arch, libc), "met" if ci.value < cs.value / 2 else "NOT met",
                         "%.2f vs %.2f" % (ci.value, cs.value)))
        vd, gw, tr = t(arch, libc, "clock_gettime", "vdso"), \
            t(arch, libc, "clock_gettime", "libc_wrapper"), t(arch, libc, "clock_gettime", "inline")
        if vd and gw:
            c = compare(gw, vd)
            rows.append(("%s %s: library vDSO clock_gettime no slower than %s's" % (arch, libc, libc),
                         "NOT met" if c["significant"] and c["ratio"] > 1 else "met",
                         fmt_cmp(c, "library/libc")))
        if vd and tr:
            c = compare(vd, tr)
            rows.append(("%s %s: library vDSO clock_gettime >= 5x faster than the system call"
                         % (arch, libc), "met" if (c["low"] or c["ratio"]) >= 5 else "NOT met",
                         fmt_cmp(c, "syscall/vDSO")))
    for arch, libc in sets:
        if arch != "x86":
            continue
        a, b = t(arch, libc, "getppid", "inline"), t(arch, libc, "getppid", "libc_syscall")
        if a and b:
            c = compare(b, a)
            rows.append(("x86 %s: default path no slower than %s syscall()" % (libc, libc),
                         "NOT met" if c["significant"] and c["ratio"] > 1 else "met",
                         fmt_cmp(c, "default/syscall()")))
    if not any(a == "x86" for a, _ in sets):
        p = run.probe("x86-native")
        rows.append(("x86: default path no slower than syscall()", "n/a",
                     "no x86 timings in this run" + (
                         "; probe %s: %s" % (p.name, p.message) if p and not p.ok else "")))
    total = run.manifest.get("total_seconds")
    build = run.build.get("seconds")
    mode = run.context.get("mode")
    if total is not None and mode in ("quick", "full"):
        whole = total + (build or 0)
        limit = 120 if mode == "quick" else 600
        rows.append(("%s run incl. build under %d s" % (mode, limit),
                     "n/a" if run.emulated else "met" if whole < limit else "NOT met",
                     "%.0f s (build %s s, instruments %.0f s)" % (
                         whole, "%.0f" % build if build is not None else "not recorded", total)))
    return rows


# --- recommendations ---------------------------------------------------------------

def size_rows(run, arch, compiler, variant):
    return sorted((r for r in run.codesize.get("rows", []) if r["arch"] == arch and
                   r["compiler"] == compiler and r["variant"] == variant),
                  key=lambda r: r["arity"])


def size_verdict(run, arch):
    inl = size_rows(run, arch, "clang-19", "inline")
    tr = size_rows(run, arch, "clang-19", "trampoline")
    if not inl or not tr:
        return None, "no code-size data for both variants"
    i = sum(r["callsite_bytes"] for r in inl) / len(inl)
    t = sum(r["callsite_bytes"] for r in tr) / len(tr)
    c = sum(r["callee_bytes"] for r in tr) / len(tr)
    if i <= t:
        return "inline", "inline call site %.1f B ≤ trampoline call site %.1f B (+ %.1f B " \
                         "trampoline): inline is never larger" % (i, t, c)
    return "trampoline-if-many-sites", ("inline call site %.1f B vs trampoline call site "
                                        "%.1f B + %.1f B once: trampoline is smaller beyond "
                                        "%.0f call sites" % (i, t, c, c / (i - t)))


def arches(run):
    found = [s["arch"] for s in run.timing_sets]
    found += [r["arch"] for r in run.codesize.get("rows", [])]
    found += [v.get("arch") for v in run.correctness.get("programs", {}).values() if v.get("arch")]
    return ordered(found, ARCH_ORDER)


def untimed_reason(run, arch):
    if any(a == arch for a, _ in emulated_sets(run)):
        return "timed only under an emulator (%s): emulated timings feed no verdict" % (
            "; ".join(run.emulation.get("evidence") or []) or "the timing file says so")
    if arch == "x86":
        p = run.probe("x86-native")
        if p and not p.ok:
            return "x86 (i386) programs could not run natively (%s)" % p.message
    runners = sorted({v.get("runner") for v in run.correctness.get("programs", {}).values()
                      if v.get("arch") == arch and v.get("runner")})
    if runners and "native" not in runners:
        return "run only under %s (correctness, no timing)" % ", ".join(runners)
    if not any(v.get("arch") == arch for v in run.correctness.get("programs", {}).values()):
        counted = icount.counted_under(run.icount, arch)
        if counted:
            return "run only under %s (instruction counts, no timing)" % counted
        return "no benchmark program for %s in this run (code size only)" % arch
    return "no timing of %s in this run" % arch


def recommendation(run, arch):
    """(inline or trampoline, trap or vDSO) for one architecture."""
    sets = [s for s in timing_sets(run) if s[0] == arch]
    size_choice, size_why = size_verdict(run, arch)
    first = None
    if sets:
        a_, l_ = sets[0]
        comps = []
        for op in TRAP_OPS:
            a = run.one(instrument=INSTR_TIME, arch=a_, libc=l_, operation=op, path="inline")
            b = run.one(instrument=INSTR_TIME, arch=a_, libc=l_, operation=op, path="trampoline")
            if a and b:
                comps.append((op, compare(a, b)))
        if comps:
            inline_wins = sum(1 for _, c in comps if c["significant"] and c["ratio"] > 1)
            tramp_wins = sum(1 for _, c in comps if c["significant"] and c["ratio"] < 1)
            detail = "trampoline/inline: " + "; ".join(
                "%s %s" % (op, fmt_cmp(c, "")) for op, c in comps)
            ci = good_count(run, instrument=INSTR_CALLGRIND, arch=a_, libc=l_, operation="getppid",
                         path="inline")
            ct = good_count(run, instrument=INSTR_CALLGRIND, arch=a_, libc=l_, operation="getppid",
                         path="trampoline")
            ins = "; instructions/call %.2f inline vs %.2f trampoline" % (ci.value, ct.value) \
                if ci and ct else ""
            if inline_wins > tramp_wins and inline_wins * 2 >= len(comps):
                first = "**inline** — faster at 95 %% confidence in %d of %d operations (%s)%s; " \
                        "size: %s" % (inline_wins, len(comps), detail, ins, size_why)
            elif tramp_wins > inline_wins and tramp_wins * 2 >= len(comps):
                first = "**trampoline** — faster at 95 %% confidence in %d of %d operations " \
                        "(%s)%s" % (tramp_wins, len(comps), detail, ins)
            else:
                fewer = ci is not None and ct is not None and ci.value < ct.value
                first = "**%s** — no time difference at 95 %% confidence in most operations " \
                        "(%s)%s; decided on %s: %s" % (
                            "inline" if fewer or size_choice == "inline" else "trampoline",
                            detail, ins, "instructions and size" if fewer else "code size",
                            size_why)
    if first is None:
        # No native timing: exact instructions per call (qemu-user) decide
        # before code size does.
        ic = icount.verdict(run.records, arch, TRAP_OPS)
        if ic is not None and ic[0] is not None:
            emulated = "; its timings are emulated and feed no verdict" \
                if any(a == arch for a, _ in emulated_sets(run)) else ""
            first = "**%s** — from instructions per call (no native timing of %s in this " \
                    "run%s): %s; size: %s" % (ic[0], arch, emulated, ic[1], size_why)
    if first is None:
        why = untimed_reason(run, arch)
        if size_choice is None:
            first = "not possible: %s; %s" % (why, size_why)
        else:
            first = "**%s** — rests on code size only (%s): %s" % (
                "inline" if size_choice == "inline" else
                "inline (trampoline only for size-critical programs with many call sites)",
                why, size_why)
    second = None
    if sets:
        a_, l_ = sets[0]
        comps = []
        for op in VDSO_OPS:
            trap = run.one(instrument=INSTR_TIME, arch=a_, libc=l_, operation=op, path="inline")
            vd = run.one(instrument=INSTR_TIME, arch=a_, libc=l_, operation=op, path="vdso")
            if trap and vd:
                comps.append((op, compare(vd, trap)))
        if comps:
            faster = [c for _, c in comps if c["significant"] and c["ratio"] > 1]
            detail = "; ".join("%s trap/vDSO %.1fx%s" % (
                op, c["ratio"], "" if c["significant"] else " (not significant)")
                for op, c in comps)
            second = ("**vDSO entry** — faster than the trap at 95 %% confidence for every "
                      "exported call: %s" % detail) if len(faster) == len(comps) else \
                "**mixed** — %s" % detail
        elif any(run.one(instrument=INSTR_TIME, arch=a_, libc=l_, operation=op,
                         path="vdso_fallback_syscall") for op in VDSO_OPS):
            second = "not possible: this run's process had no vDSO for these calls"
    if second is None:
        second = "not possible: %s" % untimed_reason(run, arch)
    return first, second
