import { isBackendName } from '../backends.js';
import type { CellValues, MatrixSpec, Scalar } from './experiment.js';

export const MATRIX_RESERVED = ['include', 'exclude'];

export function isScalar(x: unknown): x is Scalar {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}

/**
 * The matrix of a file as written: every key but include and exclude is an axis, in file order.
 * Tolerates malformed parts (they are dropped) so semantic checks can run beside schema errors.
 */
export function matrixSpecOf(raw: unknown): MatrixSpec {
  const spec: MatrixSpec = { axes: {}, include: [], exclude: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return spec;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(value)) continue;
    if (MATRIX_RESERVED.includes(key)) {
      spec[key as 'include' | 'exclude'] = value.filter(isCell);
    } else {
      spec.axes[key] = value.filter(isScalar);
    }
  }
  return spec;
}

function isCell(x: unknown): x is CellValues {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every(isScalar);
}

/** Names a `${{ matrix.<name> }}` may use: the axes and the keys `include` adds. */
export function matrixKeys(spec: MatrixSpec): string[] {
  const keys = new Set(Object.keys(spec.axes));
  for (const inc of spec.include) for (const k of Object.keys(inc)) keys.add(k);
  return [...keys];
}

/** Every value a key takes in the file: its axis values and the values `include` entries give it. */
export function valuesOf(spec: MatrixSpec, key: string): { value: Scalar; path: (string | number)[] }[] {
  const found = (spec.axes[key] ?? []).map((value, i) => ({ value, path: ['matrix', key, i] }));
  spec.include.forEach((inc, i) => {
    const value = inc[key];
    if (value !== undefined) found.push({ value, path: ['matrix', 'include', i, key] });
  });
  return found;
}

/**
 * A matrix axis named `backend` whose values are all backends compares backends (e.g.
 * `backend: [local, slurm]` beside `workers`); it applies where compute.backend is not written.
 */
export function implicitBackend(spec: MatrixSpec): string | undefined {
  const values = spec.axes.backend;
  if (values === undefined || values.length === 0) return undefined;
  return values.every(isBackendName) ? '${{ matrix.backend }}' : undefined;
}
