"""Latency distributions from raw/latency-<program>.json (bench --latency):
pure functions, no file access.

Each path's samples are counter ticks between two serialised reads around
one call, stored as sorted (ticks, count) pairs. The reads' own cost is the
path "timestamp/empty" (the same brackets around an empty function called
the same way); its median is subtracted from every sample of the other
paths, and ticks become ns with the ticks_per_ns the program measured
against CLOCK_MONOTONIC.
"""
import math

from . import stats

OVERHEAD = ("timestamp", "empty")
PERCENTILES = (50, 90, 99, 99.9)
BINS_PER_DECADE = 20


def overhead_ticks(doc):
    """Median ticks of the empty bracket, or None."""
    p = next((p for p in doc.get("paths", []) if (p["operation"], p["path"]) == OVERHEAD), None)
    return stats.percentile([tuple(x) for x in p["ticks_counts"]], 50) if p else None


def to_ns(ticks_counts, overhead, ticks_per_ns):
    """(ticks, count) pairs -> (ns, count) pairs with the overhead removed."""
    return [((t - overhead) / ticks_per_ns, c) for t, c in ticks_counts]


def summary(value_counts):
    """Percentiles, min, max and count of a (value, count) distribution."""
    vc = sorted(tuple(x) for x in value_counts)
    n = sum(c for _, c in vc)
    if n == 0:
        return None
    out = {"samples": n, "min": vc[0][0], "max": vc[-1][0]}
    for q in PERCENTILES:
        out["p%g" % q] = stats.percentile(vc, q)
    return out


def paths(doc):
    """[{operation, path, wrong, summary (ns, overhead subtracted), ns}] for
    every measured path, plus the overhead itself (not subtracted)."""
    tpn = doc.get("ticks_per_ns")
    ov = overhead_ticks(doc)
    if not tpn or tpn <= 0 or ov is None:
        return [], None
    out = []
    for p in doc.get("paths", []):
        tc = [tuple(x) for x in p["ticks_counts"]]
        if (p["operation"], p["path"]) == OVERHEAD:
            ns = to_ns(tc, 0, tpn)
        else:
            ns = to_ns(tc, ov, tpn)
        out.append({"operation": p["operation"], "path": p["path"], "wrong": p.get("wrong", 0),
                    "overhead": (p["operation"], p["path"]) == OVERHEAD,
                    "summary": summary(ns), "ns": ns})
    return out, ov / tpn


def histogram(value_counts, bins_per_decade=BINS_PER_DECADE):
    """Log-spaced histogram of positive values: [(low, high, count)] over the
    bins from the smallest to the largest value; values <= 0 are counted in
    a first bin (0, smallest edge]."""
    vc = [(v, c) for v, c in value_counts]
    pos = [v for v, _ in vc if v > 0]
    if not pos:
        return []
    lo = math.floor(math.log10(min(pos)) * bins_per_decade)
    hi = math.floor(math.log10(max(pos)) * bins_per_decade)
    counts = [0] * (hi - lo + 1)
    under = 0
    for v, c in vc:
        if v <= 0:
            under += c
            continue
        i = min(max(math.floor(math.log10(v) * bins_per_decade) - lo, 0), len(counts) - 1)
        counts[i] += c
    edge = lambda i: 10 ** ((lo + i) / bins_per_decade)  # noqa: E731
    out = [(0.0, edge(0), under)] if under else []
    return out + [(edge(i), edge(i + 1), n) for i, n in enumerate(counts)]


def counter_step(doc):
    """Smallest gap between two distinct tick values seen on any path: the
    counter's effective resolution (a virtual machine may advance it in
    steps), or None."""
    gaps = []
    for p in doc.get("paths", []):
        ts = [t for t, _ in p["ticks_counts"]]
        gaps += [b - a for a, b in zip(ts, ts[1:]) if b > a]
    return min(gaps) if gaps else None
