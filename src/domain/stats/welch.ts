import { studentTCdf } from './student-t.js';
import { mean, variance } from './summary.js';

export interface WelchResult {
  t: number;
  /** Welch-Satterthwaite degrees of freedom (fractional). */
  df: number;
  /** Two-sided. */
  p: number;
  n1: number;
  n2: number;
}

/** Welch's unequal-variance t-test, two-sided, as scipy.stats.ttest_ind(equal_var=False). */
export function welchTTest(x: readonly number[], y: readonly number[]): WelchResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 < 2 || n2 < 2) throw new Error("Welch's t-test needs at least two values in each sample");
  const a = variance(x) / n1;
  const b = variance(y) / n2;
  const se = Math.sqrt(a + b);
  const diff = mean(x) - mean(y);
  if (se === 0)
    return {
      t: diff === 0 ? NaN : Math.sign(diff) * Infinity,
      df: n1 + n2 - 2,
      p: diff === 0 ? NaN : 0,
      n1,
      n2,
    };
  const t = diff / se;
  const df = (a + b) ** 2 / (a ** 2 / (n1 - 1) + b ** 2 / (n2 - 1));
  return { t, df, p: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)), n1, n2 };
}
