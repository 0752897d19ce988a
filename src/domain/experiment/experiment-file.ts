import type { Scalar, SlurmSpec } from './experiment.js';

/**
 * The experiment file as written, once schema/experiment.schema.json accepts it: kebab-case
 * keys, units as text, shorthand forms. Only normalise.ts reads it; everything else uses
 * `Experiment`. test/domain/experiment/schema-types.test.ts checks every schema property lands in `Experiment`.
 */
export interface ExperimentFile {
  version: 1;
  kind?: 'experiment';
  name: string;
  description?: string;
  image?: { build?: { context: string; dockerfile?: string }; uri?: string };
  run?: RunFile;
  matrix?: MatrixFile;
  repeats?: number;
  resources?: ResourcesFile;
  compute?: ComputeFile;
  'fan-out'?: FanOutFile;
  stages?: Record<string, StageFile>;
  results?: { store?: string; metrics?: { name: string; better: 'higher' | 'lower'; unit?: string }[] };
  analysis?: AnalysisFile;
  budget?: { 'max-usd'?: number; 'max-vcpus'?: number; 'max-jobs'?: number };
  costs?: {
    storage?: { kind: 's3' | 'fsx-lustre' | 'ebs-gp3'; size: string | number; hours?: number }[];
    transfer?: { out?: string | number };
    'instance-types'?: Record<
      string,
      {
        vcpus: number;
        memory: string | number;
        gpus?: number;
        'on-demand-hourly': number;
        'spot-hourly'?: number;
      }
    >;
  };
  compare?: { name: string; override: Record<string, Scalar> }[];
  decide?: { 'budget-usd'?: number; deadline?: string | number; scale?: number };
}

export type CellFile = Record<string, Scalar>;

/** Axis name -> values; `include` and `exclude` are the two reserved keys. */
export type MatrixFile = Record<string, Scalar[] | CellFile[]>;

export interface RunFile {
  command: (string | number)[];
  env?: Record<string, Scalar>;
  workdir?: string;
}

/** vcpus, memory, gpus, items and oversubscribe may also be `${{ matrix.<axis> }}`. */
export interface ResourcesFile {
  vcpus?: number | string;
  memory?: string | number;
  gpus?: number | string;
  timeout?: string | number;
  retries?: number;
  'retry-on'?: {
    action: 'retry' | 'exit';
    'on-status-reason'?: string;
    'on-reason'?: string;
    'on-exit-code'?: string | number;
  }[];
}

export interface ComputeFile {
  backend?: string;
  region?: string;
  queue?: string;
  'fallback-queue'?: string;
  'instance-type'?: string;
  capacity?: 'on-demand' | 'spot' | 'spot-then-on-demand';
  platform?: 'ec2' | 'fargate';
  'job-definition'?: string;
  'job-role-arn'?: string;
  'execution-role-arn'?: string;
  tags?: Record<string, string>;
  /** Written as normalised (its keys are single words), but for the price's kebab-case keys. */
  slurm?: Omit<SlurmSpec, 'price'> & { price?: { 'per-node-hour'?: number; 'per-core-hour'?: number } };
}

export interface FanOutFile {
  items: number | string;
  workers: number | string;
  oversubscribe?: number | string;
}

export interface StageFile {
  needs?: string[];
  run: RunFile;
  resources?: ResourcesFile;
  compute?: ComputeFile;
  'fan-out'?: FanOutFile;
}

export interface AnalysisFile {
  speedup?: { over: string; baseline: Scalar | CellFile; target?: number };
  extrapolate?: { factor: number };
  targets?: { metric: string; min?: number; max?: number; cell?: CellFile }[];
  'straggler-factor'?: number;
  confidence?: number;
  'fail-on'?: FailOnFile;
}

export interface FailOnFile {
  regression?: string | boolean;
  'target-missed'?: boolean;
  inconclusive?: boolean;
  'failed-jobs'?: boolean;
}
