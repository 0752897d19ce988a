import type { Experiment } from '../experiment/experiment.js';
import type { PriceTable } from '../cost/price-table.js';
import type { PlanProblem } from './plan-problem.js';
import { MAX_JOB_DEPENDENCIES, MAX_JOBS_PER_PLAN, shardsOf, workersOf } from './job-count.js';
import type { Cell, Plan } from './plan.js';

/** A single-stage file is stage "main" of the model, but its settings sit at the top of the file. */
function stagePath(exp: Experiment, stage: string): (string | number)[] {
  return exp.stages.length === 1 && stage === 'main' ? [] : ['stages', stage];
}

/** The plan of a refused file: no jobs, so nothing can run from it and nothing was expanded. */
export function emptyPlan(exp: Experiment, cells: Cell[], opts: { prices: PriceTable }): Plan {
  return {
    experiment: exp.name,
    file: exp.file,
    cells,
    stages: exp.stages.map((s) => s.name),
    jobs: [],
    estimates: [],
    totals: {
      jobs: 0,
      cells: cells.length,
      vcpuHours: 0,
      peakVcpus: 0,
      seconds: 0,
      computeUsd: 0,
      storageUsd: 0,
      transferUsd: 0,
      usd: 0,
    },
    priceSnapshot: opts.prices.snapshot,
    warnings: [],
  };
}

/** Over the cap: pointed at the biggest factor (the matrix, repeats or a stage's workers). */
export function tooManyJobs(exp: Experiment, cells: Cell[], repeats: number, jobs: number): PlanProblem {
  let widest: { stage: string; shards: number } | undefined;
  for (const stage of exp.stages) {
    for (const cell of cells) {
      const shards = shardsOf(stage, workersOf(stage, cell) ?? 1);
      if (!widest || shards > widest.shards) widest = { stage: stage.name, shards };
    }
  }
  const shards = widest?.shards ?? 1;
  const path =
    shards >= cells.length && shards >= repeats && widest
      ? [...stagePath(exp, widest.stage), 'fan-out', 'workers']
      : cells.length >= repeats
        ? ['matrix']
        : ['repeats'];
  return {
    path,
    message:
      `the plan would hold ${jobs} jobs (${cells.length} cells, ${repeats} repeats, up to ${shards} shards, ` +
      `${exp.stages.length} stages), over the limit of ${MAX_JOBS_PER_PLAN} jobs per plan`,
    hint: 'lower repeats, fan-out workers or matrix values, or split the experiment into several files',
    severity: 'error',
  };
}

export function tooManyNeeds(
  exp: Experiment,
  at: { stage: string; cellId: string; needs: number },
): PlanProblem {
  return {
    path: [...stagePath(exp, at.stage), 'needs'],
    message:
      `cell ${at.cellId}: each job of stage ${at.stage} would wait on ${at.needs} jobs, ` +
      `over the ${MAX_JOB_DEPENDENCIES} dependencies AWS Batch allows a job`,
    hint: `use fewer fan-out workers in the stages it needs (at most ${MAX_JOB_DEPENDENCIES} shards in all)`,
    severity: 'error',
  };
}
