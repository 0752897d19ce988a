import type { PlannedJob } from '../../../domain/plan/plan.js';
import type { JobRecord } from '../../../domain/results/job-record.js';
import type { CollectOptions, ExecutorEvent } from '../../../ports/backend.js';
import type { RunManifest } from '../../../ports/run-store.js';
import { batchRecord, toView, type BatchJobView } from '../batch-records.js';
import { logTail } from '../log-tail.js';
import { parseResultObject, type ResultObject } from '../result-object.js';
import { mapLimit } from '../s3-io.js';
import { jobResultsPrefix } from '../s3-location.js';
import { childIndexOf, type BatchContext, type Live } from './context.js';
import { reclaimedBySpot } from './spot-fallback.js';

/** The records of one finished array child (or single job). */
interface Collected {
  index: number;
  records: JobRecord[];
  /** The last record decides the job (not superseded by a newer submission, not moved to the fallback queue). */
  final: boolean;
  /** Spot took its host to the end: it goes to the fallback queue. */
  reclaimed: boolean;
}

/**
 * Records for finished jobs, from Batch's view of each and the runner's result objects; returns
 * the jobs Spot reclaimed to the end, for the fallback queue.
 */
export async function collectViews(
  ctx: BatchContext,
  manifest: RunManifest,
  l: Live,
  views: BatchJobView[],
  options: CollectOptions,
): Promise<PlannedJob[]> {
  const base = jobResultsPrefix(ctx.options.results, manifest.experiment, manifest.runId);
  const jobOf = (v: BatchJobView) => l.jobs[childIndexOf(v, l)] as PlannedJob;
  const attemptsOf = await resultAttempts(ctx, base, views.map(jobOf));
  const detailed = await withDetail(ctx, views, (v) => attemptsOf.get(jobOf(v).id) ?? []);
  const work = detailed.map((view) => ({ view, index: childIndexOf(view, l) }));
  const built = await mapLimit(work, ctx.options.collectConcurrency ?? 16, ({ view, index }) =>
    collectOne(ctx, manifest, l, view, index, attemptsOf.get(jobOf(view).id) ?? [], base),
  );
  await emit(ctx, l, built, options);
  if (l.done.size === l.jobs.length) {
    l.sub.collected = true;
    await ctx.state.save(manifest.runId);
  }
  return built.filter((b) => b.reclaimed).map((b) => l.jobs[b.index] as PlannedJob);
}

/** Summaries (ListJobs) lack attempts and log streams: describes the children that need them. */
async function withDetail(
  ctx: BatchContext,
  views: BatchJobView[],
  attempts: (view: BatchJobView) => number[],
): Promise<BatchJobView[]> {
  const needDetail = views.filter(
    (v) => v.attempts === undefined && (v.status === 'FAILED' || Math.max(0, ...attempts(v)) !== 1),
  );
  if (needDetail.length === 0) return views;
  const detailed = new Map(
    (await ctx.api.describe(needDetail.map((v) => v.batchJobId))).map((d) => [d.jobId, toView(d)]),
  );
  // Keep what the caller decided about the job (a cancel stamps unfinished jobs as such).
  return views.map((v) => {
    const d = detailed.get(v.batchJobId);
    if (!d) return v;
    return {
      ...d,
      status: v.status,
      ...(v.statusReason ? { statusReason: v.statusReason } : {}),
      ...(v.stoppedAt ? { stoppedAt: v.stoppedAt } : {}),
    };
  });
}

async function collectOne(
  ctx: BatchContext,
  manifest: RunManifest,
  l: Live,
  view: BatchJobView,
  index: number,
  attempts: readonly number[],
  base: string,
): Promise<Collected> {
  const job = l.jobs[index] as PlannedJob;
  const { results, own } = await ownResults(ctx, base, job, view, attempts);
  const count = Math.max(1, view.attempts?.length ?? 0, ...own);
  const superseded = ctx.state.owner.get(job.id) !== l.sub;
  const reclaimed = !superseded && reclaimedBySpot(job, l, view);
  const final = !superseded && !reclaimed;
  const stream = view.attempts?.at(-1)?.logStreamName ?? view.logStreamName;
  const tail =
    final && view.status === 'FAILED' && stream
      ? await logTail(ctx.options.clients.logs, stream, ctx.policy)
      : undefined;
  const records: JobRecord[] = [];
  // A task run again by a new Batch job (the fallback queue) numbers its attempts on from
  // the earlier job's, so the last attempt stays the one that decides the task.
  const before = ctx.state.earlierAttempts(job.id, view.createdAt);
  for (let a = 1; a <= count; a++) {
    const isFinal = final && a === count;
    // A job cancelled before it started, to run elsewhere, cost nothing and left nothing to record.
    if (!isFinal && superseded && view.attempts?.[a - 1]?.startedAt === undefined && !results.has(a))
      continue;
    const one = batchRecord({
      job,
      runId: manifest.runId,
      view,
      attempt: a,
      final: isFinal,
      ...(results.get(a) ? { result: results.get(a) as ResultObject } : {}),
      ...(isFinal && tail ? { logTail: tail } : {}),
      queue: l.sub.queue,
      ...(job.compute.fallbackQueue ? { fallbackQueue: job.compute.fallbackQueue } : {}),
      collectedAt: ctx.now(),
    });
    records.push(before > 0 ? { ...one, attempt: before + a } : one);
  }
  return { index, records, final, reclaimed };
}

/** The result objects of this Batch job's attempts of a task, by attempt. */
async function ownResults(
  ctx: BatchContext,
  base: string,
  job: PlannedJob,
  view: BatchJobView,
  attempts: readonly number[],
): Promise<{ results: Map<number, ResultObject>; own: number[] }> {
  const results = new Map<number, ResultObject>();
  const own: number[] = [];
  for (const a of attempts) {
    const text = await ctx.results.get(`${base}${job.id}/${a}.json`);
    const parsed = text === undefined ? undefined : parseResultObject(text);
    // Attempts of the same task by another Batch job (Spot, before the move to the fallback
    // queue) were recorded with that job: counting them here would make them this one's.
    if (parsed?.batchJobId !== undefined && parsed.batchJobId !== view.batchJobId) continue;
    own.push(a);
    if (parsed) results.set(a, parsed);
  }
  return { results, own };
}

/** Emitted together, so a store that batches writes (S3) writes them in a few objects. */
async function emit(ctx: BatchContext, l: Live, built: readonly Collected[], options: CollectOptions) {
  const events: ExecutorEvent[] = [];
  for (const { index, records, final } of built) {
    l.done.add(index);
    for (const record of records) {
      if (!ctx.state.markRecorded(record)) continue;
      const isLast = final && record === records[records.length - 1];
      if (record.attempt === 1 && (record.status !== 'cancelled' || record.commandStartedAt !== undefined)) {
        events.push({ type: 'job-started', jobId: record.jobId, attempt: 1, at: record.startedAt });
      }
      events.push(isLast ? { type: 'job-finished', record } : { type: 'job-retrying', record });
    }
  }
  for (let i = 0; i < events.length; i += 1000)
    await Promise.all(events.slice(i, i + 1000).map((e) => options.onEvent(e)));
}

/** Which attempts have a result object, for the given jobs, from one listing of the run. */
async function resultAttempts(
  ctx: BatchContext,
  base: string,
  jobs: readonly PlannedJob[],
): Promise<Map<string, number[]>> {
  const wanted = new Set(jobs.map((j) => j.id));
  const out = new Map<string, number[]>();
  const keys =
    jobs.length <= 20
      ? (await Promise.all(jobs.map((j) => ctx.results.keys(`${base}${j.id}/`)))).flat()
      : await ctx.results.keys(base);
  for (const key of keys) {
    const m = /^(.+)\/(\d+)\.json$/.exec(key.slice(base.length));
    if (!m || !wanted.has(m[1] as string)) continue;
    const list = out.get(m[1] as string) ?? [];
    list.push(Number(m[2]));
    out.set(m[1] as string, list);
  }
  return out;
}
