/**
 * What a design can detect before it runs: the power of the two-sided two-sample t-test and
 * the smallest change it detects at a given power, as statsmodels' TTestIndPower computes
 * them (pooled degrees of freedom n1 + n2 - 2, noncentrality d sqrt(n1 n2 / (n1 + n2))); and
 * the smallest p Mann-Whitney can ever give, which for small samples is above any usual alpha.
 */
import { noncentralTCdf } from './noncentral-t.js';
import { studentTQuantile } from './student-t.js';

/** Power of the two-sided two-sample t-test at standardised effect d (difference / sd). */
export function tTestPower(d: number, n1: number, n2: number, alpha: number): number {
  if (n1 < 2 || n2 < 2) return NaN;
  const df = n1 + n2 - 2;
  const nc = d * Math.sqrt((n1 * n2) / (n1 + n2));
  const crit = studentTQuantile(1 - alpha / 2, df);
  return 1 - noncentralTCdf(crit, df, nc) + noncentralTCdf(-crit, df, nc);
}

/**
 * The standardised effect d the test detects with the given power. Power rises with d, so the
 * root is bracketed and found by false position with the Illinois step (a stale end's value is
 * halved), which converges in about a tenth of the power evaluations bisection needs: each one
 * is a noncentral t CDF, and every plan asks. Undefined below two samples a side, where the test
 * cannot run.
 */
export function minimumDetectableEffect(
  n1: number,
  n2: number,
  alpha: number,
  power: number,
): number | undefined {
  if (n1 < 2 || n2 < 2) return undefined;
  const gap = (d: number): number => tTestPower(d, n1, n2, alpha) - power;
  let lo = 0;
  let gapLo = gap(lo);
  let hi = 1;
  let gapHi = gap(hi);
  while (gapHi < 0) {
    [lo, gapLo] = [hi, gapHi];
    hi *= 2;
    gapHi = gap(hi);
  }
  let kept: 'lo' | 'hi' | undefined; // the end the last step left where it was
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const d = (lo * gapHi - hi * gapLo) / (gapHi - gapLo);
    const g = gap(d);
    if (g === 0) return d;
    if (g < 0) {
      [lo, gapLo] = [d, g];
      if (kept === 'hi') gapHi /= 2;
      kept = 'hi';
    } else {
      [hi, gapHi] = [d, g];
      if (kept === 'lo') gapLo /= 2;
      kept = 'lo';
    }
  }
  return (lo + hi) / 2;
}

export interface DetectableChange {
  /** The standardised effect (Cohen's d). */
  effect: number;
  /** The same as a fraction of the mean, at the given coefficient of variation. */
  relative: number;
}

/**
 * The smallest relative change of a mean the design detects: d times the coefficient of
 * variation, since one standard deviation is cv of the mean. Both sides share the noise.
 */
export function minimumDetectableChange(
  n1: number,
  n2: number,
  cv: number,
  alpha = 0.05,
  power = 0.8,
): DetectableChange | undefined {
  const effect = minimumDetectableEffect(n1, n2, alpha, power);
  return effect === undefined ? undefined : { effect, relative: effect * cv };
}

/** The smallest two-sided exact Mann-Whitney p for n1 against n2 distinct values: 2 / C(n1 + n2, n1). */
export function smallestMannWhitneyP(n1: number, n2: number): number {
  if (n1 < 1 || n2 < 1) return 1;
  let c = 1;
  for (let i = 1; i <= Math.min(n1, n2); i++) c = (c * (n1 + n2 - Math.min(n1, n2) + i)) / i;
  return Math.min(1, 2 / c);
}
