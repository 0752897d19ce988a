/**
 * The run history as use cases: a finished run of the default branch (or any local run) adds
 * its entry; `batchbench history` and the pull request's trend read them back.
 */
import type { HistoryStore } from '../domain/campaign/history.js';
import { entryFromReport, fromCampaign, type RunHistoryStore } from '../domain/history/run-entry.js';
import { buildHistoryView, type HistoryView, type TrendOptions } from '../domain/history/trend.js';
import type { ReportComparison } from '../domain/analysis/compare-reports.js';
import { changedCells, prTrend } from '../domain/history/pr-trend.js';
import type { Trend } from '../domain/history/trend.js';
import type { ReportModel } from '../domain/report/model.js';
import type { MetricSpec } from '../domain/experiment/experiment.js';

/** Only a complete run is history: a partial or failed one would read as a regression. */
export function belongsInHistory(report: ReportModel): boolean {
  return report.run.status === 'complete' && report.cells.some((c) => c.wall.n > 0);
}

/** Appends the run's entry; resolves to where it went, or undefined when the run is not complete. */
export async function recordRun(
  report: ReportModel,
  store: RunHistoryStore,
  options: { ref?: string; metrics?: readonly MetricSpec[] } = {},
): Promise<string | undefined> {
  if (!belongsInHistory(report)) return undefined;
  const better = Object.fromEntries((options.metrics ?? []).map((m) => [m.name, m.better]));
  return store.append(entryFromReport(report, { ...(options.ref ? { ref: options.ref } : {}), better }));
}

/** An experiment's history as trends (cells × metrics over commits). */
export async function experimentHistory(
  experiment: string,
  store: RunHistoryStore,
  options: TrendOptions = {},
): Promise<HistoryView> {
  return buildHistoryView(experiment, await store.load(experiment), options);
}

/** A campaign's history as trends (instance type/variant × metric over weeks). */
export async function campaignHistory(
  campaign: string,
  store: HistoryStore,
  options: TrendOptions = {},
): Promise<HistoryView> {
  return buildHistoryView(campaign, fromCampaign(campaign, await store.load()), options);
}

/**
 * Reads the history once and gives what the comment needs once the comparison is known: the
 * trend of the cells that changed. A history that cannot be read costs the section, not the report.
 */
export async function prTrendFromHistory(
  report: ReportModel,
  store: RunHistoryStore,
  baseRef: string,
  log: (line: string) => void,
): Promise<((comparison: ReportComparison) => Trend[] | undefined) | undefined> {
  try {
    const entries = await store.load(report.experiment.name);
    return (comparison) => prTrend(entries, report, baseRef, changedCells(comparison));
  } catch (error) {
    log(`the history could not be read, so the comment shows no trend: ${(error as Error).message}`);
    return undefined;
  }
}
