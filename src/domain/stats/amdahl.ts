export interface AmdahlFit {
  /** Serial fraction s in [0, 1] of the time on one worker. */
  serialFraction: number;
  /** 1 / s: the speedup no number of workers can exceed (Infinity when s = 0). */
  maxSpeedup: number;
  /** Coefficient of determination of the fit of T against 1/p. */
  r2: number;
  /** Fitted time on one worker, T1 = a + b. */
  t1: number;
  /** T(p) = a + b / p. */
  a: number;
  b: number;
}

/**
 * Least-squares fit of Amdahl's law T(p) = T1 * (s + (1 - s) / p) to (p, mean time) points.
 * In x = 1/p the law is a straight line T = a + b x with a = T1 s and b = T1 (1 - s), so an
 * ordinary linear regression does it; s = a / (a + b), kept in [0, 1] because noise can
 * push the intercept below zero. Needs at least two distinct p.
 */
export function fitAmdahl(points: readonly { p: number; seconds: number }[]): AmdahlFit | undefined {
  const usable = points.filter((pt) => pt.p > 0 && Number.isFinite(pt.seconds));
  if (new Set(usable.map((pt) => pt.p)).size < 2) return undefined;
  const n = usable.length;
  const xs = usable.map((pt) => 1 / pt.p);
  const ys = usable.map((pt) => pt.seconds);
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) ssRes += ((ys[i] as number) - (a + b * (xs[i] as number))) ** 2;
  const r2 = syy === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / syy;
  const t1 = a + b;
  // Time that does not fall with p is all serial; a negative intercept is a perfectly parallel fit.
  const serialFraction = b <= 0 ? 1 : a <= 0 ? 0 : Math.min(1, a / t1);
  return { serialFraction, maxSpeedup: serialFraction === 0 ? Infinity : 1 / serialFraction, r2, t1, a, b };
}
