import { mulberry32 } from './prng.js';
import { quantileSorted } from './quantile.js';

export interface BootstrapOptions {
  /** Resamples drawn; 2000 keeps the Monte Carlo error of a 95% bound near 2% of its width. */
  resamples?: number;
  confidence?: number;
  seed?: number;
}

export const BOOTSTRAP_DEFAULTS = { resamples: 2000, confidence: 0.95, seed: 20261203 } as const;

/**
 * Percentile bootstrap interval of a two-sample statistic: each sample is resampled with
 * replacement on its own (the samples are independent), the statistic computed on every pair,
 * and the interval read off at (1 - confidence) / 2 and its complement with numpy's default
 * quantile (as scipy.stats.bootstrap(method='percentile')). Seeded, so it is reproducible.
 * Resamples whose statistic is not finite (a zero mean in a divisor) are dropped; the count
 * kept is returned so a caller can say so.
 */
export function bootstrapInterval(
  x: readonly number[],
  y: readonly number[],
  statistic: (x: readonly number[], y: readonly number[]) => number,
  options: BootstrapOptions = {},
): { ci: [number, number]; kept: number } {
  const { resamples, confidence, seed } = { ...BOOTSTRAP_DEFAULTS, ...options };
  const next = mulberry32(seed);
  const rx = new Array<number>(x.length);
  const ry = new Array<number>(y.length);
  const values: number[] = [];
  for (let b = 0; b < resamples; b++) {
    // x first, then y: the order the Python reference draws in.
    for (let i = 0; i < x.length; i++) rx[i] = x[Math.floor(next() * x.length)] as number;
    for (let i = 0; i < y.length; i++) ry[i] = y[Math.floor(next() * y.length)] as number;
    const v = statistic(rx, ry);
    if (Number.isFinite(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return { ci: [quantileSorted(values, tail), quantileSorted(values, 1 - tail)], kept: values.length };
}
