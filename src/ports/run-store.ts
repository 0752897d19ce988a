import type { Plan } from '../domain/plan/plan.js';
import type { JobRecord } from '../domain/results/job-record.js';

export interface RunManifest {
  /** The layout of this record (app/stored-run.ts RUN_FORMAT_VERSION); absent in runs stored before it, read as 1. */
  formatVersion?: number;
  runId: string;
  experiment: string;
  /** The experiment file's text as it was run, so a report can be rebuilt from the run alone. */
  experimentFile: string;
  experimentSource: string;
  backend: string;
  createdAt: string;
  updatedAt: string;
  status: 'running' | 'complete' | 'partial' | 'failed' | 'cancelled';
  host?: string;
  cpuModel?: string;
  cpuCount?: number;
  gitCommit?: string;
  plan: Plan;
  /** Jobs a remote backend submitted for this run, so a later process attaches instead of submitting again. */
  submissions?: RemoteSubmission[];
  /** The GitHub workflow that submitted the run, so whoever finishes it publishes where that workflow would have. */
  origin?: RunOrigin;
  /** When the finished run's report went to its origin; the scheduled collector publishes each run once. */
  publishedAt?: string;
}

/** Where on GitHub a run was started: what its report's comment and check need once it finishes. */
export interface RunOrigin {
  /** owner/name */
  repository: string;
  /** The workflow's event: push, pull_request, workflow_dispatch, schedule, ... */
  event: string;
  /** The branch a push, dispatch or schedule ran on; never set for a pull request. */
  branch?: string;
  /** The pull request the run measured, and the branch it merges into. */
  pullRequest?: { number: number; baseRef: string };
  /** The commit the check goes on: the PR's head commit, else the commit the workflow ran for. */
  headSha?: string;
  experimentFile: string;
  /** The key of the sticky comment's hidden marker (`<!-- batchbench:<key> -->`). */
  commentKey: string;
  checkName: string;
}

/** One remote job (an AWS Batch array job or single job) holding some planned jobs of a run. */
export interface RemoteSubmission {
  /** Unique within the run; the remote job's name, so a submission whose answer was lost can be found. */
  name: string;
  queue: string;
  /** Planned job ids in array-index order (one for a single job). */
  jobIds: string[];
  /** The backend's job id; absent while the submission is only intended. */
  remoteId?: string;
  submittedAt?: string;
  /** Every job of it has its records in the store: a later process need not look at it again. */
  collected?: boolean;
  /** Why it was submitted when it was not the first submission of these jobs (retry, fallback queue). */
  reason?: string;
}

/** The process driving a run (running or submitting its jobs): what a second one is told. */
export interface RunHolder {
  pid: number;
  host: string;
  /** ISO time the process took the run. */
  since: string;
  /** The command line it was started with (shortened). */
  command: string;
}

/** A run taken by this process; nobody else drives it until released. */
export interface RunLock {
  readonly holder: RunHolder;
  release(): Promise<void>;
}

/** Where a run's manifest, its append-only records and its reports live. */
export interface RunStore {
  /** Fails if the run exists already. */
  create(manifest: RunManifest): Promise<void>;
  readManifest(runId: string): Promise<RunManifest>;
  /**
   * Takes the run for this process, so that two processes never run or submit its jobs at once.
   * Throws a UserError naming the holder (pid, host, since) when another live process has it; a
   * lock whose holder is gone is taken over.
   */
  lock(runId: string): Promise<RunLock>;
  updateManifest(runId: string, patch: Partial<Omit<RunManifest, 'runId' | 'plan'>>): Promise<void>;
  /** Durable once it resolves: a crash afterwards does not lose the record. */
  appendRecord(runId: string, record: JobRecord): Promise<void>;
  /** Every record, in append order; a torn last line from a crash is ignored. */
  readRecords(runId: string): Promise<JobRecord[]>;
  writeArtifact(runId: string, name: string, content: string): Promise<string>;
  list(): Promise<string[]>;
  /** The report JSON last stored as a branch's latest for an experiment (what a PR compares with), if any. */
  readBranchReport(experiment: string, branch: string): Promise<string | undefined>;
  /** Replaces the branch's latest report; resolves to where it is. */
  writeBranchReport(experiment: string, branch: string, reportJson: string): Promise<string>;
}
