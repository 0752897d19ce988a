import type { ReadyGroups } from './ready-groups.js';
import { firstWaiting, hasCommand, rewind, wantedSlots } from './scheduler-state.js';
import type { Decision, GroupState, JobState, Queued, Run } from './scheduler-state.js';

/**
 * Queueing ahead: the executor hands a launcher the job that is to follow a running one in its
 * slots, and the launcher starts it the moment its predecessor exits with code 0, without a round
 * trip to the run. It pays off only for short jobs, so it is done only behind jobs of a stage
 * whose last success took less than SHORT_JOB_MS, at most QUEUE_DEPTH deep. The executor takes
 * queues back from processes still running after a while (Scheduler.takeBack), so a slot that
 * frees up elsewhere never waits long for a job parked behind a slow one.
 */
const QUEUE_DEPTH = 2;
const SHORT_JOB_MS = 50;
/**
 * Behind very short jobs the queue is deeper, up to about QUEUE_HORIZON_MS of work: the launcher
 * then reports their ends in batches (launcher-main.ts), and the run tops the queue up in one
 * message, instead of a round trip between the two processes for every job.
 */
const QUEUE_HORIZON_MS = 32;
export const MAX_QUEUE_DEPTH = 16;

export interface QueueContext {
  ready: ReadyGroups;
  capacity: number;
  exclusiveGroups: boolean;
  decide: (decision: Decision) => void;
}

/** The scheduler's queues behind running short jobs: which job goes where, and taking them back. */
export class QueueAhead {
  /** How long the last successful attempt of each stage ran: queueing ahead is for short jobs. */
  private readonly lastRunMs = new Map<string, number>();

  constructor(private readonly ctx: QueueContext) {}

  succeeded(stage: string, ranMs: number): void {
    this.lastRunMs.set(stage, ranMs);
  }

  /** Tops up the queue behind every running short job. */
  topUp(running: Iterable<JobState>): void {
    for (const state of running) {
      const head = state.current;
      if (!head?.launched || head.ended || head.killing || head.noQueue) continue;
      let tail: Queued = { state, run: head };
      let depth = 0;
      while (tail.run.next) {
        tail = tail.run.next;
        depth++;
      }
      const wanted = this.depthBehind(state);
      for (; depth < wanted; depth++) {
        const next = this.successor(tail.state);
        if (!next) break;
        this.enqueue(tail, next);
        tail = next;
      }
    }
  }

  private depthBehind(state: JobState): number {
    const last = this.lastRunMs.get(state.job.stage) ?? SHORT_JOB_MS;
    return Math.min(MAX_QUEUE_DEPTH, Math.max(QUEUE_DEPTH, Math.floor(QUEUE_HORIZON_MS / Math.max(last, 1))));
  }

  /** A queue that will not start: its jobs wait again, and groups it would have admitted too. */
  unqueue(first: Queued): void {
    for (let q: Queued | undefined = first; q; q = q.run.next) {
      q.state.phase = 'waiting';
      rewind(q.state);
      if (q.admits) {
        q.admits.group.phase = 'waiting';
        this.ctx.ready.add(q.admits.group);
      }
    }
  }

  /** Nothing more goes behind this attempt; what is queued is asked back from its launcher. */
  unchain(state: JobState, run: Run): void {
    run.noQueue = true;
    if (run.unchaining || !run.launched) return;
    run.unchaining = true;
    this.ctx.decide({ do: 'unchain', jobId: state.job.id });
  }

  /**
   * What the scheduler would start in `pred`'s slots if it ended now, when that is exactly one
   * job using no other slot: the next original of its own group if it fits, or else, once its
   * group has nothing left to start, the next group in plan order if that group's whole
   * reservation fits in those slots and starts just that job. Otherwise nothing is queued.
   */
  private successor(pred: JobState): Queued | undefined {
    const group = pred.group;
    const last = this.lastRunMs.get(pred.job.stage);
    if (pred.original || group.copies.length > 0 || last === undefined || last >= SHORT_JOB_MS)
      return undefined;
    const own = firstWaiting(group);
    if (own) return own.slots <= pred.slots && hasCommand(own.job) ? queued(own) : undefined;
    if (this.ctx.exclusiveGroups) return undefined; // its slots stay with its group
    let next: GroupState | undefined;
    let need = 0;
    for (const g of this.ctx.ready.inOrder()) {
      need = wantedSlots(g, this.ctx.capacity);
      if (need > 0) {
        next = g;
        break;
      }
    }
    if (!next || next.copies.length > 0) return undefined;
    const first = firstWaiting(next) as JobState;
    if (first.slots !== need || need > pred.slots || !hasCommand(first.job)) return undefined;
    return queued(first, { group: next, need });
  }

  private enqueue(pred: Queued, next: Queued): void {
    next.state.phase = 'queued';
    if (next.admits) {
      next.admits.group.phase = 'queued';
      this.ctx.ready.delete(next.admits.group);
    }
    pred.run.next = next;
    const { job } = next.state;
    this.ctx.decide({ do: 'queue', jobId: job.id, attempt: next.run.number, after: pred.state.job.id });
  }
}

function queued(state: JobState, admits?: Queued['admits']): Queued {
  const run: Run = { number: state.attempts + 1, launched: true, ended: false };
  return { state, run, ...(admits ? { admits } : {}) };
}
