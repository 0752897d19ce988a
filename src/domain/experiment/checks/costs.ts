import { displayPath } from '../issue.js';
import { parseSize } from '../units.js';
import type { CheckContext, ProblemSink } from './context.js';
import { list, obj } from './context.js';

/** costs.storage sizes are more than zero. */
export function checkCosts(ctx: CheckContext, sink: ProblemSink): void {
  list(obj(ctx.data.costs)?.storage).forEach((item, i) => {
    const size = obj(item)?.size;
    if (typeof size === 'string' && parseSize(size) === 0) {
      const path = ['costs', 'storage', i, 'size'];
      sink.error(path, `${displayPath(path)} must be more than 0`, 'write a size such as 5GB or 1.2TB');
    }
  });
}
