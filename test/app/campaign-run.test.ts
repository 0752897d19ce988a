import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/adapters/prices.js';
import { attemptRunId, runCampaignWindow, type AttemptRuns } from '../../src/app/campaign-run.js';
import type { HistoryEntry, HistoryStore } from '../../src/domain/campaign/history.js';
import { planCampaign } from '../../src/domain/campaign/plan.js';
import { validateCampaignText } from '../../src/domain/campaign/validate-campaign.js';
import { parseIsoWeek } from '../../src/domain/campaign/week.js';
import type { PlannedJob } from '../../src/domain/plan/plan.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import type { ExecuteOptions, Executor } from '../../src/ports/executor.js';
import type { Progress } from '../../src/ports/progress.js';

const FILE = `version: 1
kind: campaign
name: retry-demo
instances: { families: [m7i, c7g], sizes: [large, xlarge] }
benchmarks: [stream]
repeats: 2
durations: { stream: 1m }
schedule:
  days: 1
  windows: [{ name: night, start: '00:00', end: '06:00' }]
  max-daily-jobs: 20
  max-concurrent: 3
  retries: 2
  spot: { from-size: xlarge }
quality: { max-cv: 0.5 }
`;

class MemoryHistory implements HistoryStore {
  entries: HistoryEntry[] = [];
  async append(e: readonly HistoryEntry[]) {
    this.entries.push(...e);
  }
  async load(instanceType?: string, benchmark?: string) {
    return this.entries.filter(
      (e) =>
        (instanceType === undefined || e.instanceType === instanceType) &&
        (benchmark === undefined || e.benchmark === benchmark),
    );
  }
}

type Counts = Parameters<Progress['update']>[0];

/** Every progress update and log line, as a terminal would be handed them. */
function recordingProgress() {
  const updates: Counts[] = [];
  const lines: string[] = [];
  const progress: Progress = {
    update: (c) => void updates.push({ ...c }),
    log: (l) => void lines.push(l),
    done: () => undefined,
  };
  return { progress, updates, lines };
}

/** Attempt runs in memory: what a results store keeps between two processes. */
class MemoryRuns implements AttemptRuns {
  runs = new Map<string, { records: JobRecord[]; status: string }>();
  async open(runId: string) {
    const run = this.runs.get(runId) ?? { records: [], status: 'running' };
    this.runs.set(runId, { ...run, status: 'running' });
    return [...run.records];
  }
  async finished(runId: string, record: JobRecord) {
    this.runs.get(runId)!.records.push(record);
  }
  async close(runId: string, status: string) {
    this.runs.get(runId)!.status = status;
  }
}

/** Fails chosen jobs a given number of times; records what it was asked to run, batch by batch. */
class FlakyExecutor implements Executor {
  readonly name = 'local' as const;
  batches: PlannedJob[][] = [];
  runIds: string[] = [];
  /** Throws, as a dying runner stops, once this many jobs have finished. */
  stopAfter = Infinity;
  /** Jobs somebody cancels from outside (`batchbench cancel`): they end as cancelled. */
  cancelled = new Set<string>();
  private finishedCount = 0;
  private failures: Map<string, number>;
  /** Fake time: each job takes a second of it. */
  clock = 0;
  constructor(failures: Record<string, number>) {
    this.failures = new Map(Object.entries(failures));
  }
  async execute(jobs: readonly PlannedJob[], options: ExecuteOptions) {
    this.batches.push([...jobs]);
    this.runIds.push(options.runId);
    for (const job of jobs) {
      if (this.finishedCount >= this.stopAfter) throw new Error('runner died');
      await options.onEvent({ type: 'job-started', jobId: job.id, attempt: 1, at: this.clock });
      const left = this.failures.get(job.id) ?? 0;
      this.failures.set(job.id, left - 1);
      const record: JobRecord = {
        jobId: job.id,
        runId: options.runId,
        stage: job.stage,
        cellId: job.cellId,
        repeat: job.repeat,
        shardIndex: 0,
        shardCount: 1,
        groupId: job.groupId,
        attempt: 1,
        status: this.cancelled.has(job.id) ? 'cancelled' : left > 0 ? 'failed' : 'succeeded',
        backend: 'local',
        queuedAt: this.clock,
        startedAt: this.clock,
        stoppedAt: this.clock + 3_600_000,
        metrics: left > 0 ? {} : { triad_gbps: 10 + job.repeat * 0.1 },
      };
      this.clock += 1000;
      await options.onEvent({ type: 'job-finished', record });
      this.finishedCount++;
    }
  }
}

async function setup(
  failures: Record<string, number>,
  options: { runs?: MemoryRuns; history?: MemoryHistory; executor?: FlakyExecutor } = {},
) {
  const campaign = validateCampaignText(FILE, 'retry.yaml').value!;
  const prices = await loadPrices();
  const plan = planCampaign(campaign, parseIsoWeek('2026-W48')!, prices).plan!;
  const executor = options.executor ?? new FlakyExecutor(failures);
  const sleeps: number[] = [];
  const { progress, updates, lines } = recordingProgress();
  const history = options.history ?? new MemoryHistory();
  const outcome = await runCampaignWindow(
    { campaign, plan, day: 1, window: 'night', runId: 'run-1', target: { backend: 'local' } },
    {
      executor,
      history,
      ...(options.runs ? { runs: options.runs } : {}),
      prices,
      progress,
      now: () => executor.clock,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      signal: new AbortController().signal,
      backoffMs: 100,
    },
  );
  return { outcome, executor, sleeps, lines, updates, history, plan };
}

describe('running a campaign window', () => {
  it('runs waves in order, each at most max-concurrent wide, with the variant flag', async () => {
    const { executor, outcome, plan } = await setup({});
    expect(executor.batches.map((b) => [...new Set(b.map((j) => j.compute.instanceType))].sort())).toEqual([
      ['c7g.large', 'm7i.large'],
      ['c7g.xlarge', 'm7i.xlarge'],
    ]);
    const job = executor.batches[0]!.find((j) => j.id === 'stream-avx512.m7i.large.r1')!;
    expect(job.command).toEqual(['node', 'examples/benchmarks/stream.mjs', '--variant', 'stream-avx512']);
    expect(job.resources.vcpus).toBe(1);
    expect(job.compute.capacity).toBe('on-demand');
    expect(executor.batches[1]![0]!.compute.capacity).toBe('spot-then-on-demand');
    expect(outcome.summary).toMatchObject({ jobs: 8, succeeded: 8, failed: 0, retries: 0 });
    expect(outcome.summary.estimatedUsd).toBeCloseTo(plan.totals.usd!, 6);
    // Each fake job "ran" an hour: actual cost is the hourly price at the job's capacity.
    expect(outcome.summary.actualUsd).toBeCloseTo(2 * (0.1008 + 0.0725 + 0.09475 + 0.0551), 6);
    expect(outcome.entries.map((e) => [e.instanceType, e.benchmark, e.samples])).toContainEqual([
      'c7g.xlarge',
      'stream-neon',
      [10.1, 10.2],
    ]);
  });

  it('retries failed jobs in rounds with exponential backoff, up to the limit', async () => {
    const { executor, outcome, sleeps, lines, updates } = await setup({
      'stream-neon.c7g.large.r1': 1,
      'stream-avx512.m7i.large.r2': 5,
    });
    // Wave 1: all four, then the two failures after 100 ms, then the one still failing after 200 ms.
    expect(executor.batches.slice(0, 3).map((b) => b.map((j) => j.id).sort())).toEqual([
      [
        'stream-avx512.m7i.large.r1',
        'stream-avx512.m7i.large.r2',
        'stream-neon.c7g.large.r1',
        'stream-neon.c7g.large.r2',
      ],
      ['stream-avx512.m7i.large.r2', 'stream-neon.c7g.large.r1'],
      ['stream-avx512.m7i.large.r2'],
    ]);
    expect(sleeps).toEqual([100, 200]);
    expect(executor.batches).toHaveLength(4);
    expect(outcome.summary).toMatchObject({ jobs: 8, succeeded: 7, failed: 1, attempts: 11, retries: 3 });
    expect(lines).toContain('wave 1: retrying 2 failed job(s) in 0.1s (retry 1 of 2)');
    expect(lines).toContain('wave 1: retrying 1 failed job(s) in 0.2s (retry 2 of 2)');
    // Each round is its own attempt run: a retry submits the failed jobs anew.
    expect(executor.runIds.slice(0, 3)).toEqual(['run-1-a1', 'run-1-a2', 'run-1-a3']);
    expect(executor.runIds[3]).toBe('run-1-a1');
    // Only the successful attempt's samples go into the history: one per repeat.
    const neon = outcome.entries.find((e) => e.instanceType === 'c7g.large')!;
    expect(neon.samples).toEqual([10.1, 10.2]);
    expect(outcome.records.find((r) => r.jobId === 'stream-avx512.m7i.large.r2')?.status).toBe('failed');
    expect(updates.at(-1)).toEqual({
      queued: 0,
      running: 0,
      succeeded: 7,
      failed: 1,
      total: 8,
      etaSeconds: 0,
    });
  });

  it('takes a job cancelled from outside as a stop: no retry of it, no later wave, the attempt run cancelled', async () => {
    const executor = new FlakyExecutor({ 'stream-avx512.m7i.large.r2': 1 });
    executor.cancelled.add('stream-neon.c7g.large.r1');
    const runs = new MemoryRuns();
    const { outcome, sleeps } = await setup({}, { executor, runs });
    // Wave 1 ran once; the failed job is not retried either, since the window is being stopped.
    expect(executor.batches).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(runs.runs.get('run-1-a1')?.status).toBe('cancelled');
    expect(outcome.records.map((r) => [r.jobId, r.status]).sort()).toEqual([
      ['stream-avx512.m7i.large.r1', 'succeeded'],
      ['stream-avx512.m7i.large.r2', 'failed'],
      ['stream-neon.c7g.large.r1', 'cancelled'],
      ['stream-neon.c7g.large.r2', 'succeeded'],
    ]);
  });

  it('reports counts by status, percentage and an ETA from the plan, then from the pace seen', async () => {
    const { updates } = await setup({});
    // Before anything finished: 8 one-minute jobs on 3 lanes.
    expect(updates[0]).toMatchObject({ queued: 8, running: 0, total: 8, etaSeconds: 160 });
    expect(updates[1]).toMatchObject({ queued: 5, running: 3, succeeded: 0 });
    // One planned minute done in a second of (fake) time: the 7 planned minutes left take 7 s.
    const first = updates.find((u) => u.succeeded === 1)!;
    expect(first).toMatchObject({ running: 3, queued: 4, failed: 0, etaSeconds: 7 });
    expect(updates.every((u) => u.running <= 3)).toBe(true);
  });

  it('carries on from the attempt runs a process that died left, running nothing twice', async () => {
    const runs = new MemoryRuns();
    const history = new MemoryHistory();
    const first = new FlakyExecutor({ 'stream-neon.c7g.large.r1': 1 });
    // The first process dies once three jobs of wave 1 are recorded.
    first.stopAfter = 3;
    await expect(setup({}, { runs, history, executor: first })).rejects.toThrow('runner died');
    expect(runs.runs.get('run-1-a1')?.records).toHaveLength(3);
    expect(history.entries).toEqual([]);

    const second = await setup({}, { runs, history });
    // Wave 1's fourth job, then the one that failed before as its attempt 2, then wave 2.
    const ran = second.executor.batches.map((b) => b.map((j) => j.id));
    expect(ran.slice(0, 2)).toEqual([['stream-neon.c7g.large.r2'], ['stream-neon.c7g.large.r1']]);
    expect(ran[2]?.every((id) => id.includes('.xlarge.'))).toBe(true);
    expect(second.executor.runIds).toEqual(['run-1-a1', 'run-1-a2', 'run-1-a1']);
    expect(second.outcome.summary).toMatchObject({ jobs: 8, succeeded: 8, failed: 0 });
    // Attempt 1 had the failure; attempt 2 was its retry.
    expect(runs.runs.get(attemptRunId('run-1', 1))?.status).toBe('partial');
    expect(runs.runs.get(attemptRunId('run-1', 2))?.status).toBe('complete');

    // Run again once finished (a re-run of the workflow): nothing runs, nothing is added twice.
    const third = await setup({}, { runs, history });
    expect(third.executor.batches).toEqual([]);
    expect(third.outcome.summary).toMatchObject({ jobs: 8, succeeded: 8 });
    const samples = history.entries.reduce((n, e) => n + e.samples.length, 0);
    expect(samples).toBe(8);
  });
});
