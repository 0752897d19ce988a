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
  failures: readonly JobRecord[];
}

export interface Outcomes {
  tasks: TaskOutcome[];
  /** Every attempt of every planned job, retried and superseded ones too: what was paid for. */
  billed: { record: JobRecord; job: PlannedJob }[];
  /** Records whose jobId the plan does not know (a different plan, or a renamed cell). */
  unplanned: JobRecord[];
}

/** Most tasks have no speculative copy: one empty list for them all, not 100,000. */
const NO_COPIES: readonly (JobRecord | undefined)[] = [];
/** Most tasks have no failure either. */
const NO_FAILURES: readonly JobRecord[] = Object.freeze([]);

const FAILED: ReadonlySet<JobRecord['status']> = new Set(['failed', 'timed-out', 'cancelled', 'superseded']);

/**
 * Decides what each planned task produced. Attempts are appended as they happen, so the last
 * record of a jobId (the highest attempt) is its outcome. A speculative copy that was never
 * started leaves no record, which is not a missing result; only a task with no record from any
 * of its copies is missing.
 */
export function resolveOutcomes(plan: Plan, records: readonly JobRecord[]): Outcomes {
  const billed: Outcomes['billed'] = [];
  return { ...resolve(plan, records, billed), billed };
}

/**
 * The tasks alone, as resolveOutcomes decides them, without the list of billed attempts (one
 * object per record) that only costs need: what comparing two runs reads.
 */
export function resolveTasks(plan: Plan, records: readonly JobRecord[]): Omit<Outcomes, 'billed'> {
  return resolve(plan, records);
}

function resolve(
  plan: Plan,
  records: readonly JobRecord[],
  billed?: Outcomes['billed'],
): Omit<Outcomes, 'billed'> {
  // A plan may hold 100,000 jobs: jobs are found by their place in the plan, one lookup per
  // record, and a task without copies (the common case) needs no array of its own.
  const find = jobFinder(plan.jobs);
  const last: (JobRecord | undefined)[] = new Array(plan.jobs.length);
  const unplanned: JobRecord[] = [];
  for (const record of records) {
    const i = find(record.jobId);
    if (i === undefined) {
      unplanned.push(record);
      continue;
    }
    billed?.push({ record, job: plan.jobs[i] as PlannedJob });
    const previous = last[i];
    if (!previous || record.attempt >= previous.attempt) last[i] = record;
  }

  const copies = new Map<number, number[]>(); // original's index -> its copies' indexes
  plan.jobs.forEach((job, i) => {
    if (job.speculativeOf === undefined) return;
    const original = find(job.speculativeOf);
    if (original === undefined) return;
    const list = copies.get(original);
    if (list) list.push(i);
    else copies.set(original, [i]);
  });

  const tasks: TaskOutcome[] = [];
  const taskAt: (TaskOutcome | undefined)[] = new Array(plan.jobs.length);
  plan.jobs.forEach((job, i) => {
    if (job.speculativeOf !== undefined) return;
    const copiesOf = copies.get(i);
    const task = resolveTask(job, last[i], copiesOf ? copiesOf.map((c) => last[c]) : NO_COPIES);
    tasks.push(task);
    taskAt[i] = task;
  });
  // A task that needs nothing is ready when queued (resolveTask's readyAt): most tasks, left
  // as built, since a property added later would give each of them a second allocation.
  for (const task of tasks) {
    if (!task.winner || task.job.needs.length === 0) continue;
    let readyAt = task.winner.queuedAt;
    for (const id of task.job.needs) {
      const i = find(id);
      readyAt = Math.max(readyAt, (i === undefined ? undefined : taskAt[i]?.winner?.stoppedAt) ?? -Infinity);
    }
    task.readyAt = readyAt;
  }
  return { tasks, unplanned };
}

/**
 * A job's place in the plan by its id. Records are mostly appended in the order their jobs were
 * planned, so the job after the last one found is tried first; only a miss builds the map of
 * every id (100,000 strings hashed), once.
 */
function jobFinder(jobs: readonly PlannedJob[]): (id: string) => number | undefined {
  let indexOf: Map<string, number> | undefined;
  let next = 0;
  return (id) => {
    if (jobs[next]?.id === id) return next++;
    if (!indexOf) {
      indexOf = new Map();
      for (let i = 0; i < jobs.length; i++) indexOf.set((jobs[i] as PlannedJob).id, i);
    }
    const i = indexOf.get(id);
    if (i !== undefined) next = i + 1;
    return i;
  };
}

/** One task from the last records of its job and of its copies (undefined: never ran). */
function resolveTask(
  job: PlannedJob,
  own: JobRecord | undefined,
  copies: readonly (JobRecord | undefined)[],
): TaskOutcome {
  if (copies.length === 0 && own?.status === 'succeeded')
    return {
      taskId: job.id,
      job,
      state: 'succeeded',
      winner: own,
      readyAt: own.queuedAt,
      failures: NO_FAILURES,
    };
  const candidates = [own, ...copies].filter((r): r is JobRecord => r !== undefined);
  let winner: JobRecord | undefined;
  // Both copies may finish before either is cancelled; the first finisher is the result.
  for (const r of candidates)
    if (r.status === 'succeeded' && (!winner || r.stoppedAt < winner.stoppedAt)) winner = r;
  if (winner)
    return {
      taskId: job.id,
      job,
      state: 'succeeded',
      winner,
      readyAt: winner.queuedAt,
      failures: NO_FAILURES,
    };
  if (candidates.length === 0) return { taskId: job.id, job, state: 'missing', failures: NO_FAILURES };
  // Stopped by the user (Ctrl-C, cancel) is not failed: nothing went wrong with the job itself.
  const cancelled =
    candidates.some((r) => r.status === 'cancelled') &&
    candidates.every((r) => r.status === 'cancelled' || r.status === 'superseded');
  return {
    taskId: job.id,
    job,
    state: cancelled ? 'cancelled' : 'failed',
    failures: cancelled ? NO_FAILURES : candidates.filter((r) => FAILED.has(r.status)),
  };
}
