import type { CellValues, MatrixSpec, Scalar } from '../experiment/experiment.js';
import type { Cell } from './plan.js';

/**
 * Expands a matrix with the semantics of a GitHub Actions matrix, so that a researcher who
 * knows workflow files is never surprised:
 * 1. the cartesian product of the axes, in file order;
 * 2. `exclude` drops every combination that matches all the pairs of an entry (partial match);
 * 3. each `include` entry is merged into every combination whose original axis values it does
 *    not contradict (values it added earlier may be overwritten); an entry that fits none
 *    becomes a combination of its own.
 * No axes and no include gives one empty cell, so a plain experiment still has a cell.
 */
export function expandMatrix(matrix: MatrixSpec): CellValues[] {
  const axisNames = Object.keys(matrix.axes);
  let combos: CellValues[] = axisNames.length === 0 ? [] : [{}];
  for (const name of axisNames) {
    const values = matrix.axes[name] ?? [];
    combos = combos.flatMap((combo) => values.map((v) => ({ ...combo, [name]: v })));
  }
  combos = combos.filter((combo) => !matrix.exclude.some((ex) => matchesAll(combo, ex)));

  const original = new Set(axisNames);
  const extended = combos.map((c) => ({ ...c }));
  const standalone: CellValues[] = [];
  for (const inc of matrix.include) {
    let merged = false;
    for (const combo of extended) {
      const fits = Object.entries(inc).every(
        ([k, v]) => !original.has(k) || !(k in combo) || sameScalar(combo[k] as Scalar, v),
      );
      if (fits) {
        Object.assign(combo, inc);
        merged = true;
      }
    }
    if (!merged) standalone.push({ ...inc });
  }
  const all = [...extended, ...standalone];
  return all.length === 0 && axisNames.length === 0 ? [{}] : all;
}

export function matchesAll(values: CellValues, partial: CellValues): boolean {
  return Object.entries(partial).every(([k, v]) => k in values && sameScalar(values[k] as Scalar, v));
}

/** YAML gives `1` and `"1"` different types; matrix values compare by their text, as GitHub does. */
export function sameScalar(a: Scalar, b: Scalar): boolean {
  return String(a) === String(b);
}

const UNSAFE = /[^A-Za-z0-9._-]+/g;

/** A readable id safe inside an AWS Batch job name: "angle-0_n_jobs-1". */
export function cellId(values: CellValues): string {
  const parts = Object.entries(values).map(
    ([k, v]) => `${k.replace(UNSAFE, '-')}-${String(v).replace(UNSAFE, '-')}`,
  );
  return parts.length === 0 ? 'default' : parts.join('_');
}

/** Cells with unique ids: a collision after sanitising gets a numeric suffix, in order. */
export function toCells(combos: CellValues[]): Cell[] {
  const seen = new Map<string, number>();
  return combos.map((values) => {
    const base = cellId(values);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}_${n}`, values };
  });
}
