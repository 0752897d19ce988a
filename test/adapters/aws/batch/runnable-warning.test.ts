import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../../src/adapters/aws/clients.js';
import { runExperiment } from '../../../../src/app/run-experiment.js';
import type { MotoServer } from '../../../support/moto-server.js';
import { useMoto } from '../../../support/moto-fixture.js';
import { batchExperiment, planOf, prices, storeFor } from '../batch-env.js';
import { silentProgress } from '../silent-progress.js';

/**
 * A queue with no capacity, on moto: Docker mode with no Docker daemon and timed transitions
 * walks the children to RUNNABLE; there the transitions are frozen, so they wait as jobs wait
 * for instances that never come.
 */
describe('a job left RUNNABLE', () => {
  const aws = useMoto({ jobsNeverStart: true, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let frozen = false;
  const transition = (seconds: number) =>
    moto.control('/moto-api/state-manager/set-transition', {
      model_name: 'batch::job',
      transition: { progression: 'time', seconds },
    });
  beforeAll(async () => {
    ({ moto, clients } = aws);
    await transition(0.2);
    clients.batch.middlewareStack.add(
      (next, context) => async (args) => {
        const out = await next(args);
        if (context.commandName === 'DescribeJobsCommand' && !frozen) {
          const jobs =
            (
              out.output as {
                jobs?: { arrayProperties?: { size?: number; statusSummary?: Record<string, number> } }[];
              }
            ).jobs ?? [];
          if (
            jobs.length > 0 &&
            jobs.every((j) => j.arrayProperties?.statusSummary?.RUNNABLE === j.arrayProperties?.size)
          ) {
            await transition(86_400);
            frozen = true;
          }
        }
        return out;
      },
      { step: 'initialize', name: 'no-capacity' },
    );
  });

  it(
    'is reported once, through the log, with the likely causes and the request that must fit',
    { timeout: 30_000 },
    async () => {
      const exp = batchExperiment(
        { name: 'stuck', repeats: 3 },
        {
          resources: {
            vcpus: 2,
            memoryBytes: 4 * 2 ** 30,
            gpus: 1,
            timeoutSec: 600,
            retries: 0,
            retryOn: [],
          },
        },
      );
      const plan = planOf(exp);
      const store = storeFor(clients);
      const abort = new AbortController();
      const log: string[] = [];
      let polls = 0;
      const executor = new BatchExecutor({
        clients,
        store,
        plan,
        results: store.location,
        poll: { minMs: 20, maxMs: 40 },
        runnableWarnMs: 300,
        log: (line) => {
          log.push(line);
          // Keep watching a while after the warning, to show it is not repeated on every poll.
          if (line.startsWith('warning:')) setTimeout(() => abort.abort(), 500);
        },
      });
      clients.batch.middlewareStack.add(
        (next, context) => (args) => {
          if (context.commandName === 'DescribeJobsCommand') polls++;
          return next(args);
        },
        { step: 'initialize', name: 'count-polls' },
      );
      await runExperiment(
        { runId: 'stuck-1', experiment: exp, source: '', plan, resume: false, signal: abort.signal },
        { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
      );
      expect(frozen).toBe(true);
      expect(log).toContain('aws-batch: 3 RUNNABLE');
      const warnings = log.filter((l) => l.startsWith('warning:'));
      expect(warnings).toHaveLength(1);
      const [warning] = warnings as [string];
      expect(warning).toMatch(/^warning: 3 jobs of bb-\S+ RUNNABLE for \d+ s on bb-spot\. Likely: /);
      expect(warning).toContain('no capacity');
      expect(warning).toContain('max vCPUs reached');
      expect(warning).toContain('no allowed instance type fits 2 vCPUs, 4096 MiB, 1 GPUs');
      expect(polls).toBeGreaterThan(5);
    },
  );
});
