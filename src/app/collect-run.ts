import type { PriceTable } from '../domain/cost/price-table.js';
import type { ReportModel } from '../domain/report/model.js';
import type { RunCollector } from '../ports/backend.js';
import type { Progress } from '../ports/progress.js';
import type { RunHistoryStore } from '../domain/history/run-entry.js';
import type { RunOrigin, RunStore } from '../ports/run-store.js';
import { publishArtifacts } from './publish-artifacts.js';
import { publishRun, type ReportPublication, type ReportPublisher } from './publish-report.js';
import { reportRun } from './report-run.js';
import { loadRun } from './stored-run.js';
import { takeRunLock } from './run-lock.js';
import { originProblem } from './verify-origin.js';

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
 * The run is held (RunStore.lock) from the first read to the end of `publish`: two collectors
 * at once never record a job twice nor publish twice. Without `wait`, a run another process
 * holds is refused with a RunBusyError naming it; with `wait`, this one waits its turn.
 */
export async function collectRun(
  runId: string,
  deps: CollectDeps,
  options: { wait: boolean; publish?: (outcome: CollectOutcome) => Promise<void> },
): Promise<CollectOutcome> {
  const lock = await takeRunLock(deps.store, runId, { patient: options.wait, signal: deps.signal });
  try {
    const outcome = await collectHeld(runId, deps, options);
    await options.publish?.(outcome);
    return outcome;
  } finally {
    await lock.release();
  }
}

async function collectHeld(
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
  /** The run history: a default branch's finished run adds to it, a PR's comment shows its trend. */
  history?: RunHistoryStore;
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
      ...(deps.history ? { history: deps.history } : {}),
      publisher: deps.publisherFor(due ? origin : undefined),
      log: deps.log,
      now: deps.now,
    },
  );
  return { publication, published: due };
}
