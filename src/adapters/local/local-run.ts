import { statSync } from 'node:fs';
import path from 'node:path';
import type { PlannedJob } from '../../domain/plan/plan.js';
import type { JobRecord, JobStatus } from '../../domain/results/job-record.js';
import type { ExecuteOptions, ExecutorEvent } from '../../ports/executor.js';
import { readAttemptMetrics, readLogTail } from './attempt-output.js';
import { Launcher } from './launcher.js';
import type { LaunchExit } from './launcher.js';
import { MemorySampler } from './memory-sampler.js';
import { signalGroup } from './process-group.js';
import { shouldRetry } from './retry-decision.js';

export interface HostFacts {
  host: string;
  cpuModel?: string;
  cpuCount: number;
}

export interface RunSettings {
  concurrency: number;
  logDir: string;
  baseDir: string;
  now: () => number;
  killGraceMs: number;
  memorySampleMs: number;
  host: HostFacts;
  /** Each measurement group gets the whole machine, so cells compared for speedup never share cores. */
  exclusiveGroups: boolean;
}

type KillReason = 'timed-out' | 'cancelled' | 'superseded';

interface Attempt {
  number: number;
  /** When the launcher was asked; startedAt once it reports the process running. */
  requestedAt: number;
  pid?: number;
  startedAt?: number;
  stdoutFile: string;
  stderrFile: string;
  metricsFile: string;
  killReason?: KillReason;
  timeout?: NodeJS.Timeout;
  grace?: NodeJS.Timeout;
  ended: boolean;
}

interface JobState {
  job: PlannedJob;
  slots: number;
  group: GroupState;
  /** Set on a speculative copy. */
  original?: JobState;
  copies: JobState[];
  /** Needs not yet known to have succeeded. */
  pendingNeeds: number;
  /** Jobs that need this one (originals only). */
  dependants: JobState[];
  /** When its needs were all met: the queuedAt of every attempt. */
  readyAt?: number;
  /** waiting -> running -> done; done also covers skipped, cancelled and never-started copies. */
  phase: 'waiting' | 'running' | 'done';
  attempts: number;
  current?: Attempt;
  /** On an original: one of the pair has succeeded, so the others are losers. */
  won: boolean;
  winner?: string;
  /** On an original: what the task came to, known once the deciding record is stored. */
  resolution: 'pending' | 'ok' | 'failed';
}

interface GroupState {
  id: string;
  members: JobState[];
  /** Live originals still waiting for a need. */
  blocked: number;
  reserved: number;
  used: number;
  phase: 'waiting' | 'active' | 'done';
}

/**
 * One execute() call. Scheduling rules:
 * - Slots: `concurrency` in all; a job takes min(ceil(vCPUs), concurrency), at least one.
 * - A measurement group (job.groupId) is gang-scheduled: it is admitted only when
 *   min(its originals' slots, concurrency) slots are free, runs its jobs inside that
 *   reservation and gives slots back once it has nothing left to start in them. Groups are
 *   admitted in plan order with no back-filling, so a wide group is never starved by narrow ones;
 *   a group still waiting for its needs does not hold up the groups behind it. With
 *   `exclusiveGroups` a group takes every slot and keeps them until its last job ends.
 * - A job's queuedAt is when its group was admitted (or, later, when its needs were met).
 * - A job waits until every job it needs has succeeded (or had a speculative copy succeed). If
 *   one failed, it is recorded `cancelled` without running, and so on down the pipeline.
 * - A speculative copy starts only in an idle slot of its group's reservation while its original
 *   runs. The first of a pair to succeed wins; the other is killed and recorded `superseded`.
 *   A copy that never started leaves no record.
 * - Failed or timed-out attempts are retried up to `retries` times in the same slots, subject to
 *   `retryOn` (AWS Batch evaluate-on-exit semantics). Every attempt of a job has the job's
 *   queuedAt, so a group's makespan includes the time lost to failed attempts.
 * - On abort, running trees are killed and recorded `cancelled`; jobs not started get no record,
 *   so a resume runs them.
 * A job is done for its dependants only once onEvent has resolved for its record.
 */
export class LocalRun {
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  private rejectDone!: (error: unknown) => void;
  private readonly states = new Map<string, JobState>();
  private readonly groups: GroupState[] = [];
  private readonly active = new Set<GroupState>();
  private readonly running = new Set<JobState>();
  private readonly sampler: MemorySampler;
  private readonly launchers: Launcher[] = [];
  private readonly baseEnv: Record<string, string | undefined>;
  private free: number;
  /** Index of the first group that may still be waiting for admission. */
  private head = 0;
  private pendingEvents = 0;
  private stopping = false;
  private fatal: { error: unknown } | undefined;
  private finished = false;
  private readonly onAbort = (): void => this.stop();

  constructor(
    jobs: readonly PlannedJob[],
    private readonly options: ExecuteOptions,
    private readonly settings: RunSettings,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    this.free = settings.concurrency;
    this.sampler = new MemorySampler(settings.memorySampleMs);
    // A run started from inside another job must not pass that job's identity on.
    this.baseEnv = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('BATCHBENCH_')),
    );
    this.build(jobs);
    if (options.signal.aborted) this.stopping = true;
    else options.signal.addEventListener('abort', this.onAbort, { once: true });
    this.cancelUnreachable();
    this.pump();
  }

  private build(jobs: readonly PlannedJob[]): void {
    const start = this.settings.now();
    const byGroup = new Map<string, GroupState>();
    for (const job of jobs) {
      let group = byGroup.get(job.groupId);
      if (!group) {
        group = { id: job.groupId, members: [], blocked: 0, reserved: 0, used: 0, phase: 'waiting' };
        byGroup.set(job.groupId, group);
        this.groups.push(group);
      }
      const vcpus = Math.max(1, Math.ceil(job.resources.vcpus));
      const state: JobState = {
        job,
        slots: Math.min(vcpus, this.settings.concurrency),
        group,
        copies: [],
        pendingNeeds: 0,
        dependants: [],
        phase: 'waiting',
        attempts: 0,
        won: false,
        resolution: 'pending',
      };
      this.states.set(job.id, state);
      group.members.push(state);
    }
    for (const state of this.states.values()) {
      const of = state.job.speculativeOf;
      if (of === undefined) continue;
      const original = this.states.get(of);
      if (!original) {
        state.phase = 'done'; // a copy of nothing in this run has nothing to race
        continue;
      }
      state.original = original;
      original.copies.push(state);
    }
    const skip = this.options.skip;
    for (const state of this.states.values()) {
      if (state.original) continue;
      const copyWon = state.copies.some((c) => skip.has(c.job.id));
      if (skip.has(state.job.id) || copyWon) {
        this.settle(state, 'ok');
        state.phase = 'done';
        for (const c of state.copies) c.phase = 'done';
      }
    }
    for (const state of this.states.values()) {
      if (state.original || state.phase === 'done') continue;
      for (const need of state.job.needs) {
        const dep = this.states.get(need);
        if (dep?.resolution === 'ok' || (!dep && skip.has(need))) continue;
        state.pendingNeeds++;
        dep?.dependants.push(state);
      }
      if (state.pendingNeeds === 0) state.readyAt = start;
      else state.group.blocked++;
    }
  }

  /** Needs naming no job of this run and not finished earlier can never be met. */
  private cancelUnreachable(): void {
    for (const state of this.states.values()) {
      if (state.original || state.phase === 'done') continue;
      const missing = state.job.needs.find((n) => !this.states.has(n) && !this.options.skip.has(n));
      if (missing !== undefined) this.cancelWaiting(state, `dependency ${missing} is not part of this run`);
    }
  }

  // ---- scheduling -------------------------------------------------------------------------

  private pump(): void {
    if (!this.stopping) {
      for (const group of this.active) this.fill(group);
      for (let i = this.head; i < this.groups.length; i++) {
        const group = this.groups[i] as GroupState;
        if (group.phase !== 'waiting') {
          if (i === this.head) this.head++;
          continue;
        }
        if (group.blocked > 0) continue;
        const wanted = Math.min(
          this.settings.concurrency,
          group.members.reduce((sum, m) => sum + (isStartableOriginal(m) ? m.slots : 0), 0),
        );
        if (wanted === 0) {
          group.phase = 'done';
          continue;
        }
        const need = this.settings.exclusiveGroups ? this.settings.concurrency : wanted;
        if (need > this.free) break;
        this.free -= need;
        group.reserved = need;
        group.phase = 'active';
        // A group is "submitted" when it gets its slots: time spent behind other cells' groups is
        // the local scheduler's choice, not part of this cell's measurement.
        const admittedAt = this.settings.now();
        for (const m of group.members) m.readyAt = Math.max(m.readyAt ?? admittedAt, admittedAt);
        this.active.add(group);
        this.fill(group);
      }
    }
    this.checkFinished();
  }

  /** Starts what fits in a group's reservation, then hands back what it cannot use. */
  private fill(group: GroupState): void {
    if (this.stopping) return;
    let waitingOriginals = false;
    for (const m of group.members) {
      if (!isStartableOriginal(m)) continue;
      if (m.slots > group.reserved - group.used) {
        waitingOriginals = true;
        break;
      }
      this.start(m);
    }
    if (waitingOriginals) return;
    for (const m of group.members) {
      const original = m.original;
      if (!original || m.phase !== 'waiting') continue;
      if (original.phase !== 'running' || original.won) continue;
      if (m.slots <= group.reserved - group.used) this.start(m);
    }
    // An exclusive group keeps the whole machine until its last job ends.
    if (this.settings.exclusiveGroups && group.used > 0) return;
    this.free += group.reserved - group.used;
    group.reserved = group.used;
    if (group.used === 0) {
      group.phase = 'done';
      this.active.delete(group);
    }
  }

  private start(state: JobState): void {
    state.phase = 'running';
    state.group.used += state.slots;
    if (state.original) state.readyAt = state.original.readyAt;
    this.running.add(state);
    this.spawnAttempt(state);
  }

  // ---- one attempt --------------------------------------------------------------------------

  private spawnAttempt(state: JobState): void {
    const { job } = state;
    const number = ++state.attempts;
    const base = path.join(this.settings.logDir, `${job.id}.${number}`);
    const attempt: Attempt = {
      number,
      requestedAt: this.settings.now(),
      stdoutFile: `${base}.stdout`,
      stderrFile: `${base}.stderr`,
      metricsFile: `${base}.metrics.jsonl`,
      ended: false,
    };
    state.current = attempt;
    const [file, ...args] = job.command;
    if (file === undefined || file === '') {
      this.failToStart(state, attempt, 'the command is empty', attempt.requestedAt);
      return;
    }
    const cwd = path.resolve(this.settings.baseDir, job.workdir ?? '.');
    this.launcher().launch(
      {
        file,
        args,
        cwd,
        env: this.envFor(state, attempt),
        stdoutFile: attempt.stdoutFile,
        stderrFile: attempt.stderrFile,
        metricsFile: attempt.metricsFile,
      },
      {
        onStart: (pid, at) => this.onStart(state, attempt, pid, at),
        onError: (code, message, at) =>
          this.failToStart(state, attempt, spawnFailure(file, cwd, code, message), at),
        onExit: (exit) => void this.onExit(state, attempt, exit),
      },
    );
  }

  /**
   * The least busy launcher, started on first need. One per core at most: fork() work is done
   * in the launcher, so with one of them short jobs queue behind each other's spawns.
   */
  private launcher(): Launcher {
    const idle = this.launchers.find((l) => l.inFlight === 0);
    if (idle) return idle;
    if (this.launchers.length < Math.min(this.settings.concurrency, this.settings.host.cpuCount)) {
      const launcher = new Launcher(this.baseEnv);
      launcher.onDeath((error) => this.fail(error));
      this.launchers.push(launcher);
      return launcher;
    }
    return this.launchers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  }

  private onStart(state: JobState, attempt: Attempt, pid: number, at: number): void {
    attempt.pid = pid;
    attempt.startedAt = at;
    this.emit({ type: 'job-started', jobId: state.job.id, attempt: attempt.number, at });
    this.sampler.track(pid);
    const timeoutSec = state.job.resources.timeoutSec;
    if (timeoutSec > 0 && Number.isFinite(timeoutSec)) {
      attempt.timeout = setTimeout(
        () => this.kill(attempt, 'timed-out'),
        Math.min(timeoutSec * 1000, 2 ** 31 - 1),
      );
    }
    // Asked to stop (an abort, a twin that won) while the process was being started.
    if (attempt.killReason) this.signal(attempt);
    else if (this.stopping) this.kill(attempt, 'cancelled');
  }

  private envFor(state: JobState, attempt: Attempt): Record<string, string> {
    const { job } = state;
    const env: Record<string, string> = {
      ...job.env,
      BATCHBENCH_RUN_ID: this.options.runId,
      BATCHBENCH_JOB_ID: job.id,
      BATCHBENCH_STAGE: job.stage,
      BATCHBENCH_CELL: job.cellId,
      BATCHBENCH_REPEAT: String(job.repeat),
      BATCHBENCH_ATTEMPT: String(attempt.number),
      BATCHBENCH_SHARD_INDEX: String(job.shardIndex),
      BATCHBENCH_SHARD_COUNT: String(job.shardCount),
      BATCHBENCH_METRICS: attempt.metricsFile,
    };
    if (job.itemStart !== undefined) env.BATCHBENCH_ITEM_START = String(job.itemStart);
    if (job.itemEnd !== undefined) env.BATCHBENCH_ITEM_END = String(job.itemEnd);
    return env;
  }

  private kill(attempt: Attempt, reason: KillReason): void {
    if (attempt.ended || attempt.killReason) return;
    attempt.killReason = reason;
    if (attempt.pid !== undefined) this.signal(attempt);
  }

  /** SIGTERM to the tree, SIGKILL if it is still there after the grace period. */
  private signal(attempt: Attempt): void {
    const pid = attempt.pid as number;
    signalGroup(pid, 'SIGTERM');
    attempt.grace = setTimeout(() => signalGroup(pid, 'SIGKILL'), this.settings.killGraceMs);
  }

  private async onExit(state: JobState, attempt: Attempt, exit: LaunchExit): Promise<void> {
    attempt.ended = true;
    clearTimeout(attempt.timeout);
    clearTimeout(attempt.grace);
    const pid = attempt.pid;
    // The launcher kills what a leader leaves behind in its group; if the launcher died, do it here.
    if (exit.lost && pid !== undefined) signalGroup(pid, 'SIGKILL');
    const peak = pid === undefined ? undefined : this.sampler.untrack(pid);
    const { code, signal } = exit;

    let status: JobStatus;
    let statusReason: string | undefined;
    const original = state.original ?? state;
    if (exit.lost) {
      status = attempt.killReason === 'superseded' ? 'superseded' : 'failed';
      statusReason = 'lost: the launcher process died, the job was killed';
    } else if (attempt.killReason) {
      status = attempt.killReason;
      statusReason = killExplanation(attempt.killReason, state, original);
    } else if (code === 0) {
      status = original.won ? 'superseded' : 'succeeded';
      if (status === 'superseded') statusReason = `${original.winner ?? 'its twin'} finished first`;
    } else {
      status = 'failed';
      statusReason = code !== null ? `exit code ${code}` : `killed by ${signal ?? 'a signal'}`;
    }
    if (status === 'succeeded') this.win(state);

    let metrics: Record<string, number> = {};
    let logTail: string[] | undefined;
    try {
      const parsed = await readAttemptMetrics(attempt, exit);
      metrics = parsed.values;
      if (parsed.malformed > 0 && statusReason === undefined) {
        statusReason = `ignored ${parsed.malformed} malformed metric line${parsed.malformed === 1 ? '' : 's'}`;
      }
      if (status === 'failed' || status === 'timed-out') {
        logTail =
          exit.stderrBytes > 0
            ? await readLogTail(attempt.stderrFile, exit.stderrBytes)
            : await readLogTail(attempt.stdoutFile, exit.stdoutBytes);
      }
    } catch (error) {
      statusReason ??= `could not read the job's output: ${(error as Error).message}`;
    }

    const record: JobRecord = {
      ...this.recordBase(state, attempt.number),
      status,
      ...(code !== null ? { exitCode: code } : {}),
      ...(signal !== null ? { signal } : {}),
      ...(statusReason !== undefined ? { statusReason } : {}),
      startedAt: attempt.startedAt ?? exit.at,
      commandStartedAt: attempt.startedAt ?? exit.at,
      commandEndedAt: exit.at,
      stoppedAt: exit.at,
      ...(peak !== undefined ? { peakMemoryBytes: peak } : {}),
      metrics,
      ...(logTail && logTail.length > 0 ? { logTail } : {}),
    };
    this.attemptEnded(state, record, code ?? undefined);
  }

  private failToStart(state: JobState, attempt: Attempt, reason: string, at: number): void {
    if (attempt.ended) return;
    attempt.ended = true;
    // Counted like any attempt, so progress sees a start for every end.
    this.emit({ type: 'job-started', jobId: state.job.id, attempt: attempt.number, at });
    const record: JobRecord = {
      ...this.recordBase(state, attempt.number),
      status: 'failed',
      statusReason: reason,
      startedAt: at,
      stoppedAt: at,
      metrics: {},
    };
    // Asynchronously, so a retry never recurses into the attempt that failed.
    queueMicrotask(() => this.attemptEnded(state, record, undefined));
  }

  /** An attempt is over: retry it in the same slots, or finish the job and free them. */
  private attemptEnded(state: JobState, record: JobRecord, exitCode: number | undefined): void {
    state.current = undefined;
    const original = state.original ?? state;
    const retryable = record.status === 'failed' || record.status === 'timed-out';
    if (
      retryable &&
      !this.stopping &&
      !original.won &&
      state.attempts <= state.job.resources.retries &&
      shouldRetry(state.job.resources.retryOn, { exitCode, statusReason: record.statusReason ?? '' })
    ) {
      this.emit({ type: 'job-retrying', record });
      this.spawnAttempt(state);
      return;
    }

    state.phase = 'done';
    this.running.delete(state);
    state.group.used -= state.slots;
    if (!state.original) {
      // An original that is over leaves nothing for its unstarted copies to race.
      for (const c of state.copies) if (c.phase === 'waiting') c.phase = 'done';
    }
    // Start what the freed slots allow before handing the record over: the listener's own work
    // (storing, progress) then overlaps with the next process instead of delaying it.
    this.pendingEvents++; // the record below is owed: the run is not over without it
    this.fill(state.group);
    this.pump();
    this.pendingEvents--;
    this.emit({ type: 'job-finished', record }, () => this.recordStored(state, record));
  }

  /** The first success of a pair: the others are killed and will be recorded superseded. */
  private win(state: JobState): void {
    const original = state.original ?? state;
    original.won = true;
    original.winner = state.job.id;
    for (const other of [original, ...original.copies]) {
      if (other === state) continue;
      if (other.phase === 'waiting') other.phase = 'done';
      if (other.current) this.kill(other.current, 'superseded');
    }
  }

  /** Runs once the store has a job's final record: now dependants may move. */
  private recordStored(state: JobState, record: JobRecord): void {
    const original = state.original ?? state;
    if (original.resolution !== 'pending') return;
    if (record.status === 'succeeded') {
      this.settle(original, 'ok');
    } else if (!original.won && [original, ...original.copies].every((s) => s.phase === 'done')) {
      this.settle(original, 'failed');
    }
    this.pump();
  }

  private settle(original: JobState, resolution: 'ok' | 'failed'): void {
    original.resolution = resolution;
    if (this.stopping) return; // after an abort, what did not run is left for a resume
    const now = this.settings.now();
    for (const dependant of original.dependants) {
      if (dependant.phase !== 'waiting' || dependant.pendingNeeds === 0) continue;
      if (resolution === 'ok') {
        dependant.pendingNeeds--;
        if (dependant.pendingNeeds === 0) {
          dependant.readyAt = now;
          dependant.group.blocked--;
        }
      } else {
        this.cancelWaiting(dependant, `dependency ${original.job.id} failed`);
      }
    }
  }

  /** Records a job that will never run because something it needs did not succeed. */
  private cancelWaiting(state: JobState, reason: string): void {
    if (state.phase !== 'waiting') return;
    state.phase = 'done';
    for (const c of state.copies) if (c.phase === 'waiting') c.phase = 'done';
    if (state.pendingNeeds > 0) {
      state.pendingNeeds = 0;
      state.group.blocked--;
    }
    const at = this.settings.now();
    const record: JobRecord = {
      ...this.recordBase(state, 1),
      status: 'cancelled',
      statusReason: reason,
      queuedAt: at,
      startedAt: at,
      stoppedAt: at,
      metrics: {},
    };
    this.emit({ type: 'job-finished', record }, () => {
      state.resolution = 'failed';
      if (this.stopping) return;
      for (const d of state.dependants) this.cancelWaiting(d, `dependency ${state.job.id} failed`);
      this.pump();
    });
  }

  private recordBase(
    state: JobState,
    attempt: number,
  ): Omit<JobRecord, 'status' | 'startedAt' | 'stoppedAt' | 'metrics'> {
    const { job } = state;
    const { host, cpuModel, cpuCount } = this.settings.host;
    return {
      jobId: job.id,
      runId: this.options.runId,
      stage: job.stage,
      cellId: job.cellId,
      repeat: job.repeat,
      shardIndex: job.shardIndex,
      shardCount: job.shardCount,
      ...(job.speculativeOf !== undefined ? { speculativeOf: job.speculativeOf } : {}),
      groupId: job.groupId,
      attempt,
      backend: 'local',
      queuedAt: state.readyAt ?? this.settings.now(),
      host,
      ...(cpuModel !== undefined ? { cpuModel } : {}),
      cpuCount,
    };
  }

  // ---- events, stopping and the end ----------------------------------------------------------

  /** Hands an event to onEvent; `then` runs only after it resolved (the record is stored). */
  private emit(event: ExecutorEvent, then?: () => void): void {
    this.pendingEvents++;
    let result: void | Promise<void>;
    try {
      result = this.options.onEvent(event);
    } catch (error) {
      result = Promise.reject(error);
    }
    const after = (): void => {
      this.pendingEvents--;
      if (then && !this.fatal) then();
      this.checkFinished();
    };
    if (result && typeof (result as Promise<void>).then === 'function') {
      (result as Promise<void>).then(after, (error: unknown) => {
        this.fail(error);
        after();
      });
    } else {
      // A synchronous listener: continue on a microtask so the call stack never grows with the run.
      queueMicrotask(after);
    }
  }

  private fail(error: unknown): void {
    this.fatal ??= { error };
    this.stop();
  }

  private stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const state of this.running) if (state.current) this.kill(state.current, 'cancelled');
    this.checkFinished();
  }

  private checkFinished(): void {
    if (this.finished || this.running.size > 0 || this.pendingEvents > 0) return;
    if (!this.stopping) {
      // Nothing runs and nothing is being stored, so whatever still waits for a need would wait
      // for ever (a needs cycle the validator missed, say): record it rather than hang.
      const stuck = [...this.states.values()].filter(
        (s) => !s.original && s.phase === 'waiting' && s.pendingNeeds > 0,
      );
      if (stuck.length > 0) {
        for (const s of stuck) this.cancelWaiting(s, 'its dependencies never finished');
        return;
      }
    }
    this.finished = true;
    this.sampler.close();
    for (const launcher of this.launchers) launcher.close();
    this.options.signal.removeEventListener('abort', this.onAbort);
    if (this.fatal) this.rejectDone(this.fatal.error);
    else this.resolveDone();
  }
}

function isStartableOriginal(state: JobState): boolean {
  return !state.original && state.phase === 'waiting' && state.pendingNeeds === 0;
}

function killExplanation(reason: KillReason, state: JobState, original: JobState): string {
  switch (reason) {
    case 'timed-out':
      return `timed out after ${state.job.resources.timeoutSec}s`;
    case 'cancelled':
      return 'cancelled: the run was interrupted';
    case 'superseded':
      return `${original.winner ?? 'its twin'} finished first`;
  }
}

function spawnFailure(file: string, cwd: string, code: string, message: string): string {
  if (code === 'ENOENT') {
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      return `working directory ${cwd} does not exist (ENOENT)`;
    }
    return `command not found: ${JSON.stringify(file)} (ENOENT): not an executable on PATH or relative to ${cwd}`;
  }
  if (code === 'EACCES') return `cannot execute ${JSON.stringify(file)} (EACCES): permission denied`;
  return `cannot start ${JSON.stringify(file)}: ${message}`;
}
