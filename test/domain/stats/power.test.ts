import { describe, expect, it } from 'vitest';
import { noncentralTCdf } from '../../../src/domain/stats/noncentral-t.js';
import {
  minimumDetectableChange,
  minimumDetectableEffect,
  smallestMannWhitneyP,
  tTestPower,
} from '../../../src/domain/stats/power.js';
import { reference as REF } from './compare-reference-values.js';

describe('the noncentral t CDF agrees with scipy.stats.nct', () => {
  it.each(REF.nctCdf.map((r) => [...r]))('t %d, df %d, nc %d', (t, df, nc, want) => {
    const got = noncentralTCdf(t, df, nc);
    // Absolute near 0 and 1, relative in the far lower tail.
    expect(Math.abs(got - want)).toBeLessThan(Math.max(1e-10, 1e-7 * want));
  });
});

describe('power and the minimum detectable effect agree with scipy (statsmodels TTestIndPower formula)', () => {
  it.each(REF.power.map((r) => [...r]))('d %d, n %d and %d, alpha %d', (d, n1, n2, alpha, want) => {
    expect(tTestPower(d, n1, n2, alpha)).toBeCloseTo(want, 9);
  });

  it.each(REF.mde.map((r) => [...r]))('n %d and %d, alpha %d, power %d', (n1, n2, alpha, power, want) => {
    const got = minimumDetectableEffect(n1, n2, alpha, power) as number;
    expect(Math.abs(got - want) / want).toBeLessThan(1e-8);
  });

  it('scales the effect by the noise to give a relative change', () => {
    const d = minimumDetectableEffect(5, 5, 0.05, 0.8) as number;
    expect(minimumDetectableChange(5, 5, 0.04)).toEqual({ effect: d, relative: d * 0.04 });
  });

  it('has nothing to say below two samples a side', () => {
    expect(minimumDetectableEffect(1, 5, 0.05, 0.8)).toBeUndefined();
    expect(Number.isNaN(tTestPower(1, 1, 5, 0.05))).toBe(true);
  });
});

describe('the smallest Mann-Whitney p agrees with scipy (method="exact")', () => {
  it.each(REF.smallestMannWhitneyP.map((r) => [...r]))('%d against %d', (n1, n2, want) => {
    expect(smallestMannWhitneyP(n1, n2)).toBeCloseTo(want, 12);
  });

  it('is 0.10 for 3 against 3: such a design can never reach p < 0.05', () => {
    expect(smallestMannWhitneyP(3, 3)).toBeCloseTo(0.1, 12);
  });
});
