import type { Plan } from '../plan/plan.js';

/**
 * The record of a run, as its store gives it: the experiment it ran, its plan, where it stands.
 * How a store keeps it (its format version, the plan's jobs as rows) is format.ts.
 */
export interface RunManifest {
  /** The format it was stored in (format.ts RUN_FORMAT_VERSION); absent in runs stored before the field, read as 1. */
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
  /** The repository's default branch, from the event: its complete runs go into the history. */
  defaultBranch?: string;
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
