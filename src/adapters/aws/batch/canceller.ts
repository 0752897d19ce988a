import type { CancelOutcome, CollectOptions } from '../../../ports/backend.js';
import type { RunManifest } from '../../../ports/run-store.js';
import { CANCEL_REASON, toView, type BatchJobView } from '../batch-records.js';
import { collectViews } from './collector.js';
import {
  ALL_STATUSES,
  childIndex,
  describeOpen,
  STARTED,
  summaryOf,
  TERMINAL,
  UNSTARTED,
  type BatchContext,
  type Live,
} from './context.js';

/** Ends every unfinished job of the submissions: CancelJob before a job starts, TerminateJob after. */
export async function cancelLive(ctx: BatchContext, open: readonly Live[]): Promise<CancelOutcome> {
  let cancelled = 0;
  let terminated = 0;
  const details = await ctx.api.describe(open.map((l) => l.sub.remoteId as string));
  for (const detail of details) {
    const counts = detail.arrayProperties?.statusSummary
      ? summaryOf(detail)
      : { [detail.status as string]: 1 };
    const unstarted = UNSTARTED.reduce((n, s) => n + (counts[s] ?? 0), 0);
    const started = STARTED.reduce((n, s) => n + (counts[s] ?? 0), 0);
    if (unstarted > 0) {
      await ctx.api.cancel(detail.jobId as string, CANCEL_REASON);
      cancelled += unstarted;
    }
    if (started > 0) {
      await ctx.api.terminate(detail.jobId as string, CANCEL_REASON);
      terminated += started;
    }
  }
  if (cancelled + terminated > 0)
    ctx.log(`cancelled ${cancelled} waiting and terminated ${terminated} running AWS Batch jobs`);
  return { cancelled, terminated };
}

/** After a cancel: what had finished gets its real record, the rest a cancelled one. */
export async function sweepCancelled(
  ctx: BatchContext,
  manifest: RunManifest,
  open: Live[],
  options: CollectOptions,
): Promise<void> {
  const details = await describeOpen(ctx, open);
  for (const l of open) {
    const detail = details.get(l.sub.remoteId as string);
    if (!detail) continue;
    let views: BatchJobView[];
    if (l.jobs.length === 1) {
      views = [toView(detail)];
    } else {
      l.counts = summaryOf(detail);
      views = [];
      for (const status of ALL_STATUSES) {
        if ((l.counts[status] ?? 0) === 0) continue;
        for (const child of await ctx.api.children(l.sub.remoteId as string, status)) {
          if (!l.done.has(childIndex(child.jobId))) views.push(toView(child));
        }
      }
    }
    const stamped = views.map((v) =>
      TERMINAL.includes(v.status)
        ? v
        : { ...v, status: 'FAILED', statusReason: CANCEL_REASON, stoppedAt: ctx.now() },
    );
    await collectViews(ctx, manifest, l, stamped, options);
    l.sub.collected = true;
  }
  await ctx.state.save(manifest.runId);
}
