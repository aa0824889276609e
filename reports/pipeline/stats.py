"""Distribution-free statistics for repetition samples (Python stdlib only,
so that a report regenerates byte-for-byte on any machine).

Differences are decided with the two-sided Mann-Whitney U test (as Google
Benchmark's tools/compare.py does); the ratio of two paths gets the
Hodges-Lehmann estimate and its distribution-free confidence interval,
both taken on log(time): the interval is the set of shifts the same U test
would not reject, turned back into a ratio.
"""
import math

CONFIDENCE = 0.95
ALPHA = 1 - CONFIDENCE
Z = 1.959963984540054  # two-sided 95 % normal quantile
EXACT_LIMIT = 400       # n*m up to which U's null distribution is counted exactly


def median(v):
    s = sorted(v)
    n = len(s)
    if n == 0:
        return None
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def stdev(v):
    if len(v) < 2:
        return 0.0
    m = sum(v) / len(v)
    return math.sqrt(sum((x - m) ** 2 for x in v) / (len(v) - 1))


def _u_distribution(n, m):
    """Counts of U = 0..n*m over all arrangements (no ties)."""
    # f[i][j] as a list of polynomials: number of ways with i x's and j y's.
    prev = [[1]] + [None] * m
    row = [[1] for _ in range(m + 1)]  # i = 0: U is 0 for any j
    for i in range(1, n + 1):
        cur = [[1]]  # j = 0
        for j in range(1, m + 1):
            a = cur[j - 1]           # last element is a y: U unchanged
            b = row[j]               # last element is an x: adds j
            size = max(len(a), len(b) + j)
            c = [0] * size
            for k, x in enumerate(a):
                c[k] += x
            for k, x in enumerate(b):
                c[k + j] += x
            cur.append(c)
        row = cur
    return row[m]


def mann_whitney(a, b):
    """Two-sided Mann-Whitney U test of a against b: (U of a, p value,
    method). Exact when there are no ties and n*m <= EXACT_LIMIT, else the
    normal approximation with tie and continuity correction."""
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return None, None, "no samples"
    pooled = sorted([(x, 0) for x in a] + [(y, 1) for y in b])
    ranks = [0.0] * len(pooled)
    i = 0
    ties = []
    while i < len(pooled):
        j = i
        while j + 1 < len(pooled) and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        r = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[k] = r
        if j > i:
            ties.append(j - i + 1)
        i = j + 1
    r1 = sum(r for r, (_, g) in zip(ranks, pooled) if g == 0)
    u1 = r1 - n * (n + 1) / 2
    if not ties and n * m <= EXACT_LIMIT:
        dist = _u_distribution(n, m)
        total = sum(dist)
        u = int(round(min(u1, n * m - u1)))
        p = min(1.0, 2 * sum(dist[:u + 1]) / total)
        return u1, p, "exact"
    mu = n * m / 2
    N = n + m
    var = n * m / 12 * ((N + 1) - sum(t ** 3 - t for t in ties) / (N * (N - 1)))
    if var <= 0:
        return u1, 1.0, "normal approximation"
    z = (abs(u1 - mu) - 0.5) / math.sqrt(var)
    p = math.erfc(max(z, 0) / math.sqrt(2))
    return u1, min(1.0, p), "normal approximation"


def _critical_rank(n, m):
    """Largest k such that P(U <= k - 1) <= ALPHA / 2: the k-th smallest and
    k-th largest pairwise difference bound the interval."""
    if n * m <= EXACT_LIMIT:
        dist = _u_distribution(n, m)
        total = sum(dist)
        cum, k = 0, 0
        for u, c in enumerate(dist):
            cum += c
            if cum / total > ALPHA / 2:
                k = u
                break
        return k  # number of differences to drop at each end
    return int(math.floor(n * m / 2 - Z * math.sqrt(n * m * (n + m + 1) / 12)))


def ratio_interval(a, b):
    """Ratio b/a of two samples of positive times: (estimate, low, high),
    Hodges-Lehmann on log scale, CONFIDENCE interval; low/high are None
    when the samples are too small for an interval at this confidence."""
    if not a or not b or min(a) <= 0 or min(b) <= 0:
        return None, None, None
    d = sorted(math.log(y) - math.log(x) for x in a for y in b)
    est = math.exp(median(d))
    k = _critical_rank(len(a), len(b))
    if k < 1 or k > len(d):
        return est, None, None
    return est, math.exp(d[k - 1]), math.exp(d[len(d) - k])


def shift_interval(a, b):
    """Shift b - a of two samples (e.g. the per-call cost a condition adds):
    (estimate, low, high), the Hodges-Lehmann estimate (median of all
    pairwise differences) and its CONFIDENCE interval from the same
    Mann-Whitney critical rank as ratio_interval; low/high are None when the
    samples are too small for an interval at this confidence."""
    if not a or not b:
        return None, None, None
    d = sorted(y - x for x in a for y in b)
    est = median(d)
    k = _critical_rank(len(a), len(b))
    if k < 1 or k > len(d):
        return est, None, None
    return est, d[k - 1], d[len(d) - k]


def percentile(value_counts, q):
    """Nearest-rank percentile q (0 < q <= 100) of a distribution given as
    sorted (value, count) pairs: the smallest value with at least q % of the
    samples at or below it, so every percentile is a measured sample (no
    interpolation). q = 100 is the maximum."""
    n = sum(c for _, c in value_counts)
    if n == 0:
        return None
    if not 0 < q <= 100:
        raise ValueError("percentile: q must be in (0, 100], got %r" % (q,))
    rank = max(1, math.ceil(q / 100 * n - 1e-9))
    seen = 0
    for v, c in value_counts:
        seen += c
        if seen >= rank:
            return v
    return value_counts[-1][0]
