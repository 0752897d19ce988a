import {
  CancelJobCommand,
  DescribeJobDefinitionsCommand,
  ListJobsCommand,
  TerminateJobCommand,
} from '@aws-sdk/client-batch';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { HOST_LOSS_RETRIES } from '../../../src/adapters/aws/job-definition.js';
import type { ResultObject } from '../../../src/adapters/aws/result-object.js';
import { layoutSize, taskAt, type TaskLayout } from '../../../src/adapters/aws/task-layout.js';
import { runExperiment } from '../../../src/app/run-experiment.js';
import { latestRecords } from '../../../src/domain/results/latest-records.js';
import type { Experiment } from '../../../src/domain/experiment/experiment.js';
import type { Executor, ExecutorEvent } from '../../../src/ports/executor.js';
import type { MotoServer } from '../../support/moto-server.js';
import { useMoto } from '../../support/moto-fixture.js';
import {
  BUCKET,
  batchExperiment,
  countCalls,
  fakeResult,
  FALLBACK,
  planOf,
  prices,
  putResults,
  QUEUE,
  storeFor,
} from './batch-env.js';
import { silentProgress } from './silent-progress.js';

/**
 * A Spot market played on moto. Each SubmitJob is sent to one of moto's two Batch modes:
 * - "runs": no-Docker mode, where jobs succeed at once; the runner's result objects are written.
 * - "runnable": Docker mode with no Docker daemon and timed state transitions; once every child
 *   is RUNNABLE the transitions are frozen, so they wait for capacity that never comes. A
 *   CancelJob of the parent is passed on to its children (AWS does this, moto does not) and the
 *   transitions released: the cancelled children then end FAILED, as on AWS.
 * - "reclaimed": Docker mode; each child is ended with the status reason AWS gives a Spot
 *   reclaim (moto keeps a TerminateJob reason as the job's statusReason), after the runner
 *   uploaded what it had when SIGTERM came. Batch's own retries of a reclaim (the job
 *   definition's `Host EC2*` RETRY rule) are not modelled by moto: the job fails on its first
 *   attempt, which stands for the last of its N attempts.
 */
type Behaviour = 'runs' | 'runnable' | 'reclaimed';

interface Market {
  behaviour: (queue: string, cell: string) => Behaviour;
  runnableParents: Map<string, number>;
  cancelledParents: Set<string>;
  frozen: boolean;
}

describe('spot-then-on-demand', () => {
  const aws = useMoto({ jobsNeverStart: true, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let side: AwsClients;
  const market: Market = {
    behaviour: () => 'runs',
    runnableParents: new Map(),
    cancelledParents: new Set(),
    frozen: false,
  };
  const transition = (seconds: number) =>
    moto.control('/moto-api/state-manager/set-transition', {
      model_name: 'batch::job',
      transition: { progression: 'time', seconds },
    });

  beforeAll(async () => {
    ({ moto, clients } = aws);
    side = aws.moreClients();
    playSpotMarket(clients, side, moto, market, transition);
  });
  beforeEach(async () => {
    market.runnableParents.clear();
    market.cancelledParents.clear();
    market.frozen = false;
    await transition(0.2);
  });

  const experiment = (name: string): Experiment =>
    batchExperiment(
      { name, matrix: { axes: { angle: [0, 90] }, include: [], exclude: [] }, repeats: 3 },
      {
        compute: {
          backend: 'aws-batch',
          region: 'us-east-1',
          queue: QUEUE,
          fallbackQueue: FALLBACK,
          capacity: 'spot-then-on-demand',
          platform: 'ec2',
          tags: {},
        },
      },
    );

  async function run(exp: Experiment, runId: string, options: { fallbackAfterMs?: number } = {}) {
    const plan = planOf(exp);
    const store = storeFor(clients);
    const calls = countCalls(clients.batch);
    const log: string[] = [];
    const finished = new Map<string, number>();
    const executor = new BatchExecutor({
      clients,
      store,
      plan,
      results: store.location,
      poll: { minMs: 20, maxMs: 100 },
      runnableWarnMs: 60_000,
      fallbackAfterMs: options.fallbackAfterMs ?? 60_000,
      log: (l) => log.push(l),
    });
    const counting: Executor = {
      name: executor.name,
      execute: (jobs, o) =>
        executor.execute(jobs, {
          ...o,
          onEvent: (e: ExecutorEvent) => {
            if (e.type === 'job-finished')
              finished.set(e.record.jobId, (finished.get(e.record.jobId) ?? 0) + 1);
            return o.onEvent(e);
          },
        }),
    };
    const outcome = await runExperiment(
      { runId, experiment: exp, source: '', plan, resume: false, signal: new AbortController().signal },
      { store, executor: counting, progress: silentProgress(), prices, host: {}, now: Date.now },
    );
    const records = await store.readRecords(runId);
    const manifest = await store.readManifest(runId);
    return { plan, outcome, records, manifest, calls, log, finished };
  }

  it(
    'moves jobs left RUNNABLE past the limit on Spot to the fallback queue, each task once',
    { timeout: 45_000 },
    async () => {
      market.behaviour = (queue) => (queue === QUEUE ? 'runnable' : 'runs');
      // Both Spot arrays must be seen wholly RUNNABLE by one poll before the market freezes; at
      // 0.2 s a state, a loaded machine submitted the second array after the first had moved on.
      await transition(2);
      const { plan, outcome, records, manifest, calls, log, finished } = await run(
        experiment('spot-runnable'),
        'spot-runnable-1',
        { fallbackAfterMs: 300 },
      );
      const ids = plan.jobs.map((j) => j.id).sort();
      expect(ids).toHaveLength(6);
      expect(
        log.filter((l) => /3 jobs of .* waited too long for Spot; moving them to bb-ondemand/.test(l)),
      ).toHaveLength(2);
      expect(calls.SubmitJob).toBe(4);
      expect(calls.CancelJob).toBe(2);

      const subs = manifest.submissions ?? [];
      const onFallback = subs.filter((s) => s.queue === FALLBACK);
      expect(subs.filter((s) => s.queue === QUEUE)).toHaveLength(2);
      expect(onFallback.map((s) => s.reason)).toEqual([
        'spot-then-on-demand fallback',
        'spot-then-on-demand fallback',
      ]);
      expect(onFallback.flatMap((s) => s.jobIds).sort()).toEqual(ids);
      expect(subs.every((s) => s.collected)).toBe(true);

      // One Batch job per task on the on-demand queue: two arrays of three, nothing more.
      const listed = await side.batch.send(new ListJobsCommand({ jobQueue: FALLBACK }));
      const onDemandJobs = (listed.jobSummaryList ?? []).filter((j) =>
        onFallback.some((s) => j.jobId?.startsWith(s.remoteId as string)),
      );
      expect(onDemandJobs.filter((j) => !j.jobId?.includes(':'))).toHaveLength(2);
      expect(onDemandJobs.filter((j) => j.jobId?.includes(':'))).toHaveLength(6);

      expect([...finished.keys()].sort()).toEqual(ids);
      expect([...finished.values()].every((n) => n === 1)).toBe(true);
      const latest = latestRecords(records);
      expect(latest.map((r) => r.jobId).sort()).toEqual(ids);
      expect(latest.every((r) => r.status === 'succeeded' && r.capacity === 'on-demand')).toBe(true);
      expect(outcome.report.run.jobsSucceeded).toBe(6);
      expect(outcome.report.run.jobsFailed).toBe(0);
    },
  );

  it(
    'resubmits to the fallback queue the children Spot reclaimed past their retries, and only those',
    { timeout: 45_000 },
    async () => {
      market.behaviour = (queue, cell) => (queue === QUEUE && cell === 'angle-90' ? 'reclaimed' : 'runs');
      const { plan, outcome, records, manifest, calls, finished } = await run(
        experiment('spot-reclaim'),
        'spot-reclaim-1',
      );
      const ids = plan.jobs.map((j) => j.id).sort();
      const reclaimedIds = ids.filter((id) => id.includes('angle-90'));
      expect(reclaimedIds).toHaveLength(3);
      expect(calls.SubmitJob).toBe(3);
      expect(calls.CancelJob ?? 0).toBe(0);

      const onFallback = (manifest.submissions ?? []).filter((s) => s.queue === FALLBACK);
      expect(onFallback).toHaveLength(1);
      expect(onFallback[0]?.jobIds.sort()).toEqual(reclaimedIds);

      expect([...finished.keys()].sort()).toEqual(ids);
      expect([...finished.values()].every((n) => n === 1)).toBe(true);
      const latest = new Map(latestRecords(records).map((r) => [r.jobId, r]));
      for (const id of ids) {
        const r = latest.get(id);
        expect(r?.status).toBe('succeeded');
        expect(r?.capacity).toBe(reclaimedIds.includes(id) ? 'on-demand' : 'spot');
      }
      // The final record is the on-demand run's own result, not the reclaimed attempt's.
      for (const id of reclaimedIds) {
        expect(latest.get(id)?.metrics).toEqual({ reward: 1 });
        expect(latest.get(id)?.signal).toBeUndefined();
      }
      // Batch retried each reclaim (the job definition's Host EC2* rule) before giving up on Spot.
      const definition = (
        await side.batch.send(new DescribeJobDefinitionsCommand({ status: 'ACTIVE' }))
      ).jobDefinitions?.find((d) => d.jobDefinitionName?.includes('spot-reclaim'));
      expect(definition?.retryStrategy?.attempts).toBe(1 + HOST_LOSS_RETRIES.spot);
      const hostRule = definition?.retryStrategy?.evaluateOnExit?.find(
        (r) => r.onStatusReason === 'Host EC2*',
      );
      // moto answers the action in lower case.
      expect(hostRule?.action?.toUpperCase()).toBe('RETRY');
      const reclaimedAttempts = records.filter((r) => r.status !== 'succeeded');
      expect(reclaimedAttempts.map((r) => `${r.jobId}#${r.attempt}`).sort()).toEqual(
        reclaimedIds.flatMap((id) => [1, 2, 3].map((a) => `${id}#${a}`)),
      );
      // Once in the results: the on-demand run closes each task.
      for (const id of reclaimedIds) {
        expect(records.filter((r) => r.jobId === id && r.status === 'succeeded')).toHaveLength(1);
        // It numbers on from Spot's attempts, so it is the task's last attempt.
        expect(latest.get(id)?.attempt).toBe(2 + HOST_LOSS_RETRIES.spot);
      }
      for (const r of reclaimedAttempts) {
        expect(r.statusReason).toMatch(/^Host EC2 \(instance i-[0-9a-f]+\) terminated\./);
        expect(r.capacity).toBe('spot');
        expect(r.signal).toBe('SIGTERM');
      }
      expect(outcome.report.run.jobsSucceeded).toBe(6);
      expect(outcome.report.run.jobsFailed).toBe(0);
    },
  );
});

function playSpotMarket(
  clients: AwsClients,
  side: AwsClients,
  moto: MotoServer,
  market: Market,
  transition: (seconds: number) => Promise<unknown>,
): void {
  const sizes = new Map<string, number>();
  clients.batch.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      if (context.commandName === 'SubmitJobCommand') {
        const queue = input.jobQueue as string;
        const cell = (input.tags as Record<string, string>)['batchbench:cell'] as string;
        const behaviour = market.behaviour(queue, cell);
        await moto.control('/moto-api/config', { batch: { use_docker: behaviour !== 'runs' } });
        const out = await next(args);
        const jobId = (out.output as { jobId: string }).jobId;
        const env = Object.fromEntries(
          (
            (input.containerOverrides as { environment: { name: string; value: string }[] }).environment ?? []
          ).map((e) => [e.name, e.value]),
        );
        const layout = JSON.parse(env.BATCHBENCH_TASKS as string) as TaskLayout;
        const size = layoutSize(layout);
        sizes.set(jobId, size);
        const childId = (i: number) => (size >= 2 ? `${jobId}:${i}` : jobId);
        const results: ResultObject[] = [];
        // A reclaimed child ran every attempt its retry strategy allows, each ended by SIGTERM.
        const attempts = behaviour === 'reclaimed' ? 1 + HOST_LOSS_RETRIES.spot : 1;
        for (let i = 0; i < size && behaviour !== 'runnable'; i++) {
          for (let a = 1; a <= attempts; a++) {
            results.push(
              fakeResult(env.BATCHBENCH_RUN_ID as string, taskAt(layout, i).jobId, a, {
                batchJobId: childId(i),
                arrayIndex: i,
                // What the runner uploads when the host's SIGTERM ends the workload.
                ...(behaviour === 'reclaimed'
                  ? { exitCode: undefined, signal: 'SIGTERM', metrics: { reward: 0.1 } }
                  : { metrics: { reward: queue === QUEUE ? 0.5 : 1 } }),
              }),
            );
          }
        }
        const base = (env.BATCHBENCH_RESULTS as string).slice(`s3://${BUCKET}/`.length);
        await putResults(side, base, results);
        if (behaviour === 'runnable') market.runnableParents.set(jobId, size);
        if (behaviour === 'reclaimed') {
          for (let i = 0; i < size; i++) {
            const instance = `i-0${(0x5eed0000 + i).toString(16)}`;
            await side.batch.send(
              new TerminateJobCommand({
                jobId: childId(i),
                reason: `Host EC2 (instance ${instance}) terminated.`,
              }),
            );
          }
        }
        return out;
      }
      const out = await next(args);
      if (
        context.commandName === 'DescribeJobsCommand' &&
        !market.frozen &&
        market.runnableParents.size > 0
      ) {
        const jobs =
          (
            out.output as {
              jobs?: { jobId?: string; arrayProperties?: { statusSummary?: Record<string, number> } }[];
            }
          ).jobs ?? [];
        const waiting = [...market.runnableParents].every(([id, size]) => {
          const job = jobs.find((j) => j.jobId === id);
          return job?.arrayProperties?.statusSummary?.RUNNABLE === size;
        });
        if (waiting) {
          // No capacity: nothing leaves RUNNABLE for a day.
          await transition(86_400);
          market.frozen = true;
        }
      }
      if (context.commandName === 'CancelJobCommand') {
        const parent = input.jobId as string;
        if (market.runnableParents.has(parent)) {
          for (let i = 0; i < (sizes.get(parent) ?? 0); i++) {
            await side.batch.send(
              new CancelJobCommand({ jobId: `${parent}:${i}`, reason: input.reason as string }),
            );
          }
          market.cancelledParents.add(parent);
          if ([...market.runnableParents.keys()].every((p) => market.cancelledParents.has(p)))
            await transition(0.2);
        }
      }
      return out;
    },
    { step: 'initialize', name: 'spot-market' },
  );
}
