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
