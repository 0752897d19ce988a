import { DescribeJobsCommand, TerminateJobCommand } from '@aws-sdk/client-batch';
import { PassThrough } from 'node:stream';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { destroyAwsClients, type AwsClients } from '../../../src/adapters/aws/clients.js';
import type { ResultObject } from '../../../src/adapters/aws/result-object.js';
import { retryPolicy } from '../../../src/adapters/aws/retry.js';
import { S3Io } from '../../../src/adapters/aws/s3-io.js';
import { layoutSize, taskAt, type TaskLayout } from '../../../src/adapters/aws/task-layout.js';
import { TerminalProgress } from '../../../src/adapters/terminal/progress.js';
import { planCampaignText } from '../../../src/app/campaign-plan.js';
import { windowJobs, type BatchTarget } from '../../../src/app/campaign-run.js';
import type { HistoryEntry } from '../../../src/domain/campaign/history.js';
import { parseIsoWeek } from '../../../src/domain/campaign/week.js';
import { windowRunId } from '../../../src/domain/campaign/window-run-id.js';
import type { Progress } from '../../../src/ports/progress.js';
import type { MotoServer } from '../../support/moto-server.js';
import { useMoto } from '../../support/moto-fixture.js';
import { BUCKET, clientsFor, fakeResult, FALLBACK, prices, putResults, QUEUE } from './batch-env.js';
import { runBatchWindow } from './batch-window.js';

/**
 * What happens to each submission, played on moto per SubmitJob:
 * - "runs": no-Docker mode, where jobs succeed at once; the runner's result objects are written.
 * - "fails": Docker mode with no Docker daemon: the jobs walk SUBMITTED..RUNNING on moto's timer,
 *   then fail, as a benchmark that crashed would (its runner reported exit code 1 and a number
 *   printed before the crash, which must not reach the history).
 * - "reclaimed": Docker mode, each child ended with the status reason AWS gives a Spot reclaim.
 */
type Behaviour = 'runs' | 'fails' | 'reclaimed';

interface Submission {
  parent: string;
  queue: string;
  /** The attempt run it belongs to (BATCHBENCH_RUN_ID). */
  runId: string;
  jobIds: string[];
  instanceType: string;
  /** Campaign jobs unfinished on Batch, by parent, just before this one was submitted. */
  activeBefore: Map<string, number>;
}

interface World {
  behaviour: (s: { runId: string; queue: string }) => Behaviour;
  /** The headline metric a run reports, by queue: tells a Spot result from an on-demand one. */
  metric: (queue: string) => number;
  submissions: Submission[];
}

const WEEK = parseIsoWeek('2026-W48')!;
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1';
const TERMINAL = ['SUCCEEDED', 'FAILED'];

function campaignFile(
  name: string,
  o: {
    families?: string;
    sizes?: string;
    repeats?: number;
    maxConcurrent?: number;
    retries?: number;
    spot?: string;
  },
): string {
  return `version: 1
kind: campaign
name: ${name}
instances: { families: [${o.families ?? 'm7i'}], sizes: [${o.sizes ?? 'large'}] }
benchmarks: [stream]
repeats: ${o.repeats ?? 2}
durations: { stream: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 50
  max-concurrent: ${o.maxConcurrent ?? 4}
  retries: ${o.retries ?? 0}
${o.spot ? `  spot: ${o.spot}\n` : ''}quality: { max-cv: 0.5 }
results: { store: 's3://${BUCKET}/${name}/' }
`;
}

/** Unfinished children per parent, as Batch tells it now. */
async function activeByParent(side: AwsClients, parents: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (parents.length === 0) return out;
  const { jobs = [] } = await side.batch.send(new DescribeJobsCommand({ jobs: [...parents] }));
  for (const job of jobs) {
    const summary = job.arrayProperties?.statusSummary;
    const active = summary
      ? Object.entries(summary)
          .filter(([status]) => !TERMINAL.includes(status))
          .reduce((n, [, v]) => n + (v ?? 0), 0)
      : TERMINAL.includes(job.status ?? '')
        ? 0
        : 1;
    out.set(job.jobId as string, active);
  }
  return out;
}

function play(
  clients: AwsClients,
  side: AwsClients,
  moto: MotoServer,
  world: World,
  afterSubmit?: () => void,
) {
  clients.batch.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'SubmitJobCommand') return next(args);
      const input = args.input as {
        jobQueue: string;
        containerOverrides: { environment: { name: string; value: string }[] };
      };
      const env = Object.fromEntries(input.containerOverrides.environment.map((e) => [e.name, e.value]));
      const layout = JSON.parse(env.BATCHBENCH_TASKS as string) as TaskLayout;
      const size = layoutSize(layout);
      const runId = env.BATCHBENCH_RUN_ID as string;
      const queue = input.jobQueue;
      const behaviour = world.behaviour({ runId, queue });
      const activeBefore = await activeByParent(
        side,
        world.submissions.map((s) => s.parent),
      );
      await moto.control('/moto-api/config', { batch: { use_docker: behaviour !== 'runs' } });
      const out = await next(args);
      const parent = (out.output as { jobId: string }).jobId;
      const childId = (i: number) => (size >= 2 ? `${parent}:${i}` : parent);
      const results: ResultObject[] = [];
      for (let i = 0; i < size; i++) {
        results.push(
          fakeResult(runId, taskAt(layout, i).jobId, 1, {
            batchJobId: childId(i),
            arrayIndex: i,
            ...(behaviour === 'runs'
              ? { metrics: { triad_gbps: world.metric(queue) } }
              : behaviour === 'fails'
                ? { exitCode: 1, metrics: { triad_gbps: 5 } }
                : { exitCode: undefined, signal: 'SIGTERM', metrics: { triad_gbps: 1 } }),
          }),
        );
      }
      await putResults(side, (env.BATCHBENCH_RESULTS as string).slice(`s3://${BUCKET}/`.length), results);
      if (behaviour === 'reclaimed') {
        for (let i = 0; i < size; i++)
          await side.batch.send(
            new TerminateJobCommand({
              jobId: childId(i),
              reason: `Host EC2 (instance i-0${i}5eed) terminated.`,
            }),
          );
      }
      world.submissions.push({
        parent,
        queue,
        runId,
        jobIds: Array.from({ length: size }, (_, i) => taskAt(layout, i).jobId),
        instanceType: env.BATCHBENCH_INSTANCE_TYPE as string,
        activeBefore,
      });
      afterSubmit?.();
      return out;
    },
    { step: 'initialize', name: 'campaign-world' },
  );
}

describe('campaign windows on AWS Batch (moto)', () => {
  const aws = useMoto({ jobsNeverStart: true, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let side: AwsClients;
  const world: World = { behaviour: () => 'runs', metric: () => 41.5, submissions: [] };
  const transition = (seconds: number) =>
    moto.control('/moto-api/state-manager/set-transition', {
      model_name: 'batch::job',
      transition: { progression: 'time', seconds },
    });

  beforeAll(async () => {
    ({ moto, clients } = aws);
    side = aws.moreClients();
    play(clients, side, moto, world);
  }, 30_000);
  beforeEach(async () => {
    world.behaviour = () => 'runs';
    world.metric = () => 41.5;
    world.submissions = [];
    await transition(0.1);
  });

  async function runWindow(
    text: string,
    o: { on?: AwsClients; batch?: BatchTarget; progress?: Progress } = {},
  ) {
    const checked = planCampaignText('campaigns/test.yaml', text, WEEK, prices);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const campaign = checked.campaign!;
    const plan = checked.plan!;
    const runId = windowRunId(campaign, plan, windowJobs(plan, 1, 'nightly'), 1, 'nightly');
    const lines: string[] = [];
    const sleeps: number[] = [];
    const args = {
      campaign,
      plan,
      day: 1,
      window: 'nightly',
      runId,
      batch: o.batch ?? { queue: QUEUE },
      imageUri: IMAGE,
    };
    const { outcome, backend } = await runBatchWindow(args, {
      clients: o.on ?? clients,
      prices,
      sleep: async (ms) => void sleeps.push(ms),
      backoffMs: 1000,
      lines,
      ...(o.progress ? { progress: o.progress } : {}),
    });
    return { outcome, lines, sleeps, runId, backend, campaign };
  }

  async function history(name: string): Promise<HistoryEntry[]> {
    const io = new S3Io(side.s3, BUCKET, retryPolicy());
    const out: HistoryEntry[] = [];
    for (const key of await io.keys(`${name}/history/`))
      out.push(...(JSON.parse((await io.get(key))!) as HistoryEntry[]));
    return out;
  }

  it(
    'resubmits failed jobs as a new attempt run after a backoff; history keeps the successful samples',
    { timeout: 60_000 },
    async () => {
      world.behaviour = ({ runId }) => (runId.endsWith('-a1') ? 'fails' : 'runs');
      const { outcome, sleeps, runId, backend, lines } = await runWindow(
        campaignFile('retry-then-ok', { retries: 2 }),
      );
      // Attempt 1 failed on Batch; attempt 2 submitted the same two jobs anew and they ran.
      expect(world.submissions.map((s) => [s.runId, s.jobIds.sort()])).toEqual([
        [`${runId}-a1`, ['stream-avx512.m7i.large.r1', 'stream-avx512.m7i.large.r2']],
        [`${runId}-a2`, ['stream-avx512.m7i.large.r1', 'stream-avx512.m7i.large.r2']],
      ]);
      expect(sleeps).toEqual([1000]);
      expect(lines).toContain('wave 1: retrying 2 failed job(s) in 1s (retry 1 of 2)');
      expect(outcome.summary).toMatchObject({ jobs: 2, succeeded: 2, failed: 0, attempts: 4, retries: 2 });
      expect(outcome.records.map((r) => [r.runId, r.status])).toEqual([
        [`${runId}-a2`, 'succeeded'],
        [`${runId}-a2`, 'succeeded'],
      ]);
      // Each attempt run keeps its final records and says how it ended.
      const a1 = await backend.store.readRecords(`${runId}-a1`);
      expect(a1.map((r) => [r.status, r.exitCode])).toEqual([
        ['failed', 1],
        ['failed', 1],
      ]);
      expect((await backend.store.readManifest(`${runId}-a1`)).status).toBe('failed');
      expect((await backend.store.readManifest(`${runId}-a2`)).status).toBe('complete');
      const stored = await history('retry-then-ok');
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ instanceType: 'm7i.large', samples: [41.5, 41.5], runId });
    },
  );

  it(
    'gives up after the retry limit, with the backoff doubling between rounds',
    { timeout: 60_000 },
    async () => {
      world.behaviour = () => 'fails';
      const { outcome, sleeps, runId } = await runWindow(
        campaignFile('always-fails', { retries: 2, repeats: 1 }),
      );
      expect(world.submissions.map((s) => s.runId)).toEqual([`${runId}-a1`, `${runId}-a2`, `${runId}-a3`]);
      expect(sleeps).toEqual([1000, 2000]);
      expect(outcome.summary).toMatchObject({ jobs: 1, succeeded: 0, failed: 1, attempts: 3, retries: 2 });
      expect(outcome.entries).toEqual([]);
      expect(await history('always-fails')).toEqual([]);
    },
  );

  it(
    'never has more than max-concurrent jobs active on Batch, and starts a wave once the one before is done',
    { timeout: 90_000 },
    async () => {
      // Jobs take a few seconds: each state lasts 0.3 s or more on moto's timer.
      await transition(0.3);
      world.behaviour = () => 'fails';
      const out: string[] = [];
      const stream = new PassThrough() as unknown as NodeJS.WriteStream;
      stream.write = ((chunk: string) => {
        out.push(chunk);
        return true;
      }) as NodeJS.WriteStream['write'];
      const { outcome } = await runWindow(
        campaignFile('three-at-once', { families: 'm7i, c7g', sizes: 'large, xlarge', maxConcurrent: 3 }),
        { progress: new TerminalProgress(stream) },
      );
      const subs = world.submissions;
      // 2 families x 2 sizes x 2 repeats, each job submitted once.
      expect(subs.flatMap((s) => s.jobIds)).toHaveLength(8);
      expect(new Set(subs.flatMap((s) => s.jobIds)).size).toBe(8);
      const peaks = subs.map(
        (s) => [...s.activeBefore.values()].reduce((a, b) => a + b, 0) + s.jobIds.length,
      );
      expect(Math.max(...peaks)).toBe(3);
      // The wave of xlarge starts only when every large job has ended.
      const large = new Set(subs.filter((s) => s.instanceType.endsWith('.large')).map((s) => s.parent));
      for (const s of subs.filter((x) => x.instanceType.endsWith('.xlarge'))) {
        const activeLarge = [...s.activeBefore].filter(([p]) => large.has(p)).reduce((n, [, a]) => n + a, 0);
        expect(activeLarge).toBe(0);
      }
      const firstXlarge = subs.findIndex((s) => s.instanceType.endsWith('.xlarge'));
      expect(subs.slice(0, firstXlarge).every((s) => large.has(s.parent))).toBe(true);
      expect(outcome.summary).toMatchObject({ jobs: 8, failed: 8, attempts: 8 });
      // Progress as a CI log shows it: counts by status, percentage done, ETA.
      const progress = out.join('');
      // Before any job ended, the plan's estimate: 8 one-minute jobs, 3 at once.
      expect(progress).toMatch(
        /^jobs: 0\/8 \(0%\) {2}running 0 {2}queued 8 {2}succeeded 0 {2}failed 0 {2}ETA 2m40s$/m,
      );
      expect(progress).toMatch(
        /^jobs: [1-7]\/8 \(\d+%\) {2}running [0-3] {2}queued \d+ {2}succeeded 0 {2}failed \d+ {2}ETA \d/m,
      );
      expect(progress).toMatch(
        /^jobs: 8\/8 \(100%\) {2}running 0 {2}queued 0 {2}succeeded 0 {2}failed 8 {2}ETA 0s$/m,
      );
    },
  );

  it(
    'runs Spot sizes on the Spot queue; a reclaimed job reruns on-demand and its sample counts once',
    { timeout: 60_000 },
    async () => {
      world.behaviour = ({ queue }) => (queue === QUEUE ? 'reclaimed' : 'runs');
      world.metric = (queue) => (queue === FALLBACK ? 41.5 : 30);
      const { outcome, backend, runId } = await runWindow(
        campaignFile('spot-reclaim', {
          sizes: 'large, xlarge',
          spot: '{ from-size: xlarge, fallback: on-demand }',
        }),
        { batch: { queue: FALLBACK, spotQueue: QUEUE } },
      );
      const where = world.submissions.map((s) => [s.instanceType, s.queue]);
      expect(where).toEqual([
        ['m7i.large', FALLBACK],
        ['m7i.xlarge', QUEUE],
        ['m7i.xlarge', FALLBACK],
      ]);
      const manifest = await backend.store.readManifest(`${runId}-a1`);
      expect(manifest.submissions?.map((s) => s.reason)).toEqual([
        'first submission',
        'first submission',
        'spot-then-on-demand fallback',
      ]);
      expect(outcome.summary).toMatchObject({ jobs: 4, succeeded: 4, failed: 0 });
      // Each reclaimed job: its Spot attempt and its on-demand rerun.
      expect(outcome.summary.attempts).toBe(6);
      const xlarge = outcome.records.filter((r) => r.jobId.includes('xlarge'));
      expect(xlarge.map((r) => [r.status, r.capacity, r.metrics.triad_gbps])).toEqual([
        ['succeeded', 'on-demand', 41.5],
        ['succeeded', 'on-demand', 41.5],
      ]);
      const stored = await history('spot-reclaim');
      expect(stored.find((e) => e.instanceType === 'm7i.xlarge')?.samples).toEqual([41.5, 41.5]);
      expect(stored.find((e) => e.instanceType === 'm7i.large')?.samples).toEqual([41.5, 41.5]);
    },
  );

  it(
    'a runner that died after its first submission is carried on by the next one, running no job twice',
    { timeout: 60_000 },
    async () => {
      const text = campaignFile('runner-died', { families: 'm7i, c7g' });
      const dying = clientsFor(moto.endpoint);
      let dead = false;
      for (const client of [dying.batch, dying.s3] as const)
        (client.middlewareStack as AwsClients['batch']['middlewareStack']).add(
          (next) => async (args) => {
            if (dead) throw new Error('runner died');
            return next(args);
          },
          { step: 'initialize', name: 'kill-switch' },
        );
      play(dying, side, moto, world, () => (dead = true));
      await expect(runWindow(text, { on: dying })).rejects.toThrow('runner died');
      expect(world.submissions).toHaveLength(1);
      destroyAwsClients(dying);

      // The next runner finds the first one's submission by its name and submits only the rest.
      const again = await runWindow(text);
      expect(world.submissions).toHaveLength(2);
      expect(world.submissions.flatMap((s) => s.jobIds).sort()).toEqual([
        'stream-avx512.m7i.large.r1',
        'stream-avx512.m7i.large.r2',
        'stream-neon.c7g.large.r1',
        'stream-neon.c7g.large.r2',
      ]);
      expect(again.outcome.summary).toMatchObject({ jobs: 4, succeeded: 4, attempts: 4 });
      const records = await again.backend.store.readRecords(`${again.runId}-a1`);
      expect(records.map((r) => r.jobId).sort()).toEqual(world.submissions.flatMap((s) => s.jobIds).sort());

      // Once more, after it finished (a re-run of the workflow): nothing runs, nothing is added twice.
      const third = await runWindow(text);
      expect(world.submissions).toHaveLength(2);
      expect(third.outcome.summary).toMatchObject({ jobs: 4, succeeded: 4 });
      const stored = await history('runner-died');
      expect(stored.map((e) => e.samples.length)).toEqual([2, 2]);
    },
  );
});
