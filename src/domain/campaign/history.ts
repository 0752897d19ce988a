import type { JobRecord } from '../results/job-record.js';
import { headlineOf, WALL_TIME } from './benchmarks.js';
import type { CampaignJob } from './plan-types.js';
import { weekOrder } from './week.js';

/** One week's measurements of one benchmark variant on one instance type. */
export interface HistoryEntry {
  week: string;
  /** ISO date the jobs ran on (their planned day); the store keys files by it. */
  date: string;
  instanceType: string;
  /** The variant that ran, e.g. stream-avx512; history is compared per variant. */
  benchmark: string;
  base: string;
  metric: string;
  better: 'higher' | 'lower';
  unit: string;
  /** The headline metric of each successful repeat. */
  samples: number[];
  /** Every metric the repeats reported, in the same order as `samples`. */
  metrics: Record<string, number[]>;
  runId: string;
}

/** Where history lives: a local folder or a results store. */
export interface HistoryStore {
  append(entries: readonly HistoryEntry[]): Promise<void>;
  load(instanceType?: string, benchmark?: string): Promise<HistoryEntry[]>;
}

/** The week's entries from finished jobs: one per (instance type, variant, date), successes only. */
export function entriesFromRecords(
  jobs: readonly CampaignJob[],
  records: readonly JobRecord[],
  week: string,
  runId: string,
): HistoryEntry[] {
  const byId = new Map(records.filter((r) => r.status === 'succeeded').map((r) => [r.jobId, r]));
  const entries = new Map<string, HistoryEntry>();
  for (const job of jobs) {
    const record = byId.get(job.id);
    if (!record) continue;
    const headline = headlineOf(job.benchmark);
    const metrics: Record<string, number> = {
      ...record.metrics,
      [WALL_TIME.metric]:
        ((record.commandEndedAt ?? record.stoppedAt) - (record.commandStartedAt ?? record.startedAt)) / 1000,
    };
    const value = metrics[headline.metric];
    if (value === undefined || !Number.isFinite(value)) continue;
    const key = `${job.instanceType}|${job.variant}|${job.date}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = {
        week,
        date: job.date,
        instanceType: job.instanceType,
        benchmark: job.variant,
        base: job.benchmark,
        metric: headline.metric,
        better: headline.better,
        unit: headline.unit,
        samples: [],
        metrics: {},
        runId,
      };
      entries.set(key, entry);
    }
    entry.samples.push(value);
    for (const [name, v] of Object.entries(metrics)) (entry.metrics[name] ??= []).push(v);
  }
  return [...entries.values()];
}

/** Samples per week for one instance type and variant, oldest week first. */
export function weeklySamples(
  history: readonly HistoryEntry[],
  instanceType: string,
  benchmark: string,
): { week: string; samples: number[] }[] {
  const weeks = new Map<string, number[]>();
  for (const e of history) {
    if (e.instanceType !== instanceType || e.benchmark !== benchmark) continue;
    weeks.set(e.week, [...(weeks.get(e.week) ?? []), ...e.samples]);
  }
  return [...weeks.entries()]
    .sort((a, b) => weekOrder(a[0]) - weekOrder(b[0]))
    .map(([week, samples]) => ({ week, samples }));
}
