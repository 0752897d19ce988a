import type { Plan } from '../domain/plan/plan.js';
import type { JobRecord } from '../domain/results/job-record.js';

export interface RunManifest {
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

/** Where a run's manifest, its append-only records and its reports live. */
export interface RunStore {
  /** Fails if the run exists already. */
  create(manifest: RunManifest): Promise<void>;
  readManifest(runId: string): Promise<RunManifest>;
  updateManifest(runId: string, patch: Partial<Omit<RunManifest, 'runId' | 'plan'>>): Promise<void>;
  /** Durable once it resolves: a crash afterwards does not lose the record. */
  appendRecord(runId: string, record: JobRecord): Promise<void>;
  /** Every record, in append order; a torn last line from a crash is ignored. */
  readRecords(runId: string): Promise<JobRecord[]>;
  writeArtifact(runId: string, name: string, content: string): Promise<string>;
  list(): Promise<string[]>;
}
