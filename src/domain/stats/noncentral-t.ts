/**
 * The noncentral t distribution's CDF, for the power of a t-test: Lenth's algorithm AS 243
 * (Applied Statistics 38, 1989), a series in incomplete beta functions weighted by Poisson
 * terms, with its error bound as the stopping rule. Checked against scipy.stats.nct.
 */
import { normalUpperTail } from './mann-whitney.js';
import { incompleteBeta, logGamma } from './special-functions.js';

const ERRMAX = 1e-13;
const ITRMAX = 2000;
const LN_SQRT_PI = 0.5 * Math.log(Math.PI);

/** P(T <= t) for T noncentral t with df degrees of freedom and noncentrality delta. */
export function noncentralTCdf(t: number, df: number, delta: number): number {
  if (Number.isNaN(t) || Number.isNaN(delta) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // P(T <= t; delta) = 1 - P(T <= -t; -delta): the series wants t >= 0.
  const negative = t < 0;
  const tt = negative ? -t : t;
  const del = negative ? -delta : delta;
  let tnc = 0;
  const x = (tt * tt) / (tt * tt + df);
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    let q = Math.sqrt(2 / Math.PI) * p * del;
    let s = 0.5 - p;
    let a = 0.5;
    const b = 0.5 * df;
    const rxb = Math.pow(1 - x, b);
    const albeta = LN_SQRT_PI + logGamma(b) - logGamma(0.5 + b);
    let xodd = incompleteBeta(x, a, b);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
    let xeven = 1 - rxb;
    let geven = b * x * rxb;
    tnc = p * xodd + q * xeven;
    for (let en = 1; en <= ITRMAX; en++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * en);
      q *= lambda / (2 * en + 1);
      s -= p;
      tnc += p * xodd + q * xeven;
      // The remaining terms are bounded by 2 s (xodd - godd); past the Poisson mode it shrinks.
      if (en > lambda / 2 && Math.abs(2 * s * (xodd - godd)) <= ERRMAX) break;
    }
  }
  tnc += normalUpperTail(del);
  const cdf = negative ? 1 - tnc : tnc;
  return Math.min(1, Math.max(0, cdf));
}
