/**
 * One run of an experiment as its history keeps it: per cell and metric the sample count,
 * median, mean and interval, and the per-repeat samples themselves (at most MAX_KEPT_SAMPLES),
 * so a later run can be tested against this one, with the commit, ref, date and run id.
 * Campaign weeks become entries of the same shape (fromCampaign), so one trend code serves both.
 */
import type { HistoryEntry as CampaignEntry } from '../campaign/history.js';
import { WALL_TIME } from '../campaign/benchmarks.js';
import type { ReportModel, Summary } from '../report/model.js';
import { summarize } from '../stats/summary.js';

/** The wall time of one repeat, the metric every cell has. */
export const WALL_METRIC = WALL_TIME.metric;

/**
 * Samples an entry keeps per cell and metric. Far more than a run's repeats (a test gains
 * little beyond a few dozen), and it bounds an entry of a campaign week that pools many runs.
 */
export const MAX_KEPT_SAMPLES = 100;

/** At most `max` of the samples, evenly spread over them, in their order. */
export function keptSamples(samples: readonly number[], max = MAX_KEPT_SAMPLES): number[] {
  if (samples.length <= max) return [...samples];
  return Array.from({ length: max }, (_, i) => samples[Math.floor((i * samples.length) / max)]!);
}

export interface MetricPoint {
  n: number;
  median: number;
  mean: number;
  /** The interval of the mean at the run's confidence; [mean, mean] below two samples. */
  ci: [number, number];
  /** Which way is good; absent when the run did not say (then no point is tested). */
  better?: 'lower' | 'higher';
  unit?: string;
  /**
   * The per-repeat values behind the figures (at most MAX_KEPT_SAMPLES of the n, evenly
   * spread): what a regression test compares. Absent in entries of older versions, which
   * are drawn but not tested.
   */
  samples?: number[];
}

export interface CellPoint {
  /** "stage/cell" for experiments, "instance type/variant" for campaigns. */
  cell: string;
  metrics: Record<string, MetricPoint>;
}

export interface RunHistoryEntry {
  schemaVersion: 1;
  experiment: string;
  runId: string;
  /** Full commit sha, when known. */
  commit?: string;
  /** The branch (or campaign week) the run measured. */
  ref?: string;
  /** ISO time the run started: the order of the history. */
  date: string;
  cells: CellPoint[];
}

function point(s: Summary, better: MetricPoint['better'], unit?: string, samples?: number[]): MetricPoint {
  return {
    n: s.n,
    median: s.median,
    mean: s.mean,
    ci: s.ci,
    ...(better ? { better } : {}),
    ...(unit ? { unit } : {}),
    ...(samples && samples.length === s.n ? { samples: keptSamples(samples) } : {}),
  };
}

/**
 * A workload metric's point: from its per-repeat samples where the report has them, so that
 * n, the interval and the test all count repeats (a fan-out's shards are not independent);
 * else the report's summary over tasks, without samples (a report of an older version).
 */
function metricPoint(
  summary: Summary,
  samples: number[] | undefined,
  better: MetricPoint['better'],
  confidence: number,
): MetricPoint {
  return samples && samples.length > 0
    ? point(summarize(samples, confidence), better, undefined, samples)
    : point(summary, better);
}

/** The entry of a finished run, from its report. `better` gives each workload metric's direction. */
export function entryFromReport(
  report: ReportModel,
  options: { ref?: string; better?: Record<string, 'lower' | 'higher'> } = {},
): RunHistoryEntry {
  const cells = report.cells
    .filter((c) => c.wall.n > 0)
    .map((c): CellPoint => {
      const metrics: Record<string, MetricPoint> = {
        [WALL_METRIC]: point(c.wall, 'lower', 's', c.wallSamples),
      };
      for (const [name, s] of Object.entries(c.metrics))
        if (s.n > 0 && name !== WALL_METRIC)
          metrics[name] = metricPoint(s, c.metricSamples?.[name], options.better?.[name], report.confidence);
      return { cell: `${c.stage}/${c.cellId}`, metrics };
    });
  return {
    schemaVersion: 1,
    experiment: report.experiment.name,
    runId: report.run.id,
    ...(report.run.gitCommit ? { commit: report.run.gitCommit } : {}),
    ...(options.ref ? { ref: options.ref } : {}),
    date: report.run.startedAt,
    cells,
  };
}

/**
 * A campaign's history as entries: one per week, its x label, holding every instance type and
 * variant measured that week, every metric with its samples.
 */
export function fromCampaign(
  campaign: string,
  entries: readonly CampaignEntry[],
  confidence = 0.95,
): RunHistoryEntry[] {
  const weeks = new Map<string, Map<string, { e: CampaignEntry; metrics: Record<string, number[]> }>>();
  for (const e of entries) {
    const cells =
      weeks.get(e.week) ?? new Map<string, { e: CampaignEntry; metrics: Record<string, number[]> }>();
    weeks.set(e.week, cells);
    const key = `${e.instanceType}/${e.benchmark}`;
    const cell = cells.get(key) ?? { e, metrics: {} };
    cells.set(key, cell);
    for (const [name, values] of Object.entries(e.metrics)) (cell.metrics[name] ??= []).push(...values);
  }
  return [...weeks.entries()].map(([week, cells]) => {
    const all = [...cells.values()];
    return {
      schemaVersion: 1,
      experiment: campaign,
      runId: all.map((c) => c.e.runId).sort()[0] ?? week,
      ref: week,
      date: all.map((c) => c.e.date).sort()[0] ?? week,
      cells: [...cells.entries()].map(([cell, { e, metrics }]) => ({
        cell,
        metrics: Object.fromEntries(
          Object.entries(metrics).map(([name, values]) => [
            name,
            point(
              summarize(values, confidence),
              name === e.metric ? e.better : name === WALL_METRIC ? 'lower' : undefined,
              name === e.metric ? e.unit : name === WALL_METRIC ? 's' : undefined,
              values,
            ),
          ]),
        ),
      })),
    };
  });
}

const isNumbers = (xs: unknown): boolean => Array.isArray(xs) && xs.every((x) => typeof x === 'number');

/** Every metric's samples, where an entry has them (entries of older versions have none), are numbers. */
function samplesReadable(cells: unknown[]): boolean {
  return cells.every((c) =>
    Object.values((c as Partial<CellPoint>).metrics ?? {}).every(
      (m) => m?.samples === undefined || isNumbers(m.samples),
    ),
  );
}

/** A stored entry, checked enough that a damaged file is named rather than drawn wrongly. */
export function parseEntry(text: string, where: string): RunHistoryEntry {
  let data: Partial<RunHistoryEntry> | undefined;
  try {
    data = JSON.parse(text) as Partial<RunHistoryEntry>;
  } catch {
    data = undefined;
  }
  if (
    data?.schemaVersion !== 1 ||
    typeof data.experiment !== 'string' ||
    typeof data.runId !== 'string' ||
    typeof data.date !== 'string' ||
    !Array.isArray(data.cells) ||
    !samplesReadable(data.cells)
  )
    throw new Error(`${where} is not a batchbench history entry`);
  return data as RunHistoryEntry;
}

/** Where an experiment's run history lives: a local folder or a results store. */
export interface RunHistoryStore {
  /** Adds one entry; resolves to where it went. Never replaces another entry. */
  append(entry: RunHistoryEntry): Promise<string>;
  /** Every entry of the experiment, in the order they were appended. */
  load(experiment: string): Promise<RunHistoryEntry[]>;
}
