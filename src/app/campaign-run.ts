import type { PriceTable } from '../domain/cost/price-table.js';
import { jobCost } from '../domain/cost/job-cost.js';
import { sumKnown } from '../domain/cost/known-sum.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import type { CampaignRunSummary } from '../domain/campaign/campaign-report.js';
import { entriesFromRecords } from '../domain/campaign/history.js';
import type { HistoryEntry, HistoryStore } from '../domain/campaign/history.js';
import type { CampaignJob, CampaignPlan } from '../domain/campaign/plan-types.js';
import { compareWeek } from '../domain/campaign/regression.js';
import { queueFor } from '../domain/campaign/queue-names.js';
import type { Cell, Plan, PlannedJob } from '../domain/plan/plan.js';
import type { Experiment, StageSpec } from '../domain/spec/experiment.js';
import type { JobRecord } from '../domain/results/job-record.js';
import { formatDuration } from '../domain/spec/units.js';
import type { Executor } from '../ports/executor.js';
import type { Progress } from '../ports/progress.js';
import type { RunManifest } from '../ports/run-store.js';

export interface CampaignRunDeps {
  /** Runs at most max-concurrent jobs at once and fills a free place at once (the caller sizes it). */
  executor: Executor;
  history: HistoryStore;
  /** Where each attempt's run is kept when its jobs outlive this process (AWS Batch); absent locally. */
  runs?: AttemptRuns;
  prices: PriceTable;
  /** Counts by status, percentage done and ETA as jobs finish; retry rounds and the like as log lines. */
  progress: Progress;
  now: () => number;
  /** Waits between retry rounds; tests pass one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  signal: AbortSignal;
  /** Backoff before the first retry round (default 30 s); doubled for each further round. */
  backoffMs?: number;
}

/**
 * The runs of a window's attempts: attempt k of window run R is the run `R-a<k>` (attemptRunId),
 * holding the jobs of every wave that round k ran. Kept where the jobs' backend keeps runs, so a
 * process started again with the same window run id finds what each attempt finished and the
 * executor attaches to what it submitted, instead of running any job twice.
 */
export interface AttemptRuns {
  /** Creates the run if it is new; the final record of each job that finished in it so far. */
  open(runId: string): Promise<JobRecord[]>;
  /** Keeps a job's final record of that attempt; durable once it resolves. */
  finished(runId: string, record: JobRecord): Promise<void>;
  /** Marks the run ended, so nothing takes it for one still running. */
  close(runId: string, status: Exclude<RunManifest['status'], 'running'>): Promise<void>;
}

export function attemptRunId(windowRunId: string, attempt: number): string {
  return `${windowRunId}-a${attempt}`;
}

export interface CampaignRunOutcome {
  summary: CampaignRunSummary;
  /** The record that decided each job: its success, or its last failure. */
  records: JobRecord[];
  entries: HistoryEntry[];
  /**
   * Every job had finished and its samples were in the history before this process came: a
   * window run again after it was reported (a scheduled re-run), which ran and added nothing.
   */
  alreadyRecorded: boolean;
}

const MIB = 1024 * 1024;
/** What a job asks for where nothing says more: locally, or an instance type the price table lacks. */
const ONE_VCPU = { vcpus: 1, memoryBytes: 512 * MIB } as const;

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

/** What the report says first when its numbers are not what they are named after. */
function placementWarnings(plan: CampaignPlan, batch: BatchTarget | undefined): string[] {
  if (!batch)
    return ['local backend: every job ran on this machine, not on the instance type it is named after'];
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
 * A campaign job as the executors know jobs: the benchmark program with its variant flag. On
 * AWS Batch the stage is the base benchmark, so one array job holds an instance type x variant cell.
 */
export function toPlannedJob(job: CampaignJob, c: Campaign, week: string, batch?: BatchTarget): PlannedJob {
  const program = programOf(c, job.benchmark);
  return {
    id: job.id,
    stage: batch ? job.benchmark : 'campaign',
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
      ...(batch ? wholeInstance(job) : ONE_VCPU),
      gpus: 0,
      timeoutSec: Math.max(60, 3 * job.estimatedSeconds),
      // Retries are rounds with backoff here, not the executor's immediate ones.
      retries: 0,
      retryOn: [],
    },
    compute: {
      backend: batch ? 'aws-batch' : 'local',
      ...(batch ? queuesOf(job, batch) : {}),
      region: c.region,
      instanceType: job.instanceType,
      capacity: job.capacity,
      platform: 'ec2',
      tags: { campaign: c.name, week },
    },
    needs: [],
  };
}

/**
 * The experiment and plan BatchExecutor submits from, for one window's jobs: a stage per base
 * benchmark whose command takes the variant from the cell, since Batch runs a stage's command.
 */
export function campaignBatchPlan(
  c: Campaign,
  plan: CampaignPlan,
  jobs: readonly CampaignJob[],
  batch: BatchTarget,
): { experiment: Experiment; plan: Plan } {
  const planned = jobs.map((j) => toPlannedJob(j, c, plan.week, batch));
  const cells = new Map<string, Cell>();
  for (const [i, j] of jobs.entries()) {
    const p = planned[i] as PlannedJob;
    cells.set(p.cellId, {
      id: p.cellId,
      values: { instance_type: j.instanceType, benchmark: j.benchmark, variant: j.variant },
    });
  }
  const stages: StageSpec[] = [...new Set(jobs.map((j) => j.benchmark))].map((benchmark) => {
    const first = planned.find((p) => p.stage === benchmark) as PlannedJob;
    const timeoutSec = Math.max(
      ...planned.filter((p) => p.stage === benchmark).map((p) => p.resources.timeoutSec),
    );
    return {
      name: benchmark,
      needs: [],
      run: {
        command: [...programOf(c, benchmark), '--variant', '${{ matrix.variant }}'],
        env: {
          BATCHBENCH_CAMPAIGN: c.name,
          BATCHBENCH_CAMPAIGN_WEEK: plan.week,
          BATCHBENCH_INSTANCE_TYPE: '${{ matrix.instance_type }}',
          BATCHBENCH_BENCHMARK: benchmark,
          BATCHBENCH_VARIANT: '${{ matrix.variant }}',
        },
      },
      resources: { ...first.resources, timeoutSec },
      // The job definition is the stage's: Spot jobs in it get Batch's retries for a lost host.
      // Queue and instance type are each job's own (a stage spans instance types).
      compute: {
        ...withoutPlacement(first.compute),
        capacity: planned.some((p) => p.stage === benchmark && p.compute.capacity !== 'on-demand')
          ? 'spot-then-on-demand'
          : 'on-demand',
      },
    };
  });
  const experiment: Experiment = {
    version: 1,
    kind: 'experiment',
    name: c.name,
    file: c.file,
    matrix: { axes: {}, include: [], exclude: [] },
    repeats: c.repeats,
    stages,
    results: { store: c.results.store, metrics: [] },
    analysis: { targets: [], stragglerFactor: 1.5, confidence: 0.95 },
    budget: {},
    costs: { storage: [], transferOutBytes: 0 },
    compare: [],
  };
  const seconds = jobs.reduce((t, j) => t + j.estimatedSeconds, 0);
  const usd = sumKnown(jobs.map((j) => j.estimatedUsd));
  return {
    experiment,
    plan: {
      experiment: c.name,
      file: c.file,
      cells: [...cells.values()],
      stages: stages.map((s) => s.name),
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
    },
  };
}

function withoutPlacement(compute: PlannedJob['compute']): StageSpec['compute'] {
  const { queue: _q, fallbackQueue: _f, instanceType: _i, ...rest } = compute;
  return rest;
}

/** The jobs of one window on one day. */
export function windowJobs(plan: CampaignPlan, day: number, window: string): CampaignJob[] {
  return plan.jobs.filter((j) => j.day === day && j.window === window);
}

/**
 * Runs one window's share of the week, wave after wave: a wave's failed jobs are retried in
 * rounds, with exponential backoff, up to the campaign's retry limit before the next wave starts.
 * Round k runs as the attempt run `<runId>-a<k>`, so it submits the failed jobs anew, while a
 * process started again for the same round attaches to what it submitted. Progress: counts by
 * status, percentage done, ETA. The deciding record of each job goes into the history (samples
 * of successes only), and this week is compared with the earlier ones.
 */
export async function runCampaignWindow(
  args: {
    campaign: Campaign;
    plan: CampaignPlan;
    day: number;
    window: string;
    /** The window's run; windowRunId gives one that a process started again finds. */
    runId: string;
    /** Set for the aws-batch backend: where the jobs go. */
    batch?: BatchTarget;
  },
  deps: CampaignRunDeps,
): Promise<CampaignRunOutcome> {
  const { campaign: c, plan, day, window } = args;
  const { progress } = deps;
  const jobs = windowJobs(plan, day, window);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const date = plan.days.find((d) => d.day === day)?.date ?? '';
  const waves = [...new Set(jobs.map((j) => j.wave))].sort((a, b) => a - b);
  const lanes = c.schedule.maxConcurrent;
  const retries = c.schedule.retries;
  /** Attempt -> the final record of each job in that attempt's run. */
  const finals = new Map<number, Map<string, JobRecord>>();
  /** Every attempt's record, failures and the backend's own retries included: what was paid for. */
  const tries: JobRecord[] = [];
  /** The record that decides each job: its success, or a failure with no retry left. */
  const decided = new Map<string, JobRecord>();
  const started = deps.now();
  /** Estimated seconds of the jobs this process saw finish: the pace the ETA goes by. */
  let paceSeconds = 0;
  let inFlight = 0;

  const update = () => {
    const succeeded = [...decided.values()].filter((r) => r.status === 'succeeded').length;
    const running = Math.min(inFlight, lanes);
    const left = jobs.filter((j) => !decided.has(j.id)).reduce((t, j) => t + j.estimatedSeconds, 0);
    const elapsed = (deps.now() - started) / 1000;
    progress.update({
      queued: jobs.length - decided.size - running,
      running,
      succeeded,
      failed: decided.size - succeeded,
      total: jobs.length,
      // The plan's estimate until a job finished here, then the plan scaled by the pace seen.
      etaSeconds: paceSeconds > 0 ? (left * elapsed) / paceSeconds : left / lanes,
    });
  };
  const attemptRun = async (attempt: number): Promise<Map<string, JobRecord>> => {
    const known = finals.get(attempt);
    if (known) return known;
    const runId = attemptRunId(args.runId, attempt);
    const prior = (deps.runs ? await deps.runs.open(runId) : []).filter((r) => byId.has(r.jobId));
    if (prior.length > 0) progress.log(`${runId}: ${prior.length} jobs finished there already`);
    tries.push(...prior);
    const done = new Map(prior.map((r) => [r.jobId, r]));
    finals.set(attempt, done);
    return done;
  };

  progress.log(
    `${c.name} ${plan.week}: ${jobs.length} jobs in window ${window} of day ${day} (${date}), ` +
      `${waves.length} waves, at most ${lanes} at once; run ${args.runId}`,
  );
  const warnings = placementWarnings(plan, args.batch);
  for (const w of warnings) progress.log(`warning: ${w}`);
  /** Jobs this process ran or waited for, as opposed to found finished. */
  let executedHere = 0;
  // A job cancelled from outside (`batchbench cancel` on an attempt run, the Batch console) is
  // someone's decision to stop the window: it is not retried, and no later wave starts.
  let cancelledOutside = false;
  const settles = (r: JobRecord, last: boolean) => {
    if (r.status === 'cancelled') cancelledOutside = true;
    return r.status === 'succeeded' || r.status === 'cancelled' || last;
  };
  update();
  for (const wave of waves) {
    if (cancelledOutside) break;
    // In the order the plan's lanes start them.
    let pending = jobs
      .filter((j) => j.wave === wave)
      .sort((a, b) => a.startOffsetSeconds - b.startOffsetSeconds);
    for (let attempt = 1; pending.length > 0 && !deps.signal.aborted; attempt++) {
      const last = attempt > retries;
      const done = await attemptRun(attempt);
      const todo = pending.filter((j) => !done.has(j.id));
      // A round that was under way before this process started has had its backoff.
      if (attempt > 1 && todo.length === pending.length) {
        const wait = (deps.backoffMs ?? 30_000) * 2 ** (attempt - 2);
        progress.log(
          `wave ${wave}: retrying ${todo.length} failed job(s) in ${formatDuration(wait / 1000)} (retry ${attempt - 1} of ${retries})`,
        );
        await deps.sleep(wait);
        if (deps.signal.aborted) break;
      }
      if (todo.length > 0) {
        const runId = attemptRunId(args.runId, attempt);
        inFlight = todo.length;
        executedHere += todo.length;
        update();
        await deps.executor.execute(
          todo.map((j) => toPlannedJob(j, c, plan.week, args.batch)),
          {
            runId,
            skip: new Set(),
            signal: deps.signal,
            onEvent: async (e) => {
              if (e.type === 'job-started' || !byId.has(e.record.jobId)) return;
              tries.push(e.record);
              if (e.type === 'job-retrying') return;
              done.set(e.record.jobId, e.record);
              inFlight = Math.max(0, inFlight - 1);
              await deps.runs?.finished(runId, e.record);
              paceSeconds += byId.get(e.record.jobId)?.estimatedSeconds ?? 0;
              if (settles(e.record, last)) decided.set(e.record.jobId, e.record);
              update();
            },
          },
        );
        inFlight = 0;
      }
      const failed: CampaignJob[] = [];
      for (const j of pending) {
        const r = done.get(j.id);
        if (!r) continue;
        if (settles(r, last)) decided.set(j.id, r);
        else failed.push(j);
      }
      pending = last || cancelledOutside ? [] : failed;
    }
  }
  // Stopped between rounds (a cancel): a job is decided by its latest failure.
  const newestFirst = [...finals.keys()].sort((a, b) => b - a).map((k) => finals.get(k)!);
  for (const j of jobs) {
    const latest = decided.has(j.id) ? undefined : newestFirst.find((m) => m.has(j.id))?.get(j.id);
    if (latest) decided.set(j.id, latest);
  }
  update();
  progress.done();
  for (const [attempt, done] of finals) {
    const ok = [...done.values()].filter((r) => r.status === 'succeeded').length;
    const cancelled = deps.signal.aborted || [...done.values()].some((r) => r.status === 'cancelled');
    await deps.runs?.close(
      attemptRunId(args.runId, attempt),
      cancelled ? 'cancelled' : ok === done.size ? 'complete' : ok === 0 ? 'failed' : 'partial',
    );
  }

  const records = [...decided.values()];
  // A job the runner saw on another instance type than its own measured that type: its samples
  // would be compared under the wrong name, so they stay out of the history.
  const misplaced = new Set(
    records.filter((r) => r.instanceType !== undefined && r.instanceType !== byId.get(r.jobId)?.instanceType),
  );
  if (misplaced.size > 0) {
    const shown = [...misplaced].slice(0, 3).map((r) => `${r.jobId} on ${r.instanceType}`);
    const w =
      `${misplaced.size} job${misplaced.size === 1 ? '' : 's'} ran on another instance type than ` +
      `${misplaced.size === 1 ? 'its own' : 'their own'} (${shown.join(', ')}${misplaced.size > 3 ? ', ...' : ''}): ` +
      'their samples are left out of the history';
    warnings.push(w);
    progress.log(`warning: ${w}`);
  }
  const entries = entriesFromRecords(
    jobs,
    records.filter((r) => !misplaced.has(r)),
    plan.week,
    args.runId,
  );
  const before: HistoryEntry[] = [];
  for (const key of new Set(jobs.map((j) => `${j.instanceType}\n${j.variant}`))) {
    const [instanceType, variant] = key.split('\n') as [string, string];
    before.push(...(await deps.history.load(instanceType, variant)));
  }
  // A window run again once it finished (its workflow re-run) adds nothing twice.
  const fresh = entries.filter(
    (e) =>
      !before.some(
        (b) =>
          b.runId === e.runId &&
          b.instanceType === e.instanceType &&
          b.benchmark === e.benchmark &&
          b.date === e.date,
      ),
  );
  if (fresh.length > 0) await deps.history.append(fresh);
  const comparisons = compareWeek(plan.week, [...before, ...fresh], c);
  // Priced by the one job-cost formula, on what it ran on (a Spot job that fell back ran
  // on-demand); one attempt without a price makes the total unknown, never a smaller number.
  const actualUsd = sumKnown(
    tries.map((r) => {
      const job = byId.get(r.jobId);
      if (!job || job.vcpus === null || job.memoryGiB === null) return null;
      const onDemand = (r.capacity ?? (job.capacity === 'on-demand' ? 'on-demand' : 'spot')) === 'on-demand';
      const cost = jobCost({
        prices: deps.prices,
        compute: {
          backend: 'aws-batch',
          region: c.region,
          instanceType: job.instanceType,
          capacity: onDemand ? 'on-demand' : 'spot',
          platform: 'ec2',
          tags: {},
        },
        vcpus: job.vcpus,
        memoryBytes: job.memoryGiB * 1024 ** 3,
        seconds: (r.stoppedAt - r.startedAt) / 1000,
      });
      return cost.known ? cost.usd : null;
    }),
  );
  const succeeded = records.filter((r) => r.status === 'succeeded').length;
  return {
    summary: {
      campaign: c.name,
      week: plan.week,
      window: `${window} on day ${day} (${date})`,
      jobs: jobs.length,
      succeeded,
      failed: jobs.length - succeeded,
      attempts: tries.length,
      retries: tries.length - new Set(tries.map((r) => r.jobId)).size,
      estimatedUsd: sumKnown(jobs.map((j) => j.estimatedUsd)),
      actualUsd,
      comparisons,
      ...(warnings.length > 0 ? { warnings } : {}),
    },
    records,
    entries,
    alreadyRecorded: jobs.length > 0 && executedHere === 0 && fresh.length === 0,
  };
}
