import { jobCost, ownPriceBasis, runPriceBasis } from '../cost/job-cost.js';
import { storageCost, transferCost } from '../cost/extra-costs.js';
import { priceBasisLine, type PriceTable } from '../cost/price-table.js';
import { BACKEND_NAMES, backendList, isBackendName } from '../backends.js';
import type { Capacity, Experiment, StageSpec } from '../experiment/experiment.js';
import { countJobs, MAX_JOBS_PER_PLAN, speculativeCount, workersOf } from './job-count.js';
import { planTemplates } from './stage-template.js';
import { emptyPlan, tooManyJobs, tooManyNeeds } from './plan-limits.js';
import type { PlanProblem } from './plan-problem.js';
import { expandMatrix, toCells } from './matrix.js';
import type { Cell, CellEstimate, JobCompute, Plan, PlannedJob } from './plan.js';
import { sumKnown } from '../cost/known-sum.js';
import { withFileInstanceTypes } from '../cost/file-prices.js';
import { checkBudget } from './budget.js';
import { cappedMakespan, type CappedTask } from './capped-makespan.js';
import { stageInCell } from '../experiment/stage-axes.js';
import { renderTemplate } from '../experiment/templates.js';
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
  /** budget.max-vcpus (the file's unless given): the at-once cap both backends honour. */
  maxVcpus?: number;
  /** --allow-over-budget: an estimate over budget.max-usd is a warning, not a refusal. */
  allowOverBudget?: boolean;
}

export type { PlanProblem } from './plan-problem.js';

export interface MeasuredCell {
  /** Wall time of one repeat (the group's makespan). */
  seconds: number;
  /** Cost of one repeat, when it was priced. */
  usd?: number;
  /** How many earlier runs these are the median of. */
  runs?: number;
  /** Coefficient of variation of the repeats' wall time, when there were two or more. */
  cv?: number;
}

export interface PlanResult {
  plan: Plan;
  problems: PlanProblem[];
}

const CAPACITIES: readonly Capacity[] = ['on-demand', 'spot', 'spot-then-on-demand'];

/**
 * Expands an experiment into jobs: cells x stages x repeats x shards (+ speculative copies),
 * each with its command resolved, and estimates time and cost. Pure and deterministic: the
 * same file gives the same job ids, which is what lets a run be resumed or re-attached.
 */
export function buildPlan(exp: Experiment, options: PlanOptions): PlanResult {
  const opts: PlanOptions = {
    maxVcpus: exp.budget.maxVcpus,
    ...options,
    prices: withFileInstanceTypes(options.prices, exp.costs.instanceTypes ?? {}),
  };
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

  for (const written of exp.stages) {
    for (const cell of cells) {
      // Resources and fan-out settings may be matrix axes: each cell runs its own values.
      const stage = stageInCell(written, cell.values);
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
    ...planTemplates(exp),
    jobs,
    estimates,
    totals: totals(exp, jobs, estimates, repeats, opts),
    priceSnapshot: runPriceBasis(
      [...new Set(jobs.map((j) => j.compute))].map((c) => ownPriceBasis(opts.prices, c)),
      priceBasisLine(opts.prices, exp.stages[0]?.compute.region ?? 'us-east-1'),
    ),
    warnings,
    sensitivity: designSensitivity(repeats, alphaOf(exp.analysis.confidence), historyNoise(exp, cells, opts)),
  };
  problems.push(...checkBudget(exp, plan, { allowOverBudget: opts.allowOverBudget ?? false }));
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
  if (!isBackendName(backend)) {
    problems.push({
      path: ['compute', 'backend'],
      message: `cell ${cell.id}: backend "${backend}" is not one of ${BACKEND_NAMES.join(', ')}`,
      hint: `give the matrix axis only the values ${backendList('and')}`,
      severity: 'error',
    });
  }
  const { backend: _b, ...rest } = stage.compute;
  // Instance type, queues and capacity may be matrix axes: each cell gets its own.
  const render = (text: string | undefined) =>
    text === undefined ? undefined : renderTemplate(text, { matrix: cell.values });
  const capacity = render(rest.capacity) as Capacity;
  if (!CAPACITIES.includes(capacity)) {
    problems.push({
      path: ['compute', 'capacity'],
      message: `cell ${cell.id}: capacity "${capacity}" is not one of ${CAPACITIES.join(', ')}`,
      hint: 'give the matrix axis only the values on-demand, spot and spot-then-on-demand',
      severity: 'error',
    });
  }
  const resolved = {
    ...rest,
    capacity: CAPACITIES.includes(capacity) ? capacity : 'on-demand',
    ...(rest.instanceType !== undefined ? { instanceType: render(rest.instanceType) } : {}),
    ...(rest.queue !== undefined ? { queue: render(rest.queue) } : {}),
    ...(rest.fallbackQueue !== undefined ? { fallbackQueue: render(rest.fallbackQueue) } : {}),
  };
  return { ...resolved, backend: isBackendName(backend) ? backend : 'local' };
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
  const costs = group.map((job) =>
    jobCost({
      prices: opts.prices,
      compute: job.compute,
      vcpus: job.resources.vcpus,
      memoryBytes: job.resources.memoryBytes,
      gpus: job.resources.gpus,
      seconds: perJobSeconds,
    }),
  );
  const unknown = costs.find((c) => !c.known);
  const usd = measured?.usd ?? sumKnown(costs.map((c) => (c.known ? c.usd : null)));
  return {
    cellId: cell.id,
    stage: stage.name,
    jobs: group.length,
    vcpus: group.reduce((s, j) => s + j.resources.vcpus, 0),
    seconds:
      measured?.seconds ??
      (first.compute.backend === 'local' ? localGroupSeconds(group, perJobSeconds, opts) : perJobSeconds),
    usd,
    ...(usd === null ? { unpriced: unknown?.note ?? 'no price' } : {}),
    basis: measured ? 'history' : 'timeout',
    ...(measured?.runs !== undefined ? { historyRuns: measured.runs } : {}),
  };
}

/** A local group shares the machine's slots (no more than budget.max-vcpus), so its shards run in waves. */
function localGroupSeconds(group: PlannedJob[], seconds: number, opts: PlanOptions): number {
  const slots = localSlots(opts);
  const originals = group.filter((j) => !j.speculativeOf);
  const perJobSlots = Math.min(slots, (originals[0] as PlannedJob).resources.vcpus);
  const atOnce = Math.max(1, Math.floor(slots / perJobSlots));
  return Math.ceil(originals.length / atOnce) * seconds;
}

function localSlots(opts: PlanOptions): number {
  const slots = Math.max(1, opts.localConcurrency ?? 1);
  return opts.maxVcpus === undefined ? slots : Math.max(1, Math.min(slots, Math.floor(opts.maxVcpus)));
}

function totals(
  exp: Experiment,
  jobs: PlannedJob[],
  estimates: CellEstimate[],
  repeats: number,
  opts: PlanOptions,
): Plan['totals'] {
  const cap = exp.budget.maxVcpus;
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
  const uncappedPeak = [...stageVcpus.values()].reduce((a, b) => Math.max(a, b), 0);
  const peakVcpus = cap === undefined ? uncappedPeak : Math.min(cap, uncappedPeak);
  const seconds = stageSeconds(exp, jobs, estimates, backendOfCell, repeats, cap);
  const unpriced = new Set<string>();
  const computeUsd = sumKnown(estimates.map((e) => (e.usd === null ? null : e.usd * repeats)));
  for (const e of estimates) if (e.unpriced) unpriced.add(e.unpriced);
  const region = exp.stages[0]?.compute.region ?? 'us-east-1';
  const extras = [
    ...exp.costs.storage.map((spec) => storageCost(opts.prices, region, spec)),
    transferCost(opts.prices, region, exp.costs.transferOutBytes),
  ];
  for (const c of extras) if (!c.known) unpriced.add(c.note ?? 'an extra cost has no price');
  const storageUsd = sumKnown(extras.slice(0, -1).map((c) => (c.known ? c.usd : null)));
  const last = extras[extras.length - 1] as (typeof extras)[number];
  const transferUsd = last.known ? last.usd : null;
  return {
    jobs: jobs.length,
    cells: new Set(jobs.map((j) => j.cellId)).size,
    vcpuHours,
    peakVcpus,
    ...(peakVcpus < uncappedPeak ? { uncappedPeakVcpus: uncappedPeak } : {}),
    seconds,
    computeUsd,
    storageUsd,
    transferUsd,
    usd: sumKnown([computeUsd, storageUsd, transferUsd]),
    ...(unpriced.size > 0 ? { unpriced: [...unpriced] } : {}),
  };
}

/**
 * Local cells queue for the machine's slots, one after another; cloud cells of a stage run side
 * by side, as many jobs at once as budget.max-vcpus lets through (the backends hold the rest).
 * Summed over the stages, which run one after another.
 */
function stageSeconds(
  exp: Experiment,
  jobs: readonly PlannedJob[],
  estimates: readonly CellEstimate[],
  backendOfCell: ReadonlyMap<string, string>,
  repeats: number,
  cap: number | undefined,
): number {
  const local = new Map<string, number>();
  const secondsOf = new Map<string, number>();
  for (const e of estimates) {
    secondsOf.set(`${e.stage}|${e.cellId}`, e.seconds);
    if (backendOfCell.get(e.cellId) === 'local')
      local.set(e.stage, (local.get(e.stage) ?? 0) + e.seconds * repeats);
  }
  const cloud = new Map<string, CappedTask[]>();
  for (const j of jobs) {
    if (j.speculativeOf || backendOfCell.get(j.cellId) === 'local') continue;
    const tasks = cloud.get(j.stage) ?? [];
    tasks.push({ vcpus: j.resources.vcpus, seconds: secondsOf.get(`${j.stage}|${j.cellId}`) ?? 0 });
    cloud.set(j.stage, tasks);
  }
  return exp.stages.reduce(
    (sum, stage) =>
      sum + Math.max(local.get(stage.name) ?? 0, cappedMakespan(cloud.get(stage.name) ?? [], cap)),
    0,
  );
}
