import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/stats/summary.js';
import { median, quantile } from '../../../src/domain/stats/quantile.js';
import { reference } from './reference-values.js';

describe('summarize', () => {
  for (const [name, ref] of Object.entries(reference.summaries)) {
    it(`matches numpy/scipy for the "${name}" samples, with t intervals at 90, 95 and 99%`, () => {
      const s = summarize(ref.samples);
      expect(s.n).toBe(ref.samples.length);
      expect(s.mean).toBeCloseTo(ref.mean, 12);
      expect(s.median).toBeCloseTo(ref.median, 12);
      expect(s.min).toBe(ref.min);
      expect(s.max).toBe(ref.max);
      expect(s.sd).toBeCloseTo(ref.sd, 12);
      expect(s.cv).toBeCloseTo(ref.cv, 12);
      for (const [conf, ci] of [
        [0.9, ref.ci90],
        [0.95, ref.ci95],
        [0.99, ref.ci99],
      ] as const) {
        const got = summarize(ref.samples, conf).ci;
        expect(got[0]).toBeCloseTo(ci[0], 9);
        expect(got[1]).toBeCloseTo(ci[1], 9);
      }
    });
  }

  it('says nothing about spread from one sample', () => {
    const s = summarize([42]);
    expect(s).toMatchObject({ n: 1, mean: 42, median: 42, min: 42, max: 42, ci: [42, 42] });
    expect(s.sd).toBeNaN();
    expect(s.cv).toBeNaN();
  });

  it('is all NaN for no samples, and has no cv around a zero mean', () => {
    expect(summarize([]).mean).toBeNaN();
    expect(summarize([]).n).toBe(0);
    expect(summarize([-1, 1]).cv).toBeNaN();
  });
});

describe('quantile (type 7, numpy default)', () => {
  for (const ref of reference.quantiles) {
    it(`matches numpy.quantile for ${ref.samples.length} samples`, () => {
      ref.q.forEach((q, i) => expect(quantile(ref.samples, q)).toBeCloseTo(ref.values[i] as number, 12));
    });
  }

  it('interpolates between order statistics by hand too', () => {
    // sorted [1, 2, 3, 7, 9]: h = 4 * 0.9 = 3.6 -> 7 + 0.6 * (9 - 7)
    expect(quantile([7, 1, 3, 9, 2], 0.9)).toBeCloseTo(8.2, 12);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
