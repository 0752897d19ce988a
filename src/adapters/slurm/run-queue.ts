import type { SlurmCommands } from './commands.js';
import { parseSacct, parseSqueue, SACCT_FIELDS, SQUEUE_FIELDS, type TaskStatus } from './queue-parse.js';

/** The arrays of one run, by job name, as the cluster knows them. */
export interface RunQueueView {
  /** Every task seen, keyed `<jobName>#<index>`; sacct's row wins over squeue's (it has exit codes). */
  tasks: Map<string, TaskStatus>;
  /** The array job id found for each job name. */
  arrays: Map<string, string>;
}

export const taskKey = (jobName: string, index: number): string => `${jobName}#${index}`;

export interface QueueOptions {
  /** The cluster keeps accounting (slurmdbd): sacct is asked too. */
  accounting: boolean;
  /** sacct looks back from this time (`YYYY-MM-DDTHH:MM:SS`); defaults to a day ago. */
  since?: string;
}

/**
 * Looks at a whole run with one squeue call (and one sacct call with accounting), whatever the
 * number of cells, stages and tasks: names are passed as one comma-separated list.
 */
export async function viewRun(
  commands: SlurmCommands,
  jobNames: readonly string[],
  options: QueueOptions,
): Promise<RunQueueView> {
  const names = jobNames.join(',');
  const squeue = commands.run('squeue', ['-h', '-r', '-t', 'all', `--name=${names}`, '-O', SQUEUE_FIELDS]);
  const sacct = options.accounting
    ? commands.run('sacct', [
        '-P',
        '-n',
        '-X',
        `--name=${names}`,
        '-S',
        options.since ?? 'now-1days',
        '-o',
        SACCT_FIELDS,
      ])
    : Promise.resolve('');
  const [q, a] = await Promise.all([squeue, sacct]);
  const view: RunQueueView = { tasks: new Map(), arrays: new Map() };
  const wanted = new Set(jobNames);
  for (const row of [...parseSqueue(q), ...parseSacct(a)]) {
    if (!wanted.has(row.jobName)) continue;
    // A name submitted twice (by hand, or a run before an attach existed) keeps the newest array.
    const known = view.arrays.get(row.jobName);
    if (known && Number(known) > Number(row.arrayJobId)) continue;
    if (known !== row.arrayJobId) {
      for (const key of [...view.tasks.keys()]) if (key.startsWith(`${row.jobName}#`)) view.tasks.delete(key);
      view.arrays.set(row.jobName, row.arrayJobId);
    }
    const key = taskKey(row.jobName, row.index);
    const before = view.tasks.get(key);
    // sacct knows exit codes and times; squeue knows the pending reason; keep both.
    view.tasks.set(key, before ? { ...before, ...row, reason: row.reason ?? before.reason } : row);
  }
  return view;
}

/** Cancels every unfinished array of a run with one scancel; returns the ids it asked for. */
export async function cancelRun(commands: SlurmCommands, view: RunQueueView): Promise<string[]> {
  const ids = new Set<string>();
  for (const task of view.tasks.values())
    if (['PENDING', 'RUNNING', 'REQUEUED', 'SUSPENDED', 'CONFIGURING', 'COMPLETING'].includes(task.state))
      ids.add(task.arrayJobId);
  if (ids.size > 0) await commands.run('scancel', [...ids]);
  return [...ids];
}
