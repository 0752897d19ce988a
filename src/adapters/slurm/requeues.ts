import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedJob } from '../../domain/plan/plan.js';
import type { JobRecord } from '../../domain/results/job-record.js';
import { jobRecordOf, readRunnerRecord } from './task-records.js';
import type { TrackedTask } from './tracker.js';

/** Why Slurm requeued a task: what its step daemon wrote into the task's Slurm error file. */
export type RequeueCause = 'PREEMPTED' | 'NODE_FAIL' | undefined;

/**
 * slurmstepd ends a task it stops with `*** JOB 12 ON node CANCELLED AT ... DUE TO PREEMPTION ***`
 * (or `DUE TO NODE FAILURE`) in the task's --error file, which sbatch opens for appending
 * (--open-mode=append) so that a requeued attempt does not wipe it. squeue shows a requeued task
 * only as PENDING again, and sacct needs accounting: this file is what tells the two apart on
 * every cluster. The last such line is the latest requeue's.
 */
export async function requeueCause(logDir: string, index: number): Promise<RequeueCause> {
  let text: string;
  try {
    text = await readFile(path.join(logDir, `${index}.err`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const causes = [...text.matchAll(/CANCELLED AT \S+ DUE TO (PREEMPTION|NODE FAILURE)/g)];
  const last = causes.at(-1)?.[1];
  return last === 'PREEMPTION' ? 'PREEMPTED' : last === 'NODE FAILURE' ? 'NODE_FAIL' : undefined;
}

/**
 * The cause, giving slurmstepd a moment to write it: squeue can show a task requeued before the
 * line is in its file (seen once in CI, on a loaded machine). A requeue that never leaves a line
 * (scancel, a requeue by hand, a node whose step daemon died with it) costs `waitMs` once.
 */
export async function settledRequeueCause(
  logDir: string,
  index: number,
  sleep: (ms: number) => Promise<void>,
  waitMs = 1000,
): Promise<RequeueCause> {
  const step = 200;
  for (let waited = 0; ; waited += step) {
    const cause = await requeueCause(logDir, index);
    if (cause !== undefined || waited >= waitMs) return cause;
    await sleep(step);
  }
}

const REASONS: Record<NonNullable<RequeueCause> | 'unknown', string> = {
  PREEMPTED: 'preempted by a job of higher priority, requeued by Slurm',
  NODE_FAIL: 'the node failed, requeued by Slurm',
  unknown: 'the node failed or the job was requeued by hand, requeued by Slurm',
};

/** The record of an attempt Slurm requeued: failed, saying why, the runner's facts if it wrote any. */
export async function requeuedRecord(args: {
  job: PlannedJob;
  runId: string;
  dir: string;
  task: TrackedTask;
  attempt: number;
  cause: RequeueCause;
  submittedAt: number;
  now: number;
}): Promise<JobRecord> {
  const runner = await readRunnerRecord(args.dir, args.job.id, args.attempt, true);
  const record = await jobRecordOf({
    job: args.job,
    runId: args.runId,
    dir: args.dir,
    runner,
    // Slurm's times on the task are the new attempt's: this one keeps its runner's.
    task: {
      jobName: args.task.jobName,
      index: args.task.index,
      phase: 'failed',
      state: 'FAILED',
      restarts: args.attempt - 1,
    },
    submittedAt: args.submittedAt,
    now: args.now,
  });
  return {
    ...record,
    status: 'failed',
    statusReason: REASONS[args.cause ?? 'unknown'],
  };
}
