"""Reference values for test/stats/compare-samples.test.ts and test/stats/power.test.ts.

Run by hand from the repository root (never in CI):
    python3 test/reference/compare_reference.py && npx prettier --write test/stats/compare-reference-values.ts
It rewrites test/stats/compare-reference-values.ts; the tests import that file and never call python.
Versions used: numpy 2.x, scipy 1.17.

The bootstrap is checked two ways. (1) Index for index: this script draws the resamples with the
same seeded generator as src/domain/stats/prng.ts (mulberry32) and must give the same interval to
rounding. (2) Against scipy.stats.bootstrap(method='percentile'), whose numpy generator cannot be
reproduced in TypeScript: there the tolerance is the resampling error itself, measured here as the
standard deviation of each bound over 40 differently seeded scipy runs.
"""
import json
import math

import numpy as np
import scipy
from scipy import optimize, stats

out = {}
SEED = 20261203
RESAMPLES = 2000


def imul(a, b):
    return (a * b) & 0xFFFFFFFF


def mulberry32(seed):
    state = [seed & 0xFFFFFFFF]

    def nxt():
        state[0] = (state[0] + 0x6D2B79F5) & 0xFFFFFFFF
        t = state[0]
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return nxt


def plain_mean(xs):
    s = 0.0
    for v in xs:
        s += v
    return s / len(xs)


def mulberry_bootstrap(x, y, seed, resamples, conf):
    nxt = mulberry32(seed)
    values = []
    for _ in range(resamples):
        rx = [x[math.floor(nxt() * len(x))] for _ in x]
        ry = [y[math.floor(nxt() * len(y))] for _ in y]
        v = plain_mean(ry) / plain_mean(rx) - 1
        if math.isfinite(v):
            values.append(v)
    tail = (1 - conf) / 2
    return [float(np.quantile(values, tail)), float(np.quantile(values, 1 - tail))]


def ratio_change(a, b, axis=-1):
    return np.mean(b, axis=axis) / np.mean(a, axis=axis) - 1


def scipy_bootstrap(x, y, seed, resamples, conf):
    r = stats.bootstrap(
        (np.array(x), np.array(y)),
        ratio_change,
        paired=False,
        vectorized=True,
        n_resamples=resamples,
        method="percentile",
        confidence_level=conf,
        rng=np.random.default_rng(seed),
    )
    return [float(r.confidence_interval.low), float(r.confidence_interval.high)]


def hedges_g(x, y):
    x, y = np.array(x), np.array(y)
    n1, n2 = len(x), len(y)
    pooled = math.sqrt(((n1 - 1) * x.var(ddof=1) + (n2 - 1) * y.var(ddof=1)) / (n1 + n2 - 2))
    return float((y.mean() - x.mean()) / pooled * (1 - 3 / (4 * (n1 + n2) - 9)))


def cliffs_delta(x, y):
    more = sum(1 for a in x for b in y if b > a)
    less = sum(1 for a in x for b in y if b < a)
    return (more - less) / (len(x) * len(y))


pairs = {
    "three-vs-three": ([10.2, 9.8, 10.5], [12.9, 13.4, 12.7]),
    "five-regression": ([61.0, 58.5, 63.25, 59.75, 60.5], [66.1, 64.9, 67.3, 65.2, 68.0]),
    "ten-vs-eight-unchanged": (
        [4.02, 3.97, 4.10, 3.95, 4.05, 4.01, 3.99, 4.08, 3.93, 4.04],
        [4.00, 4.06, 3.98, 4.03, 3.96, 4.07, 4.01, 3.94],
    ),
    "skewed-twenty": (
        [1.0 + 0.05 * ((i * 7) % 11) + (0.9 if i % 9 == 0 else 0) for i in range(20)],
        [0.9 + 0.05 * ((i * 5) % 13) + (0.7 if i % 8 == 0 else 0) for i in range(20)],
    ),
    "improvement-six": ([30.5, 31.2, 29.8, 30.9, 31.5, 30.1], [24.2, 25.0, 23.7, 24.8, 24.1, 25.3]),
}
comparisons = {}
for name, (x, y) in pairs.items():
    w = stats.ttest_ind(y, x, equal_var=False)
    exact = len(x) <= 8 or len(y) <= 8
    ties = len(set(x) | set(y)) < len(x) + len(y)
    # Small samples with ties: the exact permutation distribution, as mann-whitney.ts documents.
    method = (stats.PermutationMethod(n_resamples=np.inf) if ties else "exact") if exact else "asymptotic"
    mw = stats.mannwhitneyu(y, x, alternative="two-sided", method=method)
    # 40 scipy runs: the spread of each bound is the resampling error a single run carries.
    runs = np.array([scipy_bootstrap(x, y, s, RESAMPLES, 0.95) for s in range(40)])
    comparisons[name] = {
        "x": x,
        "y": y,
        "change": float(np.mean(y) / np.mean(x) - 1),
        "medianChange": float(np.median(y) / np.median(x) - 1),
        "welchP": float(w.pvalue),
        "mannWhitneyP": float(mw.pvalue),
        "hedgesG": hedges_g(x, y),
        "cliffsDelta": cliffs_delta(x, y),
        "bootstrapMulberry": mulberry_bootstrap(x, y, SEED, RESAMPLES, 0.95),
        "bootstrapScipy": [float(v) for v in runs.mean(axis=0)],
        "bootstrapScipySd": [float(v) for v in runs.std(axis=0, ddof=1)],
    }
out["comparisons"] = comparisons
out["bootstrap"] = {"seed": SEED, "resamples": RESAMPLES}

# The noncentral t CDF over a grid, including negative t and noncentrality.
# Negative t through the symmetry P(T <= t; nc) = P(T >= -t; -nc): scipy's direct form gives NaN
# far in the lower tail.
out["nctCdf"] = [
    [t, df, nc, float(stats.nct.cdf(t, df, nc) if t >= 0 else stats.nct.sf(-t, df, -nc))]
    for df in [2, 3.5, 4, 10, 30, 100]
    for nc in [-2, 0, 0.5, 1, 3, 6, 10]
    for t in [-5, -1.5, 0, 0.7, 2, 4, 8, 15]
]


def power(d, n1, n2, alpha):
    df = n1 + n2 - 2
    nc = d * math.sqrt(n1 * n2 / (n1 + n2))
    crit = stats.t.isf(alpha / 2, df)
    # P(T <= -crit; nc) as P(T >= crit; -nc): scipy returns NaN for the direct form at large nc.
    return float(stats.nct.sf(crit, df, nc) + stats.nct.sf(crit, df, -nc))


out["power"] = [
    [d, n1, n2, alpha, power(d, n1, n2, alpha)]
    for (n1, n2) in [(2, 2), (3, 3), (5, 5), (10, 10), (20, 20), (50, 50), (3, 10)]
    for d in [0.25, 0.5, 1, 2, 3]
    for alpha in [0.05, 0.01]
]


def mde(n1, n2, alpha, pw):
    hi = 1.0
    while power(hi, n1, n2, alpha) < pw:
        hi *= 2
    return float(optimize.brentq(lambda d: power(d, n1, n2, alpha) - pw, 1e-6, hi, xtol=1e-14))


out["mde"] = [
    [n1, n2, alpha, pw, mde(n1, n2, alpha, pw)]
    for (n1, n2) in [(2, 2), (3, 3), (4, 4), (5, 5), (8, 8), (10, 10), (20, 20), (30, 30), (100, 100), (3, 10)]
    for alpha in [0.05, 0.01]
    for pw in [0.8, 0.9]
]
out["smallestMannWhitneyP"] = [
    [n1, n2, float(stats.mannwhitneyu(list(range(n1)), list(range(100, 100 + n2)), method="exact").pvalue)]
    for (n1, n2) in [(1, 1), (2, 2), (3, 3), (3, 4), (4, 4), (5, 5), (3, 6), (2, 10), (8, 8)]
]

header = (
    "// Generated by test/reference/compare_reference.py with numpy "
    + np.__version__
    + " and scipy "
    + scipy.__version__
    + ". Do not edit: re-run the script.\n"
)
with open("test/stats/compare-reference-values.ts", "w") as f:
    f.write(header)
    f.write("export const reference = ")
    f.write(json.dumps(out))
    f.write(" as const;\n")
print("wrote test/stats/compare-reference-values.ts")
