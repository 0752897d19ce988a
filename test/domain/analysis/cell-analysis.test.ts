import { describe, expect, it } from 'vitest';
import { groupBy, groupByCell } from '../../../src/domain/analysis/cell-analysis.js';

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

describe('groupByCell', () => {
  it('groups by stage, then cell, whatever the order the items come in', () => {
    const items = [
      { stage: 'a', cellId: 'x', n: 1 },
      { stage: 'a', cellId: 'x', n: 2 },
      { stage: 'b', cellId: 'x', n: 3 },
      { stage: 'a', cellId: 'y', n: 4 },
      { stage: 'a', cellId: 'x', n: 5 },
      { stage: 'b', cellId: 'x', n: 6 },
    ];
    const byCell = groupByCell(items, (i) => i);
    const ns = (stage: string, cell: string) =>
      byCell
        .get(stage)
        ?.get(cell)
        ?.map((i) => i.n);
    expect([...byCell.keys()]).toEqual(['a', 'b']);
    expect([...(byCell.get('a')?.keys() ?? [])]).toEqual(['x', 'y']);
    expect([ns('a', 'x'), ns('a', 'y'), ns('b', 'x')]).toEqual([[1, 2, 5], [4], [3, 6]]);
  });
});
