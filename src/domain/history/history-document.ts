/**
 * The history view as the report's document sections (src/domain/report/document.ts), so the
 * report's own renderers draw it: a summary table (one row per trend, with a sparkline and its
 * regressions), then per trend its chart and every point with n, median, mean and interval.
 * Text stays raw here; each renderer escapes it.
 */
import { para, table, type Section } from '../report/section.js';
import { formatMetric, formatSeconds, plural, UNKNOWN } from '../report/format.js';
import type { Table, TableCell } from '../report/tables.js';
import { pct } from '../stats/compare-samples.js';
import { MAX_CHART_POINTS, trendChart, trendTitle } from './trend-chart.js';
import { regressions, untestedNote, type HistoryView, type Trend, type TrendPoint } from './trend.js';

const SPARKS = '▁▂▃▄▅▆▇█';
/** Points a sparkline shows: the newest. */
export const SPARK_POINTS = 20;

/** The newest means as block characters, lowest ▁ to highest █: a trend at a glance. */
export function sparkline(values: readonly number[]): string {
  const shown = values.slice(-SPARK_POINTS).filter(Number.isFinite);
  if (shown.length === 0) return '';
  const lo = Math.min(...shown);
  const hi = Math.max(...shown);
  return shown
    .map((v) => SPARKS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (SPARKS.length - 1))])
    .join('');
}

export function formatValue(trend: Pick<Trend, 'unit'>, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return UNKNOWN;
  return trend.unit === 's'
    ? formatSeconds(value)
    : `${formatMetric(value)}${trend.unit ? ` ${trend.unit}` : ''}`;
}

function interval(trend: Trend, p: TrendPoint): string {
  return p.n >= 2 ? `[${formatValue(trend, p.ci[0])}, ${formatValue(trend, p.ci[1])}]` : 'n < 2';
}

function verdictCell(p: TrendPoint): TableCell {
  if (p.untested !== undefined) return { text: 'not tested', tone: 'warn' };
  if (p.within !== undefined && p.change !== undefined)
    return `${pct(p.change)}, within ±${pct(p.within, false)}`;
  if (p.verdict === undefined) return UNKNOWN;
  const change = p.change !== undefined ? ` ${pct(p.change)}` : '';
  if (p.verdict === 'regression') return { text: `regression${change}`, tone: 'bad' };
  if (p.verdict === 'improvement') return { text: `improvement${change}`, tone: 'good' };
  return `${p.verdict}${change}`;
}

export function summaryTable(trends: readonly Trend[]): Table {
  return {
    headers: ['cell', 'metric', 'points', 'trend', 'latest mean [interval]', 'vs previous', 'regressions'],
    align: ['l', 'l', 'r', 'l', 'r', 'l', 'r'],
    rows: trends.map((t) => {
      const last = t.points.at(-1);
      const count = regressions(t).length;
      const untested = t.points.length > 1 && t.points.slice(1).every((p) => p.untested !== undefined);
      return [
        t.cell,
        t.metric,
        String(t.points.length),
        sparkline(t.points.map((p) => p.mean)),
        last ? `${formatValue(t, last.mean)} ${interval(t, last)}` : UNKNOWN,
        last ? verdictCell(last) : UNKNOWN,
        count > 0
          ? { text: String(count), tone: 'bad' }
          : untested
            ? { text: 'not testable', tone: 'warn' }
            : '0',
      ];
    }),
  };
}

export function pointsTable(trend: Trend, from = 0): Table {
  return {
    headers: ['#', 'commit', 'date', 'run', 'n', 'median', 'mean [interval]', 'vs previous'],
    align: ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'l'],
    rows: trend.points
      .slice(from)
      .map((p, i) => [
        String(from + i + 1),
        p.commit ? p.commit.slice(0, 12) : (p.ref ?? UNKNOWN),
        p.date.slice(0, 10),
        p.runId,
        String(p.n),
        formatValue(trend, p.median),
        `${formatValue(trend, p.mean)} ${interval(trend, p)}`,
        verdictCell(p),
      ]),
  };
}

function countLine(view: HistoryView): string {
  const regs = view.trends.reduce((s, t) => s + regressions(t).length, 0);
  const untested = view.trends.filter((t) => untestedNote(t) !== undefined).length;
  return (
    `${plural(view.entries, 'stored run')} over ${plural(view.commits, 'commit')}; ${view.shown} shown, ` +
    `${plural(view.trends.length, 'cell × metric trend')}, ${plural(regs, 'regression')} ` +
    '(a point significantly worse than the one before it, by the comparison `compare` uses)' +
    (untested > 0
      ? `; ${plural(untested, 'trend')} with points that could not be tested, each saying why.`
      : '.')
  );
}

/** Summary first, then a section per trend: its chart, then its points. */
export function historySections(view: HistoryView, options: { charts?: boolean } = {}): Section[] {
  if (view.entries === 0)
    return [
      {
        key: 'history',
        title: 'History',
        display: 'open',
        blocks: [para('No history yet: runs on the default branch add to it.')],
      },
    ];
  const notes = view.notes.length > 0 ? [{ kind: 'notes' as const, items: view.notes }] : [];
  const summary: Section = {
    key: 'history',
    title: 'Trends',
    display: 'open',
    blocks: [para(countLine(view)), ...notes, table(summaryTable(view.trends))],
  };
  if (options.charts === false) return [summary];
  return [summary, ...view.trends.map((t) => trendSection(t))];
}

/**
 * One trend: its chart, why some points carry no marker, then its newest points (as many as
 * the chart shows) and its regressions. The pull request's trend charts are these too.
 */
export function trendSection(t: Trend, options: { key?: string; title?: string } = {}): Section {
  const from = Math.max(0, t.points.length - MAX_CHART_POINTS);
  const untested = untestedNote(t);
  const capped =
    from > 0
      ? [para(`The newest ${MAX_CHART_POINTS} of ${t.points.length} points; --format json has them all.`)]
      : [];
  return {
    key: options.key ?? 'history-trend',
    // A report gives its own title: one equal to the chart's would be numbered apart from it.
    title: options.title ?? trendTitle(t),
    display: 'open',
    blocks: [
      ...(t.points.length >= 2 ? [{ kind: 'chart' as const, chart: trendChart(t) }] : []),
      ...(untested ? [para(untested)] : []),
      ...capped,
      table(pointsTable(t, from)),
      ...regressions(t).map((p) => para(`Regression at ${p.label}: ${p.reason ?? ''}`)),
    ],
  };
}
