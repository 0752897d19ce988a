import { didYouMean } from '../edit-distance.js';
import { displayPath, showValue, type Issue } from '../issue.js';
import { matrixKeys, matrixSpecOf, valuesOf } from '../matrix-spec.js';
import { matrixReference } from '../templates.js';
import type { SourcePath } from '../yaml-source.js';

type Obj = Record<string, unknown>;

const obj = (x: unknown): Obj | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;

const CAPACITIES = ['on-demand', 'spot', 'spot-then-on-demand'];
const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/;

/**
 * compute.instance-type and compute.capacity as matrix axes: the axis must exist and each of its
 * values must be what the setting takes, at the value's own line. (Whether a type is known and
 * fits its jobs is checked with the price table, in instance-types.ts.)
 */
export function checkComputeAxes(data: Obj): Issue[] {
  const issues: Issue[] = [];
  const matrix = matrixSpecOf(data.matrix);
  const keys = matrixKeys(matrix);
  const computes: SourcePath[] = [['compute']];
  for (const name of Object.keys(obj(data.stages) ?? {})) computes.push(['stages', name, 'compute']);
  for (const at of computes) {
    const compute = obj(at.reduce<unknown>((node, key) => obj(node)?.[key], data));
    const rules: [string, (v: unknown) => boolean, string][] = [
      [
        'instance-type',
        (v) => typeof v === 'string' && INSTANCE_TYPE.test(v),
        'must be an instance type such as c7i.large',
      ],
      ['capacity', (v) => CAPACITIES.includes(String(v)), `must be one of ${CAPACITIES.join(', ')}`],
    ];
    for (const [key, ok, needs] of rules) {
      const text = compute?.[key];
      const axis = typeof text === 'string' ? matrixReference(text) : undefined;
      if (axis === undefined) continue;
      const path = [...at, key];
      if (!keys.includes(axis)) {
        issues.push({
          path,
          atKey: false,
          severity: 'error',
          message: `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`,
          hint: didYouMean(axis, keys) ?? `add the axis under matrix:, e.g. ${axis}: [c7i.large, c7g.large]`,
        });
        continue;
      }
      for (const { value, path: valuePath } of valuesOf(matrix, axis)) {
        if (ok(value)) continue;
        issues.push({
          path: valuePath,
          atKey: false,
          severity: 'error',
          message: `${displayPath(valuePath)}: ${showValue(value)} is used as ${displayPath(path)} and ${needs}`,
          hint: `change the value, or stop using \${{ matrix.${axis} }} there`,
        });
      }
    }
  }
  return issues;
}
