import { displayPath } from '../issue.js';
import { valuesOf } from '../matrix-spec.js';
import { matrixReference } from '../templates.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';
import { checkReference } from './references.js';

/** fan-out.workers: a whole number (or an axis of them), warned when it leaves shards empty. */
export function checkFanOut(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    const fanOut = obj(holder.node['fan-out']);
    if (!fanOut) continue;
    const items = typeof fanOut.items === 'number' ? fanOut.items : undefined;
    const workersPath = [...holder.path, 'fan-out', 'workers'];
    const emptyHint = 'use at most as many workers as fan-out.items';
    if (typeof fanOut.workers === 'string') {
      checkReference(
        ctx,
        sink,
        fanOut.workers,
        workersPath,
        (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1,
        'must be a whole number of at least 1',
      );
      const axis = matrixReference(fanOut.workers);
      for (const { value, path } of axis === undefined ? [] : valuesOf(ctx.matrix, axis)) {
        if (items !== undefined && typeof value === 'number' && value > items) {
          sink.warn(
            path,
            `${displayPath(path)}: ${value} workers for ${items} items leaves ${value - items} shards empty`,
            emptyHint,
          );
        }
      }
    } else if (typeof fanOut.workers === 'number' && items !== undefined && fanOut.workers > items) {
      sink.warn(
        workersPath,
        `${displayPath(workersPath)}: ${fanOut.workers} workers for ${items} items leaves ${fanOut.workers - items} shards empty`,
        emptyHint,
      );
    }
  }
}
