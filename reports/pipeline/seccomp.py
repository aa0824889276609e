"""Seccomp conditions from raw/seccomp-<program>.json (bench/run.py's
seccomp step): pure functions, no file access.

Every condition ran in its own processes, one repetition each, the
conditions in a shuffled order per round; the per-call CPU time of each
repetition is one sample. A condition's added cost is the Hodges-Lehmann
shift against the "none" samples of the same benchmark, with its
distribution-free interval and the Mann-Whitney U test (stats.py).
"""
from . import stats

BASELINE = "none"
ORDER = ["none", "allow1", "profile", "profile_args"]
TIME = "cpu_time"


def samples(doc):
    """{(condition, operation, path): [ns per call, ...]} in file order."""
    out = {}
    for b in doc.get("benchmarks", []):
        if b.get("run_type", "iteration") != "iteration" or b.get("error_occurred"):
            continue
        op, path = b["run_name"].split("/", 1)
        out.setdefault((b["condition"], op, path), []).append(b[TIME])
    return out


def added_costs(doc):
    """[{operation, path, condition, median, n, added, low, high, p,
    significant, ratio}] for every benchmark and condition; the baseline's
    rows have added = 0 by definition (and no test)."""
    s = samples(doc)
    benches = []
    for (_, op, path) in s:
        if (op, path) not in benches:
            benches.append((op, path))
    conds = [c for c in ORDER if any(k[0] == c for k in s)] + \
        sorted({k[0] for k in s} - set(ORDER))
    rows = []
    for op, path in benches:
        base = s.get((BASELINE, op, path))
        for c in conds:
            v = s.get((c, op, path))
            if not v:
                continue
            row = {"operation": op, "path": path, "condition": c, "median": stats.median(v),
                   "n": len(v), "added": None, "low": None, "high": None, "p": None,
                   "significant": False, "ratio": None}
            if base and c != BASELINE:
                row["added"], row["low"], row["high"] = stats.shift_interval(base, v)
                _, row["p"], _ = stats.mann_whitney(base, v)
                row["significant"] = row["p"] is not None and row["p"] < stats.ALPHA
                row["ratio"] = stats.ratio_interval(base, v)[0]
            elif c == BASELINE:
                row["added"] = 0.0
            rows.append(row)
    return rows


def vdso_unaffected(rows, vdso_paths=("vdso", "libc_wrapper"), vdso_ops=("clock_gettime",)):
    """[(operation, path, verdict)] for the vDSO benchmarks: 'unaffected'
    when no condition differs from the baseline at the test's level, else
    which conditions do."""
    out = []
    for op in vdso_ops:
        for path in vdso_paths:
            rs = [r for r in rows if r["operation"] == op and r["path"] == path
                  and r["condition"] != BASELINE and r["p"] is not None]
            if not rs:
                continue
            sig = [r["condition"] for r in rs if r["significant"]]
            out.append((op, path, "unaffected (no condition differs from no filter, p ≥ %.2f)"
                        % stats.ALPHA if not sig else
                        "differs under %s" % ", ".join(sig)))
    return out
