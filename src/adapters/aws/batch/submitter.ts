import type { KeyValuePair } from '@aws-sdk/client-batch';
import type { Plan, PlannedJob } from '../../../domain/plan/plan.js';
import { stageTemplate, type StageTemplate } from '../../../domain/plan/stage-template.js';
import { stageInCell } from '../../../domain/experiment/stage-axes.js';
import { boundedTagValue } from '../../../domain/experiment/aws-rules.js';
import type { RemoteSubmission, RunManifest } from '../../../ports/run-store.js';
import { ensureJobDefinition, jobDefinitionInput, MIN_ATTEMPT_SECONDS } from '../job-definition.js';
import { batchName, shortHash } from '../job-names.js';
import { renderMatrixOnly } from '../matrix-template.js';
import { jobResultsPrefix } from '../s3-location.js';
import { dependenciesOf, submissionUnits, type SubmissionUnit } from '../submission-units.js';
import { layoutFor } from '../task-layout.js';
import { unfinished, unfinishedVcpus, type BatchContext, type Live } from './context.js';

/**
 * Submits jobs: one array job per cell and stage (split past Batch's limits), each recorded in
 * the manifest as an intent before SubmitJob and with its job id after, so a crash in between is
 * recovered by name instead of submitting twice.
 */
export async function submit(
  ctx: BatchContext,
  manifest: RunManifest,
  jobs: readonly PlannedJob[],
  skip: ReadonlySet<string>,
  reason: string,
  queueOf: (job: PlannedJob) => string = requireQueue,
): Promise<Live[]> {
  const units = submissionUnits(jobs, queueOf);
  const definitions = new Map<string, string>();
  for (const stageName of new Set(units.map((u) => u.stage))) {
    definitions.set(stageName, await jobDefinitionFor(ctx, stageTemplate(ctx.plan, stageName)));
  }
  const runTag = shortHash(manifest.runId, 8);
  const planned = units.map((unit) => {
    const sub: RemoteSubmission = {
      name: batchName(['bb', runTag, unit.stage, unit.cellId, String(ctx.state.submissions.length)]),
      queue: unit.queue,
      jobIds: unit.jobs.map((j) => j.id),
      reason,
    };
    ctx.state.submissions.push(sub);
    return { unit, sub };
  });
  // The intent is durable before the first SubmitJob: a crash in between is recovered by name.
  await ctx.state.save(manifest.runId);
  const live: Live[] = [];
  for (const { unit, sub } of planned) {
    await submitUnit(ctx, manifest, unit, sub, definitions.get(unit.stage) as string, skip);
    live.push(ctx.state.liveOf(sub));
  }
  return live;
}

/** One SubmitJob, then the job id in the manifest. */
async function submitUnit(
  ctx: BatchContext,
  manifest: RunManifest,
  unit: SubmissionUnit,
  sub: RemoteSubmission,
  jobDefinition: string,
  skip: ReadonlySet<string>,
): Promise<void> {
  const owners = new Map<string, { remoteId: string; jobIds: readonly string[] }>();
  for (const job of unit.jobs) {
    for (const need of job.needs) {
      const o = ctx.state.owner.get(need);
      if (o?.remoteId) owners.set(need, { remoteId: o.remoteId, jobIds: o.jobIds });
    }
  }
  const dependsOn = dependenciesOf(unit.jobs, owners, skip);
  const stage = stageTemplate(ctx.plan, unit.stage);
  sub.remoteId = await ctx.api.submit({
    jobName: sub.name,
    jobQueue: sub.queue,
    jobDefinition,
    ...(unit.jobs.length >= 2 ? { arrayProperties: { size: unit.jobs.length } } : {}),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
    containerOverrides: {
      command: stage.run.command.map((c) => renderMatrixOnly(c, cellValues(ctx.plan, unit.cellId))),
      environment: environment(ctx, manifest, unit, stage),
      ...resourceOverrides(unit.jobs[0]?.resources, stage.resources),
    },
    timeout: {
      attemptDurationSeconds: Math.max(MIN_ATTEMPT_SECONDS, Math.ceil(stage.resources.timeoutSec)),
    },
    tags: tags(ctx, manifest, unit),
    propagateTags: true,
  });
  sub.submittedAt = new Date(ctx.now()).toISOString();
  ctx.state.own(sub);
  await ctx.state.save(manifest.runId);
  ctx.log(
    `submitted ${sub.name} (${sub.jobIds.length === 1 ? '1 job' : `array of ${sub.jobIds.length}`}) to ${sub.queue}: ${sub.remoteId}`,
  );
}

/** What execute() has yet to submit under maxActive: `more` submits as much as there is room for. */
export interface Feed {
  more(): Promise<Live[]>;
  left(): number;
}

/**
 * Feeds jobs in as earlier ones finish, in the order given, keeping at most `maxActive` submitted
 * and unfinished, and at most `maxActiveVcpus` vCPUs asked for by them.
 */
export function submissionFeed(
  ctx: BatchContext,
  manifest: RunManifest,
  live: readonly Live[],
  jobs: readonly PlannedJob[],
  skip: ReadonlySet<string>,
  signal: AbortSignal,
): Feed {
  const limit = ctx.options.maxActive ?? Infinity;
  const vcpuLimit = ctx.options.maxActiveVcpus ?? Infinity;
  let waiting = jobs;
  const room = () => limit - unfinished(live);
  return {
    more: async () => {
      const free = room();
      if (free <= 0 || waiting.length === 0 || signal.aborted) return [];
      const inUse = unfinishedVcpus(live);
      let next = fitVcpus(waiting.slice(0, free), vcpuLimit - inUse);
      // A job bigger than the cap alone (the plan refuses those) still runs, by itself.
      if (next.length === 0 && inUse === 0) next = waiting.slice(0, 1);
      if (next.length === 0) return [];
      waiting = waiting.slice(next.length);
      return submit(ctx, manifest, next, skip, 'first submission');
    },
    left: () => waiting.length,
  };
}

async function jobDefinitionFor(ctx: BatchContext, stage: StageTemplate): Promise<string> {
  if (stage.compute.jobDefinition) return stage.compute.jobDefinition;
  const imageUri = ctx.plan.image;
  if (!imageUri) {
    throw new Error(
      `stage ${stage.name} runs on AWS Batch but has no image: set image.uri in the file or pass an image URI (--image-uri, the image-uri input)`,
    );
  }
  const executionRoleArn = stage.compute.executionRoleArn ?? ctx.options.executionRoleArn;
  const input = jobDefinitionInput({
    experiment: ctx.plan.experiment,
    stage,
    imageUri,
    platform: stage.compute.platform,
    ...(stage.compute.jobRoleArn ? { jobRoleArn: stage.compute.jobRoleArn } : {}),
    ...(executionRoleArn ? { executionRoleArn } : {}),
  });
  return ensureJobDefinition(ctx.options.clients.batch, input, ctx.policy);
}

/**
 * What the container runner needs to build the workload's environment (domain/plan/workload-env.ts)
 * for each task of the array: the run, the cell, the file's run.env, where results go, the tasks.
 */
function environment(
  ctx: BatchContext,
  manifest: RunManifest,
  unit: SubmissionUnit,
  stage: StageTemplate,
): KeyValuePair[] {
  const matrix = cellValues(ctx.plan, unit.cellId);
  const base = jobResultsPrefix(ctx.options.results, manifest.experiment, manifest.runId);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(stage.run.env)) env[k] = renderMatrixOnly(v, matrix);
  Object.assign(env, {
    BATCHBENCH_RUN_ID: manifest.runId,
    BATCHBENCH_EXPERIMENT: manifest.experiment,
    BATCHBENCH_STAGE: unit.stage,
    // BATCHBENCH_CELL holds the matrix values as JSON, which runner images of 0.1.0 parse (a
    // cell id there would fail every job of such an image); the id travels beside it.
    BATCHBENCH_CELL: JSON.stringify(matrix),
    BATCHBENCH_CELL_ID: unit.cellId,
    BATCHBENCH_RUN_ENV_NAMES: JSON.stringify(Object.keys(stage.run.env)),
    BATCHBENCH_RESULTS: `s3://${ctx.options.results.bucket}/${base}`,
    // fan-out.items may be a matrix axis: the cell's own count.
    BATCHBENCH_TASKS: JSON.stringify(layoutFor(unit.jobs, stageInCell(stage, matrix).fanOut?.items)),
  });
  const pairs = Object.entries(env).map(([name, value]) => ({ name, value }));
  // A SubmitJob request is at most 30 KiB (AWS Batch documentation); leave room for the rest of it.
  const size = JSON.stringify(pairs).length;
  if (size > 24 * 1024) {
    throw new Error(
      `the environment of ${unit.stage}.${unit.cellId} is ${size} bytes, too large for one SubmitJob (30 KiB)`,
    );
  }
  return pairs;
}

function tags(ctx: BatchContext, manifest: RunManifest, unit: SubmissionUnit): Record<string, string> {
  const compute = unit.jobs[0]?.compute.tags ?? {};
  const commit = ctx.options.gitCommit ?? manifest.gitCommit;
  // A tag value is at most 256 characters; a cell id of long matrix values is hashed to fit.
  const bounded = (value: string) => boundedTagValue(value, (text) => shortHash(text, 16));
  return {
    ...compute,
    'batchbench:run-id': bounded(manifest.runId),
    'batchbench:experiment': bounded(manifest.experiment),
    'batchbench:cell': bounded(unit.cellId),
    'batchbench:stage': bounded(unit.stage),
    ...(commit ? { 'batchbench:git-commit': commit } : {}),
  };
}

function requireQueue(job: PlannedJob): string {
  if (!job.compute.queue)
    throw new Error(`job ${job.id} runs on AWS Batch but its stage names no compute.queue`);
  return job.compute.queue;
}

function cellValues(plan: Plan, cellId: string): Record<string, string | number | boolean> {
  const cell = plan.cells.find((c) => c.id === cellId);
  if (!cell) throw new Error(`the plan has no cell ${cellId}`);
  return cell.values;
}

/**
 * A cell whose jobs need other resources than its stage's job definition (a campaign's stage
 * spans instance types, each job asking for its whole instance) says so in its submission.
 */
function resourceOverrides(
  job: PlannedJob['resources'] | undefined,
  stage: StageTemplate['resources'],
): { resourceRequirements?: { type: 'VCPU' | 'MEMORY' | 'GPU'; value: string }[] } {
  if (!job || (job.vcpus === stage.vcpus && job.memoryBytes === stage.memoryBytes && job.gpus === stage.gpus))
    return {};
  return {
    resourceRequirements: [
      { type: 'VCPU', value: String(job.vcpus) },
      { type: 'MEMORY', value: String(Math.max(1, Math.floor(job.memoryBytes / 2 ** 20))) },
      // Matrix axes of gpus: a cell asking for none overrides the definition's GPUs to none.
      ...(job.gpus !== stage.gpus ? [{ type: 'GPU' as const, value: String(job.gpus) }] : []),
    ],
  };
}

/** The longest prefix of `jobs` within `room` vCPUs: order is kept, as a FIFO queue would. */
function fitVcpus(jobs: readonly PlannedJob[], room: number): readonly PlannedJob[] {
  let used = 0;
  let n = 0;
  for (const job of jobs) {
    if (used + job.resources.vcpus > room + 1e-9) break;
    used += job.resources.vcpus;
    n++;
  }
  return jobs.slice(0, n);
}
