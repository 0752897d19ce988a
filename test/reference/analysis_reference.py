"""Reference values for test/analysis/build-report.test.ts (hand-made job records).

Run from the repository root:  python3 test/reference/analysis_reference.py
It prints the numbers the tests embed; the scenarios (wall times, task times) are the same
literals as in the test file. Fieller's interval is written out as in stats_reference.py.
"""
import math

import numpy as np
from scipy import stats


def summary(xs, conf=0.95):
    a = np.array(xs, dtype=float)
    m = a.mean()
    lo, hi = stats.t.interval(conf, len(a) - 1, loc=m, scale=stats.sem(a))
    return {"mean": m, "sd": a.std(ddof=1), "cv": a.std(ddof=1) / m, "ci": [lo, hi]}


def fieller(num, den, conf=0.95):
    num, den = np.array(num, dtype=float), np.array(den, dtype=float)
    a, b = num.mean(), den.mean()
    va, vb = num.var(ddof=1) / len(num), den.var(ddof=1) / len(den)
    r = a / b
    df = (va + r * r * vb) ** 2 / (va**2 / (len(num) - 1) + (r * r * vb) ** 2 / (len(den) - 1))
    t = stats.t.ppf(1 - (1 - conf) / 2, df)
    qa, qb, qc = b * b - t * t * vb, -2 * a * b, a * a - t * t * va
    if qa <= 0:
        return {"value": r, "ci": None}
    d = math.sqrt(qb * qb - 4 * qa * qc)
    return {"value": r, "ci": [(-qb - d) / (2 * qa), (-qb + d) / (2 * qa)]}


def amdahl(ps, ts):
    x = 1 / np.array(ps, dtype=float)
    y = np.array(ts, dtype=float)
    b, a = np.polyfit(x, y, 1)
    r2 = 1 - np.sum((y - (a + b * x)) ** 2) / np.sum((y - y.mean()) ** 2)
    s = min(1.0, max(0.0, a / (a + b)))
    return {"serialFraction": s, "r2": r2, "maxSpeedup": 1 / s}


print("== scenario A: n_jobs 1, 2, 4 on aws-batch c5.xlarge ==")
walls = {1: [100, 104, 96], 2: [55, 60, 53], 4: [30, 32, 28]}
print("wall n1", summary(walls[1]))
for p in (2, 4):
    f = fieller(walls[1], walls[p])
    print(f"speedup n{p}", f, "karp-flatt", (1 / f["value"] - 1 / p) / (1 - 1 / p))
print("amdahl", amdahl([1, 2, 4], [np.mean(walls[p]) for p in (1, 2, 4)]))
rewards = [0.61, 0.64, 0.58, 0.7, 0.72, 0.69, 0.8, 0.79, 0.83]
print("reward n4", summary(rewards[6:]))
cost = {p: [(w - 5) / 3600 * 0.17 for w in ws] for p, ws in walls.items()}
print("cost per repeat n1", np.mean(cost[1]), "extrapolated x200", 200 * np.mean(cost[1]))

print("== scenario B: fan-out, workers 1 and 4 ==")
w1, w4 = [80, 82, 78], [51, 33, 27]
print("speedup", fieller(w1, w4), "cv w4", summary(w4)["cv"])
completion = [21, 22, 23, 51, 21, 21, 22, 33, 21, 27, 23, 25]
print("quantiles", {q: float(np.quantile(completion, q)) for q in (0.5, 0.9, 0.95, 0.99, 1.0)})

print("== scenario D: baseline {backend: local, workers: 2} ==")
local = {1: [40, 41, 39], 2: [22, 21, 23], 4: [13, 12, 14]}
batch = {1: [45, 46, 44], 2: [26, 25, 27], 4: [16, 15, 17]}
for p in (1, 4):
    print(f"local w{p}", fieller(local[2], local[p]))
for p in (1, 2, 4):
    print(f"batch w{p}", fieller(local[2], batch[p]))
print("amdahl local", amdahl([1, 2, 4], [40, 22, 13]), "batch", amdahl([1, 2, 4], [45, 26, 16]))
