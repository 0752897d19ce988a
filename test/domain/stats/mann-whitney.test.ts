import { describe, expect, it } from 'vitest';
import { mannWhitneyU, normalUpperTail } from '../../../src/domain/stats/mann-whitney.js';
import { CAMPAIGN_STATS_REFERENCE as REF } from './stats-reference.js';

describe('Mann-Whitney U agrees with scipy.stats.mannwhitneyu (exact for small samples, with ties too)', () => {
  it.each(Object.entries(REF))('%s', (_, c) => {
    const r = mannWhitneyU(c.x, c.y);
    expect(r.u).toBe(c.u);
    expect(r.p).toBeCloseTo(c.mwP, 12);
    expect(r.n1).toBe(c.x.length);
    expect(r.n2).toBe(c.y.length);
  });

  it('uses the exact distribution for small samples, tied or not, and the normal one otherwise', () => {
    expect(mannWhitneyU(REF.separated_5_5!.x, REF.separated_5_5!.y).method).toBe('exact');
    expect(mannWhitneyU(REF.ties_6_6!.x, REF.ties_6_6!.y).method).toBe('exact');
    expect(mannWhitneyU(REF.ties_10_11!.x, REF.ties_10_11!.y).method).toBe('asymptotic');
    // Two groups of five equal values, completely separated: as rare as 5 distinct against 5,
    // not the 0.0040 the normal approximation gives.
    expect(mannWhitneyU([5, 5, 5, 5, 5], [1, 1, 1, 1, 1]).p).toBeCloseTo(2 / 252, 15);
    expect(mannWhitneyU([1, 1, 1], [1, 1, 1, 1]).p).toBe(1);
    expect(mannWhitneyU(REF.no_ties_9_10!.x, REF.no_ties_9_10!.y).method).toBe('asymptotic');
    // 5 vs 5 completely separated: 2 of the C(10,5) = 252 arrangements are as extreme.
    expect(mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).p).toBeCloseTo(2 / 252, 15);
  });

  it('has a normal tail accurate far out (scipy.special.ndtr(-z))', () => {
    expect(normalUpperTail(1.959963984540054)).toBeCloseTo(0.025, 12);
    expect(normalUpperTail(0)).toBe(0.5);
    expect(normalUpperTail(5) / 2.866515718791933e-7).toBeCloseTo(1, 10);
    expect(normalUpperTail(-1)).toBeCloseTo(0.8413447460685429, 13);
  });
});
