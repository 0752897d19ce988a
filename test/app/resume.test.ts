import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import { collectRun } from '../../src/app/collect-run.js';
import { runExperiment } from '../../src/app/run-experiment.js';
import { useMoto } from '../support/moto-fixture.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import { countCalls, planOf, prices, simulateContainers, storeFor } from '../adapters/aws/batch-env.js';
import { silentProgress } from '../adapters/aws/silent-progress.js';

const SOURCE = `version: 1
name: resume
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/beam:1 }
run: { command: [node, work.mjs, --angle, "\${{ matrix.angle }}"] }
matrix: { angle: [0, 90] }
repeats: 3
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot }
results: { store: "s3://bb-results/experiments/" }
`;
const exp = validateExperimentText(SOURCE, 'experiments/resume.yaml').value as Experiment;

describe('never losing a run', () => {
  const aws = useMoto({ batchEnvironment: true });
  let clients: AwsClients;
  let calls: Record<string, number>;
  beforeAll(async () => {
    clients = aws.clients;
    simulateContainers(clients.batch, clients.s3);
    calls = countCalls(clients.batch);
  });

  const run = (runId: string, resume: boolean, onEvent?: () => void) => {
    const plan = planOf(exp);
    const store = storeFor(clients);
    const executor = new BatchExecutor({
      clients,
      store,
      plan,
      results: store.location,
      poll: { minMs: 20, maxMs: 100 },
    });
    const wrapped = onEvent
      ? {
          ...executor,
          name: executor.name,
          execute: (
            jobs: Parameters<typeof executor.execute>[0],
            o: Parameters<typeof executor.execute>[1],
          ) => executor.execute(jobs, { ...o, onEvent: (e) => (onEvent(), o.onEvent(e)) }),
        }
      : executor;
    return runExperiment(
      { runId, experiment: exp, source: SOURCE, plan, resume, signal: new AbortController().signal },
      { store, executor: wrapped, progress: silentProgress(), prices, host: {}, now: Date.now },
    );
  };

  it('attaches to the submitted jobs after the waiting process died, without submitting again', async () => {
    const before = calls.SubmitJob ?? 0;
    await expect(
      run('resume-crash', false, () => {
        throw new Error('the runner was killed');
      }),
    ).rejects.toThrow('killed');
    expect((calls.SubmitJob ?? 0) - before).toBe(2);
    const store = storeFor(clients);
    expect(await store.readRecords('resume-crash')).toEqual([]);

    const outcome = await run('resume-crash', true);
    expect((calls.SubmitJob ?? 0) - before).toBe(2);
    const records = await store.readRecords('resume-crash');
    expect(records.map((r) => r.jobId).sort()).toEqual(
      planOf(exp)
        .jobs.map((j) => j.id)
        .sort(),
    );
    expect(outcome.report.run.jobsFailed).toBe(0);

    // A third attempt finds everything done: nothing submitted, nothing recorded twice.
    await run('resume-crash', true);
    expect((calls.SubmitJob ?? 0) - before).toBe(2);
    expect(await store.readRecords('resume-crash')).toHaveLength(6);
  });

  it('finds a submission whose answer never reached the manifest by its name', async () => {
    const before = calls.SubmitJob ?? 0;
    await expect(
      run('resume-lost', false, () => {
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    const store = storeFor(clients);
    const manifest = await store.readManifest('resume-lost');
    const ids = manifest.submissions?.map((s) => s.remoteId);
    // As if the process died between SubmitJob's answer and the manifest update.
    await store.updateManifest('resume-lost', {
      submissions: manifest.submissions?.map(({ remoteId: _r, submittedAt: _s, ...rest }) => rest),
    });
    await run('resume-lost', true);
    expect((calls.SubmitJob ?? 0) - before).toBe(2);
    expect((await store.readManifest('resume-lost')).submissions?.map((s) => s.remoteId)).toEqual(ids);
    expect(await store.readRecords('resume-lost')).toHaveLength(6);
  });

  it('collects a run that finished while nobody waited', async () => {
    const before = calls.SubmitJob ?? 0;
    await expect(
      run('resume-later', false, () => {
        throw new Error('gone');
      }),
    ).rejects.toThrow('gone');
    const store = storeFor(clients);
    const plan = planOf(exp);
    const executor = new BatchExecutor({
      clients,
      store,
      results: store.location,
      plan,
      poll: { minMs: 20, maxMs: 100 },
    });
    const outcome = await collectRun(
      'resume-later',
      {
        store,
        collector: executor,
        prices,
        progress: silentProgress(),
        now: Date.now,
        signal: new AbortController().signal,
      },
      { wait: false },
    );
    expect(outcome.unfinished).toBe(0);
    expect(outcome.report.run.jobsSucceeded).toBe(6);
    expect((calls.SubmitJob ?? 0) - before).toBe(2);
    expect((await store.readManifest('resume-later')).status).toBe('complete');
  });
});
