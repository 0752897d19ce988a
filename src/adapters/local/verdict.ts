import type { JobStatus } from '../../domain/results/job-record.js';
import { shouldRetry } from './retry-decision.js';
import type { Decision, JobState, KillReason, Run } from './scheduler-state.js';

/** How a process attempt ended, as the launcher saw it. */
export interface ProcessEnd {
  code: number | null;
  signal: string | null;
  /** The launcher died, so how the process ended is unknown. */
  lost: boolean;
  /** The job the launcher started in its slots on this exit (it was queued behind it). */
  handedTo?: string;
  /** The launcher's clock at the exit. */
  at: number;
  /** How long the process ran. */
  ranMs: number;
}

/** How an attempt ended, before its outputs are read. */
export interface Verdict {
  status: JobStatus;
  statusReason?: string;
  exitCode?: number;
  signal?: string;
}

export interface AttemptOver {
  verdict: Verdict;
  /** The job keeps its slots until `concluded` says whether it is retried. */
  mayRetry: boolean;
  decisions: Decision[];
}

/** The status of an ended attempt: a kill the run asked for, a lost race, or the exit itself. */
export function classify(state: JobState, run: Run, end: ProcessEnd): Verdict {
  const original = state.original ?? state;
  const { code, signal } = end;
  const facts = { ...(code !== null ? { exitCode: code } : {}), ...(signal !== null ? { signal } : {}) };
  if (end.lost) {
    const status = run.killing === 'superseded' ? 'superseded' : 'failed';
    return { status, statusReason: 'lost: the launcher process died, the job was killed', ...facts };
  }
  if (run.killing) return { status: run.killing, statusReason: explain(run.killing, state), ...facts };
  if (code === 0) {
    if (!original.won) return { status: 'succeeded', ...facts };
    return {
      status: 'superseded',
      statusReason: `${original.winner ?? 'its twin'} finished first`,
      ...facts,
    };
  }
  const statusReason = code !== null ? `exit code ${code}` : `killed by ${signal ?? 'a signal'}`;
  return { status: 'failed', statusReason, ...facts };
}

function explain(reason: KillReason, state: JobState): string {
  switch (reason) {
    case 'timed-out':
      return `timed out after ${state.job.resources.timeoutSec}s`;
    case 'cancelled':
      return 'cancelled: the run was interrupted';
    case 'superseded':
      return `${(state.original ?? state).winner ?? 'its twin'} finished first`;
  }
}

/** Whether a failed attempt is tried again in its slots: within `retries`, and as `retryOn` says. */
export function retryWanted(state: JobState, verdict: Verdict, stopping: boolean): boolean {
  const original = state.original ?? state;
  return (
    (verdict.status === 'failed' || verdict.status === 'timed-out') &&
    !stopping &&
    !original.won &&
    state.attempts <= state.job.resources.retries &&
    shouldRetry(state.job.resources.retryOn, {
      exitCode: verdict.exitCode,
      statusReason: verdict.statusReason ?? '',
    })
  );
}
