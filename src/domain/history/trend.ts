/**
 * An experiment's history as trends: one per cell and metric, a point per commit (the latest
 * run of each), oldest first, each tested against the point before it with the one comparison
 * module (src/domain/stats/compare-samples.ts). A point the test calls a regression is marked.
 */
import { COMPARE_DEFAULTS, compareSamples } from '../stats/compare-samples.js';
import type { MetricPoint, RunHistoryEntry } from './run-entry.js';
import type { Trend, TrendPoint } from './trend-types.js';

export type { Trend, TrendPoint } from './trend-types.js';

export interface HistoryView {
  experiment: string;
  /** Entries read, and commits (or runs without a commit) they came to. */
  entries: number;
  commits: number;
  /** Commits shown: the last `limit`. */
  shown: number;
  trends: Trend[];
  /** Trends beyond maxTrends, left out. */
  omitted: number;
  notes: string[];
}

export interface TrendOptions {
  limit?: number;
  /** Only cells whose name contains one of these. */
  cells?: readonly string[];
  /** Only these metrics (exact names). */
  metrics?: readonly string[];
  maxTrends?: number;
  alpha?: number;
  /** Changes within this fraction are not regressions however significant (as in compare). */
  threshold?: number;
  /** Which way is good per metric, from the experiment file: fills in what entries do not say. */
  better?: Readonly<Record<string, 'lower' | 'higher'>>;
}

/** What a history shows when the caller does not say. */
export const TREND_DEFAULTS = {
  /** The last commits shown (`--limit`). */
  limit: 50,
  /** Trends (cell × metric) drawn at most; the rest are counted in a note. */
  maxTrends: 40,
} as const satisfies TrendOptions;

/** One entry per commit, the latest run of each; entries without a commit stand alone. Oldest first. */
export function perCommit(entries: readonly RunHistoryEntry[]): RunHistoryEntry[] {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.runId.localeCompare(b.runId));
  const latest = new Map<string, RunHistoryEntry>();
  for (const e of sorted) {
    const key = e.commit ? `commit:${e.commit}` : `run:${e.runId}`;
    latest.delete(key);
    latest.set(key, e);
  }
  return [...latest.values()];
}

function labelOf(e: RunHistoryEntry): string {
  if (e.commit) return e.commit.slice(0, 7);
  return e.ref ?? e.date.slice(0, 16).replace('T', ' ');
}

function matches(cell: string, filters: readonly string[] | undefined): boolean {
  return !filters || filters.length === 0 || filters.some((f) => cell.includes(f));
}

export function buildHistoryView(
  experiment: string,
  entries: readonly RunHistoryEntry[],
  options: TrendOptions = {},
): HistoryView {
  const limit = options.limit ?? TREND_DEFAULTS.limit;
  const commits = perCommit(entries);
  const shown = commits.slice(Math.max(0, commits.length - limit));
  const all = collect(shown, options);
  const max = options.maxTrends ?? TREND_DEFAULTS.maxTrends;
  const notes: string[] = [];
  if (commits.length > shown.length)
    notes.push(`last ${shown.length} of ${commits.length} commits shown (--limit ${limit})`);
  if (all.length > max)
    notes.push(`first ${max} of ${all.length} cell × metric trends drawn: narrow with --cell or --metric`);
  if (entries.length > 0 && all.length === 0) notes.push('no cell or metric matches the filters');
  return {
    experiment,
    entries: entries.length,
    commits: commits.length,
    shown: shown.length,
    trends: all.slice(0, max),
    omitted: Math.max(0, all.length - max),
    notes,
  };
}

/** The trends of the shown commits, each point tested against the one before it. */
function collect(shown: readonly RunHistoryEntry[], options: TrendOptions): Trend[] {
  const series = new Map<string, { trend: Trend; metrics: MetricPoint[] }>();
  for (const e of shown) {
    for (const c of e.cells) {
      if (!matches(c.cell, options.cells)) continue;
      for (const [metric, m] of Object.entries(c.metrics)) {
        if (options.metrics && options.metrics.length > 0 && !options.metrics.includes(metric)) continue;
        const key = `${c.cell}\u0000${metric}`;
        let s = series.get(key);
        if (!s) {
          const better = m.better ?? options.better?.[metric];
          const trend: Trend = { cell: c.cell, metric, ...(better ? { better } : {}), points: [] };
          if (m.unit) trend.unit = m.unit;
          s = { trend, metrics: [] };
          series.set(key, s);
        }
        s.trend.points.push(pointOf(e, m, s.metrics.at(-1), s.trend.better, options));
        s.metrics.push(m);
      }
    }
  }
  return [...series.values()].map((s) => s.trend);
}

function pointOf(
  e: RunHistoryEntry,
  m: MetricPoint,
  previous: MetricPoint | undefined,
  better: Trend['better'],
  options: TrendOptions,
): TrendPoint {
  const p: TrendPoint = {
    label: labelOf(e),
    ...(e.commit ? { commit: e.commit } : {}),
    ...(e.ref ? { ref: e.ref } : {}),
    runId: e.runId,
    date: e.date,
    n: m.n,
    median: m.median,
    mean: m.mean,
    ci: m.ci,
  };
  if (!previous) return p;
  const untested = whyNotTested(m, previous, better, options);
  if (untested) return { ...p, untested };
  return { ...p, ...tested(previous.samples!, m.samples!, previous.mean, m.mean, better!, options) };
}

/** Why this point cannot be tested against the one before, or undefined when it can. */
function whyNotTested(
  m: MetricPoint,
  previous: MetricPoint,
  better: Trend['better'],
  options: TrendOptions,
): string | undefined {
  if (!previous.samples || !m.samples)
    return 'no per-repeat samples stored (a history entry of an older batchbench)';
  if (!better)
    return 'which way is better is not declared for this metric (an experiment file declares it under results.metrics with better: lower or higher)';
  if (previous.samples.length >= 2 && m.samples.length >= 2) return undefined;
  // Too few samples: the comparison module says so in its own words.
  const c = compareSamples(previous.samples, m.samples, { ...compareOptions(options), better });
  return c.verdict === 'untestable' ? c.reason : undefined;
}

function compareOptions(options: TrendOptions) {
  return {
    // The bootstrap only widens what the verdict rests on when Fieller's interval is missing,
    // and then the verdict is inconclusive either way: a regression needs p < alpha. Skipping
    // it keeps 200 commits × 20 cells well under a second.
    resamples: 0,
    detectable: false,
    ...(options.alpha !== undefined ? { alpha: options.alpha } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  };
}

function tested(
  before: readonly number[],
  after: readonly number[],
  beforeMean: number,
  afterMean: number,
  better: 'lower' | 'higher',
  options: TrendOptions,
): Partial<TrendPoint> {
  const threshold = options.threshold ?? COMPARE_DEFAULTS.threshold;
  const change = beforeMean !== 0 ? afterMean / beforeMean - 1 : undefined;
  // Only a change beyond the threshold can be a regression or an improvement, whatever the
  // test says: within it the test is not run (it is most of the time of a long history).
  if (change !== undefined && Math.abs(change) <= threshold) return { change, within: threshold };
  const c = compareSamples(before, after, { ...compareOptions(options), better });
  return {
    verdict: c.verdict,
    ...(c.change !== undefined ? { change: c.change } : {}),
    ...(c.verdict === 'regression' ? { reason: c.reason } : {}),
    ...(c.verdict === 'untestable' ? { untested: c.reason } : {}),
  };
}

/** The regressions of a trend: points the test found significantly worse than the one before. */
export function regressions(trend: Trend): TrendPoint[] {
  return trend.points.filter((p) => p.verdict === 'regression');
}

/**
 * Why a trend's chart has fewer markers than points, in words, or undefined when every point
 * after the first was tested: no chart of untested points reads as "no regression".
 */
export function untestedNote(trend: Trend): string | undefined {
  const later = trend.points.slice(1);
  const untested = later.filter((p) => p.untested !== undefined);
  if (untested.length === 0) return undefined;
  const why = untested.at(-1)!.untested!;
  return untested.length === later.length
    ? `No point could be tested, so no regression can be marked: ${why}.`
    : `${untested.length} of ${later.length} points could not be tested (no marker possible there); the newest: ${why}.`;
}
