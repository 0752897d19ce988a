import { didYouMean } from '../edit-distance.js';
import { displayPath } from '../issue.js';
import type { CheckContext, ProblemSink } from './context.js';
import { list, obj, shortList } from './context.js';

/** Metrics every run has without the workload reporting anything. */
export const BUILT_IN_METRICS = ['wall-time', 'cost', 'speedup', 'efficiency'];

/** results.metrics have distinct names; analysis.targets name a metric, a bound and matrix axes. */
export function checkMetrics(ctx: CheckContext, sink: ProblemSink): void {
  const declared = new Set<string>();
  list(obj(ctx.data.results)?.metrics).forEach((m, i) => {
    const name = obj(m)?.name;
    if (typeof name !== 'string') return;
    const path = ['results', 'metrics', i, 'name'];
    if (declared.has(name) || BUILT_IN_METRICS.includes(name)) {
      sink.error(
        path,
        `${displayPath(path)}: metric "${name}" is ${declared.has(name) ? 'declared twice' : 'built in'}`,
        'give each metric its own name',
      );
    }
    declared.add(name);
  });
  const known = [...BUILT_IN_METRICS, ...declared];
  const isKnown = new Set(known);
  list(obj(ctx.data.analysis)?.targets).forEach((t, i) => {
    const target = obj(t);
    if (!target) return;
    const path = ['analysis', 'targets', i];
    if (typeof target.metric === 'string' && !isKnown.has(target.metric)) {
      sink.error(
        [...path, 'metric'],
        `${displayPath([...path, 'metric'])}: unknown metric "${target.metric}"`,
        didYouMean(target.metric, known) ?? `use ${shortList(known)}, or declare it under results.metrics`,
      );
    }
    if (target.min === undefined && target.max === undefined) {
      sink.error(
        path,
        `${displayPath(path)} sets neither min nor max`,
        'add min: or max: for the bound to check',
      );
    } else if (typeof target.min === 'number' && typeof target.max === 'number' && target.min > target.max) {
      sink.error(
        [...path, 'min'],
        `${displayPath(path)}: min ${target.min} is above max ${target.max}`,
        'swap min and max',
      );
    }
    for (const key of Object.keys(obj(target.cell) ?? {})) {
      if (!ctx.isKey(key)) {
        const at = [...path, 'cell', key];
        sink.error(at, `${displayPath(at)}: "${key}" is not a matrix axis`, ctx.axisHint(key), true);
      }
    }
  });
}
