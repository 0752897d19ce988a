import { DescribeJobDefinitionsCommand, DescribeJobsCommand } from '@aws-sdk/client-batch';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { retryPolicy } from '../../../src/adapters/aws/retry.js';
import { S3RunStore } from '../../../src/adapters/aws/s3-run-store.js';
import { runExperiment } from '../../../src/app/run-experiment.js';
import { deployBatchbenchStack, type BatchbenchStack } from '../../support/batch-stack.js';
import type { MotoServer } from '../../support/moto-server.js';
import { useMoto } from '../../support/moto-fixture.js';
import {
  BUCKET,
  batchExperiment,
  countCalls,
  fastSleep,
  planOf,
  prices,
  simulateContainers,
} from './batch-env.js';
import { silentProgress } from './silent-progress.js';

/** An experiment run against what infra/batchbench.cfn.yaml created, and nothing made by hand. */
describe('an experiment on the CloudFormation stack', () => {
  const aws = useMoto();
  let moto: MotoServer;
  let clients: AwsClients;
  let stack: BatchbenchStack;
  beforeAll(async () => {
    ({ moto, clients } = aws);
    stack = await deployBatchbenchStack(moto, { stackName: 'bb-stack', bucket: BUCKET });
    simulateContainers(clients.batch, clients.s3);
  }, 60_000);

  it(
    'runs on its queues with its job role and keeps results in its bucket',
    { timeout: 40_000 },
    async () => {
      const exp = batchExperiment(
        {
          name: 'stack-beam',
          matrix: { axes: { angle: [0, 90] }, include: [], exclude: [] },
          repeats: 2,
          results: { store: stack.resultsStore, metrics: [] },
        },
        {
          compute: {
            backend: 'aws-batch',
            region: 'us-east-1',
            queue: stack.queue,
            fallbackQueue: stack.fallbackQueue,
            capacity: 'spot-then-on-demand',
            platform: 'ec2',
            jobRoleArn: stack.jobRoleArn,
            tags: {},
          },
        },
      );
      const plan = planOf(exp);
      const store = new S3RunStore(clients.s3, stack.resultsStore, {
        policy: retryPolicy({ sleep: fastSleep }),
      });
      expect(store.location.bucket).toBe(stack.bucket);
      const calls = countCalls(clients.batch);
      const outcome = await runExperiment(
        {
          runId: 'stack-run-1',
          experiment: exp,
          source: '',
          plan,
          resume: false,
          signal: new AbortController().signal,
        },
        {
          store,
          executor: new BatchExecutor({
            clients,
            store,
            plan,
            results: store.location,
            poll: { minMs: 20, maxMs: 100 },
          }),
          progress: silentProgress(),
          prices,
          host: {},
          now: Date.now,
        },
      );
      expect(calls.SubmitJob).toBe(2);

      const report = outcome.report;
      expect(report.run.status).toBe('complete');
      expect(report.run.jobsPlanned).toBe(4);
      expect(report.run.jobsSucceeded).toBe(4);
      expect(report.cells.map((c) => c.cellId).sort()).toEqual(['angle-0', 'angle-90']);
      expect(outcome.artifacts['report.md']).toMatch(new RegExp(`^s3://${stack.bucket}/`));

      const records = await store.readRecords('stack-run-1');
      expect(records.map((r) => r.jobId).sort()).toEqual(plan.jobs.map((j) => j.id).sort());
      expect(records.every((r) => r.backend === 'aws-batch' && r.capacity === 'spot')).toBe(true);

      const manifest = await store.readManifest('stack-run-1');
      expect(manifest.submissions?.map((s) => s.queue)).toEqual([stack.queue, stack.queue]);
      const parent = (
        await clients.batch.send(
          new DescribeJobsCommand({ jobs: [manifest.submissions?.[0]?.remoteId as string] }),
        )
      ).jobs?.[0];
      expect(parent?.jobQueue).toBe(stack.queueArn);
      const definition = (
        await clients.batch.send(
          new DescribeJobDefinitionsCommand({ jobDefinitions: [parent?.jobDefinition as string] }),
        )
      ).jobDefinitions?.[0];
      expect(definition?.containerProperties?.jobRoleArn).toBe(stack.jobRoleArn);
    },
  );
});
