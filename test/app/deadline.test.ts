import { DescribeJobsCommand } from '@aws-sdk/client-batch';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import { collectRun } from '../../src/app/collect-run.js';
import { runExperiment } from '../../src/app/run-experiment.js';
import type { MotoServer } from '../support/moto-server.js';
import { useMoto } from '../support/moto-fixture.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import { countCalls, planOf, prices, simulateContainers, storeFor } from '../adapters/aws/batch-env.js';
import { silentProgress } from '../adapters/aws/silent-progress.js';

/**
 * Cell angle-0 runs in moto's no-Docker mode (its jobs end at once); cell angle-90 in Docker
 * mode with no Docker daemon and its transitions frozen, so its jobs are still waiting when the
 * deadline comes. Released later, they walk on and, with no Docker to start a container in,
 * end FAILED: moto cannot make them succeed, but a later collect must gather them all the same.
 */
const SOURCE = `version: 1
name: deadline
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/beam:1 }
run: { command: [node, work.mjs, --angle, "\${{ matrix.angle }}"] }
matrix: { angle: [0, 90] }
repeats: 3
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot }
results: { store: "s3://bb-results/experiments/" }
`;
const exp = validateExperimentText(SOURCE, 'experiments/deadline.yaml').value as Experiment;

describe('the executor deadline', () => {
  const aws = useMoto({ jobsNeverStart: true, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  const transition = (seconds: number) =>
    moto.control('/moto-api/state-manager/set-transition', {
      model_name: 'batch::job',
      transition: { progression: 'time', seconds },
    });
  beforeAll(async () => {
    ({ moto, clients } = aws);
    await transition(86_400);
    clients.batch.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'SubmitJobCommand') {
          const cell = (args.input as { tags: Record<string, string> }).tags['batchbench:cell'];
          await moto.control('/moto-api/config', { batch: { use_docker: cell !== 'angle-0' } });
        }
        return next(args);
      },
      { step: 'initialize', name: 'two-modes' },
    );
    simulateContainers(clients.batch, clients.s3);
  });

  it(
    'ends the wait with the jobs left running and attachable; a later collect gathers them',
    { timeout: 40_000 },
    async () => {
      const plan = planOf(exp);
      const ids = plan.jobs.map((j) => j.id).sort();
      const store = storeFor(clients);
      const calls = countCalls(clients.batch);
      const log: string[] = [];
      const started = Date.now();
      const outcome = await runExperiment(
        {
          runId: 'deadline-1',
          experiment: exp,
          source: SOURCE,
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
            poll: { minMs: 20, maxMs: 50 },
            deadlineMs: 500,
            log: (l) => log.push(l),
          }),
          progress: silentProgress(),
          prices,
          host: {},
          now: Date.now,
        },
      );
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(outcome.cancelled).toBe(false);
      expect(log).toContain(
        'deadline reached: 3 jobs still running; gather them later with: batchbench collect deadline-1',
      );
      expect(calls.CancelJob ?? 0).toBe(0);
      expect(calls.TerminateJob ?? 0).toBe(0);

      // Attachable: the manifest names both Batch jobs; the waiting one is not collected.
      const manifest = await store.readManifest('deadline-1');
      const subs = manifest.submissions ?? [];
      expect(subs).toHaveLength(2);
      expect(subs.every((s) => s.remoteId !== undefined)).toBe(true);
      const waiting = subs.find((s) => s.jobIds.some((id) => id.includes('angle-90')));
      expect(waiting?.collected).toBeFalsy();
      expect(subs.find((s) => s !== waiting)?.collected).toBe(true);
      expect(manifest.status).not.toBe('complete');
      const children = await clients.batch.send(
        new DescribeJobsCommand({ jobs: [0, 1, 2].map((i) => `${waiting?.remoteId}:${i}`) }),
      );
      expect(children.jobs?.map((j) => j.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
      expect((await store.readRecords('deadline-1')).map((r) => r.jobId).sort()).toEqual(
        ids.filter((id) => id.includes('angle-0')),
      );

      const collector = new BatchExecutor({
        clients,
        store,
        results: store.location,
        plan,
        poll: { minMs: 20, maxMs: 100 },
      });
      const deps = {
        store,
        collector,
        prices,
        progress: silentProgress(),
        now: Date.now,
        signal: new AbortController().signal,
      };
      // Still waiting: one look gathers nothing new and leaves the run attachable.
      const early = await collectRun('deadline-1', deps, { wait: false });
      expect(early.unfinished).toBe(3);
      expect(await store.readRecords('deadline-1')).toHaveLength(3);

      await transition(0.1);
      const later = await collectRun('deadline-1', deps, { wait: true });
      expect(later.unfinished).toBe(0);
      const records = await store.readRecords('deadline-1');
      expect(records.map((r) => r.jobId).sort()).toEqual(ids);
      expect(records.filter((r) => r.jobId.includes('angle-90')).every((r) => r.status === 'failed')).toBe(
        true,
      );
      expect((await store.readManifest('deadline-1')).submissions?.every((s) => s.collected)).toBe(true);
      expect(later.report.run.jobsSucceeded).toBe(3);
      expect(later.report.run.jobsFailed).toBe(3);
      expect(calls.SubmitJob).toBe(2);

      const again = await collectRun('deadline-1', deps, { wait: false });
      expect(again.unfinished).toBe(0);
      expect(await store.readRecords('deadline-1')).toHaveLength(6);
    },
  );
});
