import { describe, expect, it } from 'vitest';
import { batchRecord, CANCEL_REASON } from '../../../src/adapters/aws/batch-records.js';
import { resolveOutcomes } from '../../../src/domain/analysis/job-outcomes.js';
import type { Experiment } from '../../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { record } from '../../app/records.js';
import { planOf } from '../../adapters/aws/batch-env.js';

const exp = validateExperimentText(
  `version: 1
name: stop
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1 }
run: { command: [node, w.mjs] }
repeats: 2
compute: { backend: aws-batch, region: us-east-1, queue: q }
results: { store: "s3://results-bucket/p/" }
`,
  'experiments/stop.yaml',
).value as Experiment;
const plan = planOf(exp);

describe('a job batchbench stopped is cancelled, never failed', () => {
  it('on Batch: TerminateJob leaves its reason on the job, the attempt keeps the container exit', () => {
    const job = plan.jobs[0]!;
    const r = batchRecord({
      job,
      runId: 'r',
      view: {
        batchJobId: 'b-1',
        status: 'FAILED',
        statusReason: CANCEL_REASON,
        createdAt: 1000,
        attempts: [
          {
            startedAt: 2000,
            stoppedAt: 3000,
            statusReason: 'Essential container in task exited',
            exitCode: 143,
          },
        ],
      },
      attempt: 1,
      final: true,
      queue: 'q',
      collectedAt: 4000,
    });
    expect(r.status).toBe('cancelled');
    expect(r.statusReason).toContain(CANCEL_REASON);
  });

  it('a task is cancelled only when no copy failed on its own', () => {
    const [a, b] = plan.jobs;
    const t = { queued: 0, started: 1, stopped: 2 };
    const outcomes = resolveOutcomes(plan, [
      record(a!, t, { status: 'cancelled' }),
      record(b!, t, { status: 'failed' }),
    ]);
    expect(outcomes.tasks.map((x) => x.state)).toEqual(['cancelled', 'failed']);
    expect(outcomes.tasks[0]?.failures).toEqual([]);
  });
});
