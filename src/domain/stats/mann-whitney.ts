/**
 * The two-sided Mann-Whitney U test. When either sample has at most 8 values, the exact null
 * distribution: of U for distinct values (scipy.stats.mannwhitneyu(method='exact')), and with
 * ties the exact permutation distribution of the rank sum over the average ranks
 * (scipy's method=PermutationMethod()): the normal approximation scipy's 'auto' takes for ties
 * is too small there (5 tied values against 5 other tied values give 0.0040, where no
 * arrangement of 10 values can be rarer than 2/252 = 0.0079). Larger samples: the normal
 * approximation with the tie correction and a continuity correction, as scipy's 'auto'.
 */
export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, ties counting one half. */
  u: number;
  p: number;
  method: 'exact' | 'asymptotic';
  n1: number;
  n2: number;
}

export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new Error('Mann-Whitney U needs at least one value in each sample');
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i] as number;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const ties = tieSizes.some((t) => t > 1);
  if ((n1 <= 8 || n2 <= 8) && !ties) {
    return { u: u1, p: Math.min(1, 2 * exactUpperTail(u, n1, n2)), method: 'exact', n1, n2 };
  }
  if (n1 <= 8 || n2 <= 8) return { u: u1, p: exactTiedP(ranks, n1, r1), method: 'exact', n1, n2 };
  const n = n1 + n2;
  const tieTerm = tieSizes.reduce((t, k) => t + k ** 3 - k, 0);
  const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - (n1 * n2) / 2 - 0.5) / s;
  const p = s > 0 ? Math.min(1, 2 * normalUpperTail(z)) : 1;
  return { u: u1, p, method: 'asymptotic', n1, n2 };
}

/** Ranks 1..n with ties given their average rank, and the size of each group of equal values. */
function averageRanks(values: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length);
  const tieSizes: number[] = [];
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.i] = rank;
    tieSizes.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieSizes };
}

/**
 * P(U >= u) under the null hypothesis, from the number of arrangements of n1 + n2 distinct
 * values giving each U: counts(m, n) = counts(m - 1, n) shifted by n + counts(m, n - 1).
 */
function exactUpperTail(u: number, n1: number, n2: number): number {
  const max = n1 * n2;
  // f[j][k]: arrangements of i values of the first sample and j of the second with U = k.
  let prev: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const cur: number[][] = [new Array<number>(1).fill(1)];
    for (let j = 1; j <= n2; j++) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      const a = prev[j] as number[];
      const b = cur[j - 1] as number[];
      for (let k = 0; k < a.length; k++) row[k + j] = (row[k + j] as number) + (a[k] as number);
      for (let k = 0; k < b.length; k++) row[k] = (row[k] as number) + (b[k] as number);
      cur.push(row);
    }
    prev = cur;
  }
  const counts = prev[n2] as number[];
  let total = 0;
  let tail = 0;
  for (let k = 0; k <= max; k++) {
    const c = counts[k] ?? 0;
    total += c;
    if (k >= Math.ceil(u - 1e-9)) tail += c;
  }
  return tail / total;
}

/**
 * Two-sided p from the exact permutation distribution of the first sample's rank sum, ties at
 * their average ranks, over the C(n, n1) ways to pick n1 of the ranks: twice the smaller tail,
 * as scipy's permutation test takes it (with ties the distribution need not be symmetric).
 * Doubled ranks are whole numbers, so a table of (how many picked, sum) counts does it in
 * O(n * n1 * sum).
 */
function exactTiedP(ranks: readonly number[], n1: number, r1: number): number {
  const doubled = ranks.map((r) => Math.round(2 * r));
  const maxSum = doubled.reduce((a, b) => a + b, 0);
  // ways[k][s]: subsets of k ranks with doubled sum s.
  const ways = Array.from({ length: n1 + 1 }, () => new Float64Array(maxSum + 1));
  ways[0]![0] = 1;
  for (const d of doubled) {
    for (let k = n1; k >= 1; k--) {
      const into = ways[k]!;
      const from = ways[k - 1]!;
      for (let s = maxSum; s >= d; s--) into[s] = into[s]! + from[s - d]!;
    }
  }
  const observed = Math.round(2 * r1);
  let total = 0;
  let atLeast = 0;
  let atMost = 0;
  ways[n1]!.forEach((count, s) => {
    total += count;
    if (s >= observed) atLeast += count;
    if (s <= observed) atMost += count;
  });
  return Math.min(1, (2 * Math.min(atLeast, atMost)) / total);
}

/** P(Z > z) for the standard normal, accurate in both tails (erfc by series and continued fraction). */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    // erf by its Taylor series: alternating, but the terms fall fast below 2.
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // Continued fraction (Lentz) for the far tail, where 1 - erf would cancel.
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
