import { jobCost } from '../cost/job-cost.js';
import { storageCost, transferCost } from '../cost/extra-costs.js';
import { priceBasisLine, type PriceTable } from '../cost/price-table.js';
import type { Backend, Experiment, StageSpec } from '../spec/experiment.js';
import { countJobs, MAX_JOBS_PER_PLAN, speculativeCount, workersOf } from './job-count.js';
import { emptyPlan, tooManyJobs, tooManyNeeds } from './plan-limits.js';
import { expandMatrix, toCells } from './matrix.js';
import type { Cell, CellEstimate, JobCompute, Plan, PlannedJob } from './plan.js';
import { renderTemplate } from '../spec/templates.js';
import { alphaOf } from '../stats/compare-samples.js';
import { designSensitivity } from '../stats/design-power.js';
import { median } from '../stats/quantile.js';

export interface PlanOptions {
  prices: PriceTable;
  /** Overrides the file's repeats (workflow_dispatch input, --repeats). */
  repeats?: number;
  /** What an earlier run of the same file measured for one repeat of this stage and cell. */
  history?: (stage: string, cellId: string) => MeasuredCell | undefined;
  /** Slots of the local backend, to estimate its wall time. */
  localConcurrency?: number;
}

/** A plan problem points into the file by its path as written, so the caller can locate it. */
export interface PlanProblem {
  path: (string | number)[];
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

export interface MeasuredCell {
  /** Wall time of one repeat (the group's makespan). */
  seconds: number;
  /** Cost of one repeat, when it was priced. */
  usd?: number;
  /** Coefficient of variation of the repeats' wall time, when there were two or more. */
  cv?: number;
}

export interface PlanResult {
  plan: Plan;
  problems: PlanProblem[];
}

const BACKENDS: readonly Backend[] = ['local', 'aws-batch', 'slurm'];

/**
 * Expands an experiment into jobs: cells x stages x repeats x shards (+ speculative copies),
 * each with its command resolved, and estimates time and cost. Pure and deterministic: the
 * same file gives the same job ids, which is what lets a run be resumed or re-attached.
 */
export function buildPlan(exp: Experiment, opts: PlanOptions): PlanResult {
  const problems: PlanProblem[] = [];
  const warnings: string[] = [];
  const cells = toCells(expandMatrix(exp.matrix));
  const repeats = opts.repeats ?? exp.repeats;
  const count = countJobs(exp.stages, cells, repeats);
  if (count.jobs > MAX_JOBS_PER_PLAN) {
    return { plan: emptyPlan(exp, cells, opts), problems: [tooManyJobs(exp, cells, repeats, count.jobs)] };
  }
  if (count.tooManyNeeds) problems.push(tooManyNeeds(exp, count.tooManyNeeds));
  const jobs: PlannedJob[] = [];
  const estimates: CellEstimate[] = [];
  const stageJobIds = new Map<string, string[]>(); // `${stage}|${cell}|${repeat}` -> ids

  for (const stage of exp.stages) {
    for (const cell of cells) {
      const compute = resolveCompute(stage, cell, problems);
      const shardCount = resolveWorkers(stage, cell, problems, warnings);
      let estimate: CellEstimate | undefined;
      for (let repeat = 1; repeat <= repeats; repeat++) {
        const groupId = `${stage.name}.${cell.id}.r${repeat}`;
        const group = expandGroup(stage, cell, repeat, shardCount, compute, groupId);
        for (const job of group) {
          job.needs = stage.needs.flatMap((n) => stageJobIds.get(`${n}|${cell.id}|${repeat}`) ?? []);
        }
        stageJobIds.set(
          `${stage.name}|${cell.id}|${repeat}`,
          group.filter((j) => !j.speculativeOf).map((j) => j.id),
        );
        jobs.push(...group);
        estimate ??= estimateGroup(stage, cell, group, opts);
      }
      if (estimate) estimates.push(estimate);
    }
  }

  const plan: Plan = {
    experiment: exp.name,
    file: exp.file,
    cells,
    stages: exp.stages.map((s) => s.name),
    jobs,
    estimates,
    totals: totals(exp, jobs, estimates, repeats, opts),
    priceSnapshot: priceBasisLine(opts.prices, exp.stages[0]?.compute.region ?? 'us-east-1'),
    warnings,
    sensitivity: designSensitivity(repeats, alphaOf(exp.analysis.confidence), historyNoise(exp, cells, opts)),
  };
  problems.push(...checkBudget(exp, plan));
  return { plan, problems };
}

/** The median cv earlier runs measured over the cells, or undefined without any. */
function historyNoise(exp: Experiment, cells: readonly Cell[], opts: PlanOptions): number | undefined {
  const cvs = exp.stages
    .flatMap((s) => cells.map((c) => opts.history?.(s.name, c.id)?.cv))
    .filter((cv): cv is number => cv !== undefined && Number.isFinite(cv));
  return cvs.length === 0 ? undefined : median(cvs);
}

function resolveCompute(stage: StageSpec, cell: Cell, problems: PlanProblem[]): JobCompute {
  const backend = renderTemplate(String(stage.compute.backend), { matrix: cell.values });
  if (!BACKENDS.includes(backend as Backend)) {
    problems.push({
      path: ['compute', 'backend'],
      message: `cell ${cell.id}: backend "${backend}" is not one of ${BACKENDS.join(', ')}`,
      hint: 'give the matrix axis only the values local, aws-batch and slurm',
      severity: 'error',
    });
  }
  const { backend: _b, ...rest } = stage.compute;
  return { ...rest, backend: BACKENDS.includes(backend as Backend) ? (backend as Backend) : 'local' };
}

function resolveWorkers(stage: StageSpec, cell: Cell, problems: PlanProblem[], warnings: string[]): number {
  if (!stage.fanOut) return 1;
  const workers = workersOf(stage, cell);
  if (workers === undefined) {
    const raw = renderTemplate(String(stage.fanOut.workers), { matrix: cell.values });
    problems.push({
      path: ['fan-out', 'workers'],
      message: `cell ${cell.id}: fan-out workers "${raw}" is not a whole number of at least 1`,
      hint: 'use a matrix axis of whole numbers, e.g. workers: [1, 10, 25, 50]',
      severity: 'error',
    });
    return 1;
  }
  if (workers > stage.fanOut.items) {
    warnings.push(
      `stage ${stage.name}, cell ${cell.id}: ${workers} workers for ${stage.fanOut.items} items; ` +
        `only ${stage.fanOut.items} shards have work, so ${stage.fanOut.items} are used`,
    );
    return stage.fanOut.items;
  }
  return workers;
}

function expandGroup(
  stage: StageSpec,
  cell: Cell,
  repeat: number,
  shardCount: number,
  compute: JobCompute,
  groupId: string,
): PlannedJob[] {
  const items = stage.fanOut?.items;
  const shards: PlannedJob[] = [];
  for (let index = 0; index < shardCount; index++) {
    const ctx = { matrix: cell.values, shard: { index, count: shardCount }, repeat };
    const job: PlannedJob = {
      id: shardCount > 1 ? `${groupId}.s${index}` : groupId,
      stage: stage.name,
      cellId: cell.id,
      repeat,
      shardIndex: index,
      shardCount,
      groupId,
      command: stage.run.command.map((c) => renderTemplate(c, ctx)),
      env: Object.fromEntries(Object.entries(stage.run.env).map(([k, v]) => [k, renderTemplate(v, ctx)])),
      resources: stage.resources,
      compute: { ...compute, tags: { ...compute.tags } },
      needs: [],
    };
    if (stage.run.workdir !== undefined) job.workdir = renderTemplate(stage.run.workdir, ctx);
    if (items !== undefined) {
      job.itemStart = Math.floor((index * items) / shardCount);
      job.itemEnd = Math.floor(((index + 1) * items) / shardCount);
    }
    shards.push(job);
  }
  return [...shards, ...speculativeCopies(stage, shards)];
}

/**
 * Which shards get a speculative copy is fixed in the plan so ids stay stable. The slowest
 * shards cannot be known before the run; the ones with the most items, and among equals the
 * last ones (they start last, so they finish last), are the best static guess. The backend
 * runs a copy only while its original is still running, and keeps the first to finish.
 */
function speculativeCopies(stage: StageSpec, shards: PlannedJob[]): PlannedJob[] {
  const count = speculativeCount(stage, shards.length);
  if (count === 0) return [];
  const size = (j: PlannedJob) => (j.itemEnd ?? 0) - (j.itemStart ?? 0);
  const chosen = [...shards].sort((a, b) => size(b) - size(a) || b.shardIndex - a.shardIndex).slice(0, count);
  return chosen
    .sort((a, b) => a.shardIndex - b.shardIndex)
    .map((original) => ({ ...original, id: `${original.id}.x1`, speculativeOf: original.id }));
}

function estimateGroup(stage: StageSpec, cell: Cell, group: PlannedJob[], opts: PlanOptions): CellEstimate {
  const measured = opts.history?.(stage.name, cell.id);
  const first = group[0] as PlannedJob;
  // Without a measurement every job is assumed to run to its timeout: an upper bound, labelled so.
  const perJobSeconds = measured?.seconds ?? stage.resources.timeoutSec;
  const priced =
    measured?.usd ??
    group.reduce(
      (sum, job) =>
        sum +
        jobCost({
          prices: opts.prices,
          compute: job.compute,
          vcpus: job.resources.vcpus,
          memoryBytes: job.resources.memoryBytes,
          gpus: job.resources.gpus,
          seconds: perJobSeconds,
        }).usd,
      0,
    );
  return {
    cellId: cell.id,
    stage: stage.name,
    jobs: group.length,
    vcpus: group.reduce((s, j) => s + j.resources.vcpus, 0),
    seconds:
      measured?.seconds ??
      (first.compute.backend === 'local' ? localGroupSeconds(group, perJobSeconds, opts) : perJobSeconds),
    usd: priced,
    basis: measured ? 'history' : 'timeout',
  };
}

/** A local group shares the machine's slots, so its shards run in waves. */
function localGroupSeconds(group: PlannedJob[], seconds: number, opts: PlanOptions): number {
  const slots = Math.max(1, opts.localConcurrency ?? 1);
  const originals = group.filter((j) => !j.speculativeOf);
  const perJobSlots = Math.min(slots, (originals[0] as PlannedJob).resources.vcpus);
  const atOnce = Math.max(1, Math.floor(slots / perJobSlots));
  return Math.ceil(originals.length / atOnce) * seconds;
}

function totals(
  exp: Experiment,
  jobs: PlannedJob[],
  estimates: CellEstimate[],
  repeats: number,
  opts: PlanOptions,
): Plan['totals'] {
  const vcpuHours = jobs.reduce((sum, job) => {
    const seconds = opts.history?.(job.stage, job.cellId)?.seconds ?? job.resources.timeoutSec;
    return sum + (job.resources.vcpus * seconds) / 3600;
  }, 0);
  // One pass over the jobs: a plan may hold 100,000 of them.
  const stageVcpus = new Map<string, number>();
  const backendOfCell = new Map<string, string>();
  for (const job of jobs) {
    stageVcpus.set(job.stage, (stageVcpus.get(job.stage) ?? 0) + job.resources.vcpus);
    if (!backendOfCell.has(job.cellId)) backendOfCell.set(job.cellId, job.compute.backend);
  }
  const peakVcpus = [...stageVcpus.values()].reduce((a, b) => Math.max(a, b), 0);
  // Cloud cells of a stage run side by side; local ones queue for the machine's slots.
  let seconds = 0;
  for (const stage of exp.stages) {
    let localSeconds = 0;
    let cloudSeconds = 0;
    for (const e of estimates) {
      if (e.stage !== stage.name) continue;
      if (backendOfCell.get(e.cellId) === 'local') localSeconds += e.seconds * repeats;
      else cloudSeconds = Math.max(cloudSeconds, e.seconds);
    }
    seconds += Math.max(localSeconds, cloudSeconds);
  }
  const computeUsd = estimates.reduce((s, e) => s + e.usd * repeats, 0);
  const region = exp.stages[0]?.compute.region ?? 'us-east-1';
  const storageUsd = exp.costs.storage.reduce((s, spec) => s + storageCost(opts.prices, region, spec).usd, 0);
  const transferUsd = transferCost(opts.prices, region, exp.costs.transferOutBytes).usd;
  return {
    jobs: jobs.length,
    cells: new Set(jobs.map((j) => j.cellId)).size,
    vcpuHours,
    peakVcpus,
    seconds,
    computeUsd,
    storageUsd,
    transferUsd,
    usd: computeUsd + storageUsd + transferUsd,
  };
}

/** The limits a researcher set in `budget`, checked before anything runs. */
export function checkBudget(exp: Experiment, plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const { maxJobs, maxVcpus, maxUsd } = exp.budget;
  if (maxJobs !== undefined && plan.totals.jobs > maxJobs) {
    problems.push({
      path: ['budget', 'max-jobs'],
      message: `the plan has ${plan.totals.jobs} jobs, over the budget of ${maxJobs}`,
      hint: 'lower repeats, remove matrix values, or raise budget.max-jobs',
      severity: 'error',
    });
  }
  if (maxVcpus !== undefined) {
    const biggest = plan.jobs.reduce((max, j) => Math.max(max, j.resources.vcpus), 0);
    if (biggest > maxVcpus) {
      problems.push({
        path: ['budget', 'max-vcpus'],
        message: `a job asks for ${biggest} vCPUs, over the budget of ${maxVcpus} vCPUs at once`,
        hint: 'lower resources.vcpus or raise budget.max-vcpus',
        severity: 'error',
      });
    }
  }
  if (maxUsd !== undefined && plan.totals.usd > maxUsd) {
    const worstCase = plan.estimates.some((e) => e.basis === 'timeout');
    problems.push({
      path: ['budget', 'max-usd'],
      message: worstCase
        ? `if every job ran to its timeout the run would cost $${plan.totals.usd.toFixed(2)}, over the budget of $${maxUsd}`
        : `the estimated cost $${plan.totals.usd.toFixed(2)} is over the budget of $${maxUsd}`,
      hint: worstCase
        ? 'the estimate uses timeouts until a run has measured the jobs; lower resources.timeout to bound it'
        : 'use spot capacity, fewer repeats, or raise budget.max-usd',
      severity: worstCase ? 'warning' : 'error',
    });
  }
  return problems;
}
