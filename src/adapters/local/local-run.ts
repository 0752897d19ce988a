import { statSync } from 'node:fs';
import path from 'node:path';
import type { PlannedJob } from '../../domain/plan/plan.js';
import { allowedHostEnv, workloadEnv } from '../../domain/plan/workload-env.js';
import type { CellValues } from '../../domain/spec/experiment.js';
import type { JobRecord, JobStatus } from '../../domain/results/job-record.js';
import type { ExecuteOptions, ExecutorEvent } from '../../ports/executor.js';
import { hasOutputs, readAttemptOutputs } from './attempt-output.js';
import type { AttemptOutputs } from './attempt-output.js';
import { Launcher } from './launcher.js';
import type { LaunchExit, LaunchHandlers, LaunchRequest } from './launcher.js';
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
  /** BATCHBENCH_EXPERIMENT; empty when the caller did not say. */
  experiment: string;
  /** The matrix values of each cell id, for BATCHBENCH_MATRIX. */
  cells: ReadonlyMap<string, CellValues>;
}

type KillReason = 'timed-out' | 'cancelled' | 'superseded';

/**
 * Queueing ahead: the run hands a launcher the job that is to follow a running one in its slots,
 * and the launcher starts it the moment its predecessor exits with code 0, without a round trip
 * to the run. It pays off only for short jobs, so it is done only behind jobs of a stage whose
 * last success took less than SHORT_JOB_MS, at most QUEUE_DEPTH deep, and taken back from
 * processes still running after HOLD_MS (so a slot that frees up elsewhere never waits long for a
 * job parked behind a slow one).
 */
const QUEUE_DEPTH = 2;
const SHORT_JOB_MS = 50;
const HOLD_MS = 100;

interface Attempt {
  number: number;
  /** When the launcher was asked; startedAt once it reports the process running. */
  requestedAt: number;
  /** Date.now() when it was handed to the launcher to start (not queued). */
  since: number;
  pid?: number;
  startedAt?: number;
  stdoutFile: string;
  stderrFile: string;
  metricsFile: string;
  killReason?: KillReason;
  /** A timeout waiting for the launcher to confirm that nothing is queued behind it any more. */
  pendingKill?: KillReason;
  timeout?: NodeJS.Timeout;
  grace?: NodeJS.Timeout;
  ended: boolean;
  launcher?: Launcher;
  /** Its key in the launcher. */
  key?: number;
  /** The job queued behind it in its launcher. */
  next?: Queued;
  /** Its queue is being taken back: the launcher has not confirmed it yet. */
  unchaining?: boolean;
  /** Its queue was taken back, or is being: nothing more goes behind it. */
  noQueue?: boolean;
}

/** A job waiting in a launcher behind another attempt (see QUEUE_DEPTH). */
interface Queued {
  state: JobState;
  attempt: Attempt;
  /** Set when starting it admits its group: the slots the group then takes. */
  admits?: { group: GroupState; need: number };
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
  /**
   * waiting -> (queued ->) running -> done; done also covers skipped, cancelled and never-started
   * copies. Queued: waiting in a launcher behind a running job, back to waiting if that one fails.
   */
  phase: 'waiting' | 'queued' | 'running' | 'done';
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
  /** Its place in plan order. */
  index: number;
  members: JobState[];
  hasCopies: boolean;
  /** Live originals still waiting for a need. */
  blocked: number;
  reserved: number;
  used: number;
  /** Queued: its first job is queued in a launcher, and starting it admits the group. */
  phase: 'waiting' | 'queued' | 'active' | 'done';
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
 * - What would start in a short job's slots when it ends may be queued in its launcher ahead of
 *   time (see QUEUE_DEPTH): the same job, in the same slots, that the rules above would pick
 *   then, so only the round trip is saved. A queued job counts as started, and its group as
 *   admitted, when its predecessor ends; if that one fails or is killed, the queue goes back.
 *   While it waits, free slots go to the groups behind it.
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
  private readonly baseEnv: Record<string, string>;
  /** How long the last successful attempt of each stage ran: queueing ahead is for short jobs. */
  private readonly lastRunMs = new Map<string, number>();
  private sweep: NodeJS.Timeout | undefined;
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
    // Only the allowlist: this process may hold a runner's tokens and cloud credentials, and a
    // run started from inside another job must not pass that job's identity on.
    this.baseEnv = allowedHostEnv(process.env);
    this.build(jobs);
    if (options.signal.aborted) this.stopping = true;
    else options.signal.addEventListener('abort', this.onAbort, { once: true });
    this.cancelUnreachable();
    // Every launcher the run can use is started now, not on first need: a launcher's Node takes
    // ~100 ms to boot, and booting one while a group's first shard already runs made the second
    // shard start late, which the group's makespan (and so the measured speedup) then counted.
    const toRun = [...this.states.values()].filter((s) => s.phase !== 'done').length;
    const width = this.stopping ? 0 : Math.min(this.maxLaunchers(), toRun);
    while (this.launchers.length < width) this.addLauncher();
    this.pump();
  }

  private build(jobs: readonly PlannedJob[]): void {
    const start = this.settings.now();
    const byGroup = new Map<string, GroupState>();
    for (const job of jobs) {
      let group = byGroup.get(job.groupId);
      if (!group) {
        group = {
          id: job.groupId,
          index: this.groups.length,
          members: [],
          hasCopies: false,
          blocked: 0,
          reserved: 0,
          used: 0,
          phase: 'waiting',
        };
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
      if (job.speculativeOf !== undefined) group.hasCopies = true;
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
        const wanted = this.wanted(group);
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
      this.queueAhead();
    }
    this.checkFinished();
  }

  /** The slots a group asks for: its startable originals', up to the whole machine. */
  private wanted(group: GroupState): number {
    let sum = 0;
    for (const m of group.members) if (isStartableOriginal(m)) sum += m.slots;
    return Math.min(this.settings.concurrency, sum);
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

  // ---- queueing ahead (see QUEUE_DEPTH) -------------------------------------------------------

  /** Tops up the queue behind every running short job. */
  private queueAhead(): void {
    for (const state of this.running) {
      const head = state.current;
      if (!head || head.key === undefined || head.ended || head.killReason || head.noQueue) continue;
      let tail: Queued = { state, attempt: head };
      let depth = 0;
      while (tail.attempt.next) {
        tail = tail.attempt.next;
        depth++;
      }
      for (; depth < QUEUE_DEPTH; depth++) {
        const next = this.successor(tail.state);
        if (!next) break;
        this.enqueue(tail, next);
        tail = next;
      }
    }
  }

  /**
   * What the scheduler would start in `pred`'s slots if it ended now, when that is exactly one
   * job using no other slot: the next original of its own group if it fits, or else, once its
   * group has nothing left to start, the next group in plan order if that group's whole
   * reservation fits in those slots and starts just that job. Otherwise nothing is queued, and
   * the slots are filled the ordinary way when `pred` ends.
   */
  private successor(pred: JobState): Queued | undefined {
    const group = pred.group;
    const last = this.lastRunMs.get(pred.job.stage);
    if (pred.original || group.hasCopies || last === undefined || last >= SHORT_JOB_MS) return undefined;
    const own = group.members.find(isStartableOriginal);
    if (own) return own.slots <= pred.slots && hasCommand(own) ? this.queued(own) : undefined;
    if (this.settings.exclusiveGroups) return undefined; // its slots stay with its group
    let next: GroupState | undefined;
    let need = 0;
    for (let i = this.head; i < this.groups.length && !next; i++) {
      const g = this.groups[i] as GroupState;
      if (g.phase !== 'waiting' || g.blocked > 0) continue;
      need = this.wanted(g);
      if (need > 0) next = g;
    }
    if (!next || next.hasCopies) return undefined;
    const first = next.members.find(isStartableOriginal) as JobState;
    if (first.slots !== need || need > pred.slots || !hasCommand(first)) return undefined;
    return this.queued(first, { group: next, need });
  }

  private queued(state: JobState, admits?: Queued['admits']): Queued {
    return { state, attempt: this.newAttempt(state), ...(admits ? { admits } : {}) };
  }

  private enqueue(pred: Queued, next: Queued): void {
    const launcher = pred.attempt.launcher as Launcher;
    next.state.phase = 'queued';
    if (next.admits) next.admits.group.phase = 'queued';
    next.attempt.launcher = launcher;
    next.attempt.key = launcher.chain(
      pred.attempt.key as number,
      this.requestFor(next.state, next.attempt),
      this.handlersFor(next.state, next.attempt),
    );
    pred.attempt.next = next;
    if (!this.sweep) {
      this.sweep = setInterval(() => this.takeBackStale(), HOLD_MS / 2);
      this.sweep.unref();
    }
  }

  /** A queue that will not start: its jobs wait again, and groups it would have admitted too. */
  private unqueue(first: Queued): void {
    for (let q: Queued | undefined = first; q; q = q.attempt.next) {
      q.state.phase = 'waiting';
      if (q.admits) {
        q.admits.group.phase = 'waiting';
        this.head = Math.min(this.head, q.admits.group.index);
      }
    }
  }

  /** The launcher started `next` when `from` exited: `from`'s slots are now `next`'s. */
  private handOver(from: JobState, next: Queued, at: number): void {
    const state = next.state;
    from.group.used -= from.slots;
    if (next.admits) {
      const { group, need } = next.admits;
      from.group.reserved -= from.slots;
      this.free += from.slots - need;
      group.reserved = need;
      group.phase = 'active';
      this.active.add(group);
      for (const m of group.members) m.readyAt = Math.max(m.readyAt ?? at, at);
    }
    state.phase = 'running';
    state.group.used += state.slots;
    state.attempts = next.attempt.number;
    state.current = next.attempt;
    next.attempt.requestedAt = at;
    next.attempt.since = Date.now();
    this.running.add(state);
  }

  /** Takes queues back from processes that turned out not to be short. */
  private takeBackStale(): void {
    const now = Date.now();
    let queues = false;
    for (const state of this.running) {
      const attempt = state.current;
      if (!attempt?.next) continue;
      queues = true;
      if (now - attempt.since > HOLD_MS) this.unchain(attempt);
    }
    if (!queues) this.stopSweep();
  }

  private unchain(attempt: Attempt): void {
    attempt.noQueue = true;
    if (attempt.unchaining || attempt.key === undefined) return;
    attempt.unchaining = true;
    attempt.launcher?.unchain(attempt.key);
  }

  /** The launcher dropped what was queued behind a process that is still running. */
  private onUnchained(attempt: Attempt): void {
    attempt.unchaining = false;
    const queued = attempt.next;
    attempt.next = undefined;
    if (queued) this.unqueue(queued);
    const reason = attempt.pendingKill;
    attempt.pendingKill = undefined;
    if (reason) this.kill(attempt, reason);
    this.pump();
  }

  private stopSweep(): void {
    clearInterval(this.sweep);
    this.sweep = undefined;
  }

  // ---- one attempt --------------------------------------------------------------------------

  private newAttempt(state: JobState): Attempt {
    const number = state.attempts + 1;
    const base = path.join(this.settings.logDir, `${state.job.id}.${number}`);
    return {
      number,
      requestedAt: this.settings.now(),
      since: Date.now(),
      stdoutFile: `${base}.stdout`,
      stderrFile: `${base}.stderr`,
      metricsFile: `${base}.metrics.jsonl`,
      ended: false,
    };
  }

  private spawnAttempt(state: JobState): void {
    const attempt = this.newAttempt(state);
    state.attempts = attempt.number;
    state.current = attempt;
    if (!hasCommand(state)) {
      this.failToStart(state, attempt, 'the command is empty', attempt.requestedAt);
      return;
    }
    const launcher = this.launcher();
    attempt.launcher = launcher;
    attempt.key = launcher.launch(this.requestFor(state, attempt), this.handlersFor(state, attempt));
  }

  private requestFor(state: JobState, attempt: Attempt): LaunchRequest {
    const [file, ...args] = state.job.command as [string, ...string[]];
    return {
      file,
      args,
      cwd: this.cwdOf(state),
      env: this.envFor(state, attempt),
      stdoutFile: attempt.stdoutFile,
      stderrFile: attempt.stderrFile,
      metricsFile: attempt.metricsFile,
    };
  }

  private handlersFor(state: JobState, attempt: Attempt): LaunchHandlers {
    return {
      onStart: (pid, at) => this.onStart(state, attempt, pid, at),
      onError: (code, message, at) =>
        this.failToStart(
          state,
          attempt,
          spawnFailure(state.job.command[0] as string, this.cwdOf(state), code, message),
          at,
        ),
      onExit: (exit) => this.onExit(state, attempt, exit),
      onUnchained: () => this.onUnchained(attempt),
    };
  }

  private cwdOf(state: JobState): string {
    return path.resolve(this.settings.baseDir, state.job.workdir ?? '.');
  }

  /**
   * The least busy launcher, started on first need. One per core at most: fork() work is done
   * in the launcher, so with one of them short jobs queue behind each other's spawns.
   */
  private launcher(): Launcher {
    const idle = this.launchers.find((l) => l.inFlight === 0);
    if (idle) return idle;
    if (this.launchers.length < this.maxLaunchers()) return this.addLauncher();
    return this.launchers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  }

  private maxLaunchers(): number {
    return Math.min(this.settings.concurrency, this.settings.host.cpuCount);
  }

  private addLauncher(): Launcher {
    const launcher = new Launcher(this.baseEnv);
    launcher.onDeath((error) => this.fail(error));
    this.launchers.push(launcher);
    return launcher;
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
    return workloadEnv(this.baseEnv, job.env, {
      runId: this.options.runId,
      experiment: this.settings.experiment,
      stage: job.stage,
      jobId: job.id,
      cellId: job.cellId,
      matrix: this.settings.cells.get(job.cellId) ?? {},
      repeat: job.repeat,
      attempt: attempt.number,
      shardIndex: job.shardIndex,
      shardCount: job.shardCount,
      ...(job.itemStart !== undefined ? { itemStart: job.itemStart } : {}),
      ...(job.itemEnd !== undefined ? { itemEnd: job.itemEnd } : {}),
      metricsFile: attempt.metricsFile,
    });
  }

  private kill(attempt: Attempt, reason: KillReason): void {
    if (attempt.ended || attempt.killReason) return;
    if (attempt.next || attempt.unchaining) {
      this.unchain(attempt);
      // A timed-out job may be retried in its own slots, so it is not signalled before the
      // launcher confirms nothing will start in them: a clean exit in between would hand them on.
      if (reason === 'timed-out') {
        attempt.pendingKill ??= reason;
        return;
      }
    }
    attempt.killReason = reason;
    if (attempt.pid !== undefined) this.signal(attempt);
  }

  /** SIGTERM to the tree, SIGKILL if it is still there after the grace period. */
  private signal(attempt: Attempt): void {
    const pid = attempt.pid as number;
    signalGroup(pid, 'SIGTERM');
    attempt.grace = setTimeout(() => signalGroup(pid, 'SIGKILL'), this.settings.killGraceMs);
  }

  private onExit(state: JobState, attempt: Attempt, exit: LaunchExit): void {
    attempt.ended = true;
    clearTimeout(attempt.timeout);
    clearTimeout(attempt.grace);
    const pid = attempt.pid;
    // The launcher kills what a leader leaves behind in its group; if the launcher died, do it here.
    if (exit.lost && pid !== undefined) signalGroup(pid, 'SIGKILL');
    const peak = pid === undefined ? undefined : this.sampler.untrack(pid);
    const queued = attempt.next;
    attempt.next = undefined;
    const successor = queued && exit.next === queued.attempt.key ? queued : undefined;
    if (queued && !successor) this.unqueue(queued);
    // A timeout still waiting for the launcher's word is a timeout, unless the process exited
    // cleanly first and its slots went on: then it finished before it could be stopped.
    if (attempt.pendingKill && !successor) attempt.killReason ??= attempt.pendingKill;
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
    if (status === 'succeeded') {
      this.win(state);
      this.lastRunMs.set(state.job.stage, exit.at - (attempt.startedAt ?? exit.at));
    }
    const verdict: Verdict = {
      status,
      ...(statusReason !== undefined ? { statusReason } : {}),
      ...(code !== null ? { exitCode: code } : {}),
      ...(signal !== null ? { signal } : {}),
      ...(peak !== undefined ? { peakMemoryBytes: peak } : {}),
    };
    this.attemptOver(state, attempt, verdict, exit, successor);
  }

  private failToStart(state: JobState, attempt: Attempt, reason: string, at: number): void {
    if (attempt.ended) return;
    attempt.ended = true;
    const queued = attempt.next;
    attempt.next = undefined;
    if (queued) this.unqueue(queued);
    // Counted like any attempt, so progress sees a start for every end.
    this.emit({ type: 'job-started', jobId: state.job.id, attempt: attempt.number, at });
    attempt.startedAt = at;
    // Asynchronously, so a retry never recurses into the attempt that failed.
    queueMicrotask(() =>
      this.attemptOver(state, attempt, { status: 'failed', statusReason: reason }, undefined, undefined),
    );
  }

  /**
   * An attempt is over. Unless it may be retried, its slots are freed (or handed to the job the
   * launcher started in them) at once, so the next job starts before this one's outputs are read
   * and its record stored; a retry is decided once they are read, and runs in the same slots.
   */
  private attemptOver(
    state: JobState,
    attempt: Attempt,
    verdict: Verdict,
    exit: LaunchExit | undefined,
    successor: Queued | undefined,
  ): void {
    const mayRetry = successor === undefined && this.retryWanted(state, verdict);
    this.pendingEvents++; // its record is owed: the run is not over without it
    if (!mayRetry) this.release(state, successor, exit?.at ?? this.settings.now());
    this.report(state, attempt, verdict, exit, mayRetry);
  }

  private retryWanted(state: JobState, verdict: Verdict): boolean {
    const original = state.original ?? state;
    return (
      (verdict.status === 'failed' || verdict.status === 'timed-out') &&
      !this.stopping &&
      !original.won &&
      state.attempts <= state.job.resources.retries &&
      shouldRetry(state.job.resources.retryOn, {
        exitCode: verdict.exitCode,
        statusReason: verdict.statusReason ?? '',
      })
    );
  }

  /** The job holds no slots any more: start what they allow. */
  private release(state: JobState, successor: Queued | undefined, at: number): void {
    state.current = undefined;
    state.phase = 'done';
    this.running.delete(state);
    if (!state.original) {
      // An original that is over leaves nothing for its unstarted copies to race.
      for (const c of state.copies) if (c.phase === 'waiting') c.phase = 'done';
    }
    if (successor) this.handOver(state, successor, at);
    else state.group.used -= state.slots;
    this.fill(state.group);
    this.pump();
  }

  /** Reads what the attempt left, if anything, then retries it or hands its record over. */
  private report(
    state: JobState,
    attempt: Attempt,
    verdict: Verdict,
    exit: LaunchExit | undefined,
    mayRetry: boolean,
  ): void {
    const failed = verdict.status === 'failed' || verdict.status === 'timed-out';
    if (!exit || !hasOutputs(exit, failed)) {
      this.conclude(state, attempt, verdict, exit, mayRetry, { values: {}, malformed: 0 });
      return;
    }
    readAttemptOutputs(attempt, exit, failed)
      .catch((error: unknown): AttemptOutputs & { unreadable: string } => ({
        values: {},
        malformed: 0,
        unreadable: (error as Error).message,
      }))
      .then((outputs) => this.conclude(state, attempt, verdict, exit, mayRetry, outputs))
      .catch((error: unknown) => {
        this.pendingEvents--;
        this.fail(error);
      });
  }

  private conclude(
    state: JobState,
    attempt: Attempt,
    verdict: Verdict,
    exit: LaunchExit | undefined,
    mayRetry: boolean,
    outputs: AttemptOutputs & { unreadable?: string },
  ): void {
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
    const record: JobRecord = {
      ...this.recordBase(state, attempt.number),
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
    this.pendingEvents--;
    if (mayRetry && this.retryWanted(state, verdict)) {
      this.emit({ type: 'job-retrying', record });
      this.spawnAttempt(state);
      return;
    }
    if (mayRetry) this.release(state, undefined, at);
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
    for (const launcher of this.launchers) launcher.dropQueues();
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
    this.stopSweep();
    this.sampler.close();
    for (const launcher of this.launchers) launcher.close();
    this.options.signal.removeEventListener('abort', this.onAbort);
    if (this.fatal) this.rejectDone(this.fatal.error);
    else this.resolveDone();
  }
}

/** How an attempt ended, before its outputs are read. */
interface Verdict {
  status: JobStatus;
  statusReason?: string;
  exitCode?: number;
  signal?: string;
  peakMemoryBytes?: number;
}

function hasCommand(state: JobState): boolean {
  const file = state.job.command[0];
  return file !== undefined && file !== '';
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
