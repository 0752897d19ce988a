import type { PlannedJob } from '../../domain/plan/plan.js';

export type KillReason = 'timed-out' | 'cancelled' | 'superseded';

/** What the scheduler needs to begin: the jobs, what an earlier attempt finished, the slots. */
export interface SchedulerInput {
  jobs: readonly PlannedJob[];
  /** Jobs already finished in an earlier attempt of this run: not run again. */
  skip: ReadonlySet<string>;
  /** Slots shared by all jobs; a job takes min(ceil(vCPUs), slots), at least one. */
  concurrency: number;
  /**
   * A cap on the vCPUs of the jobs running at once (budget.max-vcpus). Slots stand for vCPUs, so
   * the slots in use never go above it: the machine is treated as having that many.
   */
  maxVcpus?: number;
  /** Each measurement group gets every slot and keeps them until its last job ends. */
  exclusiveGroups: boolean;
  /** The run's clock at the start: the queuedAt of jobs ready from the beginning. */
  now: number;
}

/** What the scheduler asks its executor to do; executors apply them in order. */
export type Decision =
  /** Start attempt `attempt` of the job now, in slots it already holds. */
  | { do: 'start'; jobId: string; attempt: number }
  /** Queue the attempt in the launcher behind `after`'s live attempt (running or itself queued). */
  | { do: 'queue'; jobId: string; attempt: number; after: string }
  /** Stop the job's running attempt (its tree), as soon as it has a process. */
  | { do: 'kill'; jobId: string; reason: KillReason }
  /** Take back what is queued behind the job's running attempt; `unchained` confirms it. */
  | { do: 'unchain'; jobId: string }
  /** The run is stopping: no launcher may start anything it holds queued. */
  | { do: 'drop-queues' }
  /** Record the job `cancelled` without running it; `cancelStored` follows once stored. */
  | { do: 'cancel'; jobId: string; reason: string; at: number };

/** The scheduler's view of one attempt that was handed to the executor. */
export interface Run {
  number: number;
  /** Started through a launcher, so a job can be queued behind it. */
  launched: boolean;
  ended: boolean;
  killing?: KillReason;
  /** A timeout waiting for the launcher to confirm that nothing is queued behind it any more. */
  pendingKill?: KillReason;
  /** The job queued behind it in its launcher. */
  next?: Queued;
  /** Its queue is being taken back: the launcher has not confirmed it yet. */
  unchaining?: boolean;
  /** Its queue was taken back, or is being: nothing more goes behind it. */
  noQueue?: boolean;
}

/** A job waiting in a launcher behind another attempt. */
export interface Queued {
  state: JobState;
  run: Run;
  /** Set when starting it admits its group: the slots the group then takes. */
  admits?: { group: GroupState; need: number };
}

export interface JobState {
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
  current?: Run;
  /** On an original: one of the pair has succeeded, so the others are losers. */
  won: boolean;
  winner?: string;
  /** On an original: what the task came to, known once the deciding record is stored. */
  resolution: 'pending' | 'ok' | 'failed';
  /** Its index in its group's originals. */
  position: number;
}

export interface GroupState {
  id: string;
  /** Its place in plan order. */
  index: number;
  members: JobState[];
  /** Its originals in plan order, and the first that may still be waiting (see firstWaiting). */
  originals: JobState[];
  cursor: number;
  copies: JobState[];
  /** Live originals still waiting for a need. */
  blocked: number;
  reserved: number;
  used: number;
  /** Queued: its first job is queued in a launcher, and starting it admits the group. */
  phase: 'waiting' | 'queued' | 'active' | 'done';
}

export function hasCommand(job: PlannedJob): boolean {
  const file = job.command[0];
  return file !== undefined && file !== '';
}

/**
 * The first original of the group still waiting to start. The cursor only moves forward past
 * originals that started or ended; a queue that is given back moves it back (see rewind).
 */
export function firstWaiting(group: GroupState): JobState | undefined {
  const { originals } = group;
  while (group.cursor < originals.length && (originals[group.cursor] as JobState).phase !== 'waiting') {
    group.cursor++;
  }
  for (let i = group.cursor; i < originals.length; i++) {
    const m = originals[i] as JobState;
    if (m.phase === 'waiting') return m;
  }
  return undefined;
}

export function rewind(state: JobState): void {
  if (!state.original && state.position < state.group.cursor) state.group.cursor = state.position;
}

/** The slots of a group's waiting originals, up to `capacity`: reads only as far as it needs. */
export function wantedSlots(group: GroupState, capacity: number): number {
  firstWaiting(group);
  let sum = 0;
  for (let i = group.cursor; i < group.originals.length && sum < capacity; i++) {
    const m = group.originals[i] as JobState;
    if (m.phase === 'waiting' && m.pendingNeeds === 0) sum += m.slots;
  }
  return Math.min(capacity, sum);
}

/** The slots the machine offers: the concurrency, under the vCPU cap if there is one. */
export function capacityOf(input: Pick<SchedulerInput, 'concurrency' | 'maxVcpus'>): number {
  if (input.maxVcpus === undefined) return input.concurrency;
  return Math.max(1, Math.min(input.concurrency, Math.floor(input.maxVcpus)));
}

/** Job and group states in plan order, with copies tied to their originals. */
export function buildStates(
  jobs: readonly PlannedJob[],
  capacity: number,
): { states: Map<string, JobState>; groups: GroupState[] } {
  const states = new Map<string, JobState>();
  const groups: GroupState[] = [];
  const byGroup = new Map<string, GroupState>();
  for (const job of jobs) {
    let group = byGroup.get(job.groupId);
    if (!group) {
      group = {
        id: job.groupId,
        index: groups.length,
        members: [],
        originals: [],
        cursor: 0,
        copies: [],
        blocked: 0,
        reserved: 0,
        used: 0,
        phase: 'waiting',
      };
      byGroup.set(job.groupId, group);
      groups.push(group);
    }
    const vcpus = Math.max(1, Math.ceil(job.resources.vcpus));
    const state: JobState = {
      job,
      slots: Math.min(vcpus, capacity),
      group,
      copies: [],
      pendingNeeds: 0,
      dependants: [],
      phase: 'waiting',
      attempts: 0,
      won: false,
      resolution: 'pending',
      position: -1,
    };
    states.set(job.id, state);
    group.members.push(state);
  }
  for (const state of states.values()) {
    const of = state.job.speculativeOf;
    if (of === undefined) {
      state.position = state.group.originals.push(state) - 1;
      continue;
    }
    state.group.copies.push(state);
    const original = states.get(of);
    if (!original) {
      state.phase = 'done'; // a copy of nothing in this run has nothing to race
      continue;
    }
    state.original = original;
    original.copies.push(state);
  }
  return { states, groups };
}
