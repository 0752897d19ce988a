import { mean, variance } from './summary.js';

/**
 * Hedges' g of y against x: the difference of means over the pooled standard deviation, with
 * the small-sample correction J = 1 - 3 / (4 (n1 + n2) - 9). NaN when there is no spread.
 */
export function hedgesG(x: readonly number[], y: readonly number[]): number {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 < 2 || n2 < 2) return NaN;
  const pooled = Math.sqrt(((n1 - 1) * variance(x) + (n2 - 1) * variance(y)) / (n1 + n2 - 2));
  if (pooled === 0) return NaN;
  const j = 1 - 3 / (4 * (n1 + n2) - 9);
  return ((mean(y) - mean(x)) / pooled) * j;
}

/**
 * Cliff's delta of y against x: P(y > x) - P(y < x) over all pairs, from -1 (every y below
 * every x) to 1. It needs no spread, so it says something even where Hedges' g cannot.
 */
export function cliffsDelta(x: readonly number[], y: readonly number[]): number {
  if (x.length === 0 || y.length === 0) return NaN;
  const sx = [...x].sort((a, b) => a - b);
  let more = 0;
  let less = 0;
  // For each y, count the x below it and above it by binary search: O((n + m) log n).
  for (const v of y) {
    const below = lowerBound(sx, v);
    const notAbove = upperBound(sx, v);
    more += below;
    less += sx.length - notAbove;
  }
  return (more - less) / (x.length * y.length);
}

function lowerBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
