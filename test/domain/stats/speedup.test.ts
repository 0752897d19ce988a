import { describe, expect, it } from 'vitest';
import { efficiency, speedup } from '../../../src/domain/stats/speedup.js';
import { karpFlatt } from '../../../src/domain/stats/karp-flatt.js';
import { fitAmdahl } from '../../../src/domain/stats/amdahl.js';
import { reference } from './reference-values.js';

describe('speedup with Fieller interval', () => {
  for (const ref of reference.fieller) {
    it(`matches the python reference (${ref.name})`, () => {
      const r = speedup(ref.num, ref.den, ref.confidence);
      expect(r.value).toBeCloseTo(ref.value, 12);
      expect(r.df).toBeCloseTo(ref.df, 9);
      if (ref.ci === null) {
        expect(r.ci).toBeUndefined();
        expect(r.reason).toMatch(/unbounded/);
        expect(r.unbounded).toBe(true);
      } else {
        expect(r.ci?.[0]).toBeCloseTo(ref.ci[0], 8);
        expect(r.ci?.[1]).toBeCloseTo(ref.ci[1], 8);
      }
    });
  }

  it('is asymmetric around the estimate, unlike a naive +- interval', () => {
    const r = speedup([60.1, 61.3, 59.8, 60.7, 62.0], [8.2, 7.9, 8.8, 8.1, 8.4]);
    const [lo, hi] = r.ci as [number, number];
    expect(hi - r.value).toBeGreaterThan(r.value - lo);
  });

  it('gives no interval from fewer than two samples on either side, and says why', () => {
    const r = speedup([10], [5, 5.2]);
    expect(r.value).toBeCloseTo(10 / 5.1, 12);
    expect(r.ci).toBeUndefined();
    expect(r.reason).toMatch(/too few samples/);
  });

  it('collapses to the point when neither sample varies', () => {
    expect(speedup([8, 8, 8], [2, 2]).ci).toEqual([4, 4]);
  });
});

describe('efficiency and Karp-Flatt', () => {
  it('divides speedup by the relative parallelism', () => {
    expect(efficiency(6, 8, 1)).toBe(0.75);
    expect(efficiency(2, 50, 10)).toBeCloseTo(0.4, 12);
  });

  it('recovers the serial fraction of an exact Amdahl curve', () => {
    // s = 0.2: S(4) = 1 / (0.2 + 0.8 / 4) = 2.5; e = (0.4 - 0.25) / 0.75 = 0.2
    expect(karpFlatt(2.5, 4)).toBeCloseTo(0.2, 12);
    expect(karpFlatt(1.5, 5)).toBeCloseTo((1 / 1.5 - 0.2) / 0.8, 12);
    expect(karpFlatt(1, 1)).toBeUndefined();
  });
});

describe('fitAmdahl', () => {
  for (const ref of reference.amdahl) {
    it(`matches numpy.polyfit on 1/p (${ref.name})`, () => {
      const fit = fitAmdahl(ref.p.map((p, i) => ({ p, seconds: ref.seconds[i] as number })));
      expect(fit).toBeDefined();
      expect(fit?.a).toBeCloseTo(ref.a, 8);
      expect(fit?.b).toBeCloseTo(ref.b, 8);
      expect(fit?.r2).toBeCloseTo(ref.r2, 10);
      expect(fit?.serialFraction).toBeCloseTo(ref.serialFraction, 10);
    });
  }

  it('finds s = 0.2 and a ceiling of 5x on an exact curve', () => {
    const fit = fitAmdahl([1, 2, 4, 8].map((p) => ({ p, seconds: 100 * (0.2 + 0.8 / p) })));
    expect(fit?.serialFraction).toBeCloseTo(0.2, 12);
    expect(fit?.maxSpeedup).toBeCloseTo(5, 10);
    expect(fit?.r2).toBeCloseTo(1, 12);
  });

  it('calls time that grows with p all serial, and needs two distinct p', () => {
    expect(
      fitAmdahl([
        { p: 1, seconds: 10 },
        { p: 4, seconds: 12 },
      ])?.serialFraction,
    ).toBe(1);
    expect(
      fitAmdahl([
        { p: 2, seconds: 10 },
        { p: 2, seconds: 12 },
      ]),
    ).toBeUndefined();
  });
});
