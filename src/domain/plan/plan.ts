import type { DesignSensitivity } from '../stats/design-power.js';
import type {
  Backend,
  Capacity,
  CellValues,
  ComputeSpec,
  ResourcesSpec,
  StageSpec,
} from '../experiment/experiment.js';

/** One combination of matrix values after include/exclude, shared by every stage. */
export interface Cell {
  /** Stable, readable, safe as part of an AWS Batch job name: e.g. "angle-0_n_jobs-1". */
  id: string;
  values: CellValues;
}

/** What a job runs on: the stage's compute with the backend resolved for its cell. */
export interface JobCompute extends Omit<ComputeSpec, 'backend' | 'capacity'> {
  backend: Backend;
  capacity: Capacity;
}

export interface PlannedJob {
  /** Stable and readable: "<stage>.<cell>.r<repeat>[.s<shard>][.x<copy>]" with only [A-Za-z0-9._-]. */
  id: string;
  stage: string;
  cellId: string;
  /** 1-based. */
  repeat: number;
  /** 0-based shard index and shard count for fan-out stages; index 0 of 1 otherwise. */
  shardIndex: number;
  shardCount: number;
  /** Work items [itemStart, itemEnd) of the fan-out list this shard covers. */
  itemStart?: number;
  itemEnd?: number;
  /** Set on a speculative copy: the id of the shard job it duplicates. First finisher wins. */
  speculativeOf?: string;
  /** Measurement group: jobs of one stage, cell and repeat; its makespan is one sample. */
  groupId: string;
  command: string[];
  env: Record<string, string>;
  workdir?: string;
  resources: ResourcesSpec;
  compute: JobCompute;
  /** Ids of jobs that must succeed first (same cell and repeat, earlier stages). */
  needs: string[];
}

export interface JobEstimate {
  seconds: number;
  usd: number;
}

export interface CellEstimate {
  cellId: string;
  stage: string;
  jobs: number;
  vcpus: number;
  /** Estimated wall time of one repeat of this cell and stage. */
  seconds: number;
  /** Cost of one repeat; null when a price it needs is not known (never counted as $0). */
  usd: number | null;
  /** Why usd is null. */
  unpriced?: string;
  /** timeout: every job runs to its timeout (an upper bound); history: the median of earlier runs. */
  basis: 'timeout' | 'history' | 'hint';
  /** With basis history: how many earlier runs the median is of. */
  historyRuns?: number;
}

export interface PlanTotals {
  jobs: number;
  cells: number;
  vcpuHours: number;
  /** Peak vCPUs at once: every job of a stage at once, or budget.max-vcpus when that is lower. */
  peakVcpus: number;
  /** Peak vCPUs if every job of a stage ran at once, when budget.max-vcpus holds it lower. */
  uncappedPeakVcpus?: number;
  /** Time estimate; it queues jobs beyond budget.max-vcpus as the backends do. */
  seconds: number;
  /** Null when a price is unknown: the reasons are in `unpriced`. */
  computeUsd: number | null;
  storageUsd: number | null;
  transferUsd: number | null;
  usd: number | null;
  /** Why a cost is unknown (an instance type or a region the price table lacks). */
  unpriced?: string[];
}

export interface Plan {
  experiment: string;
  file: string;
  cells: Cell[];
  stages: string[];
  /**
   * The stages as written, templates unfilled, in the order of `stages` (stage-template.ts): what
   * a backend submitting per stage needs besides the jobs. Absent in runs stored by versions before it.
   */
  stageTemplates?: StageTemplate[];
  /** The image the jobs run in (the file's image.uri, or one the run was given), when there is one. */
  image?: string;
  jobs: PlannedJob[];
  estimates: CellEstimate[];
  totals: PlanTotals;
  /** Prices used, with their source and date, so a plan says where its dollars come from. */
  priceSnapshot: string;
  warnings: string[];
  /** The smallest change a run of this design detects against another (src/domain/stats/design-power.ts). */
  sensitivity?: DesignSensitivity;
}

/**
 * A stage as the file wrote it, its `${{ }}` templates not filled in: what a backend that sends
 * one definition per stage and cell and lets each task fill in its shard (AWS Batch array jobs,
 * Slurm job arrays) needs beside the planned jobs. Dependencies are the planned jobs' `needs`.
 */
export type StageTemplate = Omit<StageSpec, 'needs'>;
