import { displayPath, showValue } from '../issue.js';
import { slurmConstraintProblem, slurmTimeProblem, type SyntaxProblem } from '../slurm-syntax.js';
import type { SourcePath } from '../yaml-source.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';

const GRAMMARS: [key: string, problem: (text: string) => SyntaxProblem | undefined][] = [
  ['time', slurmTimeProblem],
  ['constraint', slurmConstraintProblem],
];

/**
 * compute.slurm.time and .constraint, top-level and per stage: the schema says which characters
 * they may hold, this what sbatch would refuse or read otherwise (a zero time is no limit).
 */
export function checkSlurm(ctx: CheckContext, sink: ProblemSink): void {
  const places: SourcePath[] = [['compute', 'slurm']];
  for (const holder of ctx.holders)
    if (holder.path.length > 0) places.push([...holder.path, 'compute', 'slurm']);
  for (const place of places) {
    const slurm = obj(place.reduce<unknown>((node, key) => obj(node)?.[key], ctx.data));
    for (const [key, problem] of GRAMMARS) {
      const text = slurm?.[key];
      const found = typeof text === 'string' ? problem(text) : undefined;
      if (found) {
        const at = [...place, key];
        sink.error(at, `${displayPath(at)}: ${showValue(text)} ${found.message}`, found.hint);
      }
    }
  }
}
