import { expandMatrix } from '../../plan/matrix.js';
import { didYouMean } from '../edit-distance.js';
import { displayPath } from '../issue.js';
import type { CheckContext, ProblemSink } from './context.js';
import { list, obj, shortList } from './context.js';

/** matrix.exclude names axes, and leaves at least one cell to run. */
export function checkMatrix(ctx: CheckContext, sink: ProblemSink): void {
  const axes = Object.keys(ctx.matrix.axes);
  list(obj(ctx.data.matrix)?.exclude).forEach((entry, i) => {
    for (const key of Object.keys(obj(entry) ?? {})) {
      if (!axes.includes(key)) {
        const path = ['matrix', 'exclude', i, key];
        sink.error(
          path,
          `${displayPath(path)}: "${key}" is not a matrix axis`,
          didYouMean(key, axes) ?? `axes: ${shortList(axes)}`,
          true,
        );
      }
    }
  });
  if (axes.length > 0 && expandMatrix(ctx.matrix).length === 0) {
    sink.error(
      ['matrix'],
      'every combination of the matrix is excluded: nothing would run',
      'remove an exclude entry or add values',
      true,
    );
  }
}
