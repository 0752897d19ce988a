import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../../src/adapters/aws/clients.js';
import { runExperiment } from '../../../../src/app/run-experiment.js';
import { useMoto } from '../../../support/moto-fixture.js';
import {
  batchExperiment,
  countCalls,
  planOf,
  prices,
  simulateContainers,
  storeFor,
  total,
} from '../batch-env.js';
import { silentProgress } from '../silent-progress.js';

describe('a 10,000-task array on moto', () => {
  const aws = useMoto({ batchEnvironment: true });
  let clients: AwsClients;
  beforeAll(async () => {
    clients = aws.clients;
    simulateContainers(clients.batch, clients.s3);
  });

  it(
    'is submitted, tracked and collected with fewer than 200 Batch API calls',
    // It counts API calls, not seconds: on a loaded 2-core machine beside other test files it has taken over 240 s.
    { timeout: 600_000 },
    async () => {
      const exp = batchExperiment(
        { name: 'sweep' },
        { fanOut: { items: 10_000, workers: 10_000, oversubscribe: 1 } },
      );
      const plan = planOf(exp);
      expect(plan.jobs).toHaveLength(10_000);
      const calls = countCalls(clients.batch);
      const store = storeFor(clients);
      const executor = new BatchExecutor({
        clients,
        store,
        plan,
        results: store.location,
        poll: { minMs: 20, maxMs: 100 },
      });
      const outcome = await runExperiment(
        {
          runId: 'sweep-big',
          experiment: exp,
          source: '',
          plan,
          resume: false,
          signal: new AbortController().signal,
        },
        { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
      );
      const records = await store.readRecords(outcome.runId);
      expect(records).toHaveLength(10_000);
      expect(new Set(records.map((r) => r.jobId)).size).toBe(10_000);
      expect(records.filter((r) => r.status === 'succeeded')).toHaveLength(10_000);
      expect(records.find((r) => r.jobId === 'main.default.r1.s9999')?.shardIndex).toBe(9999);
      expect(calls.SubmitJob).toBe(1);
      expect(total(calls)).toBeLessThan(200);
      console.log(`10,000 tasks: Batch API calls ${JSON.stringify(calls)} = ${total(calls)}`);
    },
  );
});
