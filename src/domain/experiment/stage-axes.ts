import type { CellValues, MatrixSpec, Scalar, StageAxes, StageSpec } from './experiment.js';
import { valuesOf } from './matrix-spec.js';
import { matrixReference } from './templates.js';
import { parseSize } from './units.js';

/**
 * Resources and fan-out settings a file may write as `${{ matrix.<axis> }}`, each with how a
 * matrix value becomes the setting's number. (fan-out.workers has been an axis from the start and
 * stays a template on its own; compute settings are text and are rendered per cell.)
 */
export const AXIS_FIELDS = {
  vcpus: (v: Scalar) => Number(v),
  memory: (v: Scalar) => (typeof v === 'boolean' ? undefined : parseSize(v)),
  gpus: (v: Scalar) => Number(v),
  items: (v: Scalar) => Number(v),
  oversubscribe: (v: Scalar) => Number(v),
} satisfies Record<keyof StageAxes, (v: Scalar) => number | undefined>;

/**
 * A setting as the normalised stage holds it: its number as written (memory in bytes), or for an axis the largest of
 * its values (so whatever reads the stage without a cell, such as the job definition a stage
 * registers, asks for enough), with the axis named so each cell gets its own value.
 */
export function axisSetting(
  written: number | string | undefined,
  field: keyof StageAxes,
  matrix: MatrixSpec,
  fallback: number,
): { value: number; axis?: string } {
  const axis = typeof written === 'string' ? matrixReference(written) : undefined;
  if (axis === undefined) {
    const parsed = written === undefined ? undefined : AXIS_FIELDS[field](written);
    return { value: parsed ?? fallback };
  }
  const values = valuesOf(matrix, axis)
    .map((v) => AXIS_FIELDS[field](v.value))
    .filter((n): n is number => n !== undefined && Number.isFinite(n));
  return { value: values.length === 0 ? fallback : Math.max(...values), axis };
}

/** The stage as one cell runs it: each axis setting replaced by the cell's value. */
export function stageInCell<S extends Omit<StageSpec, 'needs'>>(stage: S, cell: CellValues): S {
  const axes = stage.axes;
  if (!axes) return stage;
  const of = (field: keyof StageAxes, fallback: number): number => {
    const axis = axes[field];
    const value = axis === undefined ? undefined : cell[axis];
    const n = value === undefined ? undefined : AXIS_FIELDS[field](value);
    return n !== undefined && Number.isFinite(n) ? n : fallback;
  };
  const { axes: _axes, ...rest } = stage;
  // The same kind of stage comes back (a plan's template stays a template), axes filled in.
  return {
    ...rest,
    resources: {
      ...stage.resources,
      vcpus: of('vcpus', stage.resources.vcpus),
      memoryBytes: of('memory', stage.resources.memoryBytes),
      gpus: of('gpus', stage.resources.gpus),
    },
    ...(stage.fanOut
      ? {
          fanOut: {
            ...stage.fanOut,
            items: of('items', stage.fanOut.items),
            oversubscribe: of('oversubscribe', stage.fanOut.oversubscribe),
          },
        }
      : {}),
  } as S;
}
