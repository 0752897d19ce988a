import { DescribeJobsCommand } from '@aws-sdk/client-batch';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../src/adapters/aws/batch/executor.js';
import { CANCEL_REASON } from '../../src/adapters/aws/batch-records.js';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import { cancelRun } from '../../src/app/cancel-run.js';
import { runExperiment } from '../../src/app/run-experiment.js';
import { useMoto } from '../support/moto-fixture.js';
import { batchExperiment, countCalls, planOf, prices, storeFor } from '../adapters/aws/batch-env.js';
import { silentProgress } from '../adapters/aws/silent-progress.js';

/**
 * moto in Docker mode with no Docker daemon: jobs walk SUBMITTED..RUNNABLE..STARTING on a timer
 * and would then fail to start a container, so every job is unfinished for a few seconds. A job
 * that batchbench cancelled carries its reason; one it missed would not.
 */
describe('cancelling a run', () => {
  const aws = useMoto({ jobsNeverStart: true, jobTransitionSeconds: 2, batchEnvironment: true });
  let clients: AwsClients;
  beforeAll(async () => {
    clients = aws.clients;
  });

  const exp = batchExperiment({
    name: 'cancel',
    matrix: { axes: { angle: [0, 90] }, include: [], exclude: [] },
    repeats: 3,
  });

  it('Ctrl-C cancels every unfinished job and records them as cancelled', { timeout: 60_000 }, async () => {
    const plan = planOf(exp);
    const store = storeFor(clients);
    const calls = countCalls(clients.batch);
    const abort = new AbortController();
    const executor = new BatchExecutor({
      clients,
      store,
      plan,
      results: store.location,
      poll: { minMs: 50, maxMs: 100 },
      log: (line) => {
        if (line.startsWith('aws-batch:')) abort.abort();
      },
    });
    const outcome = await runExperiment(
      { runId: 'cancel-run', experiment: exp, source: '', plan, resume: false, signal: abort.signal },
      { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
    );
    expect(outcome.cancelled).toBe(true);
    expect(calls.CancelJob).toBe(2);
    const records = await store.readRecords('cancel-run');
    expect(records.map((r) => r.jobId).sort()).toEqual(plan.jobs.map((j) => j.id).sort());
    expect(records.every((r) => r.status === 'cancelled')).toBe(true);
    await expectCancelReached(
      clients,
      (await store.readManifest('cancel-run')).submissions?.map((s) => s.remoteId as string) ?? [],
    );
  });

  it('batchbench cancel RUN stops a run another process started', { timeout: 60_000 }, async () => {
    const plan = planOf(exp);
    const store = storeFor(clients);
    const submitter = new BatchExecutor({
      clients,
      store,
      plan,
      results: store.location,
      deadlineMs: 0,
      poll: { minMs: 10, maxMs: 10 },
    });
    await runExperiment(
      {
        runId: 'cancel-later',
        experiment: exp,
        source: '',
        plan,
        resume: false,
        signal: new AbortController().signal,
      },
      { store, executor: submitter, progress: silentProgress(), prices, host: {}, now: Date.now },
    );
    const canceller = new BatchExecutor({ clients, store, results: store.location, plan });
    const outcome = await cancelRun('cancel-later', { store, canceller, now: Date.now });
    expect(outcome.cancelled).toBe(6);
    expect((await store.readManifest('cancel-later')).status).toBe('cancelled');
    await expectCancelReached(
      clients,
      (await store.readManifest('cancel-later')).submissions?.map((s) => s.remoteId as string) ?? [],
    );
  });
});

/**
 * AWS passes a cancel of an array parent on to its children; moto does not (it marks only the
 * parent). So the proof that every job was reached is every parent carrying batchbench's reason.
 */
async function expectCancelReached(clients: AwsClients, parents: string[]): Promise<void> {
  expect(parents).toHaveLength(2);
  const jobs = (await clients.batch.send(new DescribeJobsCommand({ jobs: parents }))).jobs ?? [];
  expect(jobs.map((j) => j.statusReason)).toEqual(parents.map(() => CANCEL_REASON));
}
