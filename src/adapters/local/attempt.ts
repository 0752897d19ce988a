import { statSync } from 'node:fs';
import path from 'node:path';
import type { PlannedJob } from '../../domain/plan/plan.js';
import type { JobRecord } from '../../domain/results/job-record.js';
import { hasOutputs, readAttemptOutputs } from './attempt-output.js';
import type { AttemptOutputs } from './attempt-output.js';
import type { LaunchExit, LaunchHandlers, LaunchRequest, Launcher } from './launcher.js';
import type { MemorySampler } from './memory-sampler.js';
import { signalGroup } from './process-group.js';
import type { KillReason } from './scheduler-state.js';
import type { Verdict } from './verdict.js';

export interface AttemptSettings {
  logDir: string;
  baseDir: string;
  killGraceMs: number;
  sampler: MemorySampler;
}

/** What was read from a finished attempt's files; `unreadable` when they could not be read. */
export type ReadOutputs = AttemptOutputs & { unreadable?: string };

/**
 * One attempt of one job as a process: its log files, its launcher and key there, its timeout,
 * the signals that stop its tree, its memory peak and, once it ended, what it left behind.
 */
export class Attempt {
  readonly stdoutFile: string;
  readonly stderrFile: string;
  readonly metricsFile: string;
  /** Date.now() when it was handed to a launcher to start now (not queued), or handed a slot. */
  since = Date.now();
  pid?: number;
  startedAt?: number;
  launcher?: Launcher;
  /** Its key in the launcher. */
  key?: number;
  /** The attempt queued behind it in its launcher. */
  next?: Attempt;
  killReason?: KillReason;
  ended = false;
  peakMemoryBytes?: number;
  private timeout?: NodeJS.Timeout;
  private grace?: NodeJS.Timeout;

  constructor(
    readonly job: PlannedJob,
    readonly number: number,
    private readonly settings: AttemptSettings,
  ) {
    const base = path.join(settings.logDir, `${job.id}.${number}`);
    this.stdoutFile = `${base}.stdout`;
    this.stderrFile = `${base}.stderr`;
    this.metricsFile = `${base}.metrics.jsonl`;
  }

  get cwd(): string {
    return path.resolve(this.settings.baseDir, this.job.workdir ?? '.');
  }

  /** Has the launcher start the process now. */
  launch(launcher: Launcher, env: Record<string, string>, handlers: LaunchHandlers): void {
    this.launcher = launcher;
    this.key = launcher.launch(this.request(env), handlers);
  }

  /** Has `pred`'s launcher start the process the moment `pred`'s exits with code 0. */
  queueBehind(pred: Attempt, env: Record<string, string>, handlers: LaunchHandlers): void {
    const launcher = pred.launcher as Launcher;
    this.launcher = launcher;
    this.key = launcher.chain(pred.key as number, this.request(env), handlers);
    pred.next = this;
  }

  private request(env: Record<string, string>): LaunchRequest {
    const [file, ...args] = this.job.command as [string, ...string[]];
    const { stdoutFile, stderrFile, metricsFile } = this;
    return { file, args, cwd: this.cwd, env, stdoutFile, stderrFile, metricsFile };
  }

  /** The process runs: its memory is watched and its timeout set; a kill asked for meanwhile is sent. */
  started(pid: number, at: number, onTimeout: () => void): void {
    this.pid = pid;
    this.startedAt = at;
    this.settings.sampler.track(pid);
    const timeoutSec = this.job.resources.timeoutSec;
    if (timeoutSec > 0 && Number.isFinite(timeoutSec)) {
      // From when the launcher started it: word of a start down a queue can come a little later.
      const left = timeoutSec * 1000 - Math.max(0, Date.now() - at);
      this.timeout = setTimeout(onTimeout, Math.min(Math.max(left, 0), 2 ** 31 - 1));
    }
    if (this.killReason) this.signal();
  }

  kill(reason: KillReason): void {
    if (this.ended || this.killReason) return;
    this.killReason = reason;
    if (this.pid !== undefined) this.signal();
  }

  /** The process is gone: timers stop, and the launcher's death takes the tree down with it. */
  exited(exit: LaunchExit): void {
    this.ended = true;
    clearTimeout(this.timeout);
    clearTimeout(this.grace);
    if (this.pid === undefined) return;
    // The launcher kills what a leader leaves behind in its group; if the launcher died, do it here.
    if (exit.lost) signalGroup(this.pid, 'SIGKILL');
    this.peakMemoryBytes = this.settings.sampler.untrack(this.pid);
  }

  /** Why the command could not be started, in words that say what to fix. */
  spawnFailure(code: string, message: string): string {
    const file = this.job.command[0] as string;
    const { cwd } = this;
    if (code === 'ENOENT') {
      if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        return `working directory ${cwd} does not exist (ENOENT)`;
      }
      return `command not found: ${JSON.stringify(file)} (ENOENT): not an executable on PATH or relative to ${cwd}`;
    }
    if (code === 'EACCES') return `cannot execute ${JSON.stringify(file)} (EACCES): permission denied`;
    return `cannot start ${JSON.stringify(file)}: ${message}`;
  }

  /**
   * What the attempt left. Sizes come from the launcher, so empty outputs, the common case for
   * short jobs, cost no file access and no wait at all: they are answered at once, not promised.
   */
  outputs(exit: LaunchExit | undefined, verdict: Verdict): ReadOutputs | Promise<ReadOutputs> {
    const failed = verdict.status === 'failed' || verdict.status === 'timed-out';
    if (!exit || !hasOutputs(exit, failed)) return { values: {}, malformed: 0 };
    return readAttemptOutputs(this, exit, failed).catch((error: unknown): ReadOutputs => ({
      values: {},
      malformed: 0,
      unreadable: (error as Error).message,
    }));
  }

  /** SIGTERM to the tree, SIGKILL if it is still there after the grace period. */
  private signal(): void {
    const pid = this.pid as number;
    signalGroup(pid, 'SIGTERM');
    this.grace = setTimeout(() => signalGroup(pid, 'SIGKILL'), this.settings.killGraceMs);
  }
}

export interface HostFacts {
  host: string;
  cpuModel?: string;
  cpuCount: number;
}

export type RecordBase = Omit<JobRecord, 'status' | 'startedAt' | 'stoppedAt' | 'metrics'>;

/** What every record of a job's attempt says about the job, the run and the host. */
export function recordBase(
  job: PlannedJob,
  run: { runId: string; attempt: number; queuedAt: number; host: HostFacts },
): RecordBase {
  const { host, cpuModel, cpuCount } = run.host;
  return {
    jobId: job.id,
    runId: run.runId,
    stage: job.stage,
    cellId: job.cellId,
    repeat: job.repeat,
    shardIndex: job.shardIndex,
    shardCount: job.shardCount,
    ...(job.speculativeOf !== undefined ? { speculativeOf: job.speculativeOf } : {}),
    groupId: job.groupId,
    attempt: run.attempt,
    backend: 'local',
    queuedAt: run.queuedAt,
    host,
    ...(cpuModel !== undefined ? { cpuModel } : {}),
    cpuCount,
  };
}

/** The job's final (or retried) record from how the attempt ended and what it left. */
export function attemptRecord(
  base: RecordBase,
  attempt: Attempt,
  verdict: Verdict & { peakMemoryBytes?: number },
  exit: LaunchExit | undefined,
  outputs: ReadOutputs,
): JobRecord {
  let statusReason = verdict.statusReason;
  if (outputs.unreadable !== undefined) {
    statusReason ??= `could not read the job's output: ${outputs.unreadable}`;
  } else if (outputs.malformed > 0) {
    const n = outputs.malformed;
    statusReason ??= `ignored ${n} malformed metric line${n === 1 ? '' : 's'}`;
  }
  const at = exit?.at ?? (attempt.startedAt as number);
  const { exitCode, signal, peakMemoryBytes } = verdict;
  const { logTail } = outputs;
  return {
    ...base,
    status: verdict.status,
    ...(exitCode !== undefined ? { exitCode } : {}),
    ...(signal !== undefined ? { signal } : {}),
    ...(statusReason !== undefined ? { statusReason } : {}),
    startedAt: attempt.startedAt ?? at,
    ...(exit ? { commandStartedAt: attempt.startedAt ?? at, commandEndedAt: at } : {}),
    stoppedAt: at,
    ...(peakMemoryBytes !== undefined ? { peakMemoryBytes } : {}),
    metrics: outputs.values,
    ...(logTail && logTail.length > 0 ? { logTail } : {}),
  };
}
