import { sumKnown } from '../domain/cost/known-sum.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import type { CampaignJob, CampaignPlan } from '../domain/campaign/plan-types.js';
import { nodeTypeAsk, nodeTypeCompute, withoutMachine } from '../domain/campaign/machines.js';
import { placesOnMachines } from '../domain/campaign/placement.js';
import { queueFor } from '../domain/campaign/queue-names.js';
import type { Cell, JobCompute, Plan, PlannedJob } from '../domain/plan/plan.js';
import type { StageTemplate } from '../domain/plan/stage-template.js';

// A campaign's jobs as the backends know jobs: a plan of planned jobs, one stage (and stage
// template) per base benchmark, placed where the campaign's target says.

const MIB = 1024 * 1024;
/** What a job asks for where nothing says more: locally, or an instance type the price table lacks. */
const ONE_VCPU = { vcpus: 1, memoryBytes: 512 * MIB } as const;

/**
 * Where a window's jobs go: the backend (any of the registry's), and the AWS Batch queues the
 * workflow names when there are any. A campaign on a cluster's node types is placed by its file.
 */
export interface CampaignTarget {
  backend: string;
  /** What a progress line calls the backend (its registry entry's label): "local processes". */
  label?: string;
  batch?: BatchTarget;
}

/** Where a campaign's jobs go on AWS Batch: the campaign file names no queue of its own. */
export interface BatchTarget {
  /** On-demand jobs, and Spot jobs that fall back to on-demand. */
  queue: string;
  /** Jobs the campaign runs on Spot (sizes from schedule.spot.from-size); needed when there are any. */
  spotQueue?: string;
}

/** The queues of a job on AWS Batch: Spot sizes on the Spot queue, falling back to the on-demand one. */
function queuesOf(job: CampaignJob, batch: BatchTarget): { queue: string; fallbackQueue?: string } {
  const onDemand = queueFor(batch.queue, job);
  if (job.capacity === 'on-demand') return { queue: onDemand };
  if (!batch.spotQueue)
    throw new Error(`${job.id} runs on Spot (${job.capacity}) but no Spot queue was given`);
  return {
    queue: queueFor(batch.spotQueue, job),
    ...(job.capacity === 'spot-then-on-demand' ? { fallbackQueue: onDemand } : {}),
  };
}

/**
 * The queues that would run more than one instance type of the week: jobs sent there run on
 * whatever the queue's compute environment launches, not on the type they are named after.
 */
export function unpinnedQueues(
  jobs: readonly CampaignJob[],
  batch: BatchTarget,
): { queue: string; instanceTypes: string[] }[] {
  const types = new Map<string, Set<string>>();
  for (const job of jobs) {
    const queues = [queueFor(batch.queue, job)];
    if (job.capacity !== 'on-demand' && batch.spotQueue) queues.push(queueFor(batch.spotQueue, job));
    for (const q of queues) types.set(q, (types.get(q) ?? new Set()).add(job.instanceType));
  }
  return [...types]
    .filter(([, t]) => t.size > 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([queue, t]) => ({ queue, instanceTypes: [...t].sort() }));
}

/**
 * What the report says first when its numbers are not what they are named after: jobs placed
 * neither by queue nor by node type ran wherever the backend runs them.
 */
export function placementWarnings(c: Campaign, plan: CampaignPlan, target: CampaignTarget): string[] {
  const batch = target.batch;
  if (!batch)
    return placesOnMachines(target.backend, c)
      ? []
      : [
          `${target.backend} backend: every job ran on ${target.label ?? target.backend}, not on the instance type it is named after`,
        ];
  return unpinnedQueues(plan.jobs, batch).map(({ queue, instanceTypes: t }) => {
    const named = t.length <= 4 ? t.join(', ') : `${t.slice(0, 3).join(', ')} and ${t.length - 3} more`;
    return (
      `jobs are not pinned to their instance types: queue ${queue} takes ${named}, and each job runs on ` +
      'whatever its compute environment launches. Name one queue per instance type with {instance-type} in the queue, e.g. bench-{instance-type}'
    );
  });
}

/**
 * On Batch a benchmark asks for every vCPU of its instance type, so no other job shares the
 * host's cores, caches and memory bandwidth with it; half the memory leaves room for what ECS
 * reserves. An instance type the price table does not know gets 1 vCPU and a warning in the plan.
 */
function wholeInstance(job: CampaignJob): { vcpus: number; memoryBytes: number } {
  if (job.vcpus === null || job.memoryGiB === null) return ONE_VCPU;
  return { vcpus: job.vcpus, memoryBytes: Math.max(512, Math.floor((job.memoryGiB * 1024) / 2)) * MIB };
}

function programOf(c: Campaign, benchmark: string): string[] {
  return c.programs[benchmark] ?? ['node', `examples/benchmarks/${benchmark}.mjs`];
}

/**
 * What one job asks for: on AWS Batch its whole instance type; on a node type what the file says
 * each job asks; elsewhere one vCPU.
 */
function resourcesOf(job: CampaignJob, c: Campaign, target: CampaignTarget) {
  if (target.batch) return wholeInstance(job);
  return nodeTypeAsk(job, c) ?? ONE_VCPU;
}

/** Where a job runs: the target's backend, its queues, its machine (and node type's sbatch settings). */
export function computeOf(job: CampaignJob, c: Campaign, week: string, target: CampaignTarget): JobCompute {
  return {
    backend: target.backend as JobCompute['backend'],
    ...(target.batch ? queuesOf(job, target.batch) : {}),
    region: c.region,
    instanceType: job.instanceType,
    capacity: job.capacity,
    platform: 'ec2',
    tags: { campaign: c.name, week },
    ...nodeTypeCompute(job, c),
  };
}

/**
 * A campaign job as the backends know jobs: the benchmark program with its variant flag. The
 * stage is the base benchmark, so one array (of a backend submitting arrays) holds a machine x
 * variant cell.
 */
export function toPlannedJob(
  job: CampaignJob,
  c: Campaign,
  week: string,
  target: CampaignTarget,
): PlannedJob {
  const program = programOf(c, job.benchmark);
  return {
    id: job.id,
    stage: job.benchmark,
    cellId: `${job.instanceType}_${job.variant}`.replace(/[^A-Za-z0-9._-]/g, '-'),
    repeat: job.repeat,
    shardIndex: 0,
    shardCount: 1,
    groupId: job.id,
    command: [...program, '--variant', job.variant],
    env: {
      BATCHBENCH_CAMPAIGN: c.name,
      BATCHBENCH_CAMPAIGN_WEEK: week,
      BATCHBENCH_INSTANCE_TYPE: job.instanceType,
      BATCHBENCH_BENCHMARK: job.benchmark,
      BATCHBENCH_VARIANT: job.variant,
    },
    resources: {
      ...resourcesOf(job, c, target),
      gpus: 0,
      timeoutSec: Math.max(60, 3 * job.estimatedSeconds),
      // Retries are rounds with backoff here, not the executor's immediate ones.
      retries: 0,
      retryOn: [],
    },
    compute: computeOf(job, c, week, target),
    needs: [],
  };
}

/**
 * The plan a backend is made from, for one window's jobs: a stage template per base benchmark
 * whose command takes the variant from the cell, for a backend that runs a stage's command
 * (AWS Batch); the others run each planned job's own.
 */
export function campaignPlan(
  c: Campaign,
  plan: CampaignPlan,
  jobs: readonly CampaignJob[],
  target: CampaignTarget,
): Plan {
  const planned = jobs.map((j) => toPlannedJob(j, c, plan.week, target));
  const cells = new Map<string, Cell>();
  for (const [i, j] of jobs.entries()) {
    const p = planned[i] as PlannedJob;
    cells.set(p.cellId, {
      id: p.cellId,
      values: { instance_type: j.instanceType, benchmark: j.benchmark, variant: j.variant },
    });
  }
  const stages = [...new Set(jobs.map((j) => j.benchmark))].map((benchmark) =>
    benchmarkStage(c, plan.week, benchmark, planned),
  );
  const seconds = jobs.reduce((t, j) => t + j.estimatedSeconds, 0);
  const usd = sumKnown(jobs.map((j) => j.estimatedUsd));
  return {
    experiment: c.name,
    file: c.file,
    cells: [...cells.values()],
    stages: stages.map((s) => s.name),
    stageTemplates: stages,
    jobs: planned,
    estimates: [],
    totals: {
      jobs: planned.length,
      cells: cells.size,
      vcpuHours: seconds / 3600,
      peakVcpus: planned.length,
      seconds,
      computeUsd: usd,
      storageUsd: 0,
      transferUsd: 0,
      usd,
    },
    priceSnapshot: '',
    warnings: [],
  };
}

/** The stage template of one base benchmark: its variant, instance type and queue come from each cell. */
function benchmarkStage(
  c: Campaign,
  week: string,
  benchmark: string,
  planned: readonly PlannedJob[],
): StageTemplate {
  const mine = planned.filter((p) => p.stage === benchmark);
  const first = mine[0] as PlannedJob;
  return {
    name: benchmark,
    run: {
      command: [...programOf(c, benchmark), '--variant', '${{ matrix.variant }}'],
      env: {
        BATCHBENCH_CAMPAIGN: c.name,
        BATCHBENCH_CAMPAIGN_WEEK: week,
        BATCHBENCH_INSTANCE_TYPE: '${{ matrix.instance_type }}',
        BATCHBENCH_BENCHMARK: benchmark,
        BATCHBENCH_VARIANT: '${{ matrix.variant }}',
      },
    },
    resources: { ...first.resources, timeoutSec: Math.max(...mine.map((p) => p.resources.timeoutSec)) },
    // The job definition is the stage's: Spot jobs in it get Batch's retries for a lost host.
    // Queue and instance type are each job's own (a stage spans instance types).
    compute: {
      ...withoutMachine(first.compute),
      capacity: mine.some((p) => p.compute.capacity !== 'on-demand') ? 'spot-then-on-demand' : 'on-demand',
    },
  };
}

/** The jobs of one window on one day. */
export function windowJobs(plan: CampaignPlan, day: number, window: string): CampaignJob[] {
  return plan.jobs.filter((j) => j.day === day && j.window === window);
}
