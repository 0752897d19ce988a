import type { PlannedJob } from '../domain/plan/plan.js';
import type { JobRecord } from '../domain/results/job-record.js';

export type ExecutorEvent =
  | { type: 'job-started'; jobId: string; attempt: number; at: number }
  | { type: 'job-finished'; record: JobRecord }
  /** An attempt that will be retried; the final attempt comes as job-finished. */
  | { type: 'job-retrying'; record: JobRecord };

export interface ExecuteOptions {
  runId: string;
  /** Jobs already finished in an earlier attempt of this run: not run again. */
  skip: ReadonlySet<string>;
  signal: AbortSignal;
  /** Called for every event; job-finished records must be stored before the run is reported. */
  onEvent: (event: ExecutorEvent) => void | Promise<void>;
}

/** Runs planned jobs somewhere and tells what happened to each. */
export interface Executor {
  readonly name: 'local' | 'aws-batch' | 'slurm';
  execute(jobs: readonly PlannedJob[], options: ExecuteOptions): Promise<void>;
}
