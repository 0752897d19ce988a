/**
 * What the report's charts show, as plain data: the Markdown renderer draws them as Mermaid,
 * the HTML renderer as inline SVG, the terminal leaves them out (its tables hold the figures).
 * One chart per stage, so that stages that share cell ids never share x labels.
 */
import type { CellReport, ScalingSeries } from './model.js';

/** More bars than this are unreadable; the tables still list every cell. */
export const MAX_CHART_BARS = 30;

export interface LineSeries {
  /** How a reader tells the series apart: the measured one is drawn dark and on top. */
  role: 'measured' | 'ideal';
  name: string;
  values: number[];
  /** Confidence interval of each value, where known (measured series only). */
  ci?: ([number, number] | undefined)[];
}

export interface LineChart {
  kind: 'line';
  title: string;
  xTitle: string;
  yTitle: string;
  /** The x positions (the parallelism axis), in order. */
  x: number[];
  /** Drawn in this order: the ideal line first, so the measured one lies on top. */
  series: LineSeries[];
  /** Shown under the points instead of x (commits of a history trend), thinned to fit. */
  xLabels?: string[];
  /** After each y tick: '×' (speedup) when absent. */
  yUnit?: string;
  /** Indices of points marked as regressions (drawn in red, with a legend entry). */
  marked?: number[];
}

export interface Bar {
  /** The full label (a cell id); renderers with little room use `short` and a key. */
  label: string;
  short: string;
  value: number;
  n: number;
}

export interface BarChart {
  kind: 'bar';
  title: string;
  yTitle: string;
  unit: 'seconds' | 'usd';
  bars: Bar[];
  /** True when `short` differs from `label`: the renderer prints a key of short to full labels. */
  keyed: boolean;
  /** Cells left out beyond MAX_CHART_BARS. */
  omitted: number;
}

export type Chart = LineChart | BarChart;

/** Measured speedup against p, with the ideal (linear) speedup for reference. */
export function speedupLineChart(series: ScalingSeries, axis: string, title: string): LineChart | undefined {
  const points = series.points.filter((p) => Number.isFinite(p.p) && Number.isFinite(p.speedup.value));
  if (points.length < 2) return undefined;
  const baseP = series.points.find((p) => p.cellId === series.baselineCellId)?.p ?? points[0]!.p;
  return {
    kind: 'line',
    title,
    xTitle: axis,
    yTitle: 'speedup (×)',
    x: points.map((p) => p.p),
    series: [
      { role: 'ideal', name: 'ideal (linear)', values: points.map((p) => (baseP > 0 ? p.p / baseP : NaN)) },
      {
        role: 'measured',
        name: 'measured',
        values: points.map((p) => p.speedup.value),
        ci: points.map((p) => p.speedup.ci),
      },
    ],
  };
}

/**
 * Widest label, in characters, that fits under each of `count` bars of a chart about 600 px
 * wide at 8 px a character: Mermaid neither wraps nor rotates x labels, so longer ones overlap.
 */
export function labelRoom(count: number): number {
  return Math.max(1, Math.floor((600 / Math.max(1, count) - 12) / 8));
}

function bars(
  title: string,
  yTitle: string,
  unit: BarChart['unit'],
  scope: BarScope,
  value: (cell: CellReport) => number,
): BarChart | undefined {
  const all = scope.cells.filter((c) => Number.isFinite(value(c)));
  const shown = all.slice(0, MAX_CHART_BARS);
  if (shown.length === 0) return undefined;
  const room = labelRoom(shown.length);
  const labels = shown.map(scope.label);
  const keyed = new Set(labels).size !== labels.length || labels.some((l) => l.length > room);
  return {
    kind: 'bar',
    title,
    yTitle,
    unit,
    bars: shown.map((c, i) => ({
      label: labels[i]!,
      short: keyed ? `c${i + 1}` : labels[i]!,
      value: value(c),
      n: c.wall.n,
    })),
    keyed,
    omitted: all.length - shown.length,
  };
}

/**
 * What the bars of one chart stand for: the cells of one stage, or, in an experiment whose
 * stages have one cell each, the stages themselves (labelled by stage name).
 */
export interface BarScope {
  /** "cell (stage train)" or "stage". */
  per: string;
  cells: readonly CellReport[];
  label: (cell: CellReport) => string;
}

/** Median wall time of each cell (or stage) in scope. */
export function wallTimeBarChart(scope: BarScope): BarChart | undefined {
  return bars(`Median wall time per ${scope.per}`, 'seconds', 'seconds', scope, (c) => c.wall.median);
}

/** Cost of each priced cell (or stage) in scope. */
export function costBarChart(scope: BarScope): BarChart | undefined {
  return bars(`Cost per ${scope.per}`, 'USD', 'usd', scope, (c) =>
    c.cost.basis !== 'none' ? c.cost.usd : NaN,
  );
}
