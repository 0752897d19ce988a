import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatMeanSd,
  formatMetric,
  formatPercent,
  formatSeconds,
  formatSpeedupInterval,
  formatUsd,
  formatUsdDelta,
} from '../../../src/domain/report/format.js';
import { summary } from './fixtures.js';

describe('formatSeconds', () => {
  it.each([
    [0, '0 s'],
    [0.45, '450 ms'],
    [0.0123, '12.3 ms'],
    [1.234, '1.23 s'],
    [12.34, '12.3 s'],
    [59.96, '1m 00s'],
    [125, '2m 05s'],
    [4 * 3600 + 24 * 60 + 10, '4h 24m'],
    [2 * 86400 + 3 * 3600, '2d 03h'],
    [-1.5, '-1.50 s'],
  ])('%s s -> %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it('shows unknown values as an em dash, not 0', () => {
    expect(formatSeconds(undefined)).toBe('—');
    expect(formatSeconds(NaN)).toBe('—');
    expect(formatSeconds(Infinity)).toBe('—');
  });
});

describe('formatUsd', () => {
  it.each([
    [0, '$0.00'],
    [0.0042, '$0.0042'],
    [0.004217, '$0.0042'],
    [0.0168, '$0.017'],
    [0.08, '$0.08'],
    [0.0999, '$0.10'],
    [6.9, '$6.90'],
    [1234.5, '$1,234.50'],
    [-1.8, '-$1.80'],
    // Half a cent rounds up as the amount is written, not as its binary value lies (just below).
    [1.005, '$1.01'],
    [2.675, '$2.68'],
    [1234567.125, '$1,234,567.13'],
    [999.995, '$1,000.00'],
  ])('%s -> %s', (usd, text) => {
    expect(formatUsd(usd)).toBe(text);
  });

  it('signs deltas and shows unknown as an em dash', () => {
    expect(formatUsdDelta(0.5)).toBe('+$0.50');
    expect(formatUsdDelta(-0.5)).toBe('-$0.50');
    expect(formatUsd(undefined)).toBe('—');
  });
});

describe('other formats', () => {
  it('speedup with and without an interval', () => {
    expect(formatSpeedupInterval({ value: 1.9348, ci: [1.85, 2.0123] })).toBe('1.93× [1.85, 2.01]');
    expect(formatSpeedupInterval({ value: 5.714 })).toBe('5.71×');
    expect(formatSpeedupInterval({ value: 5.714, unbounded: true })).toBe('5.71× [unbounded]');
    expect(formatSpeedupInterval({ value: NaN })).toBe('—');
  });

  it('percent, metric, bytes', () => {
    expect(formatPercent(0.9674)).toBe('97%');
    expect(formatPercent(0.042)).toBe('4.2%');
    expect(formatPercent(NaN)).toBe('—');
    expect(formatMetric(1234567)).toBe('1,235,000');
    expect(formatMetric(0.8125)).toBe('0.8125');
    expect(formatMetric(-98765.4321)).toBe('-98,770');
    expect(formatMetric(0.001234567)).toBe('0.001235');
    expect(formatMetric(999.96)).toBe('1,000');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GiB');
    expect(formatBytes(512)).toBe('512 B');
  });

  it('counts are grouped by thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatCount(-12345)).toBe('-12,345');
    expect(formatCount(NaN)).toBe('—');
  });

  it('mean ± sd drops the sd with a single sample', () => {
    expect(formatMeanSd(summary(5, 100, 2))).toBe('1m 40s ± 2.00 s');
    expect(formatMeanSd(summary(1, 3.456, 0))).toBe('3.46 s');
  });
});
