import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import { collectRun, publishCollected } from '../../src/app/collect-run.js';
import type { RunCollector } from '../../src/ports/backend.js';
import { submitRun } from '../../src/app/submit-run.js';
import type { ReportPublisher } from '../../src/app/publish-report.js';
import { RunBusyError } from '../../src/domain/run-busy.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import type { RunOrigin, RunStore } from '../../src/ports/run-store.js';
import { useMoto } from '../support/moto-fixture.js';
import { planOf, prices, simulateContainers, storeFor } from '../adapters/aws/batch-env.js';
import { silentProgress } from '../adapters/aws/silent-progress.js';
import { record } from './records.js';

const SOURCE = `version: 1
name: collect-lock
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/beam:1 }
run: { command: [node, work.mjs, --angle, "\${{ matrix.angle }}"] }
matrix: { angle: [0, 90] }
repeats: 2
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot }
results: { store: "s3://bb-results/experiments/" }
`;
const exp = validateExperimentText(SOURCE, 'experiments/collect-lock.yaml').value as Experiment;
const REPO = 'octo-org/bench-repo';
const origin: RunOrigin = {
  repository: REPO,
  event: 'pull_request',
  pullRequest: { number: 42, baseRef: 'main' },
  headSha: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
  experimentFile: exp.file,
  commentKey: 'collect-lock',
  checkName: 'batchbench / collect-lock',
};

/** A publisher that counts what reaches the pull request: as publishToGitHub's, none without an origin. */
function countingPublisher(
  counts: { comments: number; checks: number },
  to: RunOrigin | undefined,
): ReportPublisher {
  if (!to) return { summary: async () => {} };
  return {
    summary: async () => {},
    comment: async () => {
      counts.comments++;
      return 'commented';
    },
    check: async () => {
      counts.checks++;
      return 'checked';
    },
  };
}

/**
 * Two collectors of one run at once, each publishing as `batchbench collect --publish` does:
 * the first holds the run; the second, impatient, is refused naming it; a third, patient
 * (--wait), waits its turn and then finds the run published already.
 */
async function raceCollectors(store: RunStore, collector: RunCollector, runId: string) {
  const counts = { comments: 0, checks: 0 };
  const deps = {
    store,
    collector,
    prices,
    progress: silentProgress(),
    now: Date.now,
    signal: new AbortController().signal,
  };
  const publish = async (outcome: Awaited<ReturnType<typeof collectRun>>) => {
    await publishCollected(outcome, {
      store,
      publisherFor: (to) => countingPublisher(counts, to),
      log: () => {},
      now: Date.now,
      repository: REPO,
    });
  };
  const first = collectRun(runId, deps, { wait: true, publish });
  // Once the first holds the run (its lock taken before anything is read).
  await new Promise((resolve) => setTimeout(resolve, 50));
  const [a, b, c] = await Promise.allSettled([
    first,
    collectRun(runId, deps, { wait: false, publish }),
    collectRun(runId, deps, { wait: true, publish }),
  ]);
  return { a, b, c, counts };
}

describe('collect holds the run: two collectors never record or publish twice', () => {
  it('locally (a run folder and its lock file)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bb-collect-lock-'));
    try {
      const store = new FsRunStore(dir);
      const plan = planOf(exp);
      const at = new Date().toISOString();
      await store.create({
        runId: 'r1',
        experiment: exp.name,
        experimentFile: exp.file,
        experimentSource: SOURCE,
        backend: 'aws-batch',
        createdAt: at,
        updatedAt: at,
        status: 'running',
        origin,
        plan,
      });
      let looks = 0;
      // A backend whose jobs all finish by the first look, which takes a while.
      const collector: RunCollector = {
        async collect(manifest, options) {
          looks++;
          const recorded = new Set((await store.readRecords(manifest.runId)).map((r) => r.jobId));
          await new Promise((resolve) => setTimeout(resolve, 300));
          for (const job of manifest.plan.jobs.filter((j) => !recorded.has(j.id)))
            await options.onEvent({
              type: 'job-finished',
              record: record(job, { queued: 0, started: 1, stopped: 2 }),
            });
          return { unfinished: 0 };
        },
      };
      const { a, b, c, counts } = await raceCollectors(store, collector, 'r1');
      expect(a.status).toBe('fulfilled');
      expect(b.status).toBe('rejected');
      const refused = (b as PromiseRejectedResult).reason as Error;
      expect(refused).toBeInstanceOf(RunBusyError);
      expect(refused.message).toMatch(/^run r1 is being driven by another process: pid \d+ on /);
      expect(c.status).toBe('fulfilled');
      expect(looks).toBe(2);
      expect(counts).toEqual({ comments: 1, checks: 1 });
      const ids = (await store.readRecords('r1')).map((r) => r.jobId);
      expect(ids).toHaveLength(plan.jobs.length);
      expect(new Set(ids).size).toBe(plan.jobs.length);
      expect((await store.readManifest('r1')).publishedAt).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('on S3 (the lease, against moto)', () => {
    const aws = useMoto({ batchEnvironment: true });
    let clients: AwsClients;
    beforeAll(() => {
      clients = aws.clients;
      simulateContainers(clients.batch, clients.s3);
    });

    it('a submitted run collected by two collectors at once', { timeout: 60_000 }, async () => {
      const plan = planOf(exp);
      const store = storeFor(clients);
      const executor = new BatchExecutor({ clients, store, results: store.location, plan, deadlineMs: 0 });
      await submitRun(
        {
          runId: 'lock-1',
          experiment: exp,
          source: SOURCE,
          plan,
          host: {},
          origin,
          signal: new AbortController().signal,
        },
        { store, executor, now: Date.now },
      );
      const collector = new BatchExecutor({
        clients,
        store,
        results: store.location,
        plan,
        poll: { minMs: 20, maxMs: 100 },
      });
      const { a, b, c, counts } = await raceCollectors(store, collector, 'lock-1');
      expect(a.status).toBe('fulfilled');
      expect(((b as PromiseRejectedResult).reason as Error).message).toContain('lock-1/lock.json');
      expect((b as PromiseRejectedResult).reason).toBeInstanceOf(RunBusyError);
      expect(c.status).toBe('fulfilled');
      expect(counts).toEqual({ comments: 1, checks: 1 });
      const ids = (await store.readRecords('lock-1')).map((r) => r.jobId);
      expect(ids.sort()).toEqual(plan.jobs.map((j) => j.id).sort());
    });
  });
});
