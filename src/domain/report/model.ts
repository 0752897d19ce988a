/**
 * The report model: everything the four renderers (Markdown, JSON, terminal, HTML) show.
 * Built once by src/domain/analysis/build-report.ts from a plan and job records; the JSON
 * rendering is this object as is (documented in schema/report.schema.json).
 * Every string here may come from a user or a workload: renderers escape them.
 */
import type { BackendName } from '../backends.js';
import type { Summary } from '../stats/summary.js';
import type { Trend } from '../history/trend-types.js';

export type { Summary } from '../stats/summary.js';
import type { CellValues, FailOnSpec } from '../experiment/experiment.js';

export interface Interval {
  value: number;
  /** Undefined when there are too few samples to bound it, or when it is unbounded. */
  ci?: [number, number];
  /**
   * The interval reaches to infinity (a ratio whose divisor is not significantly above zero):
   * the samples say nothing about how large the estimate may be.
   */
  unbounded?: true;
}

export interface TimeSplit {
  /** Mean seconds per task of each phase; absent when the backend does not know it. */
  queue?: number;
  startup?: number;
  compute?: number;
  collection?: number;
}

export interface FanOutReport {
  tasks: number;
  /** Mean over repeats of (last finish - first queue) of the group, seconds. */
  makespan: number;
  /** Mean over repeats of the longest single task, seconds. */
  longestTask: number;
  /** Completion time of tasks since the group was queued, seconds. */
  quantiles: { p50: number; p90: number; p95: number; p99: number; max: number };
  stragglers: { jobId: string; seconds: number; ratioToMedian: number; cpuModel?: string }[];
  cpuModels: Record<string, number>;
  speculativeWins: number;
}

export interface CellCost {
  usd: number;
  /**
   * Compute cost at on-demand and at typical Spot prices, for the same run times; absent for a
   * price without an EC2 capacity (a partition's own price).
   */
  onDemandUsd?: number;
  spotUsd?: number;
  /** What the cost rests on: measured run times, or a local run priced as if on instanceType. */
  basis: 'measured' | 'cloud-equivalent' | 'none';
}

export interface CellReport {
  cellId: string;
  stage: string;
  values: CellValues;
  backend: BackendName;
  instanceType?: string;
  /** Wall time of one repeat (seconds): the group's makespan. One sample per repeat. */
  wall: Summary;
  /** The per-repeat wall times behind `wall`, for comparing runs; absent in reports of older versions. */
  wallSamples?: number[];
  /**
   * Per workload metric, one value per complete repeat (the mean over its tasks): the samples a
   * later run's history point is tested against. Absent in reports of older versions.
   */
  metricSamples?: Record<string, number[]>;
  succeeded: number;
  failed: number;
  split: TimeSplit;
  metrics: Record<string, Summary>;
  fanOut?: FanOutReport;
  cost: CellCost;
  peakMemoryBytes?: number;
  cpuModels: string[];
}

export interface ScalingPoint {
  cellId: string;
  /** The value on the parallelism axis (workers, n_jobs, ...). */
  p: number;
  speedup: Interval;
  /** speedup / (p / baseline p). */
  efficiency: number;
  /** Karp-Flatt experimentally determined serial fraction; undefined at p = baseline p. */
  karpFlatt?: number;
  /** USD per unit of speedup. */
  costPerSpeedup?: number;
  n: number;
}

export interface ScalingSeries {
  /** The values of other axes that this series holds fixed, e.g. { angle: 0 }. */
  fixed: CellValues;
  stage: string;
  baselineCellId: string;
  points: ScalingPoint[];
  /** Least-squares fit of Amdahl's law T(p) = T1 * (s + (1 - s) / p) over the points. */
  amdahl?: { serialFraction: number; maxSpeedup: number; r2: number };
}

export interface ScalingReport {
  axis: string;
  baseline: CellValues;
  target?: number;
  series: ScalingSeries[];
}

/** Every dollar figure is null when a price it needs is unknown: never counted as $0. */
export interface CostBreakdown {
  totalUsd: number | null;
  byStage: Record<string, { compute: number | null; storage: number; network: number; total: number | null }>;
  byComponent: { compute: number | null; storage: number | null; network: number | null };
  onDemandUsd: number | null;
  spotUsd?: number | null;
  /** Cost per processed item when the workload reports an `items` metric. */
  perItemUsd?: number;
  compare: { name: string; usd: number | null; deltaUsd: number | null }[];
  basis: 'measured' | 'cloud-equivalent' | 'none';
  priceSnapshot: string;
}

export interface Extrapolation {
  factor: number;
  cellId: string;
  stage: string;
  measuredSeconds: Summary;
  projectedSeconds: Interval;
  projectedUsd?: number;
}

/** A point of the time-cost plane: one configuration (a cell, its stages in sequence) per run. */
export interface DecisionPoint {
  cellId: string;
  values: CellValues;
  seconds: number;
  secondsCi: [number, number];
  usd: number;
  /** The time interval scaled to cost: billed time follows run time. */
  usdCi: [number, number];
  onFrontier: boolean;
}

/** "Fastest within budget" or "cheapest within deadline": no cellId when none qualifies. */
export interface DecisionAnswer {
  limit: number;
  cellId?: string;
  /** The limit holds at the interval's far end too, not only on average. */
  sure?: boolean;
}

/** One instance type's fastest configuration, and its throughput per dollar and per vCPU-hour. */
export interface InstanceTypeSummary {
  instanceType: string;
  cpuModels: string[];
  cells: number;
  fastestCellId: string;
  seconds: number;
  usd: number;
  /** Runs of the measured work per US dollar; null when a run cost nothing measurable. */
  runsPerDollar: number | null;
  /** Runs of the measured work per vCPU-hour asked for; null when unknown. */
  runsPerVcpuHour: number | null;
}

export interface Recommendation {
  points: DecisionPoint[];
  /** Cell ids on the Pareto frontier of time against cost, fastest first. */
  frontier: string[];
  withinBudget?: DecisionAnswer;
  withinDeadline?: DecisionAnswer;
  recommended: string;
  why: string;
  /** The recommended cell at `scale` times the measured work, per stage; cost on the same basis. */
  projection: {
    cellId: string;
    scale: number;
    stages: { stage: string; seconds: number; secondsCi: [number, number]; usd: number | null }[];
  };
  advice: string[];
  /** Per instance type, when the cells span two or more. */
  byInstanceType: InstanceTypeSummary[];
  /** Cells left out of the cost questions because their cost is unknown. */
  unpriced: string[];
}

export type TargetStatus = 'met' | 'missed' | 'inconclusive';

export interface TargetResult {
  description: string;
  cellId?: string;
  target: string;
  actual: string;
  status: TargetStatus;
}

export interface FailureReport {
  jobId: string;
  stage: string;
  cellId: string;
  attempt: number;
  status: string;
  exitCode?: number;
  reason?: string;
  logTail: string[];
  consoleUrl?: string;
}

export interface ReportModel {
  schemaVersion: 1;
  experiment: {
    name: string;
    description?: string;
    file: string;
    /** The file's `analysis.fail-on`, when it has one: what fails the run (src/domain/analysis/outcome.ts). */
    failOn?: FailOnSpec;
  };
  run: {
    id: string;
    backend: string;
    startedAt: string;
    finishedAt?: string;
    status: 'complete' | 'partial' | 'failed' | 'cancelled';
    host?: string;
    cpuModel?: string;
    cpuCount?: number;
    gitCommit?: string;
    jobsPlanned: number;
    jobsSucceeded: number;
    jobsFailed: number;
    jobsMissing: number;
    /** Jobs stopped by a cancel or an interrupt (Ctrl-C), none of whose attempts failed on its own. */
    jobsCancelled?: number;
  };
  confidence: number;
  cells: CellReport[];
  scaling?: ScalingReport;
  cost: CostBreakdown;
  extrapolation?: Extrapolation;
  recommendation?: Recommendation;
  targets: TargetResult[];
  failures: FailureReport[];
  /** Honest caveats: too few repeats, noisy cells (cv above 0.1), missing results, etc. */
  warnings: string[];
  /**
   * A pull request's report only: the changed cells' recent trend from the history
   * (src/domain/history/pr-trend.ts). Set for rendering, never written to report.json.
   */
  trend?: Trend[];
}
