import { describe, expect, it } from 'vitest';
import { bootstrapChangeOfMean, bootstrapInterval } from '../../../src/domain/stats/bootstrap.js';
import { compareSamples, largeUntested } from '../../../src/domain/stats/compare-samples.js';
import { cliffsDelta, hedgesG } from '../../../src/domain/stats/effect-size.js';
import { mean } from '../../../src/domain/stats/summary.js';
import { reference as REF } from './compare-reference-values.js';

const change = (a: readonly number[], b: readonly number[]) => mean(b) / mean(a) - 1;

describe('the comparison agrees with scipy', () => {
  it.each(Object.entries(REF.comparisons))('%s', (_, c) => {
    const r = compareSamples(c.x, c.y);
    expect(r.change).toBeCloseTo(c.change, 12);
    expect(r.medianChange).toBeCloseTo(c.medianChange, 12);
    expect(Math.abs((r.welchP as number) - c.welchP) / c.welchP).toBeLessThan(1e-8);
    expect(r.mannWhitneyP).toBeCloseTo(c.mannWhitneyP, 10);
    expect(r.hedgesG).toBeCloseTo(c.hedgesG, 10);
    expect(r.cliffsDelta).toBeCloseTo(c.cliffsDelta, 12);
  });
});

describe('the seeded bootstrap', () => {
  const { seed, resamples } = REF.bootstrap;

  it.each(Object.entries(REF.comparisons))('%s: draws the same resamples as the Python reference', (_, c) => {
    const { ci } = bootstrapInterval(c.x, c.y, change, { seed, resamples });
    expect(ci[0]).toBeCloseTo(c.bootstrapMulberry[0], 12);
    expect(ci[1]).toBeCloseTo(c.bootstrapMulberry[1], 12);
  });

  it.each(Object.entries(REF.comparisons))(
    "%s: lies within scipy.stats.bootstrap's own resampling error",
    (_, c) => {
      const { ci } = bootstrapInterval(c.x, c.y, change, { seed, resamples });
      // Two independent runs differ by sqrt(2) sd of a bound; 4 sd is about 2.8 of those.
      for (const i of [0, 1] as const)
        expect(Math.abs(ci[i] - c.bootstrapScipy[i])).toBeLessThan(4 * c.bootstrapScipySd[i]);
    },
  );

  it.each(Object.entries(REF.comparisons))(
    '%s: the change of the mean, summed as drawn, is the generic bootstrap bit for bit',
    (_, c) => {
      const fast = bootstrapChangeOfMean(c.x, c.y, { seed, resamples });
      expect(fast).toEqual(bootstrapInterval(c.x, c.y, change, { seed, resamples }));
      expect(fast.ci[0]).toBeCloseTo(c.bootstrapMulberry[0], 12);
      expect(fast.ci[1]).toBeCloseTo(c.bootstrapMulberry[1], 12);
    },
  );

  it('summed as drawn, keeps and drops the same resamples as the generic one', () => {
    // A baseline of zeros but one: most resamples have a zero mean in the divisor and are dropped.
    const x = [0, 0, 0, 0, 0, 0, 0, 3];
    const y = [1.5, 2.25, 1.75, 2];
    const fast = bootstrapChangeOfMean(x, y, { seed: 3, resamples: 500 });
    expect(fast.kept).toBeGreaterThan(0);
    expect(fast.kept).toBeLessThan(500);
    expect(fast).toEqual(bootstrapInterval(x, y, change, { seed: 3, resamples: 500 }));
  });

  it('is reproducible with a seed and moves with another one', () => {
    const c = REF.comparisons['five-regression'];
    const a = bootstrapInterval(c.x, c.y, change, { seed: 7 });
    expect(bootstrapInterval(c.x, c.y, change, { seed: 7 })).toEqual(a);
    expect(bootstrapInterval(c.x, c.y, change, { seed: 8 }).ci).not.toEqual(a.ci);
  });
});

describe('effect sizes', () => {
  it("Cliff's delta spans -1 to 1 and counts ties as neither", () => {
    expect(cliffsDelta([1, 2], [3, 4])).toBe(1);
    expect(cliffsDelta([3, 4], [1, 2])).toBe(-1);
    expect(cliffsDelta([1, 2], [2, 1])).toBe(0);
  });

  it("Hedges' g is undefined without spread", () => {
    expect(Number.isNaN(hedgesG([1, 1], [2, 2]))).toBe(true);
  });
});

describe('verdicts', () => {
  const base = [10.0, 10.2, 9.9, 10.1, 10.05, 9.95];

  it('a significant slowdown beyond the threshold is a regression', () => {
    const r = compareSamples(base, [11.5, 11.6, 11.4, 11.55, 11.7, 11.45]);
    expect(r.verdict).toBe('regression');
    expect(r.reason).toMatch(/Welch's t p .* < 0.05 .* bad way/);
  });

  it('a metric where higher is better reads the same move as an improvement', () => {
    const r = compareSamples(base, [11.5, 11.6, 11.4, 11.55, 11.7, 11.45], { better: 'higher' });
    expect(r.verdict).toBe('improvement');
  });

  it('a significant move within the threshold is unchanged', () => {
    const r = compareSamples(
      base,
      base.map((v) => v * 1.02 + 0.001),
    );
    expect(r.welchP).toBeLessThan(0.05);
    expect(r.verdict).toBe('unchanged');
  });

  it('no significance with a wide interval is inconclusive, not unchanged, and says what the design detects', () => {
    const r = compareSamples([10, 14, 8], [12, 9, 16]);
    expect(r.verdict).toBe('inconclusive');
    expect(r.detectable).toBeGreaterThan(0.3);
    expect(r.reason).toMatch(/detects changes of/);
  });

  it('no significance with an interval inside the threshold is unchanged', () => {
    const a = Array.from({ length: 30 }, (_, i) => 100 + ((i * 7) % 5) * 0.1);
    const b = Array.from({ length: 30 }, (_, i) => 100 + ((i * 3) % 5) * 0.1);
    const r = compareSamples(a, b);
    expect(r.verdict).toBe('unchanged');
    expect(r.reason).toMatch(/lies within ±5%/);
  });

  it('3 against 3 under Mann-Whitney cannot be tested, says why, and flags +732.8%', () => {
    const r = compareSamples([1.0, 1.1, 0.9], [8.3, 8.4, 8.28], { test: 'mann-whitney' });
    expect(r.verdict).toBe('untestable');
    expect(r.reason).toMatch(/smallest exact p for 3 against 3 is 0.10/);
    expect(r.change).toBeGreaterThan(6);
    expect(largeUntested(r)).toBe(true);
  });

  it('one repeat, no successful repeat and no variation are untestable with their reasons', () => {
    expect(compareSamples([1], [2]).reason).toMatch(/too few repeats for Welch's t \(1 against 1/);
    expect(compareSamples([], [2, 3]).reason).toBe('no successful repeat in the baseline');
    const flat = compareSamples([2, 2, 2], [3, 3, 3]);
    expect(flat.verdict).toBe('untestable');
    expect(flat.reason).toMatch(/no variation/);
  });
});
