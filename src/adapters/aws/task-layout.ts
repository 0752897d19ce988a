/**
 * How an AWS Batch array child finds the planned job it runs: child i of a submission maps to
 * one planned job. A whole (cell, stage) block is described arithmetically (a few dozen bytes
 * for 10,000 children: a SubmitJob request is at most 30 KiB, per the AWS Batch documentation); a subset (a
 * retry, a fallback) lists its tasks. Shared by the submitter and the container runner.
 */
import type { PlannedJob } from '../../domain/plan/plan.js';

/** The fields of a planned job that a layout reproduces; a child knows its job by `jobId`. */
type TaskFields = 'repeat' | 'shardIndex' | 'shardCount' | 'speculativeOf' | 'itemStart' | 'itemEnd';

export type LayoutTask = Pick<PlannedJob, TaskFields> & { jobId: string };

export type TaskLayout =
  | {
      v: 1;
      /** "<stage>.<cell>": the planned job ids are "<group>.r<repeat>[.s<shard>][.x1]". */
      group: string;
      firstRepeat: number;
      repeats: number;
      shardCount: number;
      /** Shards with a speculative copy; children of a repeat are its shards, then these copies. */
      copies: number[];
      items?: number;
    }
  | {
      v: 1;
      shardCount: number;
      items?: number;
      tasks: [jobId: string, repeat: number, shard: number, copyOf?: string][];
    };

export function layoutSize(layout: TaskLayout): number {
  return 'tasks' in layout
    ? layout.tasks.length
    : layout.repeats * (layout.shardCount + layout.copies.length);
}

export function taskAt(layout: TaskLayout, index: number): LayoutTask {
  if (!Number.isInteger(index) || index < 0 || index >= layoutSize(layout)) {
    throw new Error(`array index ${index} is outside the ${layoutSize(layout)} tasks of this job`);
  }
  const range = (shard: number): Pick<LayoutTask, 'itemStart' | 'itemEnd'> =>
    layout.items === undefined
      ? {}
      : {
          itemStart: Math.floor((shard * layout.items) / layout.shardCount),
          itemEnd: Math.floor(((shard + 1) * layout.items) / layout.shardCount),
        };
  if ('tasks' in layout) {
    const [jobId, repeat, shard, copyOf] = layout.tasks[index] as [string, number, number, string?];
    return {
      jobId,
      repeat,
      shardIndex: shard,
      shardCount: layout.shardCount,
      ...(copyOf ? { speculativeOf: copyOf } : {}),
      ...range(shard),
    };
  }
  const perRepeat = layout.shardCount + layout.copies.length;
  const repeat = layout.firstRepeat + Math.floor(index / perRepeat);
  const k = index % perRepeat;
  const shard = k < layout.shardCount ? k : (layout.copies[k - layout.shardCount] as number);
  const original = `${layout.group}.r${repeat}${layout.shardCount > 1 ? `.s${shard}` : ''}`;
  return k < layout.shardCount
    ? { jobId: original, repeat, shardIndex: shard, shardCount: layout.shardCount, ...range(shard) }
    : {
        jobId: `${original}.x1`,
        repeat,
        shardIndex: shard,
        shardCount: layout.shardCount,
        speculativeOf: original,
        ...range(shard),
      };
}

export type PlannedTask = Pick<PlannedJob, 'id' | 'stage' | 'cellId' | TaskFields>;

/**
 * The smallest layout that reproduces exactly these tasks in this order. The arithmetic form is
 * checked against every task, so a change in how the planner names jobs falls back to the list
 * instead of running the wrong task.
 */
export function layoutFor(tasks: readonly PlannedTask[], items?: number): TaskLayout {
  const first = tasks[0];
  if (!first) throw new Error('a submission needs at least one task');
  const shardCount = first.shardCount;
  const copies = tasks
    .filter((t) => t.repeat === first.repeat && t.speculativeOf !== undefined)
    .map((t) => t.shardIndex);
  const perRepeat = shardCount + copies.length;
  const base = { v: 1 as const, shardCount, ...(items === undefined ? {} : { items }) };
  if (tasks.length % perRepeat === 0) {
    const candidate: TaskLayout = {
      ...base,
      group: `${first.stage}.${first.cellId}`,
      firstRepeat: first.repeat,
      repeats: tasks.length / perRepeat,
      copies,
    };
    if (tasks.every((t, i) => sameTask(taskAt(candidate, i), t))) return candidate;
  }
  return {
    ...base,
    tasks: tasks.map((t) =>
      t.speculativeOf ? [t.id, t.repeat, t.shardIndex, t.speculativeOf] : [t.id, t.repeat, t.shardIndex],
    ),
  };
}

function sameTask(a: LayoutTask, t: PlannedTask): boolean {
  return (
    a.jobId === t.id &&
    a.repeat === t.repeat &&
    a.shardIndex === t.shardIndex &&
    a.shardCount === t.shardCount &&
    a.speculativeOf === t.speculativeOf &&
    (t.itemStart === undefined || (a.itemStart === t.itemStart && a.itemEnd === t.itemEnd))
  );
}
