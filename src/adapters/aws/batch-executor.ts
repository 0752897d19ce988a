import type { JobDetail, JobStatus as BatchStatus, KeyValuePair } from '@aws-sdk/client-batch';
import type { Plan, PlannedJob } from '../../domain/plan/plan.js';
import type { JobRecord } from '../../domain/results/job-record.js';
import { boundedTagValue } from '../../domain/spec/aws-rules.js';
import type { Experiment, StageSpec } from '../../domain/spec/experiment.js';
import { stageInCell } from '../../domain/spec/stage-axes.js';
import type { ExecuteOptions, Executor, ExecutorEvent } from '../../ports/executor.js';
import type { RemoteSubmission, RunManifest } from '../../ports/run-store.js';
import { BatchApi } from './batch-api.js';
import { batchRecord, CANCEL_REASON, toView, type BatchJobView } from './batch-records.js';
import type { AwsClients } from './clients.js';
import { ensureJobDefinition, jobDefinitionInput, MIN_ATTEMPT_SECONDS } from './job-definition.js';
import { batchName, shortHash } from './job-names.js';
import { logTail } from './log-tail.js';
import { renderMatrixOnly } from './matrix-template.js';
import { parseResultObject, type ResultObject } from './result-object.js';
import { abortableSleep, retryPolicy, type RetryPolicy } from './retry.js';
import { mapLimit, S3Io } from './s3-io.js';
import { jobResultsPrefix } from './s3-location.js';
import type { S3RunStore } from './s3-run-store.js';
import { dependenciesOf, submissionUnits, type SubmissionUnit } from './submission-units.js';
import { layoutFor } from './task-layout.js';

export interface BatchExecutorOptions {
  clients: AwsClients;
  store: S3RunStore;
  plan: Plan;
  /** Needed to submit (stages, image); collecting and cancelling work from the manifest alone. */
  experiment?: Experiment;
  /** The image when the file has no `image.uri` (an image built and pushed by the caller). */
  imageUri?: string;
  executionRoleArn?: string;
  gitCommit?: string;
  log?: (line: string) => void;
  /** Poll interval bounds: it starts low, grows while nothing changes, drops back on change. */
  poll?: { minMs?: number; maxMs?: number };
  /** A job RUNNABLE longer than this is reported with its likely causes. */
  runnableWarnMs?: number;
  /** spot-then-on-demand: jobs RUNNABLE this long on Spot move to the fallback queue. */
  fallbackAfterMs?: number;
  /** Stop waiting after this long; the jobs keep running and `collect` gathers them later. */
  deadlineMs?: number;
  /**
   * At most this many jobs submitted and not yet finished at once (a campaign's max-concurrent);
   * the rest are submitted, in the order given, as earlier ones finish.
   */
  maxActive?: number;
  /**
   * budget.max-vcpus: at most this many vCPUs asked for by jobs submitted and not yet finished;
   * the rest wait, in order, as maxActive's do. Batch itself knows no such per-run limit.
   */
  maxActiveVcpus?: number;
  collectConcurrency?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

const UNSTARTED: readonly string[] = ['SUBMITTED', 'PENDING', 'RUNNABLE'];
const STARTED: readonly string[] = ['STARTING', 'RUNNING'];
const TERMINAL: readonly string[] = ['SUCCEEDED', 'FAILED'];
const ALL_STATUSES = [
  'SUBMITTED',
  'PENDING',
  'RUNNABLE',
  'STARTING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
] as const;
const FALLBACK_REASON = 'batchbench: moved to the fallback queue';

/** A submission being watched in this process. */
interface Live {
  sub: RemoteSubmission;
  jobs: PlannedJob[];
  /** Array indexes (0 for a single job) whose records are out. */
  done: Set<number>;
  /** Children the last summary showed finished, by status. */
  seen: { SUCCEEDED: number; FAILED: number };
  counts: Record<string, number>;
  lastChildFetch: number;
  runnableSince?: number;
  warned?: boolean;
}

export interface CollectOptions {
  /** Keep polling until every job finished (or the deadline); otherwise one look. */
  wait: boolean;
  signal: AbortSignal;
  onEvent: (event: ExecutorEvent) => void | Promise<void>;
}

/**
 * Runs planned jobs on AWS Batch: one array job per cell and stage, tracked through the parents'
 * status summaries, collected from the runner's result objects and Batch's own timestamps. Every
 * submission is in the run's manifest before and after SubmitJob, so a later process attaches
 * to it instead of submitting again.
 */
export class BatchExecutor implements Executor {
  readonly name = 'aws-batch' as const;
  private readonly policy: RetryPolicy;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly log: (line: string) => void;
  private readonly jobsById: Map<string, PlannedJob>;
  private api!: BatchApi;
  private results!: S3Io;
  private submissions: RemoteSubmission[] = [];
  /** Planned job id -> the newest submission holding it. */
  private owner = new Map<string, RemoteSubmission>();
  private recorded = new Set<string>();
  /** Planned job id -> attempts recorded for it, with the creation time of the Batch job that ran them. */
  private attemptsRecorded = new Map<string, { attempt: number; queuedAt: number }[]>();
  private lastCounts = '';

  constructor(private readonly options: BatchExecutorOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? abortableSleep;
    this.random = options.random ?? Math.random;
    this.policy = retryPolicy({ sleep: this.sleep, random: this.random });
    this.log = options.log ?? (() => undefined);
    this.jobsById = new Map(options.plan.jobs.map((j) => [j.id, j]));
  }

  async execute(jobs: readonly PlannedJob[], options: ExecuteOptions): Promise<void> {
    const manifest = await this.attach(options.runId, options.signal);
    const pending = jobs.filter((j) => j.compute.backend === 'aws-batch' && !options.skip.has(j.id));
    await this.recoverLostSubmissions(manifest.runId);
    const live = this.liveSubmissions(pending);
    const covered = new Set(live.flatMap((l) => l.sub.jobIds));
    const missing = pending.filter((j) => !covered.has(j.id));
    if (live.length > 0)
      this.log(`attached to ${live.length} submitted AWS Batch jobs of run ${options.runId}`);
    const limit = this.options.maxActive ?? Infinity;
    const vcpuLimit = this.options.maxActiveVcpus ?? Infinity;
    let waiting = missing;
    const feed: Feed = {
      more: async () => {
        const room = limit - unfinished(live);
        if (room <= 0 || waiting.length === 0 || options.signal.aborted) return [];
        const inUse = unfinishedVcpus(live);
        let next = fitVcpus(waiting.slice(0, room), vcpuLimit - inUse);
        // A job bigger than the cap alone (the plan refuses those) still runs, by itself.
        if (next.length === 0 && inUse === 0) next = waiting.slice(0, 1);
        if (next.length === 0) return [];
        waiting = waiting.slice(next.length);
        return this.submit(manifest, next, options.skip, 'first submission');
      },
      left: () => waiting.length,
    };
    await this.track(
      manifest,
      live,
      { wait: true, signal: options.signal, onEvent: options.onEvent },
      options.skip,
      feed,
    );
  }

  /** Gathers what finished of a run without submitting anything; `wait` keeps going until all did. */
  async collect(manifest: RunManifest, options: CollectOptions): Promise<{ unfinished: number }> {
    await this.attach(manifest.runId, options.signal);
    await this.recoverLostSubmissions(manifest.runId);
    const live = this.liveSubmissions(this.options.plan.jobs);
    return this.track(manifest, live, options, new Set());
  }

  /** Ends every unfinished job of the run: CancelJob before a job starts, TerminateJob after. */
  async cancel(
    manifest: RunManifest,
    signal: AbortSignal = new AbortController().signal,
  ): Promise<{ cancelled: number; terminated: number }> {
    await this.attach(manifest.runId, signal);
    await this.recoverLostSubmissions(manifest.runId);
    return this.cancelLive(this.liveSubmissions(this.options.plan.jobs));
  }

  private async attach(runId: string, signal: AbortSignal): Promise<RunManifest> {
    this.api = new BatchApi(this.options.clients.batch, { policy: this.policy, now: this.now, signal });
    this.results = new S3Io(this.options.clients.s3, this.options.store.location.bucket, this.policy);
    const manifest = await this.options.store.readManifest(runId);
    this.submissions = manifest.submissions ?? [];
    this.owner.clear();
    for (const sub of this.submissions) for (const id of sub.jobIds) this.owner.set(id, sub);
    const records = await this.options.store.readRecords(runId);
    this.recorded = new Set(records.map(recordKey));
    this.attemptsRecorded.clear();
    for (const r of records) this.noteAttempt(r);
    return manifest;
  }

  /** A SubmitJob whose answer never reached the manifest (a crash) is found again by its name. */
  private async recoverLostSubmissions(runId: string): Promise<void> {
    let changed = false;
    for (const sub of this.submissions) {
      if (sub.remoteId) continue;
      const found = await this.api.findByName(sub.queue, sub.name);
      if (found) {
        sub.remoteId = found;
        sub.submittedAt ??= new Date(this.now()).toISOString();
        changed = true;
      }
    }
    this.submissions = this.submissions.filter((s) => s.remoteId !== undefined);
    if (changed) await this.saveSubmissions(runId);
  }

  /** Submissions still worth watching: not collected, and the newest holder of a job we want. */
  private liveSubmissions(wanted: readonly PlannedJob[]): Live[] {
    const wantedIds = new Set(wanted.map((j) => j.id));
    return this.submissions
      .filter(
        (sub) => !sub.collected && sub.jobIds.some((id) => wantedIds.has(id) && this.owner.get(id) === sub),
      )
      .map((sub) => this.liveOf(sub));
  }

  private liveOf(sub: RemoteSubmission): Live {
    return {
      sub,
      jobs: sub.jobIds.map((id) => {
        const job = this.jobsById.get(id);
        if (!job) throw new Error(`the run's manifest names job ${id}, which its plan does not have`);
        return job;
      }),
      done: new Set(),
      seen: { SUCCEEDED: 0, FAILED: 0 },
      counts: {},
      lastChildFetch: -Infinity,
    };
  }

  private async saveSubmissions(runId: string): Promise<void> {
    await this.options.store.updateManifest(runId, {
      submissions: this.submissions,
      updatedAt: new Date(this.now()).toISOString(),
    });
  }

  // ---- submission ---------------------------------------------------------------------------

  private async submit(
    manifest: RunManifest,
    jobs: readonly PlannedJob[],
    skip: ReadonlySet<string>,
    reason: string,
    queueOf?: (job: PlannedJob) => string,
  ): Promise<Live[]> {
    const exp = this.options.experiment;
    if (!exp) throw new Error('submitting needs the experiment (its stages and image)');
    const units = submissionUnits(jobs, queueOf ?? ((job) => requireQueue(job)));
    const definitions = new Map<string, string>();
    for (const stageName of new Set(units.map((u) => u.stage))) {
      definitions.set(stageName, await this.jobDefinitionFor(exp, stageOf(exp, stageName)));
    }
    const runTag = shortHash(manifest.runId, 8);
    const planned = units.map((unit) => {
      const sub: RemoteSubmission = {
        name: batchName(['bb', runTag, unit.stage, unit.cellId, String(this.submissions.length)]),
        queue: unit.queue,
        jobIds: unit.jobs.map((j) => j.id),
        reason,
      };
      this.submissions.push(sub);
      return { unit, sub };
    });
    // The intent is durable before the first SubmitJob: a crash in between is recovered by name.
    await this.saveSubmissions(manifest.runId);
    const base = jobResultsPrefix(this.options.store.location, manifest.experiment, manifest.runId);
    const live: Live[] = [];
    for (const { unit, sub } of planned) {
      const owners = new Map<string, { remoteId: string; jobIds: readonly string[] }>();
      for (const job of unit.jobs) {
        for (const need of job.needs) {
          const o = this.owner.get(need);
          if (o?.remoteId) owners.set(need, { remoteId: o.remoteId, jobIds: o.jobIds });
        }
      }
      const dependsOn = dependenciesOf(unit.jobs, owners, skip);
      const stage = stageOf(exp, unit.stage);
      sub.remoteId = await this.api.submit({
        jobName: sub.name,
        jobQueue: sub.queue,
        jobDefinition: definitions.get(unit.stage) as string,
        ...(unit.jobs.length >= 2 ? { arrayProperties: { size: unit.jobs.length } } : {}),
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
        containerOverrides: {
          command: stage.run.command.map((c) =>
            renderMatrixOnly(c, cellValues(this.options.plan, unit.cellId)),
          ),
          environment: this.environment(manifest, unit, stage, base),
          ...resourceOverrides(unit.jobs[0]?.resources, stage.resources),
        },
        timeout: {
          attemptDurationSeconds: Math.max(MIN_ATTEMPT_SECONDS, Math.ceil(stage.resources.timeoutSec)),
        },
        tags: this.tags(manifest, unit),
        propagateTags: true,
      });
      sub.submittedAt = new Date(this.now()).toISOString();
      for (const id of sub.jobIds) this.owner.set(id, sub);
      await this.saveSubmissions(manifest.runId);
      this.log(
        `submitted ${sub.name} (${sub.jobIds.length === 1 ? '1 job' : `array of ${sub.jobIds.length}`}) to ${sub.queue}: ${sub.remoteId}`,
      );
      live.push(this.liveOf(sub));
    }
    return live;
  }

  private async jobDefinitionFor(exp: Experiment, stage: StageSpec): Promise<string> {
    if (stage.compute.jobDefinition) return stage.compute.jobDefinition;
    const imageUri = exp.image?.uri ?? this.options.imageUri;
    if (!imageUri) {
      throw new Error(
        `stage ${stage.name} runs on AWS Batch but has no image: set image.uri in the file or pass an image URI`,
      );
    }
    const input = jobDefinitionInput({
      experiment: exp.name,
      stage,
      imageUri,
      platform: stage.compute.platform,
      ...(stage.compute.jobRoleArn ? { jobRoleArn: stage.compute.jobRoleArn } : {}),
      ...((stage.compute.executionRoleArn ?? this.options.executionRoleArn)
        ? { executionRoleArn: stage.compute.executionRoleArn ?? this.options.executionRoleArn }
        : {}),
    });
    return ensureJobDefinition(this.options.clients.batch, input, this.policy);
  }

  private environment(
    manifest: RunManifest,
    unit: SubmissionUnit,
    stage: StageSpec,
    base: string,
  ): KeyValuePair[] {
    const matrix = cellValues(this.options.plan, unit.cellId);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(stage.run.env)) env[k] = renderMatrixOnly(v, matrix);
    Object.assign(env, {
      BATCHBENCH_RUN_ID: manifest.runId,
      BATCHBENCH_EXPERIMENT: manifest.experiment,
      BATCHBENCH_STAGE: unit.stage,
      // The runner builds the workload's environment (domain/plan/workload-env.ts) from these.
      BATCHBENCH_CELL: unit.cellId,
      BATCHBENCH_MATRIX: JSON.stringify(matrix),
      BATCHBENCH_RUN_ENV_NAMES: JSON.stringify(Object.keys(stage.run.env)),
      BATCHBENCH_RESULTS: `s3://${this.options.store.location.bucket}/${base}`,
      // fan-out.items may be a matrix axis: the cell's own count.
      BATCHBENCH_TASKS: JSON.stringify(
        layoutFor(unit.jobs, stageInCell(stage, cellValues(this.options.plan, unit.cellId)).fanOut?.items),
      ),
    });
    const pairs = Object.entries(env).map(([name, value]) => ({ name, value }));
    // A SubmitJob request is at most 30 KiB (platform facts 3); leave room for the rest of it.
    const size = JSON.stringify(pairs).length;
    if (size > 24 * 1024) {
      throw new Error(
        `the environment of ${unit.stage}.${unit.cellId} is ${size} bytes, too large for one SubmitJob (30 KiB)`,
      );
    }
    return pairs;
  }

  private tags(manifest: RunManifest, unit: SubmissionUnit): Record<string, string> {
    const compute = unit.jobs[0]?.compute.tags ?? {};
    const commit = this.options.gitCommit ?? manifest.gitCommit;
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

  // ---- tracking -----------------------------------------------------------------------------

  private async track(
    manifest: RunManifest,
    live: Live[],
    options: CollectOptions,
    skip: ReadonlySet<string>,
    feed?: Feed,
  ): Promise<{ unfinished: number }> {
    const minMs = this.options.poll?.minMs ?? 2_000;
    const maxMs = this.options.poll?.maxMs ?? 60_000;
    const deadline = this.options.deadlineMs === undefined ? Infinity : this.now() + this.options.deadlineMs;
    let interval = minMs;
    for (;;) {
      if (feed) live.push(...(await feed.more()));
      const open = live.filter((l) => !l.sub.collected);
      if (open.length === 0) return { unfinished: 0 };
      if (options.signal.aborted) {
        await this.cancelLive(open);
        await this.sweepCancelled(manifest, open, options);
        return { unfinished: 0 };
      }
      const before = this.progressKey(open);
      const moved = await this.pollOnce(manifest, open, options, skip);
      if (moved.length > 0) live.push(...moved);
      const remaining = live.filter((l) => !l.sub.collected);
      if (remaining.length === 0) {
        // Room for what waits to be submitted: submit it now rather than after a poll interval.
        if (feed && feed.left() > 0 && !options.signal.aborted) continue;
        return { unfinished: 0 };
      }
      if (!options.wait || this.now() >= deadline) {
        const unfinished = remaining.reduce((n, l) => n + l.jobs.length - l.done.size, 0);
        if (feed && feed.left() > 0) this.log(`${feed.left()} jobs were never submitted: run them again`);
        if (options.wait)
          this.log(
            `deadline reached: ${unfinished} jobs still running; gather them later with: batchbench collect ${manifest.runId}`,
          );
        return { unfinished };
      }
      interval = this.progressKey(remaining) !== before ? minMs : Math.min(maxMs, interval * 1.5);
      const jittered = interval * (0.8 + 0.4 * this.random());
      await this.sleep(Math.max(0, Math.min(jittered, deadline - this.now())), options.signal);
    }
  }

  private progressKey(live: readonly Live[]): string {
    return live.map((l) => `${l.sub.remoteId}:${JSON.stringify(l.counts)}:${l.done.size}`).join('|');
  }

  /** One look at every open submission: parents' summaries, then children only where some finished. */
  private async pollOnce(
    manifest: RunManifest,
    open: Live[],
    options: CollectOptions,
    skip: ReadonlySet<string>,
  ): Promise<Live[]> {
    const details = new Map(
      (await this.api.describe(open.map((l) => l.sub.remoteId as string))).map((d) => [d.jobId, d]),
    );
    const finished: { live: Live; views: BatchJobView[] }[] = [];
    for (const l of open) {
      const detail = details.get(l.sub.remoteId);
      if (!detail) continue;
      if (l.jobs.length === 1) {
        l.counts = { [detail.status as string]: 1 };
        if (TERMINAL.includes(detail.status as string)) finished.push({ live: l, views: [toView(detail)] });
        continue;
      }
      l.counts = summaryOf(detail);
      const views = await this.finishedChildren(l);
      if (views.length > 0) finished.push({ live: l, views });
    }
    this.reportCounts(open);
    const fallback: PlannedJob[] = [];
    for (const { live, views } of finished)
      fallback.push(...(await this.collectViews(manifest, live, views, options)));
    fallback.push(...(await this.checkRunnable(open)));
    if (fallback.length === 0 || options.signal.aborted) return [];
    const exp = this.options.experiment;
    if (!exp) return [];
    const done = new Set([...skip, ...this.succeededIds()]);
    return this.submit(
      manifest,
      fallback,
      done,
      'spot-then-on-demand fallback',
      (job) => job.compute.fallbackQueue as string,
    );
  }

  private noteAttempt(record: JobRecord): void {
    const list = this.attemptsRecorded.get(record.jobId) ?? [];
    list.push({ attempt: record.attempt, queuedAt: record.queuedAt });
    this.attemptsRecorded.set(record.jobId, list);
  }

  /** The highest attempt recorded for a job by Batch jobs other than the one created at createdAt. */
  private earlierAttempts(jobId: string, createdAt: number | undefined): number {
    if (createdAt === undefined) return 0;
    const others = (this.attemptsRecorded.get(jobId) ?? []).filter((r) => r.queuedAt !== createdAt);
    return Math.max(0, ...others.map((r) => r.attempt));
  }

  private succeededIds(): string[] {
    return [...this.recorded].filter((k) => k.endsWith('#succeeded')).map((k) => k.split('#')[0] as string);
  }

  /** The children that finished since the last look, fetched only when the summary says so. */
  private async finishedChildren(l: Live): Promise<BatchJobView[]> {
    const size = l.jobs.length;
    const succeeded = l.counts.SUCCEEDED ?? 0;
    const failed = l.counts.FAILED ?? 0;
    const newly = succeeded + failed - l.seen.SUCCEEDED - l.seen.FAILED;
    if (newly <= 0) return [];
    const all = succeeded + failed === size;
    // Listing children costs calls in proportion to the array: wait for a worthwhile batch.
    const worth = newly >= Math.max(1, Math.ceil(size / 20)) || this.now() - l.lastChildFetch >= 60_000;
    if (!all && !worth) return [];
    const views: BatchJobView[] = [];
    for (const status of ['SUCCEEDED', 'FAILED'] as const) {
      if ((l.counts[status] ?? 0) > l.seen[status]) {
        for (const child of await this.api.children(l.sub.remoteId as string, status)) {
          if (!l.done.has(childIndex(child.jobId))) views.push(toView(child));
        }
      }
    }
    l.seen = { SUCCEEDED: succeeded, FAILED: failed };
    l.lastChildFetch = this.now();
    return views;
  }

  private reportCounts(open: readonly Live[]): void {
    const totals: Record<string, number> = {};
    for (const l of open) for (const [k, v] of Object.entries(l.counts)) totals[k] = (totals[k] ?? 0) + v;
    const line = ALL_STATUSES.filter((s) => totals[s])
      .map((s) => `${totals[s]} ${s}`)
      .join(', ');
    if (line && line !== this.lastCounts) {
      this.lastCounts = line;
      this.log(`aws-batch: ${line}`);
    }
  }

  /** Warns about jobs stuck RUNNABLE; under spot-then-on-demand moves them to the fallback queue. */
  private async checkRunnable(open: readonly Live[]): Promise<PlannedJob[]> {
    const warnMs = this.options.runnableWarnMs ?? 10 * 60_000;
    const fallbackMs = this.options.fallbackAfterMs ?? 15 * 60_000;
    const moved: PlannedJob[] = [];
    for (const l of open) {
      const runnable = l.counts.RUNNABLE ?? 0;
      if (runnable === 0) {
        delete l.runnableSince;
        continue;
      }
      l.runnableSince ??= this.now();
      const waited = this.now() - l.runnableSince;
      const job = l.jobs[0] as PlannedJob;
      if (waited >= warnMs && !l.warned) {
        l.warned = true;
        const r = job.resources;
        this.log(
          `warning: ${runnable} jobs of ${l.sub.name} RUNNABLE for ${waited < 60_000 ? `${Math.round(waited / 1000)} s` : `${Math.round(waited / 60_000)} min`} on ${l.sub.queue}. Likely: ` +
            `no capacity for the compute environment's instance types (Spot or the Availability Zones have none), ` +
            `its max vCPUs reached by other jobs, or no allowed instance type fits ${r.vcpus} vCPUs, ` +
            `${Math.round(r.memoryBytes / 2 ** 20)} MiB${r.gpus > 0 ? `, ${r.gpus} GPUs` : ''} (Batch keeps some memory for itself).`,
        );
      }
      const fallbackQueue = job.compute.fallbackQueue;
      if (
        job.compute.capacity === 'spot-then-on-demand' &&
        fallbackQueue &&
        l.sub.queue !== fallbackQueue &&
        waited >= fallbackMs
      ) {
        moved.push(...(await this.moveUnstarted(l)));
      }
    }
    return moved;
  }

  private async moveUnstarted(l: Live): Promise<PlannedJob[]> {
    const parent = l.sub.remoteId as string;
    let indexes: number[];
    if (l.jobs.length === 1) {
      indexes = [0];
    } else {
      indexes = [];
      for (const status of UNSTARTED) {
        if ((l.counts[status] ?? 0) > 0) {
          for (const child of await this.api.children(parent, status as BatchStatus))
            indexes.push(childIndex(child.jobId));
        }
      }
    }
    // Moved once is moved for good: a second look while the cancel takes effect must not resubmit.
    indexes = indexes.filter((i) => !l.done.has(i));
    delete l.runnableSince;
    if (indexes.length === 0) return [];
    // Cancelling the parent cancels only the children that have not started (platform facts 8).
    await this.api.cancel(parent, FALLBACK_REASON);
    // The moved jobs belong to the fallback submission from now on: this one records nothing
    // more for them, so a late end of the cancelled child never follows the real record.
    for (const i of indexes) l.done.add(i);
    if (l.done.size === l.jobs.length) l.sub.collected = true;
    const jobs = indexes.map((i) => l.jobs[i] as PlannedJob);
    this.log(
      `${jobs.length} jobs of ${l.sub.name} waited too long for Spot; moving them to ${jobs[0]?.compute.fallbackQueue}`,
    );
    return jobs;
  }

  // ---- collection ---------------------------------------------------------------------------

  /** Records for finished jobs; returns the jobs Spot reclaimed to the end, for the fallback queue. */
  private async collectViews(
    manifest: RunManifest,
    l: Live,
    views: BatchJobView[],
    options: CollectOptions,
  ): Promise<PlannedJob[]> {
    const base = jobResultsPrefix(this.options.store.location, manifest.experiment, manifest.runId);
    const attemptsOf = await this.resultAttempts(
      base,
      views.map((v) => l.jobs[childIndexOf(v, l)] as PlannedJob),
    );
    // Summaries (ListJobs) lack attempts and log streams: describe the children that need them.
    const needDetail = views.filter((v) => {
      const job = l.jobs[childIndexOf(v, l)] as PlannedJob;
      return (
        v.attempts === undefined &&
        (v.status === 'FAILED' || Math.max(0, ...(attemptsOf.get(job.id) ?? [])) !== 1)
      );
    });
    if (needDetail.length > 0) {
      const detailed = new Map(
        (await this.api.describe(needDetail.map((v) => v.batchJobId))).map((d) => [d.jobId, toView(d)]),
      );
      // Keep what the caller decided about the job (a cancel stamps unfinished jobs as such).
      views = views.map((v) => {
        const d = detailed.get(v.batchJobId);
        if (!d) return v;
        return {
          ...d,
          status: v.status,
          ...(v.statusReason ? { statusReason: v.statusReason } : {}),
          ...(v.stoppedAt ? { stoppedAt: v.stoppedAt } : {}),
        };
      });
    }
    const moved: PlannedJob[] = [];
    const work = views.map((view) => ({ view, index: childIndexOf(view, l) }));
    const concurrency = this.options.collectConcurrency ?? 16;
    const built = await mapLimit(work, concurrency, async ({ view, index }) => {
      const job = l.jobs[index] as PlannedJob;
      const results = new Map<number, ResultObject>();
      const own: number[] = [];
      for (const a of attemptsOf.get(job.id) ?? []) {
        const text = await this.results.get(`${base}${job.id}/${a}.json`);
        const parsed = text === undefined ? undefined : parseResultObject(text);
        // Attempts of the same task by another Batch job (Spot, before the move to the fallback
        // queue) were recorded with that job: counting them here would make them this one's.
        if (parsed?.batchJobId !== undefined && parsed.batchJobId !== view.batchJobId) continue;
        own.push(a);
        if (parsed) results.set(a, parsed);
      }
      const count = Math.max(1, view.attempts?.length ?? 0, ...own);
      const superseded = this.owner.get(job.id) !== l.sub;
      const reclaimed =
        !superseded &&
        view.status === 'FAILED' &&
        job.compute.capacity === 'spot-then-on-demand' &&
        job.compute.fallbackQueue !== undefined &&
        l.sub.queue !== job.compute.fallbackQueue &&
        /^Host EC2/.test(view.attempts?.at(-1)?.statusReason ?? view.statusReason ?? '');
      const final = !superseded && !reclaimed;
      const stream = view.attempts?.at(-1)?.logStreamName ?? view.logStreamName;
      const tail =
        final && view.status === 'FAILED' && stream
          ? await logTail(this.options.clients.logs, stream, this.policy)
          : undefined;
      const records: JobRecord[] = [];
      // A task run again by a new Batch job (the fallback queue) numbers its attempts on from
      // the earlier job's, so the last attempt stays the one that decides the task.
      const before = this.earlierAttempts(job.id, view.createdAt);
      for (let a = 1; a <= count; a++) {
        const isFinal = final && a === count;
        // A job cancelled before it started, to run elsewhere, cost nothing and left nothing to record.
        if (!isFinal && superseded && view.attempts?.[a - 1]?.startedAt === undefined && !results.has(a))
          continue;
        const one = batchRecord({
          job,
          runId: manifest.runId,
          view,
          attempt: a,
          final: isFinal,
          ...(results.get(a) ? { result: results.get(a) as ResultObject } : {}),
          ...(isFinal && tail ? { logTail: tail } : {}),
          queue: l.sub.queue,
          ...(job.compute.fallbackQueue ? { fallbackQueue: job.compute.fallbackQueue } : {}),
          collectedAt: this.now(),
        });
        records.push(before > 0 ? { ...one, attempt: before + a } : one);
      }
      if (reclaimed) moved.push(job);
      return { index, records, final };
    });
    // Emitted together, so a store that batches writes (S3) writes them in a few objects.
    const events: ExecutorEvent[] = [];
    for (const { index, records, final } of built) {
      l.done.add(index);
      for (const record of records) {
        if (this.recorded.has(recordKey(record))) continue;
        this.recorded.add(recordKey(record));
        this.noteAttempt(record);
        const isLast = final && record === records[records.length - 1];
        if (
          record.attempt === 1 &&
          (record.status !== 'cancelled' || record.commandStartedAt !== undefined)
        ) {
          events.push({ type: 'job-started', jobId: record.jobId, attempt: 1, at: record.startedAt });
        }
        events.push(isLast ? { type: 'job-finished', record } : { type: 'job-retrying', record });
      }
    }
    for (let i = 0; i < events.length; i += 1000)
      await Promise.all(events.slice(i, i + 1000).map((e) => options.onEvent(e)));
    if (l.done.size === l.jobs.length) {
      l.sub.collected = true;
      await this.saveSubmissions(manifest.runId);
    }
    return moved;
  }

  /** Which attempts have a result object, for the given jobs, from one listing of the run. */
  private async resultAttempts(base: string, jobs: readonly PlannedJob[]): Promise<Map<string, number[]>> {
    const wanted = new Set(jobs.map((j) => j.id));
    const out = new Map<string, number[]>();
    const keys =
      jobs.length <= 20
        ? (await Promise.all(jobs.map((j) => this.results.keys(`${base}${j.id}/`)))).flat()
        : await this.results.keys(base);
    for (const key of keys) {
      const m = /^(.+)\/(\d+)\.json$/.exec(key.slice(base.length));
      if (!m || !wanted.has(m[1] as string)) continue;
      const list = out.get(m[1] as string) ?? [];
      list.push(Number(m[2]));
      out.set(m[1] as string, list);
    }
    return out;
  }

  // ---- cancellation -------------------------------------------------------------------------

  private async cancelLive(open: readonly Live[]): Promise<{ cancelled: number; terminated: number }> {
    let cancelled = 0;
    let terminated = 0;
    const details = await this.api.describe(open.map((l) => l.sub.remoteId as string));
    for (const detail of details) {
      const counts = detail.arrayProperties?.statusSummary
        ? summaryOf(detail)
        : { [detail.status as string]: 1 };
      const unstarted = UNSTARTED.reduce((n, s) => n + (counts[s] ?? 0), 0);
      const started = STARTED.reduce((n, s) => n + (counts[s] ?? 0), 0);
      if (unstarted > 0) {
        await this.api.cancel(detail.jobId as string, CANCEL_REASON);
        cancelled += unstarted;
      }
      if (started > 0) {
        await this.api.terminate(detail.jobId as string, CANCEL_REASON);
        terminated += started;
      }
    }
    if (cancelled + terminated > 0)
      this.log(`cancelled ${cancelled} waiting and terminated ${terminated} running AWS Batch jobs`);
    return { cancelled, terminated };
  }

  /** After a cancel: what had finished gets its real record, the rest a cancelled one. */
  private async sweepCancelled(manifest: RunManifest, open: Live[], options: CollectOptions): Promise<void> {
    const details = new Map(
      (await this.api.describe(open.map((l) => l.sub.remoteId as string))).map((d) => [d.jobId, d]),
    );
    for (const l of open) {
      const detail = details.get(l.sub.remoteId);
      if (!detail) continue;
      let views: BatchJobView[];
      if (l.jobs.length === 1) {
        views = [toView(detail)];
      } else {
        l.counts = summaryOf(detail);
        views = [];
        for (const status of ALL_STATUSES) {
          if ((l.counts[status] ?? 0) === 0) continue;
          for (const child of await this.api.children(l.sub.remoteId as string, status)) {
            if (!l.done.has(childIndex(child.jobId))) views.push(toView(child));
          }
        }
      }
      const stamped = views.map((v) =>
        TERMINAL.includes(v.status)
          ? v
          : { ...v, status: 'FAILED', statusReason: CANCEL_REASON, stoppedAt: this.now() },
      );
      await this.collectViews(manifest, l, stamped, options);
      l.sub.collected = true;
    }
    await this.saveSubmissions(manifest.runId);
  }
}

/** What execute() has yet to submit under maxActive: `more` submits as much as there is room for. */
interface Feed {
  more(): Promise<Live[]>;
  left(): number;
}

/** The longest prefix of `jobs` within `room` vCPUs: order is kept, as a FIFO queue would. */
function fitVcpus(jobs: readonly PlannedJob[], room: number): PlannedJob[] {
  let used = 0;
  let n = 0;
  for (const job of jobs) {
    if (used + job.resources.vcpus > room + 1e-9) break;
    used += job.resources.vcpus;
    n++;
  }
  return jobs.slice(0, n);
}

/** vCPUs asked for by jobs submitted and not yet finished. */
function unfinishedVcpus(live: readonly Live[]): number {
  let total = 0;
  for (const l of live) {
    if (l.sub.collected) continue;
    l.jobs.forEach((job, i) => {
      if (!l.done.has(i)) total += job.resources.vcpus;
    });
  }
  return total;
}

/** Jobs submitted and not yet finished. */
function unfinished(live: readonly Live[]): number {
  return live.filter((l) => !l.sub.collected).reduce((n, l) => n + l.jobs.length - l.done.size, 0);
}

function recordKey(r: JobRecord): string {
  return `${r.jobId}#${r.attempt}#${r.queuedAt}#${r.status}`;
}

function childIndex(batchJobId: string | undefined): number {
  const m = /:(\d+)$/.exec(batchJobId ?? '');
  return m ? Number(m[1]) : 0;
}

function childIndexOf(view: BatchJobView, l: Live): number {
  return l.jobs.length === 1 ? 0 : childIndex(view.batchJobId);
}

function summaryOf(detail: JobDetail): Record<string, number> {
  const summary = detail.arrayProperties?.statusSummary ?? {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(summary)) if (v) out[k] = v;
  return out;
}

function requireQueue(job: PlannedJob): string {
  if (!job.compute.queue)
    throw new Error(`job ${job.id} runs on AWS Batch but its stage names no compute.queue`);
  return job.compute.queue;
}

function stageOf(exp: Experiment, name: string): StageSpec {
  const stage = exp.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`the experiment has no stage ${name}`);
  return stage;
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
  stage: StageSpec['resources'],
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
