import { describe, expect, it } from 'vitest';
import { welchTTest } from '../../../src/domain/stats/welch.js';
import { CAMPAIGN_STATS_REFERENCE as REF } from './stats-reference.js';

describe("Welch's t-test agrees with scipy.stats.ttest_ind(equal_var=False)", () => {
  it.each(Object.entries(REF))('%s', (_, c) => {
    const r = welchTTest(c.x, c.y);
    expect(r.t).toBeCloseTo(c.t, 10);
    expect(r.df).toBeCloseTo(c.df, 10);
    // Relative: one reference p is 2.7e-12.
    expect(Math.abs(r.p - c.welchP) / c.welchP).toBeLessThan(1e-8);
  });

  it('refuses samples too small to have a variance', () => {
    expect(() => welchTTest([1], [2, 3])).toThrow(/at least two/);
  });
});
