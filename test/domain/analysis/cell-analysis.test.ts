import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../src/domain/analysis/cell-analysis.js';

describe('groupBy', () => {
  it('groups runs and interleavings alike, groups in order of first appearance', () => {
    const items = ['a1', 'a2', 'b1', 'b2', 'a3', 'c1', 'b3', 'b4', 'a4'];
    const groups = groupBy(items, (s) => s.slice(0, 1));
    expect([...groups]).toEqual([
      ['a', ['a1', 'a2', 'a3', 'a4']],
      ['b', ['b1', 'b2', 'b3', 'b4']],
      ['c', ['c1']],
    ]);
    expect(groupBy([], (s: string) => s).size).toBe(0);
  });
});
