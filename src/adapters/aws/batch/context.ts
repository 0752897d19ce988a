import type { JobDetail } from '@aws-sdk/client-batch';
import type { Plan } from '../../../domain/plan/plan.js';
import type { RunStore } from '../../../ports/run-store.js';
import type { BatchApi } from '../batch-api.js';
import type { AwsClients } from '../clients.js';
import type { RetryPolicy } from '../retry.js';
import type { S3Io } from '../s3-io.js';
import type { S3Location } from '../s3-location.js';
import type { Live } from './live.js';
import type { RunState } from './run-state.js';

export type { Live } from './live.js';

export interface BatchExecutorOptions {
  clients: AwsClients;
  /** Where the run's manifest and records are kept. */
  store: RunStore;
  /** The results store the container runner uploads its result objects to (the file's results.store). */
  results: S3Location;
  /** Everything submitting needs: jobs, cells, stage templates and image (collect and cancel need the jobs only). */
  plan: Plan;
  executionRoleArn?: string;
  gitCommit?: string;
  log?: (line: string) => void;
  /** Poll interval bounds: it starts low, grows while nothing changes, drops back on change. */
  poll?: { minMs?: number; maxMs?: number };
  /** A job RUNNABLE longer than this is reported with its likely causes. */
  runnableWarnMs?: number;
  /** spot-then-on-demand: jobs RUNNABLE this long on Spot move to the fallback queue. */
  fallbackAfterMs?: number;
  /** Stop waiting after this long; the jobs keep running and `collect` gathers them later. */
  deadlineMs?: number;
  /**
   * At most this many jobs submitted and not yet finished at once (a campaign's max-concurrent);
   * the rest are submitted, in the order given, as earlier ones finish.
   */
  maxActive?: number;
  /**
   * budget.max-vcpus: at most this many vCPUs asked for by jobs submitted and not yet finished;
   * the rest wait, in order, as maxActive's do. Batch itself knows no such per-run limit.
   */
  maxActiveVcpus?: number;
  collectConcurrency?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** What the parts of the executor share while attached to one run. */
export interface BatchContext {
  readonly options: BatchExecutorOptions;
  readonly plan: Plan;
  readonly api: BatchApi;
  /** The results bucket, for the runner's result objects. */
  readonly results: S3Io;
  readonly state: RunState;
  readonly policy: RetryPolicy;
  readonly now: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random: () => number;
  readonly log: (line: string) => void;
  /** The counts by status last logged, so an unchanged line is not logged again. */
  readonly shown: { counts: string };
}

export const UNSTARTED: readonly string[] = ['SUBMITTED', 'PENDING', 'RUNNABLE'];
export const STARTED: readonly string[] = ['STARTING', 'RUNNING'];
export const TERMINAL: readonly string[] = ['SUCCEEDED', 'FAILED'];
export const ALL_STATUSES = [
  'SUBMITTED',
  'PENDING',
  'RUNNABLE',
  'STARTING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
] as const;

/** A submission being watched in this process. */

/** Jobs submitted and not yet finished. */
export function unfinished(live: readonly Live[]): number {
  return live.filter((l) => !l.sub.collected).reduce((n, l) => n + l.jobs.length - l.done.size, 0);
}

/** vCPUs asked for by jobs submitted and not yet finished. */
export function unfinishedVcpus(live: readonly Live[]): number {
  let total = 0;
  for (const l of live) {
    if (l.sub.collected) continue;
    l.jobs.forEach((job, i) => {
      if (!l.done.has(i)) total += job.resources.vcpus;
    });
  }
  return total;
}

export function childIndex(batchJobId: string | undefined): number {
  const m = /:(\d+)$/.exec(batchJobId ?? '');
  return m ? Number(m[1]) : 0;
}

export function childIndexOf(view: { batchJobId?: string }, l: Live): number {
  return l.jobs.length === 1 ? 0 : childIndex(view.batchJobId);
}

/** An array job's children by status, from its parent's summary. */
export function summaryOf(detail: JobDetail): Record<string, number> {
  const summary = detail.arrayProperties?.statusSummary ?? {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(summary)) if (v) out[k] = v;
  return out;
}

/** Each submission's parent job described, by its remote id. */
export async function describeOpen(
  ctx: BatchContext,
  open: readonly Live[],
): Promise<Map<string, JobDetail>> {
  const details = await ctx.api.describe(open.map((l) => l.sub.remoteId as string));
  return new Map(details.map((d) => [d.jobId as string, d]));
}
