import { quantileSorted } from './quantile.js';
import { tCritical } from './student-t.js';

/** A sample described: the figures a report shows for a metric. */
export interface Summary {
  n: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  sd: number;
  /** sd / mean; NaN when n < 2 or mean = 0. */
  cv: number;
  /** Two-sided Student-t interval for the mean at report.confidence; [mean, mean] when n < 2. */
  ci: [number, number];
}

export function mean(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  let sum = 0;
  for (const x of samples) sum += x;
  return sum / samples.length;
}

/** Sample variance (n - 1 in the denominator); NaN below two samples. */
export function variance(samples: readonly number[]): number {
  const n = samples.length;
  if (n < 2) return NaN;
  const m = mean(samples);
  let ss = 0;
  for (const x of samples) ss += (x - m) ** 2;
  return ss / (n - 1);
}

/**
 * Descriptive statistics and the two-sided Student-t interval for the mean. With fewer than
 * two samples there is no spread to estimate: sd and cv are NaN and the interval collapses to
 * the mean, which the report flags rather than hides.
 */
export function summarize(samples: readonly number[], confidence = 0.95): Summary {
  const n = samples.length;
  const sorted = [...samples].sort((a, b) => a - b);
  const m = mean(samples);
  const sd = Math.sqrt(variance(samples));
  let ci: [number, number] = [m, m];
  if (n >= 2) {
    const half = tCritical(confidence, n - 1) * (sd / Math.sqrt(n));
    ci = [m - half, m + half];
  }
  return {
    n,
    mean: m,
    median: quantileSorted(sorted, 0.5),
    min: n === 0 ? NaN : (sorted[0] as number),
    max: n === 0 ? NaN : (sorted[n - 1] as number),
    sd,
    cv: n >= 2 && m !== 0 ? sd / m : NaN,
    ci,
  };
}
