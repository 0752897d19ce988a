import type { PlannedJob } from '../../domain/plan/plan.js';
import type { JobRecord, JobStatus } from '../../domain/results/job-record.js';
import type { ResultObject } from './result-object.js';

/** What AWS Batch tells about one job or array child, from DescribeJobs or ListJobs. */
export interface BatchJobView {
  batchJobId: string;
  status: string;
  createdAt?: number;
  startedAt?: number;
  stoppedAt?: number;
  statusReason?: string;
  exitCode?: number;
  logStreamName?: string;
  attempts?: {
    startedAt?: number;
    stoppedAt?: number;
    statusReason?: string;
    exitCode?: number;
    logStreamName?: string;
  }[];
}

/** The reason batchbench gives when it cancels; it marks records as cancelled, not failed. */
export const CANCEL_REASON = 'batchbench: cancelled';

export interface RecordInput {
  job: PlannedJob;
  runId: string;
  view: BatchJobView;
  attempt: number;
  /** True for the attempt that decides the job: the last one. */
  final: boolean;
  result?: ResultObject;
  logTail?: string[];
  queue: string;
  fallbackQueue?: string;
  collectedAt: number;
}

/**
 * One JobRecord from Batch's own timestamps and the runner's result object: queue wait is
 * createdAt..startedAt, start-up startedAt..commandStartedAt, compute the command itself,
 * collection stoppedAt..collectedAt. A job whose runner never reported still gets a record.
 */
export function batchRecord(input: RecordInput): JobRecord {
  const { job, view, result } = input;
  const attempt = view.attempts?.[input.attempt - 1];
  // The job's own fields describe its last attempt: also when that attempt does not decide the
  // job (a Spot reclaim moved to the fallback queue keeps its "Host EC2 ..." reason).
  const last = input.final || input.attempt >= (view.attempts?.length ?? 1);
  const stoppedAt =
    attempt?.stoppedAt ?? (last ? view.stoppedAt : undefined) ?? result?.commandEndedAt ?? input.collectedAt;
  const startedAt =
    attempt?.startedAt ?? (last ? view.startedAt : undefined) ?? result?.containerStartedAt ?? stoppedAt;
  const queuedAt = view.createdAt ?? startedAt;
  const exitCode = result?.exitCode ?? attempt?.exitCode ?? (last ? view.exitCode : undefined);
  // TerminateJob puts its reason on the job; the attempt keeps the container's own ("Essential
  // container in task exited"), so a job batchbench stopped is known by the job's reason.
  const stoppedByUs =
    input.final && view.status !== 'SUCCEEDED' && view.statusReason?.startsWith(CANCEL_REASON);
  const reason = stoppedByUs
    ? view.statusReason
    : (attempt?.statusReason ?? (last ? view.statusReason : undefined));
  const status = recordStatus(input.final ? view.status : 'FAILED', reason);
  const record: JobRecord = {
    jobId: job.id,
    runId: input.runId,
    stage: job.stage,
    cellId: job.cellId,
    repeat: job.repeat,
    shardIndex: job.shardIndex,
    shardCount: job.shardCount,
    groupId: job.groupId,
    attempt: input.attempt,
    status,
    backend: 'aws-batch',
    queuedAt,
    startedAt: Math.max(queuedAt, startedAt),
    stoppedAt: Math.max(queuedAt, stoppedAt),
    collectedAt: input.collectedAt,
    metrics: result?.metrics ?? {},
  };
  if (job.speculativeOf !== undefined) record.speculativeOf = job.speculativeOf;
  if (exitCode !== undefined) record.exitCode = exitCode;
  if (result?.signal) record.signal = result.signal;
  if (status !== 'succeeded') {
    const why = [reason, result?.error].filter((s): s is string => Boolean(s)).join('; ');
    if (why) record.statusReason = why;
    const tail = input.logTail ?? result?.logTail;
    if (tail && tail.length > 0) record.logTail = tail;
  }
  if (result) {
    record.commandStartedAt = result.commandStartedAt;
    record.commandEndedAt = result.commandEndedAt;
    if (result.host) record.host = result.host;
    if (result.cpuModel) record.cpuModel = result.cpuModel;
    if (result.cpuCount) record.cpuCount = result.cpuCount;
    if (result.peakMemoryBytes) record.peakMemoryBytes = result.peakMemoryBytes;
  }
  // Where it ran, as the runner learnt it; else what it was planned on.
  const instanceType = result?.instanceType ?? job.compute.instanceType;
  if (instanceType) record.instanceType = instanceType;
  record.capacity = capacityOf(job, input.queue, input.fallbackQueue);
  return record;
}

function recordStatus(batchStatus: string, reason: string | undefined): JobStatus {
  if (batchStatus === 'SUCCEEDED') return 'succeeded';
  if (reason?.startsWith(CANCEL_REASON)) return 'cancelled';
  if (reason && /attempt duration|timed? ?out|timeout/i.test(reason)) return 'timed-out';
  return 'failed';
}

function capacityOf(job: PlannedJob, queue: string, fallbackQueue: string | undefined): 'spot' | 'on-demand' {
  if (job.compute.capacity === 'spot') return 'spot';
  if (job.compute.capacity === 'on-demand') return 'on-demand';
  return fallbackQueue !== undefined && queue === fallbackQueue ? 'on-demand' : 'spot';
}

/** Batch's JobDetail / JobSummary as a BatchJobView. */
export function toView(job: {
  jobId?: string;
  status?: string;
  createdAt?: number;
  startedAt?: number;
  stoppedAt?: number;
  statusReason?: string;
  container?: { exitCode?: number; logStreamName?: string };
  attempts?: {
    startedAt?: number;
    stoppedAt?: number;
    statusReason?: string;
    container?: { exitCode?: number; logStreamName?: string };
  }[];
}): BatchJobView {
  const view: BatchJobView = { batchJobId: job.jobId ?? '', status: job.status ?? 'SUBMITTED' };
  if (job.createdAt) view.createdAt = job.createdAt;
  if (job.startedAt) view.startedAt = job.startedAt;
  if (job.stoppedAt) view.stoppedAt = job.stoppedAt;
  if (job.statusReason) view.statusReason = job.statusReason;
  if (job.container?.exitCode !== undefined) view.exitCode = job.container.exitCode;
  if (job.container?.logStreamName) view.logStreamName = job.container.logStreamName;
  if (job.attempts) {
    view.attempts = job.attempts.map((a) => {
      const out: NonNullable<BatchJobView['attempts']>[number] = {};
      if (a.startedAt) out.startedAt = a.startedAt;
      if (a.stoppedAt) out.stoppedAt = a.stoppedAt;
      if (a.statusReason) out.statusReason = a.statusReason;
      if (a.container?.exitCode !== undefined) out.exitCode = a.container.exitCode;
      if (a.container?.logStreamName) out.logStreamName = a.container.logStreamName;
      return out;
    });
  }
  return view;
}
