/**
 * Mermaid `xychart-beta` charts for the Markdown report (GitHub renders them in comments).
 * Every label goes through mermaidLabel: Mermaid has no escaping inside quoted strings.
 */
import { mermaidLabel } from './escape.js';
import type { CellReport, ScalingSeries } from './model.js';

/** More bars than this are unreadable in a comment; the tables still list every cell. */
export const MAX_CHART_BARS = 30;

function num(value: number): string {
  return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : '0';
}

function fence(lines: string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

function yMax(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  const max = finite.length > 0 ? Math.max(...finite) : 1;
  return max > 0 ? Number((max * 1.1).toPrecision(2)) : 1;
}

/** Measured speedup against p, with the ideal (linear) speedup as a second line. */
export function speedupChart(series: ScalingSeries, axis: string): string | undefined {
  if (series.points.length < 2) return undefined;
  const baseP = series.points.find((p) => p.cellId === series.baselineCellId)?.p ?? series.points[0]!.p;
  const measured = series.points.map((p) => p.speedup.value);
  const ideal = series.points.map((p) => (baseP > 0 ? p.p / baseP : NaN));
  return fence([
    'xychart-beta',
    `  title "${mermaidLabel(`Speedup vs ${axis} (${series.stage})`, 60)}"`,
    `  x-axis "${mermaidLabel(axis)}" [${series.points.map((p) => `"${mermaidLabel(String(p.p))}"`).join(', ')}]`,
    `  y-axis "speedup (x)" 0 --> ${num(yMax([...measured, ...ideal]))}`,
    `  line [${measured.map(num).join(', ')}]`,
    `  line [${ideal.map(num).join(', ')}]`,
  ]);
}

function barChart(title: string, yLabel: string, labels: string[], values: number[]): string {
  return fence([
    'xychart-beta',
    `  title "${mermaidLabel(title, 60)}"`,
    `  x-axis [${labels.map((l) => `"${mermaidLabel(l, 24)}"`).join(', ')}]`,
    `  y-axis "${mermaidLabel(yLabel)}" 0 --> ${num(yMax(values))}`,
    `  bar [${values.map(num).join(', ')}]`,
  ]);
}

/** Median wall time per cell (first MAX_CHART_BARS cells with a known median). */
export function wallTimeChart(cells: readonly CellReport[]): string | undefined {
  const shown = cells.filter((c) => Number.isFinite(c.wall.median)).slice(0, MAX_CHART_BARS);
  if (shown.length === 0) return undefined;
  return barChart(
    'Median wall time per cell',
    'seconds',
    shown.map((c) => c.cellId),
    shown.map((c) => c.wall.median),
  );
}

/** Cost per cell (first MAX_CHART_BARS cells that have a price). */
export function costChart(cells: readonly CellReport[]): string | undefined {
  const shown = cells
    .filter((c) => c.cost.basis !== 'none' && Number.isFinite(c.cost.usd))
    .slice(0, MAX_CHART_BARS);
  if (shown.length === 0) return undefined;
  return barChart(
    'Cost per cell',
    'USD',
    shown.map((c) => c.cellId),
    shown.map((c) => c.cost.usd),
  );
}
