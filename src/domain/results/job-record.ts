/**
 * What one finished attempt of a job measured. The local backend, the container runner and
 * the AWS Batch collector all write this same record, so analysis never asks where it ran.
 * Times are epoch milliseconds. Optional fields are absent when the backend cannot know them.
 */
export type JobStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled' | 'superseded';

export interface JobRecord {
  jobId: string;
  runId: string;
  stage: string;
  cellId: string;
  repeat: number;
  shardIndex: number;
  shardCount: number;
  speculativeOf?: string;
  groupId: string;
  /** 1-based attempt number. */
  attempt: number;
  status: JobStatus;
  exitCode?: number;
  signal?: string;
  statusReason?: string;
  backend: 'local' | 'aws-batch' | 'slurm';
  /** Submitted / made ready to run. */
  queuedAt: number;
  /** Host or container obtained (Batch STARTING->RUNNING); equal to commandStartedAt locally. */
  startedAt: number;
  /** The workload's own command started and ended (container runner or local process). */
  commandStartedAt?: number;
  commandEndedAt?: number;
  stoppedAt: number;
  /** When the result reached the results store. */
  collectedAt?: number;
  host?: string;
  cpuModel?: string;
  cpuCount?: number;
  peakMemoryBytes?: number;
  instanceType?: string;
  capacity?: 'on-demand' | 'spot';
  metrics: Record<string, number>;
  /** Last lines of stderr/log for failed jobs; escaped only when rendered. */
  logTail?: string[];
}
