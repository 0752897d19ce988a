import { mannWhitneyU } from '../stats/mann-whitney.js';
import { quantileSorted } from '../stats/quantile.js';
import { summarize } from '../stats/summary.js';
import { welchTTest } from '../stats/welch.js';
import type { Campaign } from './campaign.js';
import type { HistoryEntry } from './history.js';
import { weeklySamples } from './history.js';
import { weekOrder } from './week.js';

export type Verdict = 'regression' | 'improvement' | 'unchanged' | 'noisy' | 'new' | 'too-few';

export interface Comparison {
  instanceType: string;
  benchmark: string;
  metric: string;
  unit: string;
  better: 'higher' | 'lower';
  current: { median: number; n: number; cv: number };
  /** The earlier weeks compared against, pooled. */
  previous?: { median: number; n: number; cv: number; weeks: string[] };
  changePct?: number;
  p?: number;
  test: Campaign['regression']['test'];
  verdict: Verdict;
  /** Why the verdict, in words, e.g. "cv 0.12 > 0.05". */
  reason: string;
  /** Weekly medians, oldest first, this week last. */
  trend: { week: string; median: number }[];
}

/**
 * This week against earlier weeks, per instance type and variant. A regression needs both a
 * significant test (p < alpha) and a median that moved the bad way by more than the threshold:
 * either alone is noise or a difference too small to matter. A noisy week is not judged.
 */
export function compareWeek(
  week: string,
  history: readonly HistoryEntry[],
  c: Pick<Campaign, 'quality' | 'regression'>,
): Comparison[] {
  const current = history.filter((e) => e.week === week);
  const keys = [...new Set(current.map((e) => `${e.instanceType}|${e.benchmark}`))].sort();
  return keys.map((key) => {
    const [instanceType, benchmark] = key.split('|') as [string, string];
    const sample = current.find((e) => e.instanceType === instanceType && e.benchmark === benchmark)!;
    const weeks = weeklySamples(history, instanceType, benchmark).filter(
      (w) => weekOrder(w.week) <= weekOrder(week),
    );
    const now = weeks.find((w) => w.week === week)!.samples;
    const earlier = weeks.filter((w) => w.week !== week).slice(-c.regression.againstWeeks);
    const cur = describe(now);
    const base = {
      instanceType,
      benchmark,
      metric: sample.metric,
      unit: sample.unit,
      better: sample.better,
      current: cur,
      test: c.regression.test,
      trend: weeks.map((w) => ({ week: w.week, median: describe(w.samples).median })),
    };
    if (earlier.length === 0) return { ...base, verdict: 'new', reason: 'no earlier week to compare with' };
    const pooled = earlier.flatMap((w) => w.samples);
    const prev = { ...describe(pooled), weeks: earlier.map((w) => w.week) };
    const changePct = ((cur.median - prev.median) / prev.median) * 100;
    const withPrev = { ...base, previous: prev, changePct };
    const max = c.quality.maxCv;
    if (cur.cv > max || prev.cv > max) {
      const which =
        cur.cv > max ? `this week's cv ${cur.cv.toFixed(3)}` : `the earlier cv ${prev.cv.toFixed(3)}`;
      return { ...withPrev, verdict: 'noisy', reason: `noisy, not trusted: ${which} > ${max}` };
    }
    const minimum = c.regression.test === 'welch' ? 2 : 1;
    if (now.length < minimum || pooled.length < minimum)
      return { ...withPrev, verdict: 'too-few', reason: `too few samples for ${c.regression.test}` };
    const p = c.regression.test === 'welch' ? welchTTest(now, pooled).p : mannWhitneyU(now, pooled).p;
    const bad = sample.better === 'higher' ? -changePct : changePct;
    const limit = c.regression.threshold * 100;
    const significant = p < c.regression.alpha;
    const verdict: Verdict =
      significant && bad > limit ? 'regression' : significant && -bad > limit ? 'improvement' : 'unchanged';
    const reason =
      verdict === 'unchanged'
        ? significant
          ? `moved ${Math.abs(changePct).toFixed(1)}%, within the ${limit}% threshold`
          : `p ${formatP(p)} >= ${c.regression.alpha}`
        : `p ${formatP(p)} < ${c.regression.alpha} and the median moved ${Math.abs(changePct).toFixed(1)}% ${verdict === 'regression' ? 'the bad way' : 'the good way'} (threshold ${limit}%)`;
    return { ...withPrev, p, verdict, reason };
  });
}

function describe(samples: readonly number[]): { median: number; n: number; cv: number } {
  const s = summarize(samples);
  return {
    median: quantileSorted(
      [...samples].sort((a, b) => a - b),
      0.5,
    ),
    n: s.n,
    cv: Number.isNaN(s.cv) ? 0 : Math.abs(s.cv),
  };
}

export function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(2) : p.toFixed(4);
}
