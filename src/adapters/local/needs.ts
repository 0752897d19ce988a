import type { ReadyGroups } from './ready-groups.js';
import { rewind } from './scheduler-state.js';
import type { Decision, GroupState, JobState } from './scheduler-state.js';

export interface NeedsContext {
  ready: ReadyGroups;
  decide: (decision: Decision) => void;
  stopping: () => boolean;
}

/**
 * Jobs waiting for the jobs they need: a job waits until every one has succeeded (or had a
 * speculative copy succeed); if one failed, it is cancelled without running, and so on down the
 * pipeline. A group is ready for admission once none of its originals waits for a need.
 */
export class Needs {
  constructor(private readonly ctx: NeedsContext) {}

  /** Marks what an earlier attempt of the run finished, and counts every job's open needs. */
  count(
    states: ReadonlyMap<string, JobState>,
    groups: GroupState[],
    skip: ReadonlySet<string>,
    now: number,
  ): void {
    for (const state of states.values()) {
      if (state.original) continue;
      if (skip.has(state.job.id) || state.copies.some((c) => skip.has(c.job.id))) {
        state.resolution = 'ok';
        state.phase = 'done';
        for (const c of state.copies) c.phase = 'done';
      }
    }
    for (const state of states.values()) {
      if (state.original || state.phase === 'done') continue;
      for (const need of state.job.needs) {
        const dep = states.get(need);
        if (dep?.resolution === 'ok' || (!dep && skip.has(need))) continue;
        state.pendingNeeds++;
        dep?.dependants.push(state);
      }
      if (state.pendingNeeds === 0) state.readyAt = now;
      else state.group.blocked++;
    }
    for (const group of groups) if (group.blocked === 0) this.ctx.ready.add(group);
  }

  /** Needs naming no job of this run and not finished earlier can never be met. */
  cancelUnreachable(states: ReadonlyMap<string, JobState>, skip: ReadonlySet<string>, now: number): void {
    for (const state of states.values()) {
      if (state.original || state.phase === 'done') continue;
      const missing = state.job.needs.find((n) => !states.has(n) && !skip.has(n));
      if (missing !== undefined)
        this.cancelWaiting(state, `dependency ${missing} is not part of this run`, now);
    }
  }

  /** What an original came to is stored: its dependants move on, or are cancelled. */
  settle(original: JobState, resolution: 'ok' | 'failed', now: number): void {
    original.resolution = resolution;
    if (this.ctx.stopping()) return; // after an abort, what did not run is left for a resume
    for (const dependant of original.dependants) {
      if (dependant.phase !== 'waiting' || dependant.pendingNeeds === 0) continue;
      if (resolution === 'failed') {
        this.cancelWaiting(dependant, `dependency ${original.job.id} failed`, now);
        continue;
      }
      dependant.pendingNeeds--;
      if (dependant.pendingNeeds === 0) {
        dependant.readyAt = now;
        rewind(dependant);
        this.unblock(dependant.group);
      }
    }
  }

  /** A job that will never run because something it needs did not succeed. */
  cancelWaiting(state: JobState, reason: string, now: number): void {
    if (state.phase !== 'waiting') return;
    state.phase = 'done';
    for (const c of state.copies) if (c.phase === 'waiting') c.phase = 'done';
    if (state.pendingNeeds > 0) {
      state.pendingNeeds = 0;
      this.unblock(state.group);
    }
    this.ctx.decide({ do: 'cancel', jobId: state.job.id, reason, at: now });
  }

  private unblock(group: GroupState): void {
    group.blocked--;
    if (group.blocked === 0 && group.phase === 'waiting') this.ctx.ready.add(group);
  }
}
