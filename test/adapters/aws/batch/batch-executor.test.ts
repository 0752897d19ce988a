import { DescribeJobsCommand, ListJobsCommand } from '@aws-sdk/client-batch';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../../src/adapters/aws/clients.js';
import { runExperiment } from '../../../../src/app/run-experiment.js';
import type { Experiment } from '../../../../src/domain/experiment/experiment.js';
import { useMoto } from '../../../support/moto-fixture.js';
import {
  batchExperiment,
  batchStage,
  countCalls,
  planOf,
  prices,
  QUEUE,
  simulateContainers,
  storeFor,
} from '../batch-env.js';
import { silentProgress } from '../silent-progress.js';

const beamSteering = (): Experiment =>
  batchExperiment({
    matrix: { axes: { angle: [0, 90, 180], n_jobs: [1, 2] }, include: [], exclude: [] },
    repeats: 3,
  });

describe('BatchExecutor against moto', () => {
  const aws = useMoto({ batchEnvironment: true });
  let clients: AwsClients;
  beforeAll(async () => {
    clients = aws.clients;
    simulateContainers(clients.batch, clients.s3);
  });

  it('runs beam-steering with one array job per cell and stage, and records every task', async () => {
    const exp = beamSteering();
    const plan = planOf(exp);
    expect(plan.jobs).toHaveLength(18);
    const calls = countCalls(clients.batch);
    const store = storeFor(clients);
    const log: string[] = [];
    const executor = new BatchExecutor({
      clients,
      store,
      plan,
      results: store.location,
      gitCommit: 'abc123',
      poll: { minMs: 20, maxMs: 100 },
      log: (l) => log.push(l),
    });
    const outcome = await runExperiment(
      {
        runId: 'beam-steering-es-20250101-000000Z-a1b2',
        experiment: exp,
        source: 'name: beam-steering-es\n',
        plan,
        resume: false,
        signal: new AbortController().signal,
      },
      { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
    );
    expect(calls.SubmitJob).toBe(6);
    expect(calls.RegisterJobDefinition).toBe(1);
    const records = await store.readRecords(outcome.runId);
    expect(records.map((r) => r.jobId).sort()).toEqual(plan.jobs.map((j) => j.id).sort());
    expect(
      records.every((r) => r.status === 'succeeded' && r.backend === 'aws-batch' && r.metrics.reward === 0.5),
    ).toBe(true);
    expect(records[0]?.cpuModel).toContain('Xeon');
    expect(outcome.report.run.jobsFailed).toBe(0);

    const manifest = await store.readManifest(outcome.runId);
    expect(manifest.submissions).toHaveLength(6);
    expect(manifest.submissions?.every((s) => s.remoteId && s.collected && s.jobIds.length === 3)).toBe(true);
    const parent = (
      await clients.batch.send(
        new DescribeJobsCommand({ jobs: [manifest.submissions?.[0]?.remoteId as string] }),
      )
    ).jobs?.[0];
    expect(parent?.arrayProperties?.size).toBe(3);
    expect(parent?.tags).toMatchObject({
      'batchbench:run-id': outcome.runId,
      'batchbench:experiment': 'beam-steering-es',
      'batchbench:cell': 'angle-0_n_jobs-1',
      'batchbench:stage': 'main',
      'batchbench:git-commit': 'abc123',
      team: 'radar',
    });
    expect(parent?.container?.command).toEqual([
      'node',
      'work.mjs',
      '--angle',
      '0',
      '--shard',
      '${{ shard.index }}',
    ]);
    const env = Object.fromEntries((parent?.container?.environment ?? []).map((e) => [e.name, e.value]));
    expect(env.ANGLE).toBe('0');
    expect(JSON.parse(env.BATCHBENCH_TASKS as string)).toEqual({
      v: 1,
      shardCount: 1,
      group: 'main.angle-0_n_jobs-1',
      firstRepeat: 1,
      repeats: 3,
      copies: [],
    });
    // The jobs write apart from the manifest the workflow writes, under the prefix their role is confined to.
    expect(env.BATCHBENCH_RESULTS).toBe(
      `s3://bb-results/experiments/_jobs/beam-steering-es/${outcome.runId}/`,
    );
  });

  it('chains stages with N_TO_N where child i needs child i, and submits a single task as a plain job', async () => {
    const exp = batchExperiment({
      name: 'pipeline',
      repeats: 2,
      stages: [batchStage({ name: 'train' }), batchStage({ name: 'infer', needs: ['train'] })],
    });
    const one = batchExperiment({ name: 'single', stages: [batchStage({ name: 'solo' })] });
    const store = storeFor(clients);
    for (const e of [exp, one]) {
      const plan = planOf(e);
      const executor = new BatchExecutor({
        clients,
        store,
        plan,
        results: store.location,
        poll: { minMs: 20, maxMs: 100 },
      });
      await runExperiment(
        {
          runId: `${e.name}-run`,
          experiment: e,
          source: '',
          plan,
          resume: false,
          signal: new AbortController().signal,
        },
        { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
      );
    }
    const pipeline = await store.readManifest('pipeline-run');
    const [train, infer] = pipeline.submissions ?? [];
    const detail = (await clients.batch.send(new DescribeJobsCommand({ jobs: [infer?.remoteId as string] })))
      .jobs?.[0];
    expect(detail?.dependsOn).toEqual([{ jobId: train?.remoteId, type: 'N_TO_N' }]);
    const single = await store.readManifest('single-run');
    const solo = (
      await clients.batch.send(
        new DescribeJobsCommand({ jobs: [single.submissions?.[0]?.remoteId as string] }),
      )
    ).jobs?.[0];
    expect(solo?.arrayProperties).toBeUndefined();
    expect((await store.readRecords('single-run')).map((r) => r.status)).toEqual(['succeeded']);
    const listed = await clients.batch.send(
      new ListJobsCommand({
        jobQueue: QUEUE,
        filters: [{ name: 'JOB_NAME', values: [solo?.jobName as string] }],
      }),
    );
    expect(listed.jobSummaryList).toHaveLength(1);
  });
});
