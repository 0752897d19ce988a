/**
 * The pull request's small trend (src/domain/history/pr-trend.ts) as a report section: per
 * changed cell, the base branch's last commits and this pull request, as a sparkline and
 * figures. Absent without history.
 */
import { formatValue, sparkline } from '../history/history-document.js';
import type { Section } from './section.js';
import type { ReportModel } from './model.js';
import type { Table } from './tables.js';
import { pct } from '../stats/compare-samples.js';

export function trendSection(model: ReportModel): Section[] {
  const trends = model.trend;
  if (!trends || trends.length === 0) return [];
  const table: Table = {
    headers: ['cell', 'trend', 'base branch, oldest first (mean)', 'this PR (mean)', 'vs last base commit'],
    align: ['l', 'l', 'l', 'r', 'l'],
    rows: trends.map((t) => {
      const own = t.points.at(-1)!;
      const before = t.points.slice(0, -1);
      const change = own.change !== undefined ? ` ${pct(own.change)}` : '';
      return [
        t.cell,
        sparkline(t.points.map((p) => p.mean)),
        before.map((p) => `${p.label} ${formatValue(t, p.mean)}`).join(' → '),
        formatValue(t, own.mean),
        own.verdict === 'regression'
          ? { text: `regression${change}`, tone: 'bad' }
          : own.verdict === 'improvement'
            ? { text: `improvement${change}`, tone: 'good' }
            : `${own.verdict ?? 'untested'}${change}`,
      ];
    }),
  };
  return [
    {
      key: 'trend',
      title: 'Trend of the changed cells',
      display: 'open',
      blocks: [
        {
          kind: 'paragraph',
          text: "Wall time of each cell that changed, over the base branch's last commits in the history, then this pull request.",
        },
        { kind: 'table', table },
      ],
    },
  ];
}
