import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  incompleteBeta,
  logGamma,
  mean,
  quantile,
  quantileSorted,
  studentTCdf,
  studentTQuantile,
  tCritical,
  variance
} from "./chunk-AESLYFF2.js";

// src/domain/stats/prng.ts
var Mulberry32 = class {
  state;
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    this.state = this.state + 1831565813 >>> 0;
    return output(this.state);
  }
  /** The next out.length draws, in order, into out. */
  fill(out) {
    let a = this.state;
    for (let i = 0; i < out.length; i++) {
      a = a + 1831565813 >>> 0;
      out[i] = output(a);
    }
    this.state = a;
  }
};
function output(state) {
  let t = state;
  t = Math.imul(t ^ t >>> 15, t | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61);
  return ((t ^ t >>> 14) >>> 0) / 4294967296;
}

// src/domain/stats/bootstrap.ts
var BOOTSTRAP_DEFAULTS = { resamples: 2e3, confidence: 0.95, seed: 20261203 };
function bootstrapChangeOfMean(x, y, options = {}) {
  const { resamples, confidence, seed } = { ...BOOTSTRAP_DEFAULTS, ...options };
  const stream = new Mulberry32(seed);
  const nx = x.length;
  const ny = y.length;
  const draws = new Float64Array(nx + ny);
  const values = [];
  for (let b = 0; b < resamples; b++) {
    stream.fill(draws);
    let sx = 0;
    for (let i = 0; i < nx; i++) sx += x[Math.floor(draws[i] * nx)];
    let sy = 0;
    for (let i = 0; i < ny; i++) sy += y[Math.floor(draws[nx + i] * ny)];
    const v = (ny === 0 ? NaN : sy / ny) / (nx === 0 ? NaN : sx / nx) - 1;
    if (Number.isFinite(v)) values.push(v);
  }
  return percentileInterval(values, confidence);
}
function percentileInterval(values, confidence) {
  values.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return { ci: [quantileSorted(values, tail), quantileSorted(values, 1 - tail)], kept: values.length };
}

// src/domain/stats/effect-size.ts
function hedgesG(x, y) {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 < 2 || n2 < 2) return NaN;
  const pooled = Math.sqrt(((n1 - 1) * variance(x) + (n2 - 1) * variance(y)) / (n1 + n2 - 2));
  if (pooled === 0) return NaN;
  const j = 1 - 3 / (4 * (n1 + n2) - 9);
  return (mean(y) - mean(x)) / pooled * j;
}
function cliffsDelta(x, y) {
  if (x.length === 0 || y.length === 0) return NaN;
  const sx = [...x].sort((a, b) => a - b);
  let more = 0;
  let less = 0;
  for (const v of y) {
    const below = lowerBound(sx, v);
    const notAbove = upperBound(sx, v);
    more += below;
    less += sx.length - notAbove;
  }
  return (more - less) / (x.length * y.length);
}
function lowerBound(sorted, v) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(sorted, v) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/domain/stats/mann-whitney.ts
function mannWhitneyU(x, y) {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new Error("Mann-Whitney U needs at least one value in each sample");
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - n1 * (n1 + 1) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const ties = tieSizes.some((t) => t > 1);
  if ((n1 <= 8 || n2 <= 8) && !ties) {
    return { u: u1, p: Math.min(1, 2 * exactUpperTail(u, n1, n2)), method: "exact", n1, n2 };
  }
  if (n1 <= 8 || n2 <= 8) return { u: u1, p: exactTiedP(ranks, n1, r1), method: "exact", n1, n2 };
  const n = n1 + n2;
  const tieTerm = tieSizes.reduce((t, k) => t + k ** 3 - k, 0);
  const s = Math.sqrt(n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - n1 * n2 / 2 - 0.5) / s;
  const p = s > 0 ? Math.min(1, 2 * normalUpperTail(z)) : 1;
  return { u: u1, p, method: "asymptotic", n1, n2 };
}
function averageRanks(values) {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array(values.length);
  const tieSizes = [];
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k].i] = rank;
    tieSizes.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieSizes };
}
function exactUpperTail(u, n1, n2) {
  const max = n1 * n2;
  let prev = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const cur = [new Array(1).fill(1)];
    for (let j = 1; j <= n2; j++) {
      const size = i * j + 1;
      const row = new Array(size).fill(0);
      const a = prev[j];
      const b = cur[j - 1];
      for (let k = 0; k < a.length; k++) row[k + j] = row[k + j] + a[k];
      for (let k = 0; k < b.length; k++) row[k] = row[k] + b[k];
      cur.push(row);
    }
    prev = cur;
  }
  const counts = prev[n2];
  let total = 0;
  let tail = 0;
  for (let k = 0; k <= max; k++) {
    const c = counts[k] ?? 0;
    total += c;
    if (k >= Math.ceil(u - 1e-9)) tail += c;
  }
  return tail / total;
}
function exactTiedP(ranks, n1, r1) {
  const doubled = ranks.map((r) => Math.round(2 * r));
  const maxSum = doubled.reduce((a, b) => a + b, 0);
  const ways = Array.from({ length: n1 + 1 }, () => new Float64Array(maxSum + 1));
  ways[0][0] = 1;
  for (const d of doubled) {
    for (let k = n1; k >= 1; k--) {
      const into = ways[k];
      const from = ways[k - 1];
      for (let s = maxSum; s >= d; s--) into[s] = into[s] + from[s - d];
    }
  }
  const observed = Math.round(2 * r1);
  let total = 0;
  let atLeast = 0;
  let atMost = 0;
  ways[n1].forEach((count, s) => {
    total += count;
    if (s >= observed) atLeast += count;
    if (s <= observed) atMost += count;
  });
  return Math.min(1, 2 * Math.min(atLeast, atMost) / total);
}
function normalUpperTail(z) {
  return 0.5 * erfc(z / Math.SQRT2);
}
function erfc(x) {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n++) {
      term *= -x * x / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - 2 / Math.sqrt(Math.PI) * sum;
  }
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

// src/domain/stats/noncentral-t.ts
var ERRMAX = 1e-13;
var ITRMAX = 2e3;
var LN_SQRT_PI = 0.5 * Math.log(Math.PI);
function noncentralTCdf(t, df, delta) {
  if (Number.isNaN(t) || Number.isNaN(delta) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const negative = t < 0;
  const tt = negative ? -t : t;
  const del = negative ? -delta : delta;
  let tnc = 0;
  const x = tt * tt / (tt * tt + df);
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
      godd *= x * (a + b - 1) / a;
      geven *= x * (a + b - 0.5) / (a + 0.5);
      p *= lambda / (2 * en);
      q *= lambda / (2 * en + 1);
      s -= p;
      tnc += p * xodd + q * xeven;
      if (en > lambda / 2 && Math.abs(2 * s * (xodd - godd)) <= ERRMAX) break;
    }
  }
  tnc += normalUpperTail(del);
  const cdf = negative ? 1 - tnc : tnc;
  return Math.min(1, Math.max(0, cdf));
}

// src/domain/stats/power.ts
function tTestPower(d, n1, n2, alpha) {
  if (n1 < 2 || n2 < 2) return NaN;
  const df = n1 + n2 - 2;
  const nc = d * Math.sqrt(n1 * n2 / (n1 + n2));
  const crit = studentTQuantile(1 - alpha / 2, df);
  return 1 - noncentralTCdf(crit, df, nc) + noncentralTCdf(-crit, df, nc);
}
function minimumDetectableEffect(n1, n2, alpha, power) {
  if (n1 < 2 || n2 < 2) return void 0;
  const gap = (d) => tTestPower(d, n1, n2, alpha) - power;
  let lo = 0;
  let gapLo = gap(lo);
  let hi = 1;
  let gapHi = gap(hi);
  while (gapHi < 0) {
    [lo, gapLo] = [hi, gapHi];
    hi *= 2;
    gapHi = gap(hi);
  }
  let kept;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const d = (lo * gapHi - hi * gapLo) / (gapHi - gapLo);
    const g = gap(d);
    if (g === 0) return d;
    if (g < 0) {
      [lo, gapLo] = [d, g];
      if (kept === "hi") gapHi /= 2;
      kept = "hi";
    } else {
      [hi, gapHi] = [d, g];
      if (kept === "lo") gapLo /= 2;
      kept = "lo";
    }
  }
  return (lo + hi) / 2;
}
function minimumDetectableChange(n1, n2, cv, alpha = 0.05, power = 0.8) {
  const effect = minimumDetectableEffect(n1, n2, alpha, power);
  return effect === void 0 ? void 0 : { effect, relative: effect * cv };
}
function smallestMannWhitneyP(n1, n2) {
  if (n1 < 1 || n2 < 1) return 1;
  let c = 1;
  for (let i = 1; i <= Math.min(n1, n2); i++) c = c * (n1 + n2 - Math.min(n1, n2) + i) / i;
  return Math.min(1, 2 / c);
}

// src/domain/stats/speedup.ts
function speedup(baseline, cell, confidence = 0.95) {
  return fiellerRatio(baseline, cell, confidence);
}
function fiellerRatio(numerator, denominator, confidence = 0.95) {
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
  if (vA === 0 && vB === 0) return { value, ci: [value, value], reason: "no variation in either sample" };
  const r2vB = value * value * vB;
  const df = (vA + r2vB) ** 2 / (vA ** 2 / (na - 1) + r2vB ** 2 / (nb - 1));
  const t = tCritical(confidence, df);
  const g = t * t * vB / (b * b);
  if (g >= 1) {
    return {
      value,
      df,
      unbounded: true,
      reason: `the ${Math.round(confidence * 100)}% interval is unbounded: the mean of the divisor is not significantly above zero (g = ${g.toFixed(3)} >= 1)`
    };
  }
  const half = t / Math.abs(b) * Math.sqrt(vA + value * value * vB - g * vA);
  const lo = (value - half) / (1 - g);
  const hi = (value + half) / (1 - g);
  return { value, ci: [lo, hi], df };
}
function efficiency(speedupValue, p, baselineP) {
  return speedupValue / (p / baselineP);
}

// src/domain/stats/welch.ts
function welchTTest(x, y) {
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
      n2
    };
  const t = diff / se;
  const df = (a + b) ** 2 / (a ** 2 / (n1 - 1) + b ** 2 / (n2 - 1));
  return { t, df, p: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)), n1, n2 };
}

// src/domain/stats/compare-samples.ts
var COMPARE_DEFAULTS = {
  better: "lower",
  threshold: 0.05,
  alpha: 0.05,
  confidence: 0.95,
  test: "welch"
};
function compareSamples(baseline, candidate, options = {}) {
  const o = { ...COMPARE_DEFAULTS, ...options };
  const base = side(baseline);
  const cand = side(candidate);
  const frame = { baseline: base, candidate: cand, test: o.test, alpha: o.alpha, threshold: o.threshold };
  if (base.n === 0 || cand.n === 0) {
    const which = base.n === 0 ? "the baseline" : "the candidate";
    return { ...frame, verdict: "untestable", reason: `no successful repeat in ${which}` };
  }
  const m = measures(baseline, candidate, base, cand, o);
  const untestable = whyUntestable(base, cand, o);
  if (untestable) return { ...frame, ...m, verdict: "untestable", reason: untestable };
  return { ...frame, ...m, ...decide(m, o) };
}
function side(xs) {
  return { n: xs.length, mean: mean(xs), median: quantile(xs, 0.5), sd: Math.sqrt(variance(xs)) };
}
function measures(x, y, base, cand, o) {
  const m = {};
  if (base.mean !== 0) m.change = cand.mean / base.mean - 1;
  if (base.median !== 0) m.medianChange = cand.median / base.median - 1;
  m.cliffsDelta = cliffsDelta(x, y);
  const mw = mannWhitneyU(y, x);
  m.mannWhitneyP = mw.p;
  m.mannWhitneyMethod = mw.method;
  if (base.n < 2 || cand.n < 2) return m;
  const g = hedgesG(x, y);
  if (Number.isFinite(g)) m.hedgesG = g;
  const w = welchTTest(y, x);
  if (Number.isFinite(w.p)) m.welchP = w.p;
  if (base.mean !== 0) {
    const r = fiellerRatio(y, x, o.confidence);
    if (r.ci) m.changeCi = [r.ci[0] - 1, r.ci[1] - 1];
    if (r.unbounded) m.unbounded = true;
    const boot = bootstrapChangeOfMean(x, y, {
      confidence: o.confidence,
      ...o.seed !== void 0 ? { seed: o.seed } : {},
      ...o.resamples !== void 0 ? { resamples: o.resamples } : {}
    });
    if (boot.kept > 0) m.bootstrapCi = boot.ci;
    if (o.detectable === false) return m;
    const cv = Math.sqrt((variance(x) + variance(y)) / 2) / Math.abs(base.mean);
    const d = minimumDetectableChange(base.n, cand.n, cv, o.alpha, 0.8);
    if (d && Number.isFinite(d.relative)) m.detectable = d.relative;
  }
  return m;
}
function whyUntestable(base, cand, o) {
  const counts = `${base.n} against ${cand.n}`;
  if (o.test === "welch" && (base.n < 2 || cand.n < 2))
    return `too few repeats for Welch's t (${counts}; it needs at least 2 on each side)`;
  if (o.test === "mann-whitney") {
    const smallest = smallestMannWhitneyP(base.n, cand.n);
    if (smallest >= o.alpha)
      return `too few repeats for Mann-Whitney: the smallest exact p for ${counts} is ${smallest.toFixed(2)}, never below alpha ${o.alpha}`;
  }
  if (base.sd === 0 && cand.sd === 0 && base.mean !== cand.mean)
    return "no variation within either sample (every repeat gave the same value): the difference has no noise to be tested against";
  if (base.mean === 0) return "the baseline mean is 0: a relative change is undefined";
  return void 0;
}
function decide(m, o) {
  const change = m.change;
  const p = o.test === "welch" ? m.welchP : m.mannWhitneyP;
  const limit = pct(o.threshold, false);
  if (p === void 0) return { verdict: "unchanged", reason: "identical values on both sides" };
  const testName = o.test === "welch" ? "Welch's t" : "Mann-Whitney";
  const bad = o.better === "lower" ? change : -change;
  if (p < o.alpha) {
    const said2 = `${testName} p ${formatP(p)} < ${o.alpha}`;
    if (bad > o.threshold)
      return {
        verdict: "regression",
        reason: `${said2} and the mean moved ${pct(change)}, the bad way, beyond ${limit}`
      };
    if (-bad > o.threshold)
      return {
        verdict: "improvement",
        reason: `${said2} and the mean moved ${pct(change)}, the good way, beyond ${limit}`
      };
    return {
      verdict: "unchanged",
      reason: `${said2}, but the mean moved only ${pct(change)}, within ${limit}`
    };
  }
  const ci = m.changeCi ?? m.bootstrapCi;
  const said = `${testName} p ${formatP(p)} >= ${o.alpha}`;
  if (ci && ci[0] >= -o.threshold && ci[1] <= o.threshold)
    return {
      verdict: "unchanged",
      reason: `${said} and the interval [${pct(ci[0])}, ${pct(ci[1])}] lies within \xB1${limit}`
    };
  const interval = m.unbounded ? "the interval is unbounded" : ci ? `the interval [${pct(ci[0])}, ${pct(ci[1])}] reaches beyond \xB1${limit}` : "no interval";
  const power = m.detectable !== void 0 ? `; at this noise the design detects changes of ${pct(m.detectable, false)} or more` : "";
  return { verdict: "inconclusive", reason: `${said}, ${interval}${power}: more repeats would tell` };
}
function pct(fraction, signed = true) {
  if (!Number.isFinite(fraction)) return "unknown";
  const v = fraction * 100;
  const text = Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2).replace(/\.?0+$/, "");
  return `${signed && v > 0 ? "+" : ""}${text}%`;
}
function alphaOf(confidence) {
  return Number((1 - confidence).toFixed(6));
}
function formatP(p) {
  return p < 1e-3 ? p.toExponential(2) : p.toFixed(4);
}
var LARGE_CHANGE = 0.25;

export {
  minimumDetectableChange,
  speedup,
  efficiency,
  COMPARE_DEFAULTS,
  compareSamples,
  pct,
  alphaOf,
  formatP,
  LARGE_CHANGE
};
