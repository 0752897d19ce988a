import type { ComparisonVerdict } from '../stats/compare-samples.js';
import { compareSamples, formatP } from '../stats/compare-samples.js';
import { quantileSorted } from '../stats/quantile.js';
import { summarize } from '../stats/summary.js';
import type { Campaign } from './campaign.js';
import type { HistoryEntry } from './history.js';
import { weeklySamples } from './history.js';
import { weekOrder } from './week.js';

/** The comparison's verdicts, and two of the campaign's own: a noisy week is not judged, a new one has nothing to compare with. */
export type Verdict = ComparisonVerdict | 'noisy' | 'new';

export interface Comparison {
  instanceType: string;
  benchmark: string;
  metric: string;
  unit: string;
  better: 'higher' | 'lower';
  current: { median: number; n: number; cv: number };
  /** The earlier weeks compared against, pooled. */
  previous?: { median: number; n: number; cv: number; weeks: string[] };
  /** Change of the mean, percent, with its interval (fractions) and the smallest change the samples could detect. */
  changePct?: number;
  changeCi?: [number, number];
  detectable?: number;
  p?: number;
  test: Campaign['regression']['test'];
  verdict: Verdict;
  /** Why the verdict, in words, e.g. "cv 0.12 > 0.05". */
  reason: string;
  /** Weekly medians, oldest first, this week last. */
  trend: { week: string; median: number }[];
}

/**
 * This week against earlier weeks, per instance type and variant, by the one comparison of
 * src/domain/stats/compare-samples.ts. A regression needs both a significant test (p < alpha)
 * and a mean that moved the bad way by more than the threshold; samples too few for the test
 * to ever fire are "untestable", with the reason. A noisy week is not judged.
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
    const max = c.quality.maxCv;
    const result = compareSamples(pooled, now, {
      better: sample.better,
      threshold: c.regression.threshold,
      alpha: c.regression.alpha,
      test: c.regression.test,
    });
    const withPrev = {
      ...base,
      previous: prev,
      ...(result.change !== undefined ? { changePct: result.change * 100 } : {}),
      ...(result.changeCi ? { changeCi: result.changeCi } : {}),
      ...(result.detectable !== undefined ? { detectable: result.detectable } : {}),
    };
    if (cur.cv > max || prev.cv > max) {
      const which =
        cur.cv > max ? `this week's cv ${cur.cv.toFixed(3)}` : `the earlier cv ${prev.cv.toFixed(3)}`;
      return { ...withPrev, verdict: 'noisy', reason: `noisy, not trusted: ${which} > ${max}` };
    }
    const p = c.regression.test === 'welch' ? result.welchP : result.mannWhitneyP;
    return {
      ...withPrev,
      ...(p !== undefined ? { p } : {}),
      verdict: result.verdict,
      reason: result.reason,
    };
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

export { formatP };
