import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile, tCritical } from '../../../src/domain/stats/student-t.js';
import { normalQuantile } from '../../../src/domain/stats/normal.js';
import { reference } from './reference-values.js';

const relErr = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('studentTQuantile', () => {
  it('matches scipy.stats.t.ppf to 1e-6 relative over a grid of df (whole and fractional) and p', () => {
    const worst = { err: 0, df: 0, p: 0 };
    for (const [df, p, expected] of reference.tQuantiles) {
      const err = relErr(studentTQuantile(p, df), expected);
      if (err > worst.err) Object.assign(worst, { err, df, p });
    }
    expect(reference.tQuantiles.length).toBeGreaterThan(500);
    expect(worst.err, `worst at df=${worst.df}, p=${worst.p}`).toBeLessThan(1e-6);
  });

  it('knows the textbook critical values', () => {
    expect(tCritical(0.95, 1)).toBeCloseTo(12.7062, 4);
    expect(tCritical(0.95, 2)).toBeCloseTo(4.3027, 4);
    expect(tCritical(0.95, 10)).toBeCloseTo(2.2281, 4);
    expect(tCritical(0.99, 30)).toBeCloseTo(2.75, 3);
  });

  it('is the median at 0.5, infinite at 0 and 1, NaN outside', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0, 7)).toBe(-Infinity);
    expect(studentTQuantile(1, 7)).toBe(Infinity);
    expect(studentTQuantile(1.2, 7)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
  });

  it('tends to the normal quantile for very many degrees of freedom', () => {
    expect(relErr(studentTQuantile(0.975, 1e13), 1.959963984540054)).toBeLessThan(1e-8);
    expect(relErr(normalQuantile(0.001), -3.090232306167813)).toBeLessThan(1e-8);
  });
});

describe('studentTCdf', () => {
  it('matches scipy.stats.t.cdf', () => {
    for (const [t, df, expected] of reference.tCdf) {
      expect(relErr(studentTCdf(t, df), expected), `t=${t} df=${df}`).toBeLessThan(1e-9);
    }
  });

  it('inverts the quantile', () => {
    for (const df of [3, 8.5, 40]) {
      for (const p of [0.01, 0.3, 0.8, 0.999])
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });
});
