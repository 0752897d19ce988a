/**
 * The small trend a pull request's comment shows: for each cell whose wall time changed
 * against the base branch, the base branch's last few commits from the history and this pull
 * request as the newest point, each tested against the one before it.
 */
import type { ReportComparison } from '../analysis/compare-reports.js';
import type { ReportModel } from '../report/model.js';
import { entryFromReport, WALL_METRIC, type RunHistoryEntry } from './run-entry.js';
import { buildHistoryView, perCommit, type Trend } from './trend.js';

/** Base-branch commits shown before the pull request's own point. */
export const PR_TREND_POINTS = 5;
/** Cells shown at most, so the section stays small in a comment. */
export const PR_TREND_CELLS = 10;
/** Of those, cells drawn as a chart (with its points table): the rest are in the summary table. */
export const PR_TREND_CHARTS = 3;

/** Cells whose change the comparison found significant, as history names them (stage/cell). */
export function changedCells(comparison: ReportComparison): string[] {
  return comparison.cells
    .filter((c) => c.verdict === 'regression' || c.verdict === 'improvement')
    .map((c) => `${c.stage}/${c.cellId}`);
}

/** Undefined when nothing changed or the base branch has no history: then there is no section. */
export function prTrend(
  history: readonly RunHistoryEntry[],
  head: ReportModel,
  baseRef: string,
  changed: readonly string[],
): Trend[] | undefined {
  if (changed.length === 0) return undefined;
  const base = perCommit(history.filter((e) => e.ref === baseRef)).slice(-PR_TREND_POINTS);
  if (base.length === 0) return undefined;
  const own = entryFromReport(head, { ref: 'this PR' });
  delete own.commit;
  const view = buildHistoryView(head.experiment.name, [...base, { ...own, date: '\uffff' }], {
    limit: PR_TREND_POINTS + 1,
    metrics: [WALL_METRIC],
    maxTrends: Number.MAX_SAFE_INTEGER,
  });
  const wanted = new Set(changed);
  const trends = view.trends
    .filter((t) => wanted.has(t.cell) && t.points.length >= 2)
    .slice(0, PR_TREND_CELLS);
  // The pull request's point sorted last by a placeholder date; its table row shows the real one.
  for (const t of trends) t.points.at(-1)!.date = head.run.startedAt;
  return trends.length > 0 ? trends : undefined;
}
