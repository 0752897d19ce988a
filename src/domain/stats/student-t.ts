/**
 * Student's t distribution: CDF through the regularized incomplete beta function, quantile by
 * a safeguarded Newton search started from the Cornish-Fisher expansion. Degrees of freedom
 * need not be whole numbers (Welch-Satterthwaite gives fractional ones).
 */
import { normalQuantile } from './normal.js';
import { incompleteBeta, logGamma } from './special-functions.js';

/** Beyond this many degrees of freedom t and the normal distribution agree to ~1e-10. */
const NORMAL_LIMIT = 1e12;

/** P(T > t) for t >= 0, computed without cancellation in either tail. */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = upperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

export function studentTPdf(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** The t with P(T <= t) = p, for any df > 0. */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || !(df > 0) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df >= NORMAL_LIMIT) return normalQuantile(p);
  const q = Math.min(p, 1 - p);
  const sign = p < 0.5 ? -1 : 1;
  // Closed forms for one and two degrees of freedom, where the tails are heaviest.
  if (df === 1) return sign / Math.tan(Math.PI * q);
  if (df === 2) return sign * Math.sqrt(2 / (4 * q * (1 - q)) - 2);
  return sign * solveUpperTail(q, df);
}

/** The t > 0 with P(T > t) = q < 0.5. */
function solveUpperTail(q: number, df: number): number {
  let t = cornishFisher(normalQuantile(1 - q), df);
  if (!(t > 0) || !Number.isFinite(t)) t = 1;
  // Keep a bracket [lo, hi] around the root so that a wild Newton step can fall back to bisection.
  let lo = 0;
  let hi = t;
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const tail = upperTail(t, df);
    const f = tail - q;
    if (f === 0) return t;
    if (f > 0) lo = Math.max(lo, t);
    else hi = Math.min(hi, t);
    // Newton on log(tail): d/dt log P(T > t) = -pdf / tail; well scaled in the far tail too.
    let next = t + ((Math.log(tail) - Math.log(q)) * tail) / studentTPdf(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}

/** Cornish-Fisher expansion of the t quantile around the normal one (Abramowitz & Stegun 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
}

/** The two-sided critical value: P(|T| <= t) = confidence. */
export function tCritical(confidence: number, df: number): number {
  return studentTQuantile(1 - (1 - confidence) / 2, df);
}
