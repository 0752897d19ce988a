import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/stats/quantile.ts
function quantile(samples, q) {
  return quantileSorted(
    [...samples].sort((a, b) => a - b),
    q
  );
}
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0 || !(q >= 0 && q <= 1)) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const below = sorted[lo];
  if (lo + 1 >= n) return below;
  const above = sorted[lo + 1];
  return below + (h - lo) * (above - below);
}
function median(samples) {
  return quantile(samples, 0.5);
}

// src/domain/stats/normal.ts
var A = [
  -39.69683028665376,
  220.9460984245205,
  -275.9285104469687,
  138.357751867269,
  -30.66479806614716,
  2.506628277459239
];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [
  -0.007784894002430293,
  -0.3223964580411365,
  -2.400758277161838,
  -2.549732539343734,
  4.374664141464968,
  2.938163982698783
];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
var P_LOW = 0.02425;
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return NaN;
  }
  const [a0, a1, a2, a3, a4, a5] = A;
  const [b0, b1, b2, b3, b4] = B;
  const [c0, c1, c2, c3, c4, c5] = C;
  const [d0, d1, d2, d3] = D;
  if (p < P_LOW) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q2 + c1) * q2 + c2) * q2 + c3) * q2 + c4) * q2 + c5) / ((((d0 * q2 + d1) * q2 + d2) * q2 + d3) * q2 + 1);
  }
  if (p > 1 - P_LOW) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}

// src/domain/stats/special-functions.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) {
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  if (x > 1e4) return stirlingLogGamma(x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function stirlingLogGamma(x) {
  const x2 = x * x;
  const series = 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x2 * x2 * x);
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
function incompleteBeta(x, a, b, xc = 1 - x) {
  if (x <= 0) return 0;
  if (xc <= 0) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(xc) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(x, a, b) / a;
  return 1 - front * betaContinuedFraction(xc, b, a) / b;
}
var TINY = 1e-300;
var EPS = 1e-16;
function betaContinuedFraction(x, a, b) {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

// src/domain/stats/student-t.ts
var NORMAL_LIMIT = 1e12;
function upperTail(t, df) {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}
function studentTCdf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = upperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}
function studentTPdf(t, df) {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - (df + 1) / 2 * Math.log1p(t * t / df));
}
function studentTQuantile(p, df) {
  if (Number.isNaN(p) || Number.isNaN(df) || !(df > 0) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df >= NORMAL_LIMIT) return normalQuantile(p);
  const q = Math.min(p, 1 - p);
  const sign = p < 0.5 ? -1 : 1;
  if (df === 1) return sign / Math.tan(Math.PI * q);
  if (df === 2) return sign * Math.sqrt(2 / (4 * q * (1 - q)) - 2);
  return sign * solveUpperTail(q, df);
}
function solveUpperTail(q, df) {
  let t = cornishFisher(normalQuantile(1 - q), df);
  if (!(t > 0) || !Number.isFinite(t)) t = 1;
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
    let next = t + (Math.log(tail) - Math.log(q)) * tail / studentTPdf(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}
function cornishFisher(z, df) {
  const z2 = z * z;
  const g1 = z * (z2 + 1) / 4;
  const g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
  const g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
}
function tCritical(confidence, df) {
  return studentTQuantile(1 - (1 - confidence) / 2, df);
}

// src/domain/stats/summary.ts
function mean(samples) {
  if (samples.length === 0) return NaN;
  let sum = 0;
  for (const x of samples) sum += x;
  return sum / samples.length;
}
function variance(samples) {
  const n = samples.length;
  if (n < 2) return NaN;
  const m = mean(samples);
  let ss = 0;
  for (const x of samples) ss += (x - m) ** 2;
  return ss / (n - 1);
}
function summarize(samples, confidence = 0.95) {
  const n = samples.length;
  const sorted = [...samples].sort((a, b) => a - b);
  const m = mean(samples);
  const sd = Math.sqrt(variance(samples));
  let ci = [m, m];
  if (n >= 2) {
    const half = tCritical(confidence, n - 1) * (sd / Math.sqrt(n));
    ci = [m - half, m + half];
  }
  return {
    n,
    mean: m,
    median: quantileSorted(sorted, 0.5),
    min: n === 0 ? NaN : sorted[0],
    max: n === 0 ? NaN : sorted[n - 1],
    sd,
    cv: n >= 2 && m !== 0 ? sd / m : NaN,
    ci
  };
}

export {
  quantile,
  quantileSorted,
  median,
  logGamma,
  incompleteBeta,
  studentTCdf,
  studentTQuantile,
  tCritical,
  mean,
  variance,
  summarize
};
