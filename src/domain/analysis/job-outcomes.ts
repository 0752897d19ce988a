import type { PlannedJob, Plan } from '../plan/plan.js';
import type { JobRecord } from '../results/job-record.js';

/**
 * One unit of work of the plan: a planned job, or a fan-out shard together with its
 * speculative copies. Its result is whichever copy succeeded first.
 */
export interface TaskOutcome {
  /** Id of the original planned job (never a speculative copy's). */
  taskId: string;
  job: PlannedJob;
  /** cancelled: stopped by a cancel or an interrupt, with no copy that failed on its own. */
  state: 'succeeded' | 'failed' | 'cancelled' | 'missing';
  winner?: JobRecord;
  /**
   * When the winner could start: its queuedAt, or the end of the jobs it needs if later. AWS
   * Batch takes a whole pipeline at submission (dependsOn), so a later stage's queuedAt is the
   * start of the run; waiting for an earlier stage is that stage's time, not this one's.
   */
  readyAt?: number;
  /** Last records of the task's jobs that did not succeed, when no copy succeeded. */
  failures: JobRecord[];
}

export interface Outcomes {
  tasks: TaskOutcome[];
  /** Every attempt of every planned job, retried and superseded ones too: what was paid for. */
  billed: { record: JobRecord; job: PlannedJob }[];
  /** Records whose jobId the plan does not know (a different plan, or a renamed cell). */
  unplanned: JobRecord[];
}

const FAILED: ReadonlySet<JobRecord['status']> = new Set(['failed', 'timed-out', 'cancelled', 'superseded']);

/**
 * Decides what each planned task produced. Attempts are appended as they happen, so the last
 * record of a jobId (the highest attempt) is its outcome. A speculative copy that was never
 * started leaves no record, which is not a missing result; only a task with no record from any
 * of its copies is missing.
 */
export function resolveOutcomes(plan: Plan, records: readonly JobRecord[]): Outcomes {
  const jobs = new Map(plan.jobs.map((j) => [j.id, j]));
  const last = new Map<string, JobRecord>();
  const billed: Outcomes['billed'] = [];
  const unplanned: JobRecord[] = [];
  for (const record of records) {
    const job = jobs.get(record.jobId);
    if (!job) {
      unplanned.push(record);
      continue;
    }
    billed.push({ record, job });
    const previous = last.get(record.jobId);
    if (!previous || record.attempt >= previous.attempt) last.set(record.jobId, record);
  }

  const copies = new Map<string, PlannedJob[]>();
  for (const job of plan.jobs) {
    if (job.speculativeOf === undefined) continue;
    const list = copies.get(job.speculativeOf);
    if (list) list.push(job);
    else copies.set(job.speculativeOf, [job]);
  }

  // A plan may hold 100,000 jobs: one pass, and no arrays for the common task without copies.
  const tasks: TaskOutcome[] = [];
  for (const job of plan.jobs) {
    if (job.speculativeOf !== undefined) continue;
    const own = last.get(job.id);
    const jobCopies = copies.get(job.id);
    if (jobCopies === undefined && own?.status === 'succeeded') {
      tasks.push({ taskId: job.id, job, state: 'succeeded', winner: own, failures: [] });
      continue;
    }
    const candidates: JobRecord[] = own ? [own] : [];
    for (const copy of jobCopies ?? []) {
      const record = last.get(copy.id);
      if (record) candidates.push(record);
    }
    let winner: JobRecord | undefined;
    // Both copies may finish before either is cancelled; the first finisher is the result.
    for (const r of candidates)
      if (r.status === 'succeeded' && (!winner || r.stoppedAt < winner.stoppedAt)) winner = r;
    if (winner) {
      tasks.push({ taskId: job.id, job, state: 'succeeded', winner, failures: [] });
    } else if (candidates.length > 0) {
      // Stopped by the user (Ctrl-C, cancel) is not failed: nothing went wrong with the job itself.
      const cancelled =
        candidates.some((r) => r.status === 'cancelled') &&
        candidates.every((r) => r.status === 'cancelled' || r.status === 'superseded');
      tasks.push({
        taskId: job.id,
        job,
        state: cancelled ? 'cancelled' : 'failed',
        failures: cancelled ? [] : candidates.filter((r) => FAILED.has(r.status)),
      });
    } else {
      tasks.push({ taskId: job.id, job, state: 'missing', failures: [] });
    }
  }
  const byId = new Map(tasks.map((t) => [t.taskId, t]));
  for (const task of tasks) {
    if (!task.winner) continue;
    let readyAt = task.winner.queuedAt;
    for (const id of task.job.needs)
      readyAt = Math.max(readyAt, byId.get(id)?.winner?.stoppedAt ?? -Infinity);
    task.readyAt = readyAt;
  }
  return { tasks, billed, unplanned };
}
