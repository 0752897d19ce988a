import { didYouMean } from '../edit-distance.js';
import { displayPath } from '../issue.js';
import { findCycle } from '../stage-order.js';
import type { CheckContext, ProblemSink } from './context.js';
import { list, obj, shortList } from './context.js';

/** stages.*.needs: names another stage, and the stages can run in some order. */
export function checkStageNeeds(ctx: CheckContext, sink: ProblemSink): void {
  const stages = obj(ctx.data.stages);
  if (!stages) return;
  const names = Object.keys(stages);
  const isStage = new Set(names);
  const validNeeds = new Map<string, string[]>();
  for (const name of names) {
    const valid: string[] = [];
    list(obj(stages[name])?.needs).forEach((need, i) => {
      if (typeof need !== 'string') return;
      const path = ['stages', name, 'needs', i];
      if (need === name) {
        sink.error(
          path,
          `${displayPath(path)}: stage "${name}" needs itself`,
          'remove it from its own needs',
        );
      } else if (!isStage.has(need)) {
        sink.error(
          path,
          `${displayPath(path)}: no stage named "${need}"`,
          didYouMean(need, names) ?? `stages: ${shortList(names)}`,
        );
      } else {
        valid.push(need);
      }
    });
    validNeeds.set(name, valid);
  }
  const cycle = findCycle(names, (n) => validNeeds.get(n) ?? []);
  if (cycle) {
    const first = cycle[0] as string;
    sink.error(
      ['stages', first, 'needs'],
      `stages need each other in a cycle: ${cycle.join(' -> ')}`,
      'remove one of these needs so the stages can run in order',
      true,
    );
  }
}
