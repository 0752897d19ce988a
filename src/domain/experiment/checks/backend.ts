import { backendList, isBackendName } from '../../backends.js';
import type { SourcePath } from '../yaml-source.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';
import { checkReference } from './references.js';

/** compute.backend written as a matrix reference: every value of the axis must be a backend. */
export function checkBackend(ctx: CheckContext, sink: ProblemSink): void {
  const check = (compute: unknown, path: SourcePath) => {
    const backend = obj(compute)?.backend;
    if (typeof backend !== 'string') return;
    checkReference(
      ctx,
      sink,
      backend,
      [...path, 'backend'],
      (v) => isBackendName(v),
      `must be ${backendList()}`,
    );
  };
  check(ctx.data.compute, ['compute']);
  for (const holder of ctx.holders) {
    if (holder.path.length > 0) check(holder.node.compute, [...holder.path, 'compute']);
  }
}
