/**
 * The one comparison of a candidate sample with a baseline sample, used by campaigns, by a
 * pull request against its base branch and by `batchbench compare`. It reports the change with
 * its interval, an effect size, Welch's t, Mann-Whitney and a seeded bootstrap, and a verdict
 * that says "untestable" and why, rather than "unchanged", when the samples cannot show a
 * change at all.
 */
import { bootstrapChangeOfMean } from './bootstrap.js';
import { cliffsDelta, hedgesG } from './effect-size.js';
import { mannWhitneyU } from './mann-whitney.js';
import { minimumDetectableChange, smallestMannWhitneyP } from './power.js';
import { quantile } from './quantile.js';
import { fiellerRatio } from './speedup.js';
import { mean, variance } from './summary.js';
import { welchTTest } from './welch.js';

export type ComparisonVerdict = 'regression' | 'improvement' | 'unchanged' | 'inconclusive' | 'untestable';
export type DecidingTest = 'welch' | 'mann-whitney';

export interface CompareOptions {
  /** Which direction is good: 'lower' for times and costs. */
  better: 'lower' | 'higher';
  /** Changes within this fraction of the baseline do not matter, however significant. */
  threshold: number;
  alpha: number;
  /** For the intervals of the change. */
  confidence: number;
  /** The test whose p decides; the other is reported beside it. */
  test: DecidingTest;
  /** The bootstrap's seed and resamples (defaults in bootstrap.ts). */
  seed?: number;
  resamples?: number;
  /**
   * false skips the smallest detectable change (a power search, most of a comparison's time):
   * for callers that show only the verdict, such as a history of thousands of points. It only
   * adds words to an inconclusive verdict's reason; no verdict depends on it.
   */
  detectable?: boolean;
}

export const COMPARE_DEFAULTS: CompareOptions = {
  better: 'lower',
  threshold: 0.05,
  alpha: 0.05,
  confidence: 0.95,
  test: 'welch',
};

export interface SideSummary {
  n: number;
  mean: number;
  median: number;
  /** NaN below two values. */
  sd: number;
}

export interface SampleComparison {
  baseline: SideSummary;
  candidate: SideSummary;
  /** (mean(candidate) - mean(baseline)) / mean(baseline); undefined when the baseline mean is 0 or missing. */
  change?: number;
  /** Fieller's interval of the change (of the ratio of means, minus one), Welch's degrees of freedom. */
  changeCi?: [number, number];
  /** The interval reaches to infinity: the baseline mean is not significantly above zero. */
  unbounded?: true;
  /** Percentile bootstrap interval of the same change (seeded). */
  bootstrapCi?: [number, number];
  /** The change of the medians. */
  medianChange?: number;
  hedgesG?: number;
  cliffsDelta?: number;
  welchP?: number;
  mannWhitneyP?: number;
  mannWhitneyMethod?: 'exact' | 'asymptotic';
  /** The smallest change of the mean these samples detect at alpha and power 0.8, at their noise. */
  detectable?: number;
  test: DecidingTest;
  alpha: number;
  threshold: number;
  verdict: ComparisonVerdict;
  /** Why the verdict, in words. */
  reason: string;
}

export function compareSamples(
  baseline: readonly number[],
  candidate: readonly number[],
  options: Partial<CompareOptions> = {},
): SampleComparison {
  const o = { ...COMPARE_DEFAULTS, ...options };
  const base = side(baseline);
  const cand = side(candidate);
  const frame = { baseline: base, candidate: cand, test: o.test, alpha: o.alpha, threshold: o.threshold };
  if (base.n === 0 || cand.n === 0) {
    const which = base.n === 0 ? 'the baseline' : 'the candidate';
    return { ...frame, verdict: 'untestable', reason: `no successful repeat in ${which}` };
  }
  const m = measures(baseline, candidate, base, cand, o);
  const untestable = whyUntestable(base, cand, o);
  if (untestable) return { ...frame, ...m, verdict: 'untestable', reason: untestable };
  return { ...frame, ...m, ...decide(m, o) };
}

function side(xs: readonly number[]): SideSummary {
  return { n: xs.length, mean: mean(xs), median: quantile(xs, 0.5), sd: Math.sqrt(variance(xs)) };
}

type Measures = Omit<
  SampleComparison,
  'baseline' | 'candidate' | 'test' | 'alpha' | 'threshold' | 'verdict' | 'reason'
>;

/** Everything the samples support, whether or not a test can decide. */
function measures(
  x: readonly number[],
  y: readonly number[],
  base: SideSummary,
  cand: SideSummary,
  o: CompareOptions,
): Measures {
  const m: Measures = {};
  if (base.mean !== 0) m.change = cand.mean / base.mean - 1;
  if (base.median !== 0) m.medianChange = cand.median / base.median - 1;
  m.cliffsDelta = cliffsDelta(x, y);
  const mw = mannWhitneyU(y, x);
  m.mannWhitneyP = mw.p;
  m.mannWhitneyMethod = mw.method;
  if (base.n < 2 || cand.n < 2) return m;
  const g = hedgesG(x, y);
  if (Number.isFinite(g)) m.hedgesG = g;
  const w = welchTTest(y, x);
  if (Number.isFinite(w.p)) m.welchP = w.p;
  if (base.mean !== 0) {
    const r = fiellerRatio(y, x, o.confidence);
    if (r.ci) m.changeCi = [r.ci[0] - 1, r.ci[1] - 1];
    if (r.unbounded) m.unbounded = true;
    const boot = bootstrapChangeOfMean(x, y, {
      confidence: o.confidence,
      ...(o.seed !== undefined ? { seed: o.seed } : {}),
      ...(o.resamples !== undefined ? { resamples: o.resamples } : {}),
    });
    if (boot.kept > 0) m.bootstrapCi = boot.ci;
    if (o.detectable === false) return m;
    const cv = Math.sqrt((variance(x) + variance(y)) / 2) / Math.abs(base.mean);
    const d = minimumDetectableChange(base.n, cand.n, cv, o.alpha, 0.8);
    if (d && Number.isFinite(d.relative)) m.detectable = d.relative;
  }
  return m;
}

/** Why no test can decide, or undefined when one can. */
function whyUntestable(base: SideSummary, cand: SideSummary, o: CompareOptions): string | undefined {
  const counts = `${base.n} against ${cand.n}`;
  if (o.test === 'welch' && (base.n < 2 || cand.n < 2))
    return `too few repeats for Welch's t (${counts}; it needs at least 2 on each side)`;
  if (o.test === 'mann-whitney') {
    const smallest = smallestMannWhitneyP(base.n, cand.n);
    if (smallest >= o.alpha)
      return `too few repeats for Mann-Whitney: the smallest exact p for ${counts} is ${smallest.toFixed(2)}, never below alpha ${o.alpha}`;
  }
  if (base.sd === 0 && cand.sd === 0 && base.mean !== cand.mean)
    return 'no variation within either sample (every repeat gave the same value): the difference has no noise to be tested against';
  if (base.mean === 0) return 'the baseline mean is 0: a relative change is undefined';
  return undefined;
}

function decide(m: Measures, o: CompareOptions): Pick<SampleComparison, 'verdict' | 'reason'> {
  const change = m.change as number;
  const p = o.test === 'welch' ? m.welchP : m.mannWhitneyP;
  const limit = pct(o.threshold, false);
  if (p === undefined) return { verdict: 'unchanged', reason: 'identical values on both sides' };
  const testName = o.test === 'welch' ? "Welch's t" : 'Mann-Whitney';
  const bad = o.better === 'lower' ? change : -change;
  if (p < o.alpha) {
    const said = `${testName} p ${formatP(p)} < ${o.alpha}`;
    if (bad > o.threshold)
      return {
        verdict: 'regression',
        reason: `${said} and the mean moved ${pct(change)}, the bad way, beyond ${limit}`,
      };
    if (-bad > o.threshold)
      return {
        verdict: 'improvement',
        reason: `${said} and the mean moved ${pct(change)}, the good way, beyond ${limit}`,
      };
    return {
      verdict: 'unchanged',
      reason: `${said}, but the mean moved only ${pct(change)}, within ${limit}`,
    };
  }
  const ci = m.changeCi ?? m.bootstrapCi;
  const said = `${testName} p ${formatP(p)} >= ${o.alpha}`;
  if (ci && ci[0] >= -o.threshold && ci[1] <= o.threshold)
    return {
      verdict: 'unchanged',
      reason: `${said} and the interval [${pct(ci[0])}, ${pct(ci[1])}] lies within ±${limit}`,
    };
  const interval = m.unbounded
    ? 'the interval is unbounded'
    : ci
      ? `the interval [${pct(ci[0])}, ${pct(ci[1])}] reaches beyond ±${limit}`
      : 'no interval';
  const power =
    m.detectable !== undefined
      ? `; at this noise the design detects changes of ${pct(m.detectable, false)} or more`
      : '';
  return { verdict: 'inconclusive', reason: `${said}, ${interval}${power}: more repeats would tell` };
}

export function pct(fraction: number, signed = true): string {
  if (!Number.isFinite(fraction)) return 'unknown';
  const v = fraction * 100;
  const text =
    Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2).replace(/\.?0+$/, '');
  return `${signed && v > 0 ? '+' : ''}${text}%`;
}

/** The alpha of a confidence level, without floating-point residue (1 - 0.95 is 0.050000000000000044). */
export function alphaOf(confidence: number): number {
  return Number((1 - confidence).toFixed(6));
}

export function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(2) : p.toFixed(4);
}

/** A change this large that no test could confirm is worth a line of its own. */
export const LARGE_CHANGE = 0.25;

export function largeUntested(c: SampleComparison): boolean {
  return (
    (c.verdict === 'untestable' || c.verdict === 'inconclusive') && Math.abs(c.change ?? 0) >= LARGE_CHANGE
  );
}
