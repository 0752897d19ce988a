import type { SlurmCommands } from './commands.js';
import { failureReason, isFinished, pendingHint, phaseOf, type TaskPhase } from './job-states.js';
import { parseScontrolJobs, type TaskStatus } from './queue-parse.js';
import { taskKey, viewRun, type QueueOptions } from './run-queue.js';
import type { SubmittedArray } from './submit-run.js';

export interface TrackedTask {
  jobName: string;
  index: number;
  phase: TaskPhase;
  /** The last Slurm state seen; `gone` tasks keep the one seen before they left the queue. */
  state?: string;
  node?: string;
  exitCode?: number;
  signal?: number;
  /** Why it failed, in words (OUT_OF_MEMORY, TIMEOUT, NODE_FAIL, a signal, an exit code). */
  failure?: string;
  restarts: number;
  /** Slurm's own times of the last attempt seen (`2026-12-03T13:19:45`, local time). */
  submit?: string;
  start?: string;
  end?: string;
  /** sacct's Elapsed (`[D-]HH:MM:SS`): present only when the times came from accounting. */
  elapsed?: string;
}

export interface TrackerUpdate {
  counts: Record<TaskPhase, number>;
  /** PENDING reasons that need a person, with what to do, and how many tasks each holds. */
  hints: { reason: string; hint: string; tasks: number }[];
  /** Tasks seen in NODE_FAIL, PREEMPTED or requeued at some poll. */
  requeues: { jobName: string; index: number; state: string }[];
}

export interface TrackOptions extends QueueOptions {
  sleep: (ms: number) => Promise<void>;
  now?: () => number;
  /**
   * First and shortest wait between polls. The wait is a quarter of the time tracked so far (so a
   * long run costs few polls, about log(duration) of them), doubled while nothing moves, and
   * never over maxIntervalMs.
   */
  minIntervalMs?: number;
  maxIntervalMs?: number;
  /** Stop (returning what is known) once this many polls were made; a guard for tests. */
  maxPolls?: number;
  onUpdate?: (update: TrackerUpdate) => void;
  /**
   * Called when a task's phase changes (started, finished, requeued) or Slurm requeued it since
   * the last poll (`restarts`: the count seen before), in poll order; awaited.
   */
  onChange?: (task: TrackedTask, before: TaskPhase, restarts: number) => void | Promise<void>;
  /** Stops following (the jobs go on) and returns what is known. */
  signal?: AbortSignal;
}

export interface TrackResult extends TrackerUpdate {
  tasks: TrackedTask[];
  polls: number;
  finished: boolean;
}

const emptyCounts = (): Record<TaskPhase, number> => ({
  pending: 0,
  running: 0,
  succeeded: 0,
  failed: 0,
  requeued: 0,
  gone: 0,
});

function apply(task: TrackedTask, row: TaskStatus | undefined): void {
  if (!row) {
    // Left the queue without accounting to tell how: the task's own record says the rest.
    if (!isFinished(task.phase)) task.phase = 'gone';
    return;
  }
  // A new attempt: the times seen belong to the one Slurm requeued.
  if ((row.restarts ?? 0) > task.restarts)
    for (const k of ['start', 'end', 'elapsed'] as const) delete task[k];
  task.phase = phaseOf(row.state);
  task.state = row.state;
  if (row.node) task.node = row.node;
  if (row.exitCode !== undefined) task.exitCode = row.exitCode;
  if (row.signal !== undefined) task.signal = row.signal;
  task.restarts = Math.max(task.restarts, row.restarts ?? 0);
  for (const k of ['submit', 'start', 'end', 'elapsed'] as const) if (row[k]) task[k] = row[k];
  if (task.phase === 'failed') {
    const why = failureReason(row.state, row.exitCode, row.signal);
    if (why) task.failure = why;
  }
}

/**
 * Follows a run's arrays until every task has finished: each poll is one squeue for the whole
 * run (plus one sacct with accounting), and the wait between polls doubles while nothing moves.
 */
export async function trackRun(
  commands: SlurmCommands,
  arrays: readonly SubmittedArray[],
  options: TrackOptions,
): Promise<TrackResult> {
  const min = options.minIntervalMs ?? 1000;
  const max = options.maxIntervalMs ?? 30_000;
  const tasks = new Map<string, TrackedTask>();
  for (const a of arrays)
    for (let index = 0; index < a.tasks; index += 1)
      tasks.set(taskKey(a.jobName, index), { jobName: a.jobName, index, phase: 'pending', restarts: 0 });
  const requeues = new Map<string, TrackerUpdate['requeues'][number]>();
  const now = options.now ?? Date.now;
  const started = now();
  let interval = min;
  let polls = 0;
  let last = '';
  for (;;) {
    const view = await viewRun(
      commands,
      arrays.map((a) => a.jobName),
      options,
    );
    polls += 1;
    const hints = new Map<string, { hint: string; tasks: number }>();
    const counts = emptyCounts();
    const changed: { task: TrackedTask; before: TaskPhase; restarts: number }[] = [];
    for (const [key, task] of tasks) {
      const row = view.tasks.get(key);
      const before = { phase: task.phase, restarts: task.restarts };
      apply(task, row);
      if (task.phase !== before.phase || task.restarts !== before.restarts)
        changed.push({ task, before: before.phase, restarts: before.restarts });
      counts[task.phase] += 1;
      if (row && ['NODE_FAIL', 'PREEMPTED', 'REQUEUED', 'REQUEUE_HOLD'].includes(row.state))
        requeues.set(key, { jobName: task.jobName, index: task.index, state: row.state });
      if (row && (row.restarts ?? 0) > 0 && !requeues.has(key))
        requeues.set(key, { jobName: task.jobName, index: task.index, state: 'REQUEUED' });
      const hint = row?.state === 'PENDING' && row.reason ? pendingHint(row.reason) : undefined;
      if (hint && row?.reason) {
        const h = hints.get(row.reason) ?? { hint, tasks: 0 };
        h.tasks += 1;
        hints.set(row.reason, h);
      }
    }
    if (!options.accounting) await readEndTimes(commands, view.arrays, changed);
    for (const c of changed) await options.onChange?.(c.task, c.before, c.restarts);
    const update: TrackerUpdate = {
      counts,
      hints: [...hints].map(([reason, h]) => ({ reason, ...h })),
      requeues: [...requeues.values()],
    };
    options.onUpdate?.(update);
    const finished = counts.pending + counts.running + counts.requeued === 0;
    if (finished || options.signal?.aborted || (options.maxPolls !== undefined && polls >= options.maxPolls))
      return { ...update, tasks: [...tasks.values()], polls, finished };
    const seen = JSON.stringify(counts);
    const grown = Math.max((now() - started) / 4, seen === last ? interval * 2 : min);
    interval = Math.min(Math.max(grown, min), max);
    last = seen;
    await options.sleep(interval);
  }
}

/**
 * Without accounting, the times of the tasks that finished since the last poll come from one
 * `scontrol show job -o` for the whole run (slurmctld's Submit, Start, End and RunTime, the
 * counterpart of sacct's), read in the same poll that saw them end: slurmctld forgets a job
 * MinJobAge (300 s by default) after its end, so later would be too late. scontrol takes one job
 * id at a time, so it lists every job and the run's are picked by array id. A task it no longer
 * knows keeps its runner's own times.
 */
async function readEndTimes(
  commands: SlurmCommands,
  arrays: ReadonlyMap<string, string>,
  changed: readonly { task: TrackedTask }[],
): Promise<void> {
  const ended = changed.filter((c) => isFinished(c.task.phase) && c.task.phase !== 'gone');
  if (ended.length === 0) return;
  const rows = new Map(
    parseScontrolJobs(await commands.run('scontrol', ['-o', 'show', 'job'])).map((r) => [
      `${r.arrayJobId}_${r.index}`,
      r,
    ]),
  );
  for (const { task } of ended) {
    const row = rows.get(`${arrays.get(task.jobName)}_${task.index}`);
    // The attempt squeue saw end, not a later one Slurm requeued in between.
    if (!row?.start || !row.elapsed || (row.restarts ?? 0) !== task.restarts) continue;
    for (const k of ['submit', 'start', 'end', 'elapsed'] as const) if (row[k]) task[k] = row[k];
  }
}
