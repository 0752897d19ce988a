import { describe, expect, it } from 'vitest';
import { resolveOutcomes, resolveTasks } from '../../../src/domain/analysis/job-outcomes.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';
import { makeExperiment, makeStage } from '../../helpers/experiment.js';
import { prices, record } from '../../app/records.js';

// Two stages (infer needs train), two cells, three repeats: 12 planned jobs.
const experiment = makeExperiment({
  matrix: { axes: { n: [1, 2] }, include: [], exclude: [] },
  repeats: 3,
  stages: [makeStage({ name: 'train' }), makeStage({ name: 'infer', needs: ['train'] })],
});
const { plan } = buildPlan(experiment, { prices });

/** Every job once, in plan order; the first train job failed once and was retried; one stray record. */
function planOrder(): JobRecord[] {
  const out: JobRecord[] = [];
  plan.jobs.forEach((j, i) => {
    const t = { queued: 0, started: 10 * i + 1, stopped: 10 * i + 5 };
    if (i === 0) out.push(record(j, t, { status: 'failed', exitCode: 1 }));
    out.push(record(j, t, i === 0 ? { attempt: 2 } : {}));
    if (i === 5) out.push({ ...record(j, t), jobId: 'renamed.cell.r1' });
  });
  return out;
}

/** What a caller can see of the tasks, as plain values. */
const seen = (tasks: ReturnType<typeof resolveTasks>['tasks']) =>
  tasks.map((t) => [t.taskId, t.state, t.winner?.attempt, t.readyAt, t.failures.length]);

describe('resolveOutcomes', () => {
  it('finds every record its job, in plan order or not', () => {
    expect(plan.jobs).toHaveLength(12);
    const ordered = resolveOutcomes(plan, planOrder());
    expect(ordered.tasks.every((t) => t.state === 'succeeded')).toBe(true);
    expect(ordered.tasks[0]?.winner?.attempt).toBe(2);
    expect(ordered.unplanned.map((r) => r.jobId)).toEqual(['renamed.cell.r1']);
    expect(ordered.billed).toHaveLength(13);
    // An infer task is ready when its train task stopped, not when it was queued.
    const infer = ordered.tasks.find((t) => t.job.stage === 'infer');
    expect(infer?.readyAt).toBeGreaterThan(infer?.winner?.queuedAt as number);

    // Appended as jobs finished: the attempts of a job keep their order, the jobs do not.
    const records = planOrder();
    const shuffled = [...records.slice(1).reverse(), records[0] as JobRecord];
    shuffled.splice(shuffled.indexOf(records[1] as JobRecord), 1);
    shuffled.push(records[1] as JobRecord);
    const unordered = resolveOutcomes(plan, shuffled);
    expect(seen(unordered.tasks)).toEqual(seen(ordered.tasks));
    expect(unordered.unplanned).toEqual(ordered.unplanned);
    expect(unordered.billed).toHaveLength(13);
  });

  it('resolveTasks decides the same tasks, without the billed attempts', () => {
    const records = planOrder();
    const { billed, ...rest } = resolveOutcomes(plan, records);
    expect(billed.length).toBeGreaterThan(0);
    expect(resolveTasks(plan, records)).toEqual(rest);
  });

  it('a task with no record is missing, one whose last attempt failed keeps that failure', () => {
    const records = planOrder().filter((r) => r.jobId !== plan.jobs[3]?.id);
    records.push(
      record(plan.jobs[7]!, { queued: 0, started: 100, stopped: 101 }, { attempt: 2, status: 'failed' }),
    );
    const { tasks } = resolveTasks(plan, records);
    expect(tasks[3]?.state).toBe('missing');
    expect(tasks[7]?.state).toBe('failed');
    expect(tasks[7]?.failures.map((r) => r.attempt)).toEqual([2]);
    expect(tasks.filter((t) => t.state === 'succeeded')).toHaveLength(10);
  });
});
