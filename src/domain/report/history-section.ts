/**
 * The pull request's small trend (src/domain/history/pr-trend.ts) as report sections: a
 * summary table of every changed cell (the base branch's last commits and this pull request,
 * with a sparkline: the accessible summary, and what a short comment keeps), then a chart per
 * changed cell for the first few, drawn like `batchbench history` draws a trend (Mermaid in
 * Markdown, SVG in HTML) with its points table under it. Absent without history.
 */
import { formatValue, sparkline, trendSection as trendChartSection } from '../history/history-document.js';
import { PR_TREND_CHARTS, PR_TREND_POINTS } from '../history/pr-trend.js';
import type { Trend } from '../history/trend-types.js';
import { para, table, type Section } from './section.js';
import type { ReportModel } from './model.js';
import type { Table, TableCell } from './tables.js';
import { pct } from '../stats/compare-samples.js';

/** The fold key of the charts: a long comment drops them and keeps the summary table. */
export const TREND_CHARTS_KEY = 'trend-charts';

function verdictCell(own: Trend['points'][number]): TableCell {
  const change = own.change !== undefined ? ` ${pct(own.change)}` : '';
  if (own.verdict === 'regression') return { text: `regression${change}`, tone: 'bad' };
  if (own.verdict === 'improvement') return { text: `improvement${change}`, tone: 'good' };
  if (own.untested !== undefined) return { text: `not tested${change}: ${own.untested}`, tone: 'warn' };
  return `${own.verdict ?? (own.within !== undefined ? `within ±${pct(own.within, false)}` : 'untested')}${change}`;
}

function summaryTable(trends: readonly Trend[]): Table {
  return {
    headers: ['cell', 'trend', 'base branch, oldest first (mean)', 'this PR (mean)', 'vs last base commit'],
    align: ['l', 'l', 'l', 'r', 'l'],
    rows: trends.map((t) => {
      const own = t.points.at(-1)!;
      const before = t.points.slice(0, -1);
      return [
        t.cell,
        sparkline(t.points.map((p) => p.mean)),
        before.map((p) => `${p.label} ${formatValue(t, p.mean)}`).join(' → '),
        formatValue(t, own.mean),
        verdictCell(own),
      ];
    }),
  };
}

/** The cells charted: regressions of this pull request first, then in the table's order. */
export function chartedTrends(trends: readonly Trend[]): Trend[] {
  const bad = (t: Trend): number => (t.points.at(-1)?.verdict === 'regression' ? 0 : 1);
  return [...trends].sort((a, b) => bad(a) - bad(b)).slice(0, PR_TREND_CHARTS);
}

function capLine(trends: readonly Trend[], charted: number): string {
  const which =
    charted < trends.length
      ? `Charts of ${charted} of the ${trends.length} changed cells (regressions first; the table has them all)`
      : `A chart per changed cell`;
  return (
    `${which}: the base branch's last ${PR_TREND_POINTS} commits in the history, then this pull ` +
    'request, each point tested against the one before it.'
  );
}

export function trendSection(model: ReportModel): Section[] {
  const trends = model.trend;
  if (!trends || trends.length === 0) return [];
  const charted = chartedTrends(trends);
  return [
    {
      key: 'trend',
      title: 'Trend of the changed cells',
      display: 'open',
      blocks: [
        para(
          "Wall time of each cell that changed, over the base branch's last commits in the history, then this pull request.",
        ),
        table(summaryTable(trends)),
        para(capLine(trends, charted.length)),
      ],
    },
    ...charted.map((t) => trendChartSection(t, { key: TREND_CHARTS_KEY, title: `Trend of ${t.cell}` })),
  ];
}
