import type { PriceTable } from '../domain/cost/price-table.js';
import type { ReportModel } from '../domain/report/model.js';
import type { ExecutorEvent } from '../ports/executor.js';
import type { Progress } from '../ports/progress.js';
import type { RunManifest, RunStore } from '../ports/run-store.js';
import { publishArtifacts } from './publish-artifacts.js';
import { reportRun } from './report-run.js';

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
  if (unfinished > 0) {
    await deps.store.updateManifest(runId, { updatedAt });
  } else {
    // The report's status is decided from the records, so write it before reporting.
    await deps.store.updateManifest(runId, { status: 'complete', updatedAt });
  }
  const report = await reportRun(runId, { store: deps.store, prices: deps.prices });
  if (unfinished === 0 && report.run.status !== 'complete') {
    await deps.store.updateManifest(runId, { status: report.run.status, updatedAt });
  }
  const artifacts = await publishArtifacts(deps.store, runId, report);
  return { runId, unfinished, report, artifacts };
}
