import { expandMatrix, matchesAll } from '../../plan/matrix.js';
import type { CellValues } from '../experiment.js';
import { displayPath } from '../issue.js';
import { isScalar, valuesOf } from '../matrix-spec.js';
import type { CheckContext, Obj, ProblemSink } from './context.js';
import { obj, shortList } from './context.js';

/** analysis.speedup: `over` is a numeric axis and the baseline is a cell that runs. */
export function checkSpeedup(ctx: CheckContext, sink: ProblemSink): void {
  const speedup = obj(obj(ctx.data.analysis)?.speedup);
  const over = speedup?.over;
  if (typeof over !== 'string') return;
  const overPath = ['analysis', 'speedup', 'over'];
  if (!ctx.isKey(over)) {
    sink.error(overPath, `${displayPath(overPath)}: "${over}" is not a matrix axis`, ctx.axisHint(over));
    return;
  }
  if (valuesOf(ctx.matrix, over).some((v) => typeof v.value !== 'number')) {
    sink.warn(
      overPath,
      `${displayPath(overPath)}: not every value of "${over}" is a number`,
      'efficiency and the Amdahl fit need numeric degrees of parallelism',
    );
  }
  checkBaseline(ctx, sink, speedup?.baseline, over);
}

function checkBaseline(ctx: CheckContext, sink: ProblemSink, baseline: unknown, over: string): void {
  const path = ['analysis', 'speedup', 'baseline'];
  let partial: CellValues;
  if (isScalar(baseline)) {
    partial = { [over]: baseline };
  } else if (obj(baseline) && Object.values(obj(baseline) as Obj).every(isScalar)) {
    partial = baseline as CellValues;
    const unknown = Object.keys(partial).filter((k) => !ctx.isKey(k));
    for (const key of unknown) {
      sink.error(
        [...path, key],
        `${displayPath([...path, key])}: "${key}" is not a matrix axis`,
        ctx.axisHint(key),
        true,
      );
    }
    if (unknown.length > 0) return;
  } else {
    return;
  }
  const { matrix } = ctx;
  if (expandMatrix(matrix).some((cell) => matchesAll(cell, partial))) return;
  const shown = Object.entries(partial)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  const excluded = expandMatrix({ ...matrix, exclude: [] }).some((cell) => matchesAll(cell, partial));
  const overValues = [...new Set(valuesOf(matrix, over).map((v) => String(v.value)))];
  sink.error(
    path,
    excluded
      ? `${displayPath(path)}: the baseline cell (${shown}) is removed by matrix.exclude`
      : `${displayPath(path)}: no cell of the matrix has ${shown}`,
    excluded
      ? 'remove that exclude entry or pick another baseline'
      : `${over} takes: ${shortList(overValues)}`,
  );
}
