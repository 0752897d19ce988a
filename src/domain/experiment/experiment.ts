import type { FileInstanceType } from '../cost/file-prices.js';
import type { SlurmPrice } from '../cost/slurm-price.js';

/**
 * The normalised experiment: what validation returns once a file is known to be good.
 * The JSON Schema in schema/experiment.schema.json describes the file as written (kebab-case,
 * units as strings, shorthand forms); this is the one shape the rest of the code works with
 * (camelCase, durations in seconds, sizes in bytes, one or more stages always present).
 * test/domain/experiment/schema-types.test.ts keeps the two in step.
 */

import type { BackendName } from '../backends.js';

export type Scalar = string | number | boolean;

/** One combination of matrix values, e.g. { angle: 0, n_jobs: 1 }. */
export type CellValues = Record<string, Scalar>;

export interface SourcePosition {
  line: number;
  column: number;
}

export interface Experiment {
  version: 1;
  kind: 'experiment';
  name: string;
  description?: string;
  /** Path of the file it came from, as given on the command line. */
  file: string;
  image?: ImageSpec;
  matrix: MatrixSpec;
  repeats: number;
  /** Single-stage files get one stage named "main"; order is a topological order of `needs`. */
  stages: StageSpec[];
  results: ResultsSpec;
  analysis: AnalysisSpec;
  budget: BudgetSpec;
  costs: ExtraCostsSpec;
  compare: CompareSpec[];
  /** decide: the question the report's recommendation answers. */
  decide?: DecideSpec;
}

export interface DecideSpec {
  budgetUsd?: number;
  deadlineSec?: number;
  /** The full run is this many times the measured work. */
  scale?: number;
}

export interface ImageSpec {
  build?: { context: string; dockerfile: string };
  uri?: string;
}

export interface MatrixSpec {
  /** Axis name -> values, in file order. */
  axes: Record<string, Scalar[]>;
  include: CellValues[];
  exclude: CellValues[];
}

export interface StageSpec {
  name: string;
  needs: string[];
  run: RunSpec;
  resources: ResourcesSpec;
  compute: ComputeSpec;
  fanOut?: FanOutSpec;
  /**
   * Settings written as `${{ matrix.<axis> }}`, by the axis they name: the numbers above then
   * hold the largest value, and stageInCell (stage-axes.ts) gives each cell its own.
   */
  axes?: StageAxes;
}

export interface StageAxes {
  vcpus?: string;
  memory?: string;
  gpus?: string;
  items?: string;
  oversubscribe?: string;
}

export interface RunSpec {
  /** argv, no shell; items may hold `${{ matrix.x }}`, `${{ shard.index }}`, `${{ shard.count }}`, `${{ repeat }}`. */
  command: string[];
  env: Record<string, string>;
  /** Working directory: locally relative to where batchbench is started (as the command's paths are); in a container, inside the image. */
  workdir?: string;
}

export interface RetryRule {
  action: 'retry' | 'exit';
  onStatusReason?: string;
  onReason?: string;
  onExitCode?: string;
}

export interface ResourcesSpec {
  vcpus: number;
  memoryBytes: number;
  gpus: number;
  timeoutSec: number;
  /** Extra attempts after the first. */
  retries: number;
  retryOn: RetryRule[];
}

/** A backend's name (src/domain/backends.ts lists them). */
export type Backend = BackendName;
export type Capacity = 'on-demand' | 'spot' | 'spot-then-on-demand';
export type Platform = 'ec2' | 'fargate';

export interface ComputeSpec {
  /** May be a `${{ matrix.backend }}` template, resolved per cell by the planner. */
  backend: Backend | string;
  region: string;
  queue?: string;
  fallbackQueue?: string;
  /** May be a `${{ matrix.x }}` template, resolved per cell by the planner (as queue and fallbackQueue may hold one). */
  instanceType?: string;
  /** May be a `${{ matrix.capacity }}` template, resolved per cell by the planner. */
  capacity: Capacity | string;
  platform: Platform;
  jobDefinition?: string;
  jobRoleArn?: string;
  /** Fargate pulls the image and writes logs with this role (the job role when absent). */
  executionRoleArn?: string;
  tags: Record<string, string>;
  /** Where a slurm backend submits (sbatch options); absent: the cluster's defaults. */
  slurm?: SlurmSpec;
}

export interface SlurmSpec {
  partition?: string;
  account?: string;
  qos?: string;
  /** Node features (`--constraint`), the analogue of an instance type. */
  constraint?: string;
  /** Wall-time limit in Slurm's format; resources.timeout when absent. */
  time?: string;
  /** At most this many tasks of one array at once (`%N`). */
  throttle?: number;
  /** What the partition costs (compute.slurm.price); unpriced without it or a prices file's. */
  price?: SlurmPrice;
}

export interface FanOutSpec {
  /** Number of work items split into shards. */
  items: number;
  /** Shard count: a number or a `${{ matrix.x }}` template resolved per cell. */
  workers: number | string;
  /** >= 1; 1.1 adds speculative copies of 10% of the shards; first finisher wins. */
  oversubscribe: number;
}

export interface MetricSpec {
  name: string;
  better: 'higher' | 'lower';
  unit?: string;
}

export interface ResultsSpec {
  store?: string;
  metrics: MetricSpec[];
}

export interface SpeedupSpec {
  /** The matrix axis that holds the degree of parallelism (workers, n_jobs, ...). */
  over: string;
  /** A value of `over`, or a partial cell that picks the baseline. */
  baseline: CellValues;
  target?: number;
}

export interface TargetSpec {
  /** wall-time, cost, speedup, efficiency, or a workload metric name. */
  metric: string;
  min?: number;
  max?: number;
  /** Restrict to cells matching these values; all cells when absent. */
  cell?: CellValues;
}

export interface AnalysisSpec {
  speedup?: SpeedupSpec;
  extrapolate?: { factor: number };
  targets: TargetSpec[];
  /** A task is a straggler when it takes more than this many times the median task. */
  stragglerFactor: number;
  confidence: number;
  /** What fails the run: the CLI's exit code and the pull request check alike (src/domain/analysis/outcome.ts). */
  failOn?: FailOnSpec;
}

export interface BudgetSpec {
  maxUsd?: number;
  maxVcpus?: number;
  maxJobs?: number;
}

export type StorageKind = 's3' | 'fsx-lustre' | 'ebs-gp3';

export interface StorageCostSpec {
  kind: StorageKind;
  sizeBytes: number;
  /** How long it is held; a month (730 h) when absent. */
  hours?: number;
}

export interface ExtraCostsSpec {
  storage: StorageCostSpec[];
  transferOutBytes: number;
  /** costs.instance-types: instance types the file prices itself, by name. */
  instanceTypes?: Record<string, FileInstanceType>;
}

export interface CompareSpec {
  name: string;
  /** Dotted path into the file as written (e.g. stages.train.compute.capacity) -> value. */
  override: Record<string, Scalar>;
}

export interface FailOnSpec {
  /** Fail on a cell significantly slower than the base run by more than this fraction; absent: never. */
  regression?: number;
  targetMissed: boolean;
  /** Fail on a target (or a comparison) that could not be decided; otherwise the check is neutral. */
  inconclusive: boolean;
  failedJobs: boolean;
}
