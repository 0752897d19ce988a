import { describe, expect, it } from 'vitest';
import { fmt, judge } from '../../../src/domain/analysis/targets.js';

describe('judge', () => {
  it('meets a minimum only when the whole interval clears it', () => {
    expect(judge({ value: 3.3, ci: [2.9, 3.8] }, 2.5)).toBe('met');
    expect(judge({ value: 3.3, ci: [2.4, 3.8] }, 2.5)).toBe('inconclusive');
    expect(judge({ value: 2.2, ci: [2.0, 2.4] }, 2.5)).toBe('missed');
  });

  it('mirrors the rule for a maximum, and needs both bounds for a range', () => {
    expect(judge({ value: 10, ci: [9, 11] }, undefined, 12)).toBe('met');
    expect(judge({ value: 10, ci: [9, 13] }, undefined, 12)).toBe('inconclusive');
    expect(judge({ value: 14, ci: [13, 15] }, undefined, 12)).toBe('missed');
    expect(judge({ value: 10, ci: [9, 11] }, 8, 12)).toBe('met');
    expect(judge({ value: 10, ci: [7, 11] }, 8, 12)).toBe('inconclusive');
    expect(judge({ value: 10, ci: [9, 11] }, 9.5, 10.5)).toBe('inconclusive');
    expect(judge({ value: 10, ci: [9, 11] }, 11.5, 20)).toBe('missed');
  });

  it('can miss on a point estimate but never meet without an interval', () => {
    expect(judge({ value: 2 }, 2.5)).toBe('missed');
    expect(judge({ value: 4 }, 2.5)).toBe('inconclusive');
    expect(judge({ value: 4 }, undefined, 3)).toBe('missed');
    expect(judge({ value: 4 })).toBe('inconclusive');
  });

  it('judges nothing from an unbounded interval, however far the point is from the target', () => {
    expect(judge({ value: 2, unbounded: true }, 50)).toBe('inconclusive');
    expect(judge({ value: 4, unbounded: true }, undefined, 3)).toBe('inconclusive');
  });
});

describe('fmt', () => {
  it('keeps three significant figures', () => {
    expect(fmt(3.333333)).toBe('3.33');
    expect(fmt(109.93655)).toBe('110');
    expect(fmt(0.0044861)).toBe('0.00449');
    expect(fmt(20000)).toBe('20000');
    expect(fmt(0)).toBe('0');
  });
});
