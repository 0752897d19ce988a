import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requeueCause, requeuedRecord, settledRequeueCause } from '../../src/adapters/slurm/requeues.js';
import type { PlannedJob } from '../../src/domain/plan/plan.js';
import { tempDir } from '../support/temp-dir.js';

const job = {
  id: 'main.c.r1',
  stage: 'main',
  cellId: 'c',
  repeat: 1,
  shardIndex: 0,
  shardCount: 1,
  groupId: 'g',
};

describe('requeueCause', () => {
  it("reads why Slurm stopped a task from slurmstepd's last line in its error file", async () => {
    const dir = tempDir();
    const line = (why: string) =>
      `slurmstepd-vm: error: *** JOB 8 ON vm CANCELLED AT 2026-12-03T16:10:11 ${why}***\n`;
    await writeFile(path.join(dir, '0.err'), line('DUE TO NODE FAILURE, SEE SLURMCTLD LOG FOR DETAILS '));
    await writeFile(
      path.join(dir, '1.err'),
      line('DUE TO NODE FAILURE ') + 'again\n' + line('DUE TO PREEMPTION '),
    );
    await writeFile(path.join(dir, '2.err'), line(''));
    expect(await requeueCause(dir, 0)).toBe('NODE_FAIL');
    expect(await requeueCause(dir, 1)).toBe('PREEMPTED');
    // Cancelled without a cause (scancel, a requeue by hand), or no file at all: not known.
    expect(await requeueCause(dir, 2)).toBeUndefined();
    expect(await requeueCause(dir, 3)).toBeUndefined();
  });
});

describe('settledRequeueCause', () => {
  it('waits for a cause slurmstepd has not written yet, and gives up after a second without one', async () => {
    const dir = tempDir();
    await mkdir(dir, { recursive: true });
    const slept: number[] = [];
    const cause = await settledRequeueCause(dir, 0, async (ms) => {
      slept.push(ms);
      if (slept.length === 2)
        await writeFile(
          path.join(dir, '0.err'),
          'slurmstepd-vm: error: *** JOB 8 ON vm CANCELLED AT 2026-12-03T16:10:11 DUE TO PREEMPTION ***\n',
        );
    });
    expect(cause).toBe('PREEMPTED');
    expect(slept).toEqual([200, 200]);

    const none: number[] = [];
    expect(await settledRequeueCause(dir, 1, async (ms) => void none.push(ms))).toBeUndefined();
    expect(none.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});

describe('requeuedRecord', () => {
  it("is that attempt's record, failed with the cause, with the runner's facts and none of a later attempt's", async () => {
    const dir = tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, `${job.id}.a1.json`),
      JSON.stringify({
        jobId: job.id,
        attempt: 1,
        startedAt: 5000,
        commandStartedAt: 5100,
        commandEndedAt: 9000,
        exitCode: 0,
        host: 'n1',
      }),
    );
    const task = {
      jobName: 'bb.r.c.main',
      index: 0,
      phase: 'running' as const,
      restarts: 2,
      start: '2026-12-03T16:10:11',
    };
    const args = { job: job as PlannedJob, runId: 'r', dir, task, submittedAt: 1000, now: 20_000 };
    const first = await requeuedRecord({ ...args, attempt: 1, cause: 'PREEMPTED' });
    expect(first).toMatchObject({
      attempt: 1,
      status: 'failed',
      statusReason: 'preempted by a job of higher priority, requeued by Slurm',
      startedAt: 5000,
      stoppedAt: 9000,
      host: 'n1',
    });
    // Attempt 2 wrote nothing (its node was lost): attempt 1's record is not taken for it.
    const second = await requeuedRecord({ ...args, attempt: 2, cause: undefined });
    expect(second).toMatchObject({
      attempt: 2,
      status: 'failed',
      statusReason: 'the node failed or the job was requeued by hand, requeued by Slurm',
    });
    expect(second.host).toBeUndefined();
  });
});
