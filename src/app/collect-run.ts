import type { PriceTable } from '../domain/cost/price-table.js';
import type { ReportModel } from '../domain/report/model.js';
import type { ExecutorEvent } from '../ports/executor.js';
import type { Progress } from '../ports/progress.js';
import type { RunManifest, RunOrigin, RunStore } from '../ports/run-store.js';
import { publishArtifacts } from './publish-artifacts.js';
import { publishRun, type ReportPublication, type ReportPublisher } from './publish-report.js';
import { reportRun } from './report-run.js';
import { loadRun } from './stored-run.js';
import { originProblem } from './verify-origin.js';

/** A backend that can gather the results of jobs a run submitted earlier (AWS Batch). */
export interface RunCollector {
  collect(
    manifest: RunManifest,
    options: { wait: boolean; signal: AbortSignal; onEvent: (event: ExecutorEvent) => void | Promise<void> },
  ): Promise<{ unfinished: number }>;
}

export interface CollectDeps {
  store: RunStore;
  collector: RunCollector;
  prices: PriceTable;
  progress: Progress;
  now: () => number;
  signal: AbortSignal;
}

export interface CollectOutcome {
  runId: string;
  /** Jobs still running: collect again later. */
  unfinished: number;
  report: ReportModel;
  artifacts: Record<string, string>;
}

/**
 * Gathers a run that went on while nobody waited (submit now, collect later: a GitHub job may
 * run 6 hours, a Batch job longer): records every job that finished since, then reports on
 * what the run holds. With `wait`, keeps going until every job finished.
 */
export async function collectRun(
  runId: string,
  deps: CollectDeps,
  options: { wait: boolean },
): Promise<CollectOutcome> {
  const manifest = await deps.store.readManifest(runId);
  let collected = 0;
  const { unfinished } = await deps.collector.collect(manifest, {
    wait: options.wait,
    signal: deps.signal,
    onEvent: async (event) => {
      if (event.type === 'job-started') return;
      await deps.store.appendRecord(runId, event.record);
      if (event.type === 'job-finished') collected++;
    },
  });
  deps.progress.log(
    `collected ${collected} finished jobs of ${runId}${unfinished > 0 ? `; ${unfinished} still running` : ''}`,
  );
  const updatedAt = new Date(deps.now()).toISOString();
  // A finished run collected again is left as it was: its report, finish time included, stays the same.
  const settled = manifest.status !== 'running' && collected === 0 && unfinished === 0;
  // A cancelled run stays cancelled: gathering its last records does not make it finished.
  if (!settled && (unfinished > 0 || manifest.status === 'cancelled')) {
    await deps.store.updateManifest(runId, { updatedAt });
  } else if (!settled) {
    // The report's status is decided from the records, so write it before reporting.
    await deps.store.updateManifest(runId, { status: 'complete', updatedAt });
  }
  const report = reportRun(await loadRun(deps.store, runId), deps.prices);
  if (!settled && unfinished === 0 && manifest.status !== 'cancelled' && report.run.status !== 'complete') {
    await deps.store.updateManifest(runId, { status: report.run.status, updatedAt });
  }
  const artifacts = await publishArtifacts(deps.store, runId, report);
  return { runId, unfinished, report, artifacts };
}

export interface PublishCollectedDeps {
  store: RunStore;
  /** The places a report goes: the job summary always; the origin's PR comment and check when given one. */
  publisherFor(origin: RunOrigin | undefined): ReportPublisher;
  log: (line: string) => void;
  now: () => number;
  /** owner/name of the repository the collector runs in: a run naming another is not published there. */
  repository?: string;
}

/**
 * What the scheduled collector does with a run it collected: the report always goes to its job
 * summary, and once the run is finished, to where the workflow that submitted it would have put
 * it (the PR's sticky comment, the commit's check, the branch's latest report), exactly once:
 * the run records that it was published, and a run collected again is not published again.
 */
export async function publishCollected(
  outcome: CollectOutcome,
  deps: PublishCollectedDeps,
): Promise<{ publication: ReportPublication; published: boolean }> {
  const manifest = await deps.store.readManifest(outcome.runId);
  const refused = manifest.origin ? originProblem(manifest.origin, deps.repository) : undefined;
  if (refused) deps.log(`${outcome.runId} is not published to its pull request or commit: ${refused}`);
  const origin = refused ? undefined : manifest.origin;
  const due =
    outcome.unfinished === 0 &&
    origin !== undefined &&
    manifest.publishedAt === undefined &&
    manifest.status !== 'cancelled';
  if (origin && manifest.publishedAt)
    deps.log(`${outcome.runId} was published at ${manifest.publishedAt}: not again`);
  const publication = await publishRun(
    {
      report: outcome.report,
      unfinished: outcome.unfinished,
      // Compared with its PR's base either way; a branch's latest only from its one publication.
      ...(origin ? { origin: due ? origin : { ...origin, branch: undefined } } : {}),
      markPublished: due,
    },
    {
      store: deps.store,
      publisher: deps.publisherFor(due ? origin : undefined),
      log: deps.log,
      now: deps.now,
    },
  );
  return { publication, published: due };
}
