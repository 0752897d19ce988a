"""Reference values for test/analysis/recommend.test.ts: the Pareto frontier of time against cost.

Run from the repository root:  python3 test/reference/pareto_reference.py > test/reference/pareto.json
Seeded points (with exact ties on time and on cost), the frontier by brute-force dominance with
numpy (a point is on it when no other point is <= on both and < on one), and the answers to
"fastest within budget B" and "cheapest within deadline D" by direct search.
"""
import json

import numpy as np

rng = np.random.default_rng(20261203)
n = 60
seconds = np.round(rng.uniform(10, 600, n), 1)
# Cost falls as time grows (more workers: faster and dearer), with noise: a long frontier.
usd = np.round(60.0 / seconds * rng.uniform(0.7, 1.5, n), 3)
# Ties: equal times, equal costs, and one exact duplicate.
seconds[5] = seconds[3]
usd[8] = usd[2]
seconds[11], usd[11] = seconds[10], usd[10]

pts = np.stack([seconds, usd], axis=1)
dominated = np.zeros(n, dtype=bool)
for i in range(n):
    le = np.all(pts <= pts[i], axis=1)
    lt = np.any(pts < pts[i], axis=1)
    dominated[i] = np.any(le & lt)
frontier = [i for i in range(n) if not dominated[i]]
# A duplicate of a frontier point is kept once: the first given.
seen, unique = set(), []
for i in frontier:
    key = (seconds[i], usd[i])
    if key not in seen:
        seen.add(key)
        unique.append(i)
frontier = sorted(unique, key=lambda i: (seconds[i], usd[i]))


def fastest_within(budget):
    ok = [i for i in range(n) if usd[i] <= budget]
    return None if not ok else min(ok, key=lambda i: (seconds[i], usd[i], i))


def cheapest_within(deadline):
    ok = [i for i in range(n) if seconds[i] <= deadline]
    return None if not ok else min(ok, key=lambda i: (usd[i], seconds[i], i))


budgets = [0.005, 0.05, 0.2, 0.5, 1.0, 5.0]
deadlines = [5.0, 30.0, 60.0, 150.0, 400.0, 1000.0]
print(json.dumps({
    "points": [{"id": f"c{i}", "seconds": float(seconds[i]), "usd": float(usd[i])} for i in range(n)],
    "frontier": [f"c{i}" for i in frontier],
    "fastestWithin": {str(b): (None if fastest_within(b) is None else f"c{fastest_within(b)}") for b in budgets},
    "cheapestWithin": {str(d): (None if cheapest_within(d) is None else f"c{cheapest_within(d)}") for d in deadlines},
}, indent=1))
