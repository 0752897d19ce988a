import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import type { ResultObject } from '../../../src/adapters/aws/result-object.js';
import { cellOf } from '../../../src/adapters/aws/runner/task-env.js';
import { layoutSize, taskAt, type TaskLayout } from '../../../src/adapters/aws/task-layout.js';
import { collectRun } from '../../../src/app/collect-run.js';
import { submitRun } from '../../../src/app/submit-run.js';
import type { Experiment } from '../../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { useMoto } from '../../support/moto-fixture.js';
import { BUCKET, planOf, prices, putResults, storeFor } from './batch-env.js';
import { silentProgress } from './silent-progress.js';

// A result object exactly as the container runner of batchbench 0.1.0 wrote it (its fields, its
// order), with the ids and times of the attempt left to fill in.
const STORED = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/old-runner/result-0.1.0.json'),
  'utf8',
);

const SOURCE = `version: 1
name: old-runner
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/beam:1 }
run:
  command: [python, train.py]
  env: { ANGLE: "a\${{ matrix.angle }}" }
matrix: { angle: [0, 90] }
repeats: 2
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot }
results: { store: "s3://bb-results/experiments/" }
`;
const exp = validateExperimentText(SOURCE, 'experiments/old-runner.yaml').value as Experiment;

/**
 * How the runner of a 0.1.0 image read its cell: `JSON.parse(env.BATCHBENCH_CELL)` for the
 * matrix values, before anything else. A value it cannot parse ends the container with the
 * runner's own error (exit 70) and no result object.
 */
function runnerOf010(env: Record<string, string>): Record<string, unknown> | undefined {
  try {
    return env.BATCHBENCH_CELL ? (JSON.parse(env.BATCHBENCH_CELL) as Record<string, unknown>) : {};
  } catch {
    return undefined;
  }
}

describe('jobs run by a runner image of batchbench 0.1.0 are collected as before', () => {
  const aws = useMoto({ batchEnvironment: true });
  let clients: AwsClients;
  const seenCells: (Record<string, unknown> | undefined)[] = [];
  beforeAll(() => {
    clients = aws.clients;
    // Each submitted array child, as a 0.1.0 image runs it: it reads its cell, runs, and stores
    // its result object (the stored one) where BATCHBENCH_RESULTS says.
    clients.batch.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'SubmitJobCommand') {
          const input = args.input as {
            containerOverrides?: { environment?: { name?: string; value?: string }[] };
          };
          const env = Object.fromEntries(
            (input.containerOverrides?.environment ?? []).map((e) => [e.name ?? '', e.value ?? '']),
          );
          const cell = runnerOf010(env);
          seenCells.push(cell);
          const layout = JSON.parse(env.BATCHBENCH_TASKS ?? '') as TaskLayout;
          const base = (env.BATCHBENCH_RESULTS ?? '').slice(`s3://${BUCKET}/`.length);
          const results: ResultObject[] = [];
          for (let i = 0; cell && i < layoutSize(layout); i++) {
            const stored = JSON.parse(STORED) as ResultObject;
            results.push({
              ...stored,
              runId: env.BATCHBENCH_RUN_ID ?? '',
              jobId: taskAt(layout, i).jobId,
              arrayIndex: i,
            });
          }
          await putResults(clients, base, results);
        }
        return next(args);
      },
      { step: 'initialize', name: 'runner-0.1.0' },
    );
  });

  it('a 0.1.0 image reads its cell from what is submitted now, and its results become full records', async () => {
    const plan = planOf(exp);
    const store = storeFor(clients);
    const signal = new AbortController().signal;
    const executor = new BatchExecutor({ clients, store, results: store.location, plan, deadlineMs: 0 });
    await submitRun(
      { runId: 'old-1', experiment: exp, source: SOURCE, plan, host: {}, signal },
      { store, executor, now: Date.now },
    );
    // Both cells' submissions parsed as the 0.1.0 runner parses them, to their matrix values.
    expect(seenCells).toEqual([{ angle: 0 }, { angle: 90 }]);

    const collector = new BatchExecutor({
      clients,
      store,
      results: store.location,
      plan,
      poll: { minMs: 20, maxMs: 100 },
    });
    const outcome = await collectRun(
      'old-1',
      { store, collector, prices, progress: silentProgress(), now: Date.now, signal },
      { wait: true },
    );
    expect(outcome.unfinished).toBe(0);
    const records = await store.readRecords('old-1');
    expect(records.map((r) => r.jobId).sort()).toEqual(plan.jobs.map((j) => j.id).sort());
    for (const r of records) {
      expect(r).toMatchObject({
        status: 'succeeded',
        exitCode: 0,
        metrics: { reward: 0.93, steps_per_s: 1250 },
        host: 'ip-10-0-12-34.ec2.internal',
        cpuModel: 'Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz',
        peakMemoryBytes: 73400320,
      });
      // The 0.1.0 runner's own timing of the command: 3.5 s.
      expect((r.commandEndedAt ?? 0) - (r.commandStartedAt ?? 0)).toBe(3500);
    }
    expect(outcome.report.run.jobsSucceeded).toBe(plan.jobs.length);
  });

  it('the current runner reads every generation of submission to the same cell id and values', () => {
    const values = { angle: 90 };
    const now = { BATCHBENCH_CELL: '{"angle":90}', BATCHBENCH_CELL_ID: 'angle-90' };
    const of010 = { BATCHBENCH_CELL: '{"angle":90}' };
    const between = { BATCHBENCH_CELL: 'angle-90', BATCHBENCH_MATRIX: '{"angle":90}' };
    for (const env of [now, of010, between])
      expect(cellOf(env)).toEqual({ cellId: 'angle-90', matrix: values });
  });
});
