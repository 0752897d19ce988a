import { describe, expect, it } from 'vitest';
import { experimentSchema } from '../../../src/domain/experiment/schema-check.js';
import {
  DURATION_PATTERN,
  formatDuration,
  formatSize,
  parseDuration,
  parseSize,
  SIZE_PATTERN,
} from '../../../src/domain/experiment/units.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['15m', 900],
    ['24h', 86_400],
    ['1d', 86_400],
    ['1h30m', 5400],
    ['1h 30m', 5400],
    ['1.5h', 5400],
    ['250ms', 0.25],
    [45, 45],
    ['0s', 0],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['10 parsecs', '-5m', '15', 'm', '1h-30m', '', '1w', '15 minutes'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('refuses negative and non-finite numbers', () => {
    expect(parseDuration(-1)).toBeUndefined();
    expect(parseDuration(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

describe('parseSize', () => {
  it.each([
    ['512MiB', 512 * 1024 ** 2],
    ['32GiB', 32 * 1024 ** 3],
    ['1.2TB', 1.2e12],
    ['5GB', 5e9],
    ['500MB', 5e8],
    ['1KiB', 1024],
    ['64B', 64],
    ['2 GiB', 2 * 1024 ** 3],
    ['2gib', 2 * 1024 ** 3],
    [2048, 2 * 1024 ** 3],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['10 parsecs', '-5GB', '32 gigs', 'GiB', '5', '1.2.3TB', 'iB', '5XB'])('refuses %j', (text) => {
    expect(parseSize(text)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes durations and sizes back in the units people use', () => {
    expect(formatDuration(5400)).toBe('1h30m');
    expect(formatDuration(86_461)).toBe('1d1m1s');
    expect(formatDuration(12.34)).toBe('12.3s');
    expect(formatSize(32 * 1024 ** 3)).toBe('32GiB');
    expect(formatSize(1536 * 1024 ** 2)).toBe('1.5GiB');
    expect(formatSize(100)).toBe('100B');
  });
});

describe('schema and units agree', () => {
  it('uses the same duration and size patterns as units.ts', () => {
    const defs = experimentSchema.definitions as Record<string, { pattern: string }>;
    expect(defs.duration?.pattern).toBe(DURATION_PATTERN);
    expect(defs.size?.pattern).toBe(SIZE_PATTERN);
  });
});
