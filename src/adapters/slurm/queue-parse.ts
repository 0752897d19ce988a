import { baseState } from './job-states.js';

/** One array task as squeue or sacct shows it. */
export interface TaskStatus {
  /** The array's job id. */
  arrayJobId: string;
  index: number;
  jobName: string;
  state: string;
  reason?: string;
  node?: string;
  exitCode?: number;
  signal?: number;
  submit?: string;
  start?: string;
  end?: string;
  elapsed?: string;
  /** How many times Slurm requeued the task (node failure, preemption). */
  restarts?: number;
}

/** `1234_7` → array 1234, index 7; a pending range like `1234_[8-999%5]` expands to each index. */
function splitArrayId(id: string): { arrayJobId: string; indexes: number[] } | undefined {
  const single = /^(\d+)_(\d+)$/.exec(id);
  if (single) return { arrayJobId: single[1] as string, indexes: [Number(single[2])] };
  const range = /^(\d+)_\[([^\]]+)\]$/.exec(id);
  if (!range) return undefined;
  const indexes: number[] = [];
  for (const part of (range[2] as string).split('%')[0]?.split(',') ?? []) {
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) continue;
    for (let i = a; i <= (b ?? a); i += 1) indexes.push(i);
  }
  return { arrayJobId: range[1] as string, indexes };
}

/**
 * The `squeue -O` fields that parseSqueue reads, each followed by a `|` (the field's suffix):
 * array id, index, name, state, reason, node, exit code, restart count and the three times.
 */
export const SQUEUE_FIELDS = [
  'ArrayJobID',
  'ArrayTaskID',
  'Name',
  'State',
  'Reason',
  'NodeList',
  'exit_code',
  'RestartCnt',
  'SubmitTime',
  'StartTime',
  'EndTime',
]
  .map((f) => `${f}:|`)
  .join(',');

/** Rows of `squeue -h -r -O SQUEUE_FIELDS`; rows that are not array tasks are ignored. */
export function parseSqueue(stdout: string): TaskStatus[] {
  return taskRows(stdout, (fields) => {
    const [
      arrayId = '',
      task = '',
      jobName = '',
      state = '',
      reason = '',
      node = '',
      exit = '',
      restarts = '',
      submit = '',
      start = '',
      end = '',
    ] = fields.map((f) => f.trim());
    // squeue prints the raw wait status: the exit code in the high byte, a signal in the low bits.
    const status = Number(exit);
    const signal = status & 0x7f;
    const base = baseState(state);
    return {
      id: `${arrayId}_${task}`,
      status: {
        jobName,
        state: base,
        ...(reason && reason !== 'None' ? { reason } : {}),
        ...(node && !node.startsWith('(') ? { node } : {}),
        ...(exit !== '' && !Number.isNaN(status) ? { exitCode: status >> 8 } : {}),
        ...(signal ? { signal } : {}),
        ...(Number(restarts) > 0 ? { restarts: Number(restarts) } : {}),
        ...(isTime(submit) ? { submit } : {}),
        // A pending task's StartTime is the scheduler's guess, not a start.
        ...(isTime(start) && base !== 'PENDING' ? { start } : {}),
        ...(isTime(end) && base !== 'RUNNING' ? { end } : {}),
      },
    };
  });
}

/**
 * Each `|`-separated row of squeue's or sacct's output as one status per array task its id names
 * (a pending range names many): `read` gives the row's id and the status every task shares.
 */
function taskRows(
  stdout: string,
  read: (fields: string[]) => { id: string; status: Omit<TaskStatus, 'arrayJobId' | 'index'> },
): TaskStatus[] {
  const out: TaskStatus[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const { id, status } = read(line.split('|'));
    const split = splitArrayId(id);
    if (!split) continue;
    for (const index of split.indexes) out.push({ arrayJobId: split.arrayJobId, index, ...status });
  }
  return out;
}

/** squeue and sacct print local times as `2026-12-03T13:19:45`; N/A, NONE and Unknown are none. */
const isTime = (s: string | undefined): s is string => !!s && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(s);

/** Epoch milliseconds of a Slurm time (local time of the machine that reads it). */
export function slurmTimeMs(s: string | undefined): number | undefined {
  if (!isTime(s)) return undefined;
  const ms = new Date(s).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** Milliseconds of sacct's Elapsed, `[D-]HH:MM:SS` (`1-02:03:04`, `00:00:07`). */
export function elapsedMs(s: string | undefined): number | undefined {
  const m = s ? /^(?:(\d+)-)?(\d+):(\d\d):(\d\d)$/.exec(s.trim()) : null;
  if (!m) return undefined;
  const [days, h, min, sec] = [m[1] ?? '0', m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  return (((days * 24 + h) * 60 + min) * 60 + sec) * 1000;
}

/** The sacct fields that parseSacct reads, in order. */
export const SACCT_FIELDS = 'JobID,JobName,State,ExitCode,NodeList,Submit,Start,End,Elapsed';

/** Rows of `sacct -P -n -X -o SACCT_FIELDS`: the allocation lines of each array task. */
export function parseSacct(stdout: string): TaskStatus[] {
  return taskRows(stdout, (fields) => {
    const [id = '', jobName = '', state = '', exit = '', node = '', submit, start, end, elapsed] = fields;
    // ExitCode is `<code>:<signal>`: a task killed by a signal has code 0 and the signal after it.
    const [code, signal] = exit.split(':').map(Number);
    return {
      id: id.trim(),
      status: {
        jobName,
        state: baseState(state),
        ...(code !== undefined && !Number.isNaN(code) ? { exitCode: code } : {}),
        ...(signal ? { signal } : {}),
        ...(node && node !== 'None assigned' ? { node } : {}),
        ...(isTime(submit) ? { submit } : {}),
        ...(isTime(start) ? { start } : {}),
        ...(isTime(end) ? { end } : {}),
        ...(elapsed ? { elapsed } : {}),
      },
    };
  });
}

/** One `Key=Value` of a `scontrol show job -o` line (values of the fields read here hold no space). */
const field = (line: string, key: string): string | undefined =>
  new RegExp(`(?:^| )${key}=(\\S*)`).exec(line)?.[1];

/**
 * Lines of `scontrol show job -o` (one per job) that are array tasks: their state and the times
 * slurmctld keeps while it knows the job (until MinJobAge after its end). RunTime is the time it
 * ran, suspensions aside, like sacct's Elapsed, so it takes Elapsed's place.
 */
export function parseScontrolJobs(stdout: string): TaskStatus[] {
  const out: TaskStatus[] = [];
  for (const line of stdout.split('\n')) {
    const arrayJobId = field(line, 'ArrayJobId');
    const index = Number(field(line, 'ArrayTaskId'));
    if (!arrayJobId || !Number.isInteger(index)) continue;
    const [submit, start, end] = ['SubmitTime', 'StartTime', 'EndTime'].map((k) => field(line, k));
    const runTime = field(line, 'RunTime');
    const restarts = Number(field(line, 'Restarts'));
    out.push({
      arrayJobId,
      index,
      jobName: field(line, 'JobName') ?? '',
      state: baseState(field(line, 'JobState') ?? ''),
      ...(restarts > 0 ? { restarts } : {}),
      ...(isTime(submit) ? { submit } : {}),
      ...(isTime(start) ? { start } : {}),
      ...(isTime(end) ? { end } : {}),
      ...(runTime ? { elapsed: runTime } : {}),
    });
  }
  return out;
}
