import type { StageSpec } from '../experiment/experiment.js';
import { stageInCell } from '../experiment/stage-axes.js';
import { renderTemplate } from '../experiment/templates.js';
import type { Cell } from './plan.js';

/**
 * The most jobs one plan may hold. A plan is held in memory, written to the run's manifest and
 * submitted job by job, so a typo such as `workers: 100000000` must be refused before anything
 * is expanded, not discovered as minutes of work and gigabytes of memory.
 */
export const MAX_JOBS_PER_PLAN = 100_000;

/** AWS Batch refuses a job that depends on more than 20 others (SubmitJob dependsOn); local runs have no limit. */
export const MAX_JOB_DEPENDENCIES = 20;

/** Shards of a stage in a cell: its workers, or 1 without fan-out; undefined when not a whole number. */
export function workersOf(stage: StageSpec, cell: Cell): number | undefined {
  if (!stage.fanOut) return 1;
  const workers = Number(renderTemplate(String(stage.fanOut.workers), { matrix: cell.values }));
  return Number.isInteger(workers) && workers >= 1 ? workers : undefined;
}

/** Only shards that have items are planned. */
export function shardsOf(stage: StageSpec, workers: number): number {
  return stage.fanOut && workers > stage.fanOut.items ? stage.fanOut.items : workers;
}

/** How many shards of a group get a speculative copy (fan-out.oversubscribe). */
export function speculativeCount(stage: StageSpec, shards: number): number {
  const factor = stage.fanOut?.oversubscribe ?? 1;
  const count = Math.min(shards, Math.ceil(shards * (factor - 1) - 1e-9));
  return count <= 0 || shards < 2 ? 0 : count;
}

export interface JobCount {
  jobs: number;
  /** The first stage and cell whose jobs would each wait on more jobs than AWS Batch allows. */
  tooManyNeeds?: { stage: string; cellId: string; needs: number };
}

/** The jobs a plan would hold, counted per stage and cell without making any of them. */
export function countJobs(stages: readonly StageSpec[], cells: readonly Cell[], repeats: number): JobCount {
  let jobs = 0;
  let tooManyNeeds: JobCount['tooManyNeeds'];
  for (const cell of cells) {
    const shards = new Map<string, number>();
    for (const written of stages) {
      const stage = stageInCell(written, cell.values);
      const n = shardsOf(stage, workersOf(stage, cell) ?? 1);
      shards.set(stage.name, n);
      jobs += repeats * (n + speculativeCount(stage, n));
      const needs = stage.needs.reduce((sum, name) => sum + (shards.get(name) ?? 0), 0);
      const onBatch = renderTemplate(String(stage.compute.backend), { matrix: cell.values }) === 'aws-batch';
      if (onBatch && needs > MAX_JOB_DEPENDENCIES && tooManyNeeds === undefined) {
        tooManyNeeds = { stage: stage.name, cellId: cell.id, needs };
      }
    }
  }
  return { jobs, ...(tooManyNeeds ? { tooManyNeeds } : {}) };
}
