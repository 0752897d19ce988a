"""Reference values for test/stats/mann-whitney.test.ts and test/stats/welch.test.ts.

Run: python3 test/reference/campaign_stats_reference.py  (scipy 1.17.1). test/campaign/stats-reference.ts embeds the printed
numbers; they never call python.
"""
import json
from scipy import stats

CASES = {
    "separated_5_5": ([10.1, 10.3, 9.9, 10.2, 10.0], [3.4, 3.3, 3.5, 3.6, 3.2]),
    "interleaved_5_6": ([1.1, 2.3, 3.2, 4.8, 5.5], [1.9, 2.8, 3.9, 4.1, 6.0, 6.5]),
    "small_3_4": ([0.5, 0.9, 1.7], [1.2, 2.2, 2.5, 3.1]),
    "ties_6_6": ([1, 2, 2, 3, 4, 4], [2, 3, 3, 5, 5, 6]),
    "large_12_10": ([12.1, 11.8, 12.5, 12.0, 11.9, 12.3, 12.2, 11.7, 12.6, 12.4, 11.6, 12.8],
                     [11.5, 11.9, 11.2, 11.4, 11.8, 11.0, 11.6, 11.3, 11.1, 12.0]),
    "no_ties_9_10": ([5.01, 5.22, 4.87, 5.35, 5.12, 4.95, 5.41, 5.08, 5.27],
                      [4.91, 5.03, 4.82, 4.99, 5.15, 4.78, 4.88, 5.06, 4.93, 4.85]),
    "equal_4_4": ([1.0, 2.0, 3.0, 4.0], [1.5, 2.5, 3.5, 0.5]),
    "ties_4_9": ([2.5, 3.1, 3.1, 4.0], [1.0, 1.0, 2.5, 2.0, 0.5, 3.1, 0.2, 0.1, 0.3]),
    "ties_10_11": ([3, 4, 4, 5, 6, 6, 7, 7, 8, 9], [1, 2, 2, 3, 4, 5, 5, 6, 6, 7, 8]),
}


def mann_whitney(x, y):
    """batchbench's rule: exact for small samples (the permutation distribution with ties), else 'auto'."""
    small = min(len(x), len(y)) <= 8
    tied = len(set(x + y)) < len(x + y)
    method = stats.PermutationMethod() if small and tied else "auto"
    return stats.mannwhitneyu(x, y, alternative="two-sided", method=method)


out = {}
for name, (x, y) in CASES.items():
    mw = mann_whitney(x, y)
    w = stats.ttest_ind(x, y, equal_var=False)
    out[name] = {
        "u": float(mw.statistic), "mw_p": float(mw.pvalue),
        "t": float(w.statistic), "df": float(w.df), "welch_p": float(w.pvalue),
    }
print(json.dumps(out, indent=1))
