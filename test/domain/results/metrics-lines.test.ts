import { describe, expect, it } from 'vitest';
import {
  mergeMetrics,
  parseMetricsJsonLines,
  parseStdoutMetricLines,
} from '../../../src/domain/results/metrics-lines.js';

describe('metrics lines', () => {
  it('reads JSON lines, skipping blank ones and counting the malformed', () => {
    const text = [
      '{"name":"reward","value":0.93}',
      '',
      '{"name":"reward","value":0.95}',
      '{"name":"bad name","value":1}',
      '{"name":"nan","value":"NaN"}',
      '{"name":"inf","value":1e999}',
      '[1,2]',
      '{"name":"x"',
      `{"name":"${'a'.repeat(65)}","value":1}`,
      '{"name":"__proto__","value":7}',
    ].join('\n');
    const parsed = parseMetricsJsonLines(text);
    expect(parsed.malformed).toBe(6);
    expect(parsed.values.reward).toBe(0.95);
    expect(Object.keys(parsed.values).sort()).toEqual(['__proto__', 'reward']);
    expect(Object.getOwnPropertyDescriptor(parsed.values, '__proto__')?.value).toBe(7);
  });

  it('reads ::metric lines from stdout and ignores everything else', () => {
    const text =
      'hello\n::metric wall_s=1.5\r\n::metric items=1e3\n::metric a=\n::metric =3\n::metric b=0x10\n::metric c=12abc\nmetric d=1\n::metric e.f-g=-.5';
    const parsed = parseStdoutMetricLines(text);
    expect(parsed.values).toEqual({ wall_s: 1.5, items: 1000, 'e.f-g': -0.5 });
    expect(parsed.malformed).toBe(4);
  });

  it('merges sources with the later one winning', () => {
    const merged = mergeMetrics({ values: { a: 1, b: 2 }, malformed: 1 }, { values: { b: 3 }, malformed: 2 });
    expect(merged).toEqual({ values: { a: 1, b: 3 }, malformed: 3 });
  });
});
