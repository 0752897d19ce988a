import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedJob } from '../../domain/plan/plan.js';
import type { JobRecord, JobStatus } from '../../domain/results/job-record.js';
import { readAttemptOutputs } from '../local/attempt-output.js';
import { baseState, failureReason } from './job-states.js';
import { elapsedMs, slurmTimeMs } from './queue-parse.js';
import type { TrackedTask } from './tracker.js';

/** What the task runner wrote for one attempt (task-runner.program.ts). */
export interface RunnerRecord {
  jobId: string;
  attempt: number;
  startedAt: number;
  commandStartedAt?: number;
  commandEndedAt?: number;
  exitCode?: number | null;
  signal?: string;
  error?: string;
  host?: string;
  cpuModel?: string;
  cpuCount?: number;
  peakMemoryBytes?: number;
  slurmJob?: string;
}

const RECORD = /^(.+)\.a(\d+)\.json$/;

/** Every runner record in the run's records folder, newest attempt last, by job id. */
export async function readRunnerRecords(dir: string): Promise<Map<string, RunnerRecord[]>> {
  const out = new Map<string, RunnerRecord[]>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw error;
  }
  for (const name of names) {
    if (!RECORD.test(name)) continue;
    const r = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as RunnerRecord;
    out.set(
      r.jobId,
      [...(out.get(r.jobId) ?? []), r].sort((a, b) => a.attempt - b.attempt),
    );
  }
  return out;
}

/**
 * The runner record of a job's newest attempt up to `attempt` (earlier ones if a later try wrote
 * none), or of that attempt alone when `exact`.
 */
export async function readRunnerRecord(
  dir: string,
  jobId: string,
  attempt: number,
  exact = false,
): Promise<RunnerRecord | undefined> {
  for (let a = attempt; a >= (exact ? attempt : 1); a -= 1) {
    try {
      return JSON.parse(await readFile(path.join(dir, `${jobId}.a${a}.json`), 'utf8')) as RunnerRecord;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

const size = async (file: string) => (await stat(file).catch(() => undefined))?.size ?? 0;

/**
 * The record of a job's last attempt: the runner's own facts (times of the command, host, CPU,
 * exit) where it wrote them, Slurm's state where it tells more (OUT_OF_MEMORY, TIMEOUT,
 * NODE_FAIL, PREEMPTED, CANCELLED end a task before its runner can write), Slurm's times for
 * the queue. With accounting, the task's times are sacct's (Submit, Start, and Start + Elapsed,
 * which is End): whole seconds, as the cluster bills them. A task Slurm no longer shows (no
 * accounting) is judged by its runner record.
 */
export async function jobRecordOf(args: {
  job: PlannedJob;
  runId: string;
  dir: string;
  runner: RunnerRecord | undefined;
  task: TrackedTask | undefined;
  submittedAt: number;
  now: number;
}): Promise<JobRecord> {
  const { job, runner, task } = args;
  const state = task?.state && task.phase !== 'gone' ? baseState(task.state) : undefined;
  const exitCode = runner?.exitCode ?? task?.exitCode ?? undefined;
  const status = statusOf(state, runner);
  const attempt = runner?.attempt ?? (task ? task.restarts + 1 : 1);
  const base = path.join(args.dir, `${job.id}.a${attempt}`);
  const files = {
    metricsFile: `${base}.metrics.jsonl`,
    stdoutFile: `${base}.out`,
    stderrFile: `${base}.err`,
  };
  const sizes = {
    stdoutBytes: await size(files.stdoutFile),
    stderrBytes: await size(files.stderrFile),
    metricsBytes: await size(files.metricsFile),
  };
  const outputs = runner
    ? await readAttemptOutputs(files, sizes, status !== 'succeeded')
    : { values: {}, malformed: 0 };
  const queuedAt = slurmTimeMs(task?.submit) ?? args.submittedAt;
  const slurmStart = slurmTimeMs(task?.start);
  const elapsed = elapsedMs(task?.elapsed);
  const accounted = slurmStart !== undefined && elapsed !== undefined;
  const startedAt = slurmStart ?? runner?.startedAt ?? queuedAt;
  const stoppedAt = accounted
    ? slurmStart + elapsed
    : (runner?.commandEndedAt ?? slurmTimeMs(task?.end) ?? args.now);
  const reason =
    status === 'succeeded'
      ? undefined
      : (runner?.error ??
        (state ? failureReason(state, exitCode ?? undefined, task?.signal) : undefined) ??
        (runner
          ? failureReason('FAILED', exitCode ?? undefined)
          : 'the task ended without writing a record'));
  return {
    jobId: job.id,
    runId: args.runId,
    stage: job.stage,
    cellId: job.cellId,
    repeat: job.repeat,
    shardIndex: job.shardIndex,
    shardCount: job.shardCount,
    ...(job.speculativeOf ? { speculativeOf: job.speculativeOf } : {}),
    groupId: job.groupId,
    attempt,
    status,
    ...(exitCode !== undefined && exitCode !== null ? { exitCode } : {}),
    ...(runner?.signal ? { signal: runner.signal } : {}),
    ...(reason ? { statusReason: reason } : {}),
    backend: 'slurm',
    queuedAt,
    startedAt: accounted ? startedAt : Math.min(startedAt, runner?.commandStartedAt ?? startedAt),
    ...(runner?.commandStartedAt ? { commandStartedAt: runner.commandStartedAt } : {}),
    ...(runner?.commandEndedAt ? { commandEndedAt: runner.commandEndedAt } : {}),
    stoppedAt: Math.max(stoppedAt, startedAt),
    collectedAt: args.now,
    ...((runner?.host ?? task?.node) ? { host: runner?.host ?? task?.node } : {}),
    ...(runner?.cpuModel ? { cpuModel: runner.cpuModel } : {}),
    ...(runner?.cpuCount ? { cpuCount: runner.cpuCount } : {}),
    ...(runner?.peakMemoryBytes ? { peakMemoryBytes: runner.peakMemoryBytes } : {}),
    metrics: outputs.values,
    ...('logTail' in outputs && outputs.logTail?.length ? { logTail: outputs.logTail } : {}),
  };
}

function statusOf(state: string | undefined, runner: RunnerRecord | undefined): JobStatus {
  if (state === 'TIMEOUT') return 'timed-out';
  if (state === 'CANCELLED') return runner?.exitCode === 0 ? 'succeeded' : 'cancelled';
  if (state && state !== 'COMPLETED') return 'failed';
  return runner?.exitCode === 0 && !runner.error ? 'succeeded' : 'failed';
}
