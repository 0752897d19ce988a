import type { JobRecord } from '../domain/results/job-record.js';
import type { RunManifest } from '../domain/stored-run/manifest.js';

export type { RemoteSubmission, RunManifest, RunOrigin } from '../domain/stored-run/manifest.js';

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

/** A store that finds the runs of one experiment file text without reading every run's manifest. */
export interface RunsByText {
  /** Ids of the runs whose experiment file text is `source`, in no particular order. */
  runsOfText(source: string): Promise<string[]>;
}
