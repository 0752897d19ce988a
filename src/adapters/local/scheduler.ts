import type { JobStatus } from '../../domain/results/job-record.js';
import { Needs } from './needs.js';
import { QueueAhead } from './queue-ahead.js';
import { ReadyGroups } from './ready-groups.js';
import { buildStates, capacityOf, firstWaiting, hasCommand, wantedSlots } from './scheduler-state.js';
import type {
  Decision,
  GroupState,
  JobState,
  KillReason,
  Queued,
  Run,
  SchedulerInput,
} from './scheduler-state.js';
import { classify, retryWanted } from './verdict.js';
import type { AttemptOver, ProcessEnd, Verdict } from './verdict.js';

export type { Decision, KillReason, SchedulerInput } from './scheduler-state.js';
export type { AttemptOver, ProcessEnd, Verdict } from './verdict.js';

/**
 * The local backend's scheduling rules as a state machine: no I/O and no timers. It is told what
 * happened (an attempt started, ended, a record was stored, the run is stopping) with the run's
 * clock, and answers with decisions (start, queue, kill, unchain, cancel). Rules:
 * - Slots: `concurrency` in all (capped by `maxVcpus`); a job takes min(ceil(vCPUs), slots).
 * - A measurement group (job.groupId) is gang-scheduled: it is admitted only when
 *   min(its originals' slots, slots) slots are free, runs its jobs inside that reservation and
 *   gives slots back once it has nothing left to start in them. Groups are admitted in plan order
 *   with no back-filling, so a wide group is never starved by narrow ones; a group still waiting
 *   for its needs does not hold up the groups behind it. With `exclusiveGroups` a group takes
 *   every slot and keeps them until its last job ends.
 * - A job's queuedAt is when its group was admitted (or, later, when its needs were met).
 * - Needs: see needs.ts.
 * - A speculative copy starts only in an idle slot of its group's reservation while its original
 *   runs. The first of a pair to succeed wins; the other is killed and recorded `superseded`.
 *   A copy that never started leaves no record.
 * - Failed or timed-out attempts are retried up to `retries` times in the same slots, subject to
 *   `retryOn` (AWS Batch evaluate-on-exit semantics).
 * - On stop, running attempts are killed and recorded `cancelled`; jobs not started get no
 *   record, so a resume runs them.
 * - What would start in a short job's slots when it ends may be queued behind it ahead of time
 *   (see queue-ahead.ts): the same job, in the same slots, that the rules above would pick then.
 *   A queued job counts as started, and its group as admitted, when its predecessor ends; if that
 *   one fails or is killed, the queue goes back. While it waits, free slots go to later groups.
 * A job is done for its dependants only once its record is stored (recordStored).
 */
export class Scheduler {
  private readonly states: Map<string, JobState>;
  private readonly groups: GroupState[];
  private readonly ready = new ReadyGroups();
  private readonly active = new Set<GroupState>();
  private readonly running = new Set<JobState>();
  private readonly queues: QueueAhead;
  private readonly needs: Needs;
  private readonly capacity: number;
  private free: number;
  private stopping = false;
  private readonly out: Decision[] = [];

  constructor(private readonly input: SchedulerInput) {
    this.capacity = capacityOf(input);
    this.free = this.capacity;
    this.queues = new QueueAhead({
      ready: this.ready,
      capacity: this.capacity,
      exclusiveGroups: input.exclusiveGroups,
      decide: (d) => this.out.push(d),
    });
    this.needs = new Needs({
      ready: this.ready,
      decide: (d) => this.out.push(d),
      stopping: () => this.stopping,
    });
    ({ states: this.states, groups: this.groups } = buildStates(input.jobs, this.capacity));
    this.needs.count(this.states, this.groups, input.skip, input.now);
  }

  /** Slots in all: the concurrency under the vCPU cap. */
  get slots(): number {
    return this.capacity;
  }

  /** Something still runs (or holds slots for a retry). */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /** Jobs that may still run. */
  get toRun(): number {
    let n = 0;
    for (const s of this.states.values()) if (s.phase !== 'done') n++;
    return n;
  }

  /** Records jobs whose needs can never be met; `stopped` when the run was aborted before it began. */
  begin(stopped: boolean, now: number): Decision[] {
    if (stopped) this.stopping = true;
    this.needs.cancelUnreachable(this.states, this.input.skip, now);
    return this.take();
  }

  /** Starts whatever the free slots allow. */
  proceed(now: number): Decision[] {
    this.pump(now);
    return this.take();
  }

  queuedAt(jobId: string, now: number): number {
    return this.get(jobId).readyAt ?? now;
  }

  /** The attempt has a process: if the run is stopping meanwhile, it is killed. */
  started(jobId: string): Decision[] {
    const state = this.get(jobId);
    if (this.stopping && !state.current?.killing) this.kill(state, 'cancelled');
    return this.take();
  }

  timedOut(jobId: string): Decision[] {
    this.kill(this.get(jobId), 'timed-out');
    return this.take();
  }

  /** Running jobs with something queued behind them. */
  *queueHeads(): Iterable<string> {
    for (const state of this.running) if (state.current?.next) yield state.job.id;
  }

  /** Takes back the queue behind a job that turned out not to be short. */
  takeBack(jobId: string): Decision[] {
    const state = this.get(jobId);
    if (state.current) this.queues.unchain(state, state.current);
    return this.take();
  }

  /** The launcher dropped what was queued behind a process that is still running. */
  unchained(jobId: string, now: number): Decision[] {
    const state = this.get(jobId);
    const run = state.current;
    if (!run) return [];
    run.unchaining = false;
    const queued = run.next;
    run.next = undefined;
    if (queued) this.queues.unqueue(queued);
    const reason = run.pendingKill;
    run.pendingKill = undefined;
    if (reason) this.kill(state, reason);
    this.pump(now);
    return this.take();
  }

  /** The attempt could not be started: nothing queued behind it will start either. */
  failedToStart(jobId: string): void {
    const run = this.get(jobId).current;
    if (!run || run.ended) return;
    run.ended = true;
    const queued = run.next;
    run.next = undefined;
    if (queued) this.queues.unqueue(queued);
  }

  /** The attempt's process ended. */
  exited(jobId: string, end: ProcessEnd, now: number): AttemptOver {
    const state = this.get(jobId);
    const run = state.current as Run;
    run.ended = true;
    const queued = run.next;
    run.next = undefined;
    const successor = queued && end.handedTo === queued.state.job.id ? queued : undefined;
    if (queued && !successor) this.queues.unqueue(queued);
    // A timeout still waiting for the launcher's word is a timeout, unless the process exited
    // cleanly first and its slots went on: then it finished before it could be stopped.
    if (run.pendingKill && !successor) run.killing ??= run.pendingKill;
    const verdict = classify(state, run, end);
    if (verdict.status === 'succeeded') {
      this.win(state);
      this.queues.succeeded(state.job.stage, end.ranMs);
    }
    return this.over(state, verdict, end.at, now, successor);
  }

  /** The attempt that failed to start, as an ended attempt. */
  notStarted(jobId: string, statusReason: string, now: number): AttemptOver {
    return this.over(this.get(jobId), { status: 'failed', statusReason }, now, now, undefined);
  }

  /** A held attempt's outputs are read: retry it in its slots, or give them up. */
  concluded(
    jobId: string,
    verdict: Verdict,
    at: number,
    now: number,
  ): { retry: boolean; decisions: Decision[] } {
    const state = this.get(jobId);
    const retry = retryWanted(state, verdict, this.stopping);
    if (retry) this.startAttempt(state);
    else this.release(state, undefined, at, now);
    return { retry, decisions: this.take() };
  }

  /** The store has a job's final record: now dependants may move. */
  recordStored(jobId: string, status: JobStatus, now: number): Decision[] {
    const state = this.get(jobId);
    const original = state.original ?? state;
    if (original.resolution !== 'pending') return [];
    if (status === 'succeeded') {
      this.needs.settle(original, 'ok', now);
    } else if (!original.won && [original, ...original.copies].every((s) => s.phase === 'done')) {
      this.needs.settle(original, 'failed', now);
    }
    this.pump(now);
    return this.take();
  }

  /** The store has the record of a job cancelled without running: its dependants follow. */
  cancelStored(jobId: string, now: number): Decision[] {
    const state = this.get(jobId);
    state.resolution = 'failed';
    if (this.stopping) return [];
    for (const d of state.dependants) this.needs.cancelWaiting(d, `dependency ${jobId} failed`, now);
    this.pump(now);
    return this.take();
  }

  /** Stops the run: nothing new starts, running attempts are killed. */
  stop(): Decision[] {
    if (this.stopping) return [];
    this.stopping = true;
    this.out.push({ do: 'drop-queues' });
    for (const state of this.running) this.kill(state, 'cancelled');
    return this.take();
  }

  /** Nothing runs or is being stored: jobs still waiting for needs never get them (a cycle, say). */
  quiet(now: number): Decision[] {
    if (this.stopping) return [];
    for (const s of this.states.values()) {
      if (!s.original && s.phase === 'waiting' && s.pendingNeeds > 0) {
        this.needs.cancelWaiting(s, 'its dependencies never finished', now);
      }
    }
    return this.take();
  }

  // ---- slots ----------------------------------------------------------------------------------

  private pump(now: number): void {
    if (this.stopping) return;
    for (const group of this.active) this.fill(group);
    for (let group = this.ready.first(); group; group = this.ready.first()) {
      const wanted = wantedSlots(group, this.capacity);
      if (wanted === 0) {
        group.phase = 'done'; // dropped from the ready groups by first()
        continue;
      }
      const need = this.input.exclusiveGroups ? this.capacity : wanted;
      if (need > this.free) break;
      this.ready.delete(group);
      this.free -= need;
      group.reserved = need;
      // A group is "submitted" when it gets its slots: time spent behind other cells' groups is
      // the local scheduler's choice, not part of this cell's measurement.
      this.admit(group, now);
      this.fill(group);
    }
    this.queues.topUp(this.running);
  }

  private admit(group: GroupState, at: number): void {
    group.phase = 'active';
    for (const m of group.members) m.readyAt = Math.max(m.readyAt ?? at, at);
    this.active.add(group);
  }

  /** Starts what fits in a group's reservation, then hands back what it cannot use. */
  private fill(group: GroupState): void {
    if (this.stopping) return;
    firstWaiting(group);
    for (let i = group.cursor; i < group.originals.length; i++) {
      const m = group.originals[i] as JobState;
      if (m.phase !== 'waiting' || m.pendingNeeds > 0) continue;
      if (m.slots > group.reserved - group.used) return; // originals still wait for these slots
      this.start(m);
    }
    for (const m of group.copies) {
      const original = m.original;
      if (!original || m.phase !== 'waiting') continue;
      if (original.phase !== 'running' || original.won) continue;
      if (m.slots <= group.reserved - group.used) this.start(m);
    }
    // An exclusive group keeps the whole machine until its last job ends.
    if (this.input.exclusiveGroups && group.used > 0) return;
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
    this.startAttempt(state);
  }

  private startAttempt(state: JobState): void {
    const number = state.attempts + 1;
    state.attempts = number;
    state.current = { number, launched: hasCommand(state.job), ended: false };
    this.out.push({ do: 'start', jobId: state.job.id, attempt: number });
  }

  private over(
    state: JobState,
    verdict: Verdict,
    at: number,
    now: number,
    successor: Queued | undefined,
  ): AttemptOver {
    const mayRetry = successor === undefined && retryWanted(state, verdict, this.stopping);
    if (!mayRetry) this.release(state, successor, at, now);
    return { verdict, mayRetry, decisions: this.take() };
  }

  /** The job holds no slots any more: start what they allow. */
  private release(state: JobState, successor: Queued | undefined, at: number, now: number): void {
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
    this.pump(now);
  }

  /** The first success of a pair: the others are killed and will be recorded superseded. */
  private win(state: JobState): void {
    const original = state.original ?? state;
    original.won = true;
    original.winner = state.job.id;
    for (const other of [original, ...original.copies]) {
      if (other === state) continue;
      if (other.phase === 'waiting') other.phase = 'done';
      this.kill(other, 'superseded');
    }
  }

  private kill(state: JobState, reason: KillReason): void {
    const run = state.current;
    if (!run || run.ended || run.killing) return;
    if (run.next || run.unchaining) {
      this.queues.unchain(state, run);
      // A timed-out job may be retried in its own slots, so it is not signalled before the
      // launcher confirms nothing will start in them: a clean exit in between would hand them on.
      if (reason === 'timed-out') {
        run.pendingKill ??= reason;
        return;
      }
    }
    run.killing = reason;
    this.out.push({ do: 'kill', jobId: state.job.id, reason });
  }

  /** The launcher started `next` when `from` exited: `from`'s slots are now `next`'s. */
  private handOver(from: JobState, next: Queued, at: number): void {
    const { state } = next;
    from.group.used -= from.slots;
    if (next.admits) {
      const { group, need } = next.admits;
      from.group.reserved -= from.slots;
      this.free += from.slots - need;
      group.reserved = need;
      this.admit(group, at);
    }
    state.phase = 'running';
    state.group.used += state.slots;
    state.attempts = next.run.number;
    state.current = next.run;
    this.running.add(state);
  }

  private get(jobId: string): JobState {
    const state = this.states.get(jobId);
    if (!state) throw new Error(`the scheduler has no job ${jobId}`);
    return state;
  }

  private take(): Decision[] {
    return this.out.splice(0);
  }
}
