import type { BackendName } from '../domain/backends.js';
import type { Plan, PlannedJob } from '../domain/plan/plan.js';
import type { JobRecord } from '../domain/results/job-record.js';
import type { RunManifest, RunStore } from './run-store.js';

/**
 * The backend port: where planned jobs run. A backend executes jobs of a plan, and attaches to a
 * stored run (from its manifest alone, in any later process) to collect what finished or to
 * cancel what has not. A backend whose jobs cannot outlive the process that runs them (local
 * processes) says so with a UserError from collect and cancel.
 */

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
  readonly name: BackendName;
  /** `jobs` are jobs of the plan the backend was made for (all of them, or what a resume lacks). */
  execute(jobs: readonly PlannedJob[], options: ExecuteOptions): Promise<void>;
}

export interface CollectOptions {
  /** Keep polling until every job finished (or the backend's deadline); otherwise one look. */
  wait: boolean;
  signal: AbortSignal;
  onEvent: (event: ExecutorEvent) => void | Promise<void>;
}

/** Gathers the results of jobs a run submitted earlier, without submitting anything new. */
export interface RunCollector {
  collect(manifest: RunManifest, options: CollectOptions): Promise<{ unfinished: number }>;
}

export interface CancelOutcome {
  /** Jobs stopped before they started. */
  cancelled: number;
  /** Jobs stopped while running. */
  terminated: number;
}

/** Stops the jobs a run submitted that have not finished. */
export interface RunCanceller {
  cancel(manifest: RunManifest, signal?: AbortSignal): Promise<CancelOutcome>;
}

/** One backend: executes, and attaches to a stored run to collect or cancel. */
export interface Backend extends Executor, RunCollector, RunCanceller {}

/**
 * What a backend is made from (src/adapters/backends.ts): the plan it runs and what the caller
 * knows of where it runs. A backend reads what it needs and ignores the rest.
 */
export interface BackendSetup {
  /** Its jobs, cells, stage templates and image. */
  plan: Plan;
  /** Where the run's manifest and records are kept. */
  store: RunStore;
  /** The file's results.store, where a remote backend's jobs put their results. */
  resultsStore?: string;
  /**
   * The runs folder (--runs-dir): where a run kept in a folder is, and where a backend whose
   * jobs share files with this machine (a cluster's shared filesystem) puts them, whatever the store.
   */
  runsDir?: string;
  /** Credentials and endpoints, the standard way for each backend. */
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Where batchbench was started: a local job's command and workdir are relative to it. */
  cwd: string;
  /** Where each local attempt's stdout, stderr and metrics go. */
  logDir: string;
  /** Local slots; the machine's cores when absent. */
  concurrency?: number;
  /** Each measurement group gets the machine alone (cells compared for speedup). */
  exclusiveGroups?: boolean;
  gitCommit?: string;
  /** Stop waiting after this long; a remote backend's jobs go on and are collected later. */
  deadlineMs?: number;
  /** At most this many jobs submitted and unfinished at once. */
  maxActive?: number;
  /** budget.max-vcpus: at most this many vCPUs of the run's jobs at once. */
  maxVcpus?: number;
}

export type BackendFactory = (setup: BackendSetup) => Backend;
