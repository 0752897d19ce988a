import type { JobRecord } from '../results/job-record.js';
import type { MeasuredCell } from './build-plan.js';
import type { Plan } from './plan.js';

/** One earlier run: its plan and its records. */
export interface EarlierRun {
  plan: Plan;
  records: readonly JobRecord[];
}

/**
 * What earlier runs of a file measured, as the planner's history: per stage and cell, the median
 * wall time of one repeat (a group's first queue to last finish, every job of it succeeded), and
 * how many runs it came from. A cell no earlier run completed has no history, and keeps the
 * timeout bound.
 */
export function measuredHistory(
  runs: readonly EarlierRun[],
): (stage: string, cellId: string) => MeasuredCell | undefined {
  const samples = new Map<string, { seconds: number[]; runs: Set<number> }>();
  runs.forEach((run, i) => {
    const jobs = new Map(run.plan.jobs.map((j) => [j.id, j]));
    const groups = new Map<string, { key: string; size: number; ok: JobRecord[] }>();
    for (const j of run.plan.jobs) {
      if (j.speculativeOf) continue;
      const g = groups.get(j.groupId) ?? { key: `${j.stage}\u0000${j.cellId}`, size: 0, ok: [] };
      g.size++;
      groups.set(j.groupId, g);
    }
    for (const r of run.records) {
      const job = jobs.get(r.jobId);
      if (!job || job.speculativeOf || r.status !== 'succeeded') continue;
      groups.get(job.groupId)?.ok.push(r);
    }
    for (const g of groups.values()) {
      const done = new Map(g.ok.map((r) => [r.jobId, r]));
      if (done.size < g.size) continue;
      const records = [...done.values()];
      const seconds =
        (Math.max(...records.map((r) => r.stoppedAt)) - Math.min(...records.map((r) => r.queuedAt))) / 1000;
      const entry = samples.get(g.key) ?? { seconds: [], runs: new Set<number>() };
      entry.seconds.push(seconds);
      entry.runs.add(i);
      samples.set(g.key, entry);
    }
  });
  return (stage, cellId) => {
    const s = samples.get(`${stage}\u0000${cellId}`);
    return s ? { seconds: median(s.seconds), runs: s.runs.size } : undefined;
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
