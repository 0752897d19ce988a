import type { PlannedJob } from '../../../domain/plan/plan.js';
import type { CollectOptions } from '../../../ports/backend.js';
import type { RunManifest } from '../../../ports/run-store.js';
import { toView, type BatchJobView } from '../batch-records.js';
import { cancelLive, sweepCancelled } from './canceller.js';
import { collectViews } from './collector.js';
import {
  ALL_STATUSES,
  childIndex,
  describeOpen,
  summaryOf,
  TERMINAL,
  unfinished,
  type BatchContext,
  type Live,
} from './context.js';
import { checkRunnable } from './spot-fallback.js';
import { submit, type Feed } from './submitter.js';

/**
 * Watches submissions until every job finished (or one look, without `wait`; or the deadline),
 * through the parents' status summaries, collecting children as they finish. Polls often while
 * things change and less while nothing does. An abort cancels what is left and records it.
 */
export async function track(
  ctx: BatchContext,
  manifest: RunManifest,
  live: Live[],
  options: CollectOptions,
  skip: ReadonlySet<string>,
  feed?: Feed,
): Promise<{ unfinished: number }> {
  const minMs = ctx.options.poll?.minMs ?? 2_000;
  const maxMs = ctx.options.poll?.maxMs ?? 60_000;
  const deadline = ctx.options.deadlineMs === undefined ? Infinity : ctx.now() + ctx.options.deadlineMs;
  let interval = minMs;
  for (;;) {
    if (feed) live.push(...(await feed.more()));
    const open = live.filter((l) => !l.sub.collected);
    if (open.length === 0) return { unfinished: 0 };
    if (options.signal.aborted) {
      await cancelLive(ctx, open);
      await sweepCancelled(ctx, manifest, open, options);
      return { unfinished: 0 };
    }
    const before = progressKey(open);
    live.push(...(await pollOnce(ctx, manifest, open, options, skip)));
    const remaining = live.filter((l) => !l.sub.collected);
    if (remaining.length === 0) {
      // Room for what waits to be submitted: submit it now rather than after a poll interval.
      if (feed && feed.left() > 0 && !options.signal.aborted) continue;
      return { unfinished: 0 };
    }
    if (!options.wait || ctx.now() >= deadline) return stopLooking(ctx, manifest, remaining, options, feed);
    interval = progressKey(remaining) !== before ? minMs : Math.min(maxMs, interval * 1.5);
    const jittered = interval * (0.8 + 0.4 * ctx.random());
    await ctx.sleep(Math.max(0, Math.min(jittered, deadline - ctx.now())), options.signal);
  }
}

function stopLooking(
  ctx: BatchContext,
  manifest: RunManifest,
  remaining: readonly Live[],
  options: CollectOptions,
  feed: Feed | undefined,
): { unfinished: number } {
  const left = unfinished(remaining);
  if (feed && feed.left() > 0) ctx.log(`${feed.left()} jobs were never submitted: run them again`);
  if (options.wait)
    ctx.log(
      `deadline reached: ${left} jobs still running; gather them later with: batchbench collect ${manifest.runId}`,
    );
  return { unfinished: left };
}

function progressKey(live: readonly Live[]): string {
  return live.map((l) => `${l.sub.remoteId}:${JSON.stringify(l.counts)}:${l.done.size}`).join('|');
}

/**
 * One look at every open submission: parents' summaries, then children only where some finished.
 * Returns the submissions it made for jobs moved to the fallback queue.
 */
async function pollOnce(
  ctx: BatchContext,
  manifest: RunManifest,
  open: Live[],
  options: CollectOptions,
  skip: ReadonlySet<string>,
): Promise<Live[]> {
  const details = await describeOpen(ctx, open);
  const finished: { live: Live; views: BatchJobView[] }[] = [];
  for (const l of open) {
    const detail = details.get(l.sub.remoteId as string);
    if (!detail) continue;
    if (l.jobs.length === 1) {
      l.counts = { [detail.status as string]: 1 };
      if (TERMINAL.includes(detail.status as string)) finished.push({ live: l, views: [toView(detail)] });
      continue;
    }
    l.counts = summaryOf(detail);
    const views = await finishedChildren(ctx, l);
    if (views.length > 0) finished.push({ live: l, views });
  }
  reportCounts(ctx, open);
  const fallback: PlannedJob[] = [];
  for (const { live, views } of finished)
    fallback.push(...(await collectViews(ctx, manifest, live, views, options)));
  fallback.push(...(await checkRunnable(ctx, open)));
  // A plan stored before plans carried their stages cannot submit: its jobs stay where they are.
  if (fallback.length === 0 || options.signal.aborted || !ctx.plan.stageTemplates) return [];
  const done = new Set([...skip, ...ctx.state.succeededIds()]);
  return submit(
    ctx,
    manifest,
    fallback,
    done,
    'spot-then-on-demand fallback',
    (job) => job.compute.fallbackQueue as string,
  );
}

/** The children that finished since the last look, fetched only when the summary says so. */
async function finishedChildren(ctx: BatchContext, l: Live): Promise<BatchJobView[]> {
  const size = l.jobs.length;
  const succeeded = l.counts.SUCCEEDED ?? 0;
  const failed = l.counts.FAILED ?? 0;
  const newly = succeeded + failed - l.seen.SUCCEEDED - l.seen.FAILED;
  if (newly <= 0) return [];
  const all = succeeded + failed === size;
  // Listing children costs calls in proportion to the array: wait for a worthwhile batch.
  const worth = newly >= Math.max(1, Math.ceil(size / 20)) || ctx.now() - l.lastChildFetch >= 60_000;
  if (!all && !worth) return [];
  const views: BatchJobView[] = [];
  for (const status of ['SUCCEEDED', 'FAILED'] as const) {
    if ((l.counts[status] ?? 0) > l.seen[status]) {
      for (const child of await ctx.api.children(l.sub.remoteId as string, status)) {
        if (!l.done.has(childIndex(child.jobId))) views.push(toView(child));
      }
    }
  }
  l.seen = { SUCCEEDED: succeeded, FAILED: failed };
  l.lastChildFetch = ctx.now();
  return views;
}

/** Logs the counts by status when they changed. */
function reportCounts(ctx: BatchContext, open: readonly Live[]): void {
  const totals: Record<string, number> = {};
  for (const l of open) for (const [k, v] of Object.entries(l.counts)) totals[k] = (totals[k] ?? 0) + v;
  const line = ALL_STATUSES.filter((s) => totals[s])
    .map((s) => `${totals[s]} ${s}`)
    .join(', ');
  if (line && line !== ctx.shown.counts) {
    ctx.shown.counts = line;
    ctx.log(`aws-batch: ${line}`);
  }
}
