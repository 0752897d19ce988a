/**
 * A trend as a chart: the report's line chart (src/domain/report/charts.ts) with commits on x,
 * the mean of each point with its interval, and the regressions marked. The report's renderers
 * draw it: SVG in HTML, Mermaid in Markdown (src/domain/report/svg.ts, mermaid.ts).
 */
import type { LineChart } from '../report/charts.js';
import type { Trend } from './trend.js';

/** Points one chart shows at most (the newest); the table beside it lists them all. */
export const MAX_CHART_POINTS = 60;

export function trendTitle(trend: Trend): string {
  return `${trend.metric} of ${trend.cell}`;
}

function yTitleOf(trend: Trend): string {
  const unit = trend.unit === 's' ? 'seconds' : trend.unit;
  return `${trend.metric}${unit && unit !== trend.metric ? ` (${unit})` : ''}, mean and interval`;
}

/** The chart of a trend's newest MAX_CHART_POINTS points; x is each point's position in the trend. */
export function trendChart(trend: Trend): LineChart {
  const first = Math.max(0, trend.points.length - MAX_CHART_POINTS);
  const points = trend.points.slice(first);
  const marked = points.flatMap((p, i) => (p.verdict === 'regression' ? [i] : []));
  return {
    kind: 'line',
    title: trendTitle(trend),
    xTitle: 'position, oldest first',
    yTitle: yTitleOf(trend),
    x: points.map((_, i) => first + i + 1),
    xLabels: points.map((p) => p.label),
    yUnit: trend.unit === 's' ? ' s' : '',
    series: [
      {
        role: 'measured',
        name: 'mean',
        values: points.map((p) => p.mean),
        ci: points.map((p) => (p.n >= 2 ? p.ci : undefined)),
      },
    ],
    ...(marked.length > 0 ? { marked } : {}),
  };
}
