import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { BATCH_LOG_GROUP } from '../../../src/adapters/aws/log-tail.js';
import { runExperiment } from '../../../src/app/run-experiment.js';
import { useMoto } from '../../support/moto-fixture.js';
import { batchExperiment, batchStage, planOf, prices, simulateContainers, storeFor } from './batch-env.js';
import { silentProgress } from './silent-progress.js';

describe('failed jobs on moto (MOTO_SIMPLE_BATCH_FAIL_AFTER=0: every job fails)', () => {
  const aws = useMoto({ env: { MOTO_SIMPLE_BATCH_FAIL_AFTER: '0' }, batchEnvironment: true });
  let clients: AwsClients;
  beforeAll(async () => {
    clients = aws.clients;
    await clients.logs.send(new CreateLogGroupCommand({ logGroupName: BATCH_LOG_GROUP }));
    simulateContainers(clients.batch, clients.s3, { exitCode: () => 2, silent: (id) => id.endsWith('r2') });
    // What the container would have printed, in the stream Batch names for the job.
    clients.batch.middlewareStack.add(
      (next, context) => async (args) => {
        const out = await next(args);
        if (context.commandName === 'SubmitJobCommand') {
          const jobId = (out.output as { jobId: string }).jobId;
          const definition = /job-definition\/([^:]+):/.exec(
            (args.input as { jobDefinition: string }).jobDefinition,
          )?.[1];
          const logStreamName = `${definition}/default/${jobId}`;
          await clients.logs.send(
            new CreateLogStreamCommand({ logGroupName: BATCH_LOG_GROUP, logStreamName }),
          );
          const events = Array.from({ length: 60 }, (_, i) => ({
            timestamp: Date.now() + i,
            message: `line ${i + 1}`,
          }));
          await clients.logs.send(
            new PutLogEventsCommand({ logGroupName: BATCH_LOG_GROUP, logStreamName, logEvents: events }),
          );
        }
        return out;
      },
      { step: 'initialize', name: 'fake-logs' },
    );
  });

  it('records the exit code, the status reason and the last 50 log lines; a job that never reported still gets a record', async () => {
    const exp = batchExperiment({ name: 'failing', repeats: 2 }, {});
    exp.stages = [batchStage({ name: 'solo' })];
    const single = { ...exp, repeats: 1 };
    const store = storeFor(clients);
    for (const [runId, e] of [
      ['failing-array', exp],
      ['failing-single', single],
    ] as const) {
      const plan = planOf(e);
      const executor = new BatchExecutor({
        clients,
        store,
        plan,
        results: store.location,
        poll: { minMs: 10, maxMs: 50 },
      });
      const outcome = await runExperiment(
        { runId, experiment: e, source: '', plan, resume: false, signal: new AbortController().signal },
        { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
      );
      expect(outcome.report.run.jobsFailed).toBe(plan.jobs.length);
    }
    const [reported, silent] = await store.readRecords('failing-array');
    expect(reported).toMatchObject({ jobId: 'solo.default.r1', status: 'failed', exitCode: 2 });
    expect(reported?.commandStartedAt).toBeDefined();
    expect(silent).toMatchObject({ jobId: 'solo.default.r2', status: 'failed' });
    expect(silent?.commandStartedAt).toBeUndefined();
    const [one] = await store.readRecords('failing-single');
    expect(one?.logTail).toHaveLength(50);
    expect(one?.logTail?.[49]).toBe('line 60');
    expect(one?.exitCode).toBe(2);
  });
});
