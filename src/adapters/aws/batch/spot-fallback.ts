import type { JobStatus as BatchStatus } from '@aws-sdk/client-batch';
import type { PlannedJob } from '../../../domain/plan/plan.js';
import { childIndex, UNSTARTED, type BatchContext, type Live } from './context.js';

const FALLBACK_REASON = 'batchbench: moved to the fallback queue';

/** Warns about jobs stuck RUNNABLE; under spot-then-on-demand moves them to the fallback queue. */
export async function checkRunnable(ctx: BatchContext, open: readonly Live[]): Promise<PlannedJob[]> {
  const warnMs = ctx.options.runnableWarnMs ?? 10 * 60_000;
  const fallbackMs = ctx.options.fallbackAfterMs ?? 15 * 60_000;
  const moved: PlannedJob[] = [];
  for (const l of open) {
    const runnable = l.counts.RUNNABLE ?? 0;
    if (runnable === 0) {
      delete l.runnableSince;
      continue;
    }
    l.runnableSince ??= ctx.now();
    const waited = ctx.now() - l.runnableSince;
    const job = l.jobs[0] as PlannedJob;
    if (waited >= warnMs && !l.warned) {
      l.warned = true;
      ctx.log(runnableWarning(l, job, runnable, waited));
    }
    const fallbackQueue = job.compute.fallbackQueue;
    if (
      job.compute.capacity === 'spot-then-on-demand' &&
      fallbackQueue &&
      l.sub.queue !== fallbackQueue &&
      waited >= fallbackMs
    ) {
      moved.push(...(await moveUnstarted(ctx, l)));
    }
  }
  return moved;
}

function runnableWarning(l: Live, job: PlannedJob, runnable: number, waited: number): string {
  const r = job.resources;
  const since = waited < 60_000 ? `${Math.round(waited / 1000)} s` : `${Math.round(waited / 60_000)} min`;
  return (
    `warning: ${runnable} jobs of ${l.sub.name} RUNNABLE for ${since} on ${l.sub.queue}. Likely: ` +
    `no capacity for the compute environment's instance types (Spot or the Availability Zones have none), ` +
    `its max vCPUs reached by other jobs, or no allowed instance type fits ${r.vcpus} vCPUs, ` +
    `${Math.round(r.memoryBytes / 2 ** 20)} MiB${r.gpus > 0 ? `, ${r.gpus} GPUs` : ''} (Batch keeps some memory for itself).`
  );
}

/** Cancels the submission's children that have not started; returns their jobs, to submit on the fallback queue. */
async function moveUnstarted(ctx: BatchContext, l: Live): Promise<PlannedJob[]> {
  const parent = l.sub.remoteId as string;
  let indexes: number[];
  if (l.jobs.length === 1) {
    indexes = [0];
  } else {
    indexes = [];
    for (const status of UNSTARTED) {
      if ((l.counts[status] ?? 0) > 0) {
        for (const child of await ctx.api.children(parent, status as BatchStatus))
          indexes.push(childIndex(child.jobId));
      }
    }
  }
  // Moved once is moved for good: a second look while the cancel takes effect must not resubmit.
  indexes = indexes.filter((i) => !l.done.has(i));
  delete l.runnableSince;
  if (indexes.length === 0) return [];
  // Cancelling the parent cancels only the children that have not started (AWS Batch documentation).
  await ctx.api.cancel(parent, FALLBACK_REASON);
  // The moved jobs belong to the fallback submission from now on: this one records nothing
  // more for them, so a late end of the cancelled child never follows the real record.
  for (const i of indexes) l.done.add(i);
  if (l.done.size === l.jobs.length) l.sub.collected = true;
  const jobs = indexes.map((i) => l.jobs[i] as PlannedJob);
  ctx.log(
    `${jobs.length} jobs of ${l.sub.name} waited too long for Spot; moving them to ${jobs[0]?.compute.fallbackQueue}`,
  );
  return jobs;
}

/**
 * A job that Spot took its host from to the end (Batch's retries spent) goes to the fallback
 * queue, unless a newer submission holds it already.
 */
export function reclaimedBySpot(
  job: PlannedJob,
  l: Live,
  view: { status: string; statusReason?: string; attempts?: readonly { statusReason?: string }[] },
): boolean {
  return (
    view.status === 'FAILED' &&
    job.compute.capacity === 'spot-then-on-demand' &&
    job.compute.fallbackQueue !== undefined &&
    l.sub.queue !== job.compute.fallbackQueue &&
    /^Host EC2/.test(view.attempts?.at(-1)?.statusReason ?? view.statusReason ?? '')
  );
}
