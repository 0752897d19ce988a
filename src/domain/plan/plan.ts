import type { DesignSensitivity } from '../stats/design-power.js';
import type { Backend, CellValues, ComputeSpec, ResourcesSpec } from '../spec/experiment.js';
import type { StageTemplate } from './stage-template.js';

/** One combination of matrix values after include/exclude, shared by every stage. */
export interface Cell {
  /** Stable, readable, safe as part of an AWS Batch job name: e.g. "angle-0_n_jobs-1". */
  id: string;
  values: CellValues;
}

/** What a job runs on: the stage's compute with the backend resolved for its cell. */
export interface JobCompute extends Omit<ComputeSpec, 'backend'> {
  backend: Backend;
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
  usd: number;
  basis: 'timeout' | 'history' | 'hint';
}

export interface PlanTotals {
  jobs: number;
  cells: number;
  vcpuHours: number;
  /** Peak vCPUs if every job of a stage ran at once. */
  peakVcpus: number;
  seconds: number;
  computeUsd: number;
  storageUsd: number;
  transferUsd: number;
  usd: number;
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
