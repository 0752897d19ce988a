import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/adapters/prices.js';
import { runCampaignWindow } from '../../src/app/campaign-run.js';
import type { HistoryEntry, HistoryStore } from '../../src/domain/campaign/history.js';
import { planCampaign } from '../../src/domain/campaign/plan.js';
import { validateCampaignText } from '../../src/domain/campaign/validate-campaign.js';
import { parseIsoWeek } from '../../src/domain/campaign/week.js';
import type { PlannedJob } from '../../src/domain/plan/plan.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import type { ExecuteOptions, Executor } from '../../src/ports/executor.js';

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
  async load() {
    return this.entries;
  }
}

/** Fails chosen jobs a given number of times; records what it was asked to run, batch by batch. */
class FlakyExecutor implements Executor {
  readonly name = 'local' as const;
  batches: PlannedJob[][] = [];
  private failures: Map<string, number>;
  private clock = 0;
  constructor(failures: Record<string, number>) {
    this.failures = new Map(Object.entries(failures));
  }
  async execute(jobs: readonly PlannedJob[], options: ExecuteOptions) {
    this.batches.push([...jobs]);
    for (const job of jobs) {
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
        status: left > 0 ? 'failed' : 'succeeded',
        backend: 'local',
        queuedAt: this.clock,
        startedAt: this.clock,
        stoppedAt: this.clock + 3_600_000,
        metrics: left > 0 ? {} : { triad_gbps: 10 + job.repeat * 0.1 },
      };
      this.clock += 1000;
      await options.onEvent({ type: 'job-finished', record });
    }
  }
}

async function setup(failures: Record<string, number>) {
  const campaign = validateCampaignText(FILE, 'retry.yaml').value!;
  const prices = await loadPrices();
  const plan = planCampaign(campaign, parseIsoWeek('2026-W48')!, prices).plan!;
  const executor = new FlakyExecutor(failures);
  const sleeps: number[] = [];
  const lines: string[] = [];
  const history = new MemoryHistory();
  let now = 0;
  const outcome = await runCampaignWindow(
    { campaign, plan, day: 1, window: 'night', runId: 'run-1' },
    {
      executor,
      history,
      prices,
      log: (l) => lines.push(l),
      now: () => (now += 500),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      signal: new AbortController().signal,
      backoffMs: 100,
    },
  );
  return { outcome, executor, sleeps, lines, history, plan };
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
    expect(outcome.summary.estimatedUsd).toBeCloseTo(plan.totals.usd, 6);
    // Each fake job "ran" an hour: actual cost is the hourly price at the job's capacity.
    expect(outcome.summary.actualUsd).toBeCloseTo(2 * (0.1008 + 0.0725 + 0.09475 + 0.0551), 6);
    expect(outcome.entries.map((e) => [e.instanceType, e.benchmark, e.samples])).toContainEqual([
      'c7g.xlarge',
      'stream-neon',
      [10.1, 10.2],
    ]);
  });

  it('retries failed jobs in rounds with exponential backoff, up to the limit', async () => {
    const { executor, outcome, sleeps, lines } = await setup({
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
    expect(outcome.summary).toMatchObject({ jobs: 8, succeeded: 7, failed: 1, retries: 3 });
    expect(lines).toContain('wave 1: retrying 2 failed job(s) in 100 ms (round 1 of 2)');
    expect(lines.filter((l) => l.startsWith('['))).toContain(
      '[8/8 100%] succeeded 7, failed 1, running 0, queued 0; ETA 0s',
    );
    expect(lines.find((l) => l.startsWith('[1/8 13%]'))).toMatch(/ETA \d/);
  });
});
