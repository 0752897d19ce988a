import { mean, variance } from './summary.js';
import { tCritical } from './student-t.js';

export interface RatioEstimate {
  value: number;
  /** Fieller interval; absent when it cannot be bounded (see `reason`). */
  ci?: [number, number];
  /** Welch-Satterthwaite degrees of freedom used for the t quantile. */
  df?: number;
  /** Why there is no interval. */
  reason?: string;
  /** There are enough samples, but the interval has no finite bounds (Fieller's g >= 1). */
  unbounded?: true;
}

/**
 * Speedup of a cell over its baseline, mean(baseline) / mean(cell), with Fieller's interval
 * for a ratio of two independent means. A naive "ratio of the interval ends" is wrong in both
 * directions; Fieller's is exact under normality and widens (or becomes unbounded) as the
 * denominator's uncertainty grows.
 */
export function speedup(
  baseline: readonly number[],
  cell: readonly number[],
  confidence = 0.95,
): RatioEstimate {
  return fiellerRatio(baseline, cell, confidence);
}

/** mean(numerator) / mean(denominator) with Fieller's interval (independent samples). */
export function fiellerRatio(
  numerator: readonly number[],
  denominator: readonly number[],
  confidence = 0.95,
): RatioEstimate {
  const a = mean(numerator);
  const b = mean(denominator);
  const value = a / b;
  const na = numerator.length;
  const nb = denominator.length;
  if (na < 2 || nb < 2) {
    return { value, reason: `too few samples for an interval (${na} and ${nb}; need at least 2 each)` };
  }
  const vA = variance(numerator) / na;
  const vB = variance(denominator) / nb;
  if (vA === 0 && vB === 0) return { value, ci: [value, value], reason: 'no variation in either sample' };
  // Welch-Satterthwaite for the pivot a - R*b, whose variance is vA + R^2 vB (as mratios::ttestratio).
  const r2vB = value * value * vB;
  const df = (vA + r2vB) ** 2 / (vA ** 2 / (na - 1) + r2vB ** 2 / (nb - 1));
  const t = tCritical(confidence, df);
  const g = (t * t * vB) / (b * b);
  if (g >= 1) {
    return {
      value,
      df,
      unbounded: true,
      reason:
        `the ${Math.round(confidence * 100)}% interval is unbounded: the mean of the divisor is not ` +
        `significantly above zero (g = ${g.toFixed(3)} >= 1)`,
    };
  }
  const half = (t / Math.abs(b)) * Math.sqrt(vA + value * value * vB - g * vA);
  const lo = (value - half) / (1 - g);
  const hi = (value + half) / (1 - g);
  return { value, ci: [lo, hi], df };
}

/** Parallel efficiency: speedup per unit of added parallelism relative to the baseline's. */
export function efficiency(speedupValue: number, p: number, baselineP: number): number {
  return speedupValue / (p / baselineP);
}
