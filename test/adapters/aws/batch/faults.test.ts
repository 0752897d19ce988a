import { ListJobsCommand } from '@aws-sdk/client-batch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../../src/adapters/aws/batch/executor.js';
import { destroyAwsClients, type AwsClients } from '../../../../src/adapters/aws/clients.js';
import { runExperiment } from '../../../../src/app/run-experiment.js';
import type { MotoServer } from '../../../support/moto-server.js';
import { useMoto } from '../../../support/moto-fixture.js';
import {
  batchExperiment,
  batchStage,
  clientsFor,
  countCalls,
  createBatchEnvironment,
  fastSleep,
  planOf,
  prices,
  QUEUE,
  simulateContainers,
  storeFor,
} from '../batch-env.js';
import { every, startFaultProxy, type FaultProxy, type ProxyRequest } from './fault-proxy.js';
import { silentProgress } from '../silent-progress.js';

describe('throttling, 500s and dropped connections between batchbench and AWS', () => {
  const aws = useMoto();
  let moto: MotoServer;
  let direct: AwsClients;
  let proxy: FaultProxy;
  let viaProxy: AwsClients;
  beforeAll(async () => {
    moto = aws.moto;
    direct = clientsFor(moto.endpoint);
    await createBatchEnvironment(moto, direct);
    const submit = every(
      1,
      ['drop-after', 'error-after', 'throttle', 'pass', 'drop-before', 'pass'],
      (r) => r.operation === 'submitjob',
    );
    const poll = every(
      2,
      ['error-before', 'drop-after', 'throttle'],
      (r) => r.operation === 'describejobs' || r.operation === 'listjobs',
    );
    const get = every(
      3,
      ['drop-after', 'error-before', 'throttle'],
      (r) => r.service === 's3' && r.method === 'GET',
    );
    const put = every(
      4,
      ['error-after', 'drop-before', 'drop-after'],
      (r) => r.service === 's3' && r.method === 'PUT',
    );
    proxy = await startFaultProxy(moto.endpoint, (r: ProxyRequest) => {
      for (const rule of [submit, poll, get, put]) {
        const fault = rule(r);
        if (fault !== 'pass') return fault;
      }
      return 'pass';
    });
    viaProxy = clientsFor(proxy.endpoint);
    // The simulated containers reach S3 directly, as real ones would.
    simulateContainers(viaProxy.batch, direct.s3);
  });
  afterAll(async () => {
    for (const c of [direct, viaProxy]) if (c) destroyAwsClients(c);
    await proxy?.stop();
  });

  it(
    'still records every task, with exactly one AWS Batch job per submission',
    { timeout: 120_000 },
    async () => {
      const exp = batchExperiment(
        {
          name: 'faulty',
          matrix: { axes: { angle: [0, 90, 180], n_jobs: [1, 2] }, include: [], exclude: [] },
          repeats: 3,
        },
        {},
      );
      exp.stages = [batchStage({ fanOut: { items: 4, workers: '${{ matrix.n_jobs }}', oversubscribe: 1 } })];
      const plan = planOf(exp);
      const calls = countCalls(viaProxy.batch);
      const store = storeFor(viaProxy);
      const executor = new BatchExecutor({
        clients: viaProxy,
        store,
        plan,
        results: store.location,
        poll: { minMs: 10, maxMs: 50 },
        sleep: fastSleep,
      });
      const outcome = await runExperiment(
        {
          runId: 'faulty-run',
          experiment: exp,
          source: '',
          plan,
          resume: false,
          signal: new AbortController().signal,
        },
        { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
      );

      const records = await storeFor(direct).readRecords(outcome.runId);
      expect(records.map((r) => r.jobId).sort()).toEqual(plan.jobs.map((j) => j.id).sort());
      expect(records.every((r) => r.status === 'succeeded' && r.metrics.reward === 0.5)).toBe(true);

      const jobs =
        (
          await direct.batch.send(
            new ListJobsCommand({ jobQueue: QUEUE, filters: [{ name: 'JOB_NAME', values: ['bb-*'] }] }),
          )
        ).jobSummaryList ?? [];
      // moto lists array children in the queue too (AWS does not); parents are the submissions.
      const names = jobs.filter((j) => !j.jobId?.includes(':')).map((j) => j.jobName);
      expect(names).toHaveLength(6);
      expect(new Set(names).size).toBe(6);
      expect(calls.SubmitJob).toBeGreaterThan(6);
      for (const kind of [
        'batch:submitjob:drop-after',
        'batch:submitjob:error-after',
        'batch:submitjob:throttle',
        'batch:describejobs:drop-after',
        'batch:listjobs:error-before',
        's3:GET:drop-after',
        's3:PUT:error-after',
      ]) {
        expect(proxy.injected[kind], kind).toBeGreaterThan(0);
      }
    },
  );
});
