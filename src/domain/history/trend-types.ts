/** A trend's shape, apart from how it is built, so the report model can carry one. */
import type { ComparisonVerdict } from '../stats/compare-samples.js';

export interface TrendPoint {
  /** What the x axis shows: the short commit, else the ref (a campaign's week), else the date. */
  label: string;
  commit?: string;
  ref?: string;
  runId: string;
  date: string;
  n: number;
  median: number;
  mean: number;
  ci: [number, number];
  /** The test against the previous point; absent for the first point or without samples. */
  verdict?: ComparisonVerdict;
  /** The change of the mean against the previous point, when tested. */
  change?: number;
  /** Why, in words, for a regression. */
  reason?: string;
  /** Why no test could run against the previous point (no samples, no direction, too few). */
  untested?: string;
  /** The mean moved less than this fraction: no test can call that a change, so none was run. */
  within?: number;
}

export interface Trend {
  cell: string;
  metric: string;
  unit?: string;
  /** Absent when no run said which way is good: its points are not tested. */
  better?: 'lower' | 'higher';
  points: TrendPoint[];
}
