import { describe, expect, it } from 'vitest';
import { cellId, expandMatrix, toCells } from '../../../src/domain/plan/matrix.js';

describe('expandMatrix follows GitHub Actions semantics', () => {
  it('reproduces the include example of the GitHub documentation', () => {
    const cells = expandMatrix({
      axes: { fruit: ['apple', 'pear'], animal: ['cat', 'dog'] },
      exclude: [],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' },
      ],
    });
    expect(cells).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  it('reproduces the exclude example of the GitHub documentation (12 - 3 = 9 combinations)', () => {
    const cells = expandMatrix({
      axes: {
        os: ['macos-latest', 'windows-latest'],
        version: [12, 14, 16],
        environment: ['staging', 'production'],
      },
      include: [],
      exclude: [
        { os: 'macos-latest', version: 12, environment: 'production' },
        { os: 'windows-latest', version: 16 },
      ],
    });
    expect(cells).toHaveLength(9);
    expect(cells).not.toContainEqual({ os: 'windows-latest', version: 16, environment: 'staging' });
    expect(cells).toContainEqual({ os: 'macos-latest', version: 12, environment: 'staging' });
  });

  it('applies exclude before include, and compares values by their text', () => {
    const cells = expandMatrix({
      axes: { angle: [0, 90, 180], n_jobs: [1, 10] },
      exclude: [{ angle: '180', n_jobs: 1 }],
      include: [{ angle: 180, n_jobs: 1, note: 'back' }],
    });
    expect(cells).toHaveLength(6);
    expect(cells.at(-1)).toEqual({ angle: 180, n_jobs: 1, note: 'back' });
  });

  it('gives one empty cell without a matrix and only the include entries with no axes', () => {
    expect(expandMatrix({ axes: {}, include: [], exclude: [] })).toEqual([{}]);
    expect(expandMatrix({ axes: {}, include: [{ a: 1 }, { a: 2 }], exclude: [] })).toEqual([
      { a: 1 },
      { a: 2 },
    ]);
  });
});

describe('cell ids', () => {
  it('are readable and safe in a Batch job name', () => {
    expect(cellId({ angle: 0, n_jobs: 10 })).toBe('angle-0_n_jobs-10');
    expect(cellId({ 'model name': 'a/b c' })).toBe('model-name-a-b-c');
    expect(cellId({})).toBe('default');
  });

  it('stay unique when two cells sanitise to the same text', () => {
    expect(toCells([{ x: 'a b' }, { x: 'a/b' }]).map((c) => c.id)).toEqual(['x-a-b', 'x-a-b_2']);
  });
});
