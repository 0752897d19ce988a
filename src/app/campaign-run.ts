import type { PriceTable } from '../domain/cost/price-table.js';
import { instancePrice } from '../domain/cost/price-table.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import type { CampaignRunSummary } from '../domain/campaign/campaign-report.js';
import { entriesFromRecords } from '../domain/campaign/history.js';
import type { HistoryEntry, HistoryStore } from '../domain/campaign/history.js';
import type { CampaignJob, CampaignPlan } from '../domain/campaign/plan-types.js';
import { compareWeek } from '../domain/campaign/regression.js';
import type { Cell, Plan, PlannedJob } from '../domain/plan/plan.js';
import type { Experiment, StageSpec } from '../domain/spec/experiment.js';
import type { JobRecord } from '../domain/results/job-record.js';
import { formatDuration } from '../domain/spec/units.js';
import type { Executor } from '../ports/executor.js';

export interface CampaignRunDeps {
  /** Runs at most max-concurrent jobs at once (the caller sizes it). */
  executor: Executor;
  history: HistoryStore;
  prices: PriceTable;
  log: (line: string) => void;
  now: () => number;
  /** Waits between retry rounds; tests pass a fast one. */
  sleep: (ms: number) => Promise<void>;
  signal: AbortSignal;
  /** First backoff; doubled for each further retry round. */
  backoffMs?: number;
}

export interface CampaignRunOutcome {
  summary: CampaignRunSummary;
  records: JobRecord[];
  entries: HistoryEntry[];
}

const MIB = 1024 * 1024;

/** Where a campaign's jobs go on AWS Batch: the campaign file names no queue of its own. */
export interface BatchTarget {
  queue: string;
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
      vcpus: 1,
      memoryBytes: 512 * MIB,
      gpus: 0,
      timeoutSec: Math.max(60, 3 * job.estimatedSeconds),
      // Retries are rounds with backoff here, not the executor's immediate ones.
      retries: 0,
      retryOn: [],
    },
    compute: {
      backend: batch ? 'aws-batch' : 'local',
      ...(batch ? { queue: batch.queue } : {}),
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
      compute: { ...first.compute, capacity: 'on-demand' },
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
  const usd = jobs.reduce((t, j) => t + (j.estimatedUsd ?? 0), 0);
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

/** The jobs of one window on one day. */
export function windowJobs(plan: CampaignPlan, day: number, window: string): CampaignJob[] {
  return plan.jobs.filter((j) => j.day === day && j.window === window);
}

/**
 * Runs one window's share of the week: wave after wave, failed jobs retried in rounds with
 * exponential backoff up to the campaign's retry limit, progress as counts, percentage and ETA.
 * Then the results go into the history and this week is compared with the earlier ones.
 */
export async function runCampaignWindow(
  args: {
    campaign: Campaign;
    plan: CampaignPlan;
    day: number;
    window: string;
    runId: string;
    /** Set for the aws-batch backend: the jobs go to this queue. */
    batch?: BatchTarget;
  },
  deps: CampaignRunDeps,
): Promise<CampaignRunOutcome> {
  const { campaign: c, plan, day, window } = args;
  const jobs = windowJobs(plan, day, window);
  const date = plan.days.find((d) => d.day === day)?.date ?? '';
  const waves = [...new Set(jobs.map((j) => j.wave))].sort((a, b) => a - b);
  const final = new Map<string, JobRecord>();
  const attempts: JobRecord[] = [];
  let retries = 0;
  const started = deps.now();
  let running = 0;
  const report = () => {
    const done = final.size;
    const ok = [...final.values()].filter((r) => r.status === 'succeeded').length;
    const pct = jobs.length === 0 ? 100 : (done / jobs.length) * 100;
    const elapsed = (deps.now() - started) / 1000;
    const eta =
      done === 0
        ? 'unknown'
        : formatDuration(Math.max(0, Math.round((elapsed / done) * (jobs.length - done))));
    deps.log(
      `[${done}/${jobs.length} ${pct.toFixed(0)}%] succeeded ${ok}, failed ${done - ok}, running ${running}, ` +
        `queued ${jobs.length - done - running}; ETA ${eta}`,
    );
  };
  deps.log(
    `${c.name} ${plan.week}: ${jobs.length} jobs in window ${window} of day ${day} (${date}), ${waves.length} waves, ${c.schedule.maxConcurrent} at once`,
  );
  for (const wave of waves) {
    let pending = jobs.filter((j) => j.wave === wave);
    for (let round = 0; pending.length > 0 && !deps.signal.aborted; round++) {
      if (round > 0) {
        const wait = (deps.backoffMs ?? 1000) * 2 ** (round - 1);
        deps.log(
          `wave ${wave}: retrying ${pending.length} failed job(s) in ${wait} ms (round ${round} of ${c.schedule.retries})`,
        );
        await deps.sleep(wait);
        retries += pending.length;
      }
      const planned = pending.map((j) => toPlannedJob(j, c, plan.week, args.batch));
      await deps.executor.execute(planned, {
        runId: args.runId,
        skip: new Set(),
        signal: deps.signal,
        onEvent: (e) => {
          if (e.type === 'job-started') running += 1;
          if (e.type === 'job-finished') {
            running = Math.max(0, running - 1);
            attempts.push(e.record);
            const failed = e.record.status !== 'succeeded';
            // A failed attempt that will be retried is not final yet.
            if (!failed || round >= c.schedule.retries) final.set(e.record.jobId, e.record);
            report();
          }
        },
      });
      const failedIds = new Set(attempts.filter((r) => r.status !== 'succeeded').map((r) => r.jobId));
      pending =
        round < c.schedule.retries ? pending.filter((j) => failedIds.has(j.id) && !final.has(j.id)) : [];
    }
  }
  const records = [...final.values()];
  const entries = entriesFromRecords(jobs, records, plan.week, args.runId);
  await deps.history.append(entries);
  const history = await deps.history.load();
  const comparisons = compareWeek(plan.week, history, c).filter((cmp) =>
    jobs.some((j) => j.instanceType === cmp.instanceType && j.variant === cmp.benchmark),
  );
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const actualUsd = attempts.reduce((t, r) => {
    const job = byId.get(r.jobId);
    const price = job ? instancePrice(deps.prices, c.region, job.instanceType) : undefined;
    const hourly =
      job?.capacity === 'on-demand'
        ? price?.onDemandHourly
        : (price?.spotHourlyTypical ?? price?.onDemandHourly);
    return t + ((r.stoppedAt - r.startedAt) / 3_600_000) * (hourly ?? 0);
  }, 0);
  const succeeded = records.filter((r) => r.status === 'succeeded').length;
  return {
    summary: {
      campaign: c.name,
      week: plan.week,
      window: `${window} on day ${day} (${date})`,
      jobs: jobs.length,
      succeeded,
      failed: jobs.length - succeeded,
      retries,
      estimatedUsd: jobs.reduce((t, j) => t + (j.estimatedUsd ?? 0), 0),
      actualUsd,
      comparisons,
    },
    records,
    entries,
  };
}
