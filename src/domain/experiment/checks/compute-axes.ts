import type { SourcePath } from '../yaml-source.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj, type Obj } from './context.js';
import { checkReference, checkText } from './references.js';

const CAPACITIES = ['on-demand', 'spot', 'spot-then-on-demand'];
const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/;

const RULES: [key: string, ok: (v: unknown) => boolean, needs: string][] = [
  [
    'instance-type',
    (v) => typeof v === 'string' && INSTANCE_TYPE.test(v),
    'must be an instance type such as c7i.large',
  ],
  ['capacity', (v) => CAPACITIES.includes(String(v)), `must be one of ${CAPACITIES.join(', ')}`],
];

/**
 * compute.instance-type and compute.capacity as matrix axes: the axis must exist and each of its
 * values must be what the setting takes, at the value's own line. (Whether a type is known and
 * fits its jobs is checked with the price table, in instance-types.ts.) Queues may name an axis
 * inside their text; aws-names.ts checks the names each cell gets.
 */
export function checkComputeAxes(ctx: CheckContext, sink: ProblemSink): void {
  const computes: { path: SourcePath; node: Obj | undefined }[] = [
    { path: ['compute'], node: obj(ctx.data.compute) },
  ];
  for (const holder of ctx.holders) {
    if (holder.path.length > 0)
      computes.push({ path: [...holder.path, 'compute'], node: obj(holder.node.compute) });
  }
  for (const { path, node } of computes) {
    for (const [key, ok, needs] of RULES) {
      const text = node?.[key];
      if (typeof text === 'string') checkReference(ctx, sink, text, [...path, key], ok, needs);
    }
    // Queues may hold an axis inside a name (bench-${{ matrix.instance-type }}): it must exist.
    for (const key of ['queue', 'fallback-queue']) {
      const text = node?.[key];
      if (typeof text === 'string') checkText(ctx, sink, text, [...path, key]);
    }
  }
}
