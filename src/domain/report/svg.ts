/**
 * Inline SVG charts for the HTML report, drawn here so the page needs no script and no
 * external resource. Labels are escaped like any other HTML text.
 */
import type { BarChart, Chart, LineChart } from './charts.js';
import { clip, escapeHtml } from './escape.js';
import { formatSeconds, formatUsd } from './format.js';
import { IDEAL_COLOUR, MEASURED_COLOUR, REGRESSION_COLOUR } from './mermaid.js';

const FONT = 'font-family="system-ui, sans-serif" font-size="11"';

function n(value: number): string {
  return Number.isFinite(value) ? Number(value.toFixed(1)).toString() : '0';
}

/** The smallest round number at or above `value`: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step =
    [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * magnitude >= value * (1 - 1e-9)) ?? 10;
  return Number((step * magnitude).toPrecision(3));
}

/** The part of a rising line at or below `top`: it ends where it crosses the top of the plot. */
function belowTop(xs: number[], values: number[], top: number): [number[], number[]] {
  const outX: number[] = [];
  const outY: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= top) {
      outX.push(xs[i]!);
      outY.push(v);
      continue;
    }
    const prev = values[i - 1];
    if (prev != null && prev < top) {
      outX.push(xs[i - 1]! + ((top - prev) / (v - prev)) * (xs[i]! - xs[i - 1]!));
      outY.push(top);
    }
    break;
  }
  return [outX, outY];
}

/**
 * Measured speedup against p (dark, solid, with points and intervals) and the ideal linear
 * speedup (grey, dashed). The y-axis scales to the measurements: the ideal line runs off the
 * top, clipped, rather than squeezing the data into the bottom of the chart.
 */
function lineSvg(chart: LineChart): string {
  const measured = chart.series.find((s) => s.role === 'measured')!;
  const ideal = chart.series.find((s) => s.role === 'ideal');
  const w = 480;
  const h = 300;
  const [left, right, top, bottom] = [48, 16, 28, 40];
  const maxP = Math.max(...chart.x);
  const minP = Math.min(...chart.x);
  const highest = Math.max(
    ...measured.values.map((v, i) => Math.max(v, measured.ci?.[i]?.[1] ?? 0)).filter(Number.isFinite),
  );
  const yTop = niceMax(highest * 1.05);
  const x = (p: number): number =>
    left + (maxP === minP ? 0 : ((p - minP) / (maxP - minP)) * (w - left - right));
  const y = (s: number): number => h - bottom - (s / yTop) * (h - top - bottom);
  const path = (xs: number[], values: number[]): string =>
    values
      .map((v, i) => [x(xs[i]!), y(v)] as const)
      .filter(([, yv]) => Number.isFinite(yv))
      .map(([xv, yv], i) => `${i === 0 ? 'M' : 'L'}${n(xv)},${n(yv)}`)
      .join(' ');
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yTop);
  const intervals = chart.x.flatMap((p, i) => {
    const ci = measured.ci?.[i];
    return ci != null && Number.isFinite(ci[0]) && Number.isFinite(ci[1])
      ? [
          `<line x1="${n(x(p))}" x2="${n(x(p))}" y1="${n(y(ci[0]))}" y2="${n(y(ci[1]))}" stroke="${MEASURED_COLOUR}"/>`,
        ]
      : [];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...yTicks.map(
      (t) =>
        `<line x1="${left}" x2="${w - right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#e5e5e5"/>` +
        `<text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end" ${FONT}>${Number(t.toPrecision(3))}${escapeHtml(chart.yUnit ?? '×')}</text>`,
    ),
    ...xTickLabels(chart, w - left - right).map(
      ([p, label]) =>
        `<text x="${n(x(p))}" y="${h - bottom + 16}" text-anchor="middle" ${FONT}>${escapeHtml(label)}</text>`,
    ),
    `<text x="${(left + w - right) / 2}" y="${h - 6}" text-anchor="middle" ${FONT}>${escapeHtml(clip(chart.xTitle, 40))}</text>`,
    ideal != null
      ? `<path d="${path(...belowTop(chart.x, ideal.values, yTop))}" fill="none" stroke="${IDEAL_COLOUR}" stroke-dasharray="5 4"/>`
      : '',
    `<path d="${path(chart.x, measured.values)}" fill="none" stroke="${MEASURED_COLOUR}" stroke-width="2.5"/>`,
    ...intervals,
    ...chart.x.map(
      (p, i) =>
        `<circle cx="${n(x(p))}" cy="${n(y(measured.values[i]!))}" r="3.5" fill="${MEASURED_COLOUR}"/>`,
    ),
    ...(chart.marked ?? []).map(
      (i) =>
        `<circle cx="${n(x(chart.x[i]!))}" cy="${n(y(measured.values[i]!))}" r="6" fill="none" stroke="${REGRESSION_COLOUR}" stroke-width="2"><title>regression</title></circle>`,
    ),
    `<text x="${left + 8}" y="${top - 10}" ${FONT} fill="${MEASURED_COLOUR}">— ${escapeHtml(measured.name)} (with CI)</text>`,
    ideal != null
      ? `<text x="${left + 170}" y="${top - 10}" ${FONT} fill="#6e6e6e">- - ${escapeHtml(ideal.name)}</text>`
      : '',
    (chart.marked ?? []).length > 0
      ? `<text x="${left + 220}" y="${top - 10}" ${FONT} fill="${REGRESSION_COLOUR}">○ regression</text>`
      : '',
    '</svg>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The x labels that fit side by side: every k-th one (and the last) when they would overlap. */
function xTickLabels(chart: LineChart, width: number): [number, string][] {
  const labels = chart.x.map((p, i) => chart.xLabels?.[i] ?? String(p));
  const widest = Math.max(1, ...labels.map((l) => l.length)) * 6.5 + 8;
  const step = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(width / widest))));
  return chart.x.flatMap((p, i): [number, string][] =>
    i % step === 0 || (i === labels.length - 1 && i % step >= step / 2) ? [[p, labels[i]!]] : [],
  );
}

/** Horizontal bars, one per cell, with the full cell id beside each bar. */
function barSvg(chart: BarChart): string {
  const labelWidth = 180;
  const barArea = 300;
  const row = 20;
  const w = labelWidth + barArea + 110;
  const h = chart.bars.length * row + 10;
  const max = niceMax(Math.max(...chart.bars.map((b) => b.value)));
  const format = chart.unit === 'usd' ? formatUsd : formatSeconds;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...chart.bars.map((b, i) => {
      const yPos = 5 + i * row;
      const len = (b.value / max) * barArea;
      const n_ = chart.unit === 'seconds' ? ` (n=${b.n})` : '';
      return (
        `<text x="${labelWidth - 6}" y="${yPos + 13}" text-anchor="end" ${FONT}>${escapeHtml(clip(b.label, 26))}</text>` +
        `<rect x="${labelWidth}" y="${yPos + 3}" width="${n(Math.max(len, 1))}" height="${row - 6}" fill="${MEASURED_COLOUR}"/>` +
        `<text x="${n(labelWidth + len + 4)}" y="${yPos + 13}" ${FONT}>${escapeHtml(format(b.value))}${n_}</text>`
      );
    }),
    '</svg>',
  ].join('\n');
}

export function chartSvg(chart: Chart): string {
  return chart.kind === 'line' ? lineSvg(chart) : barSvg(chart);
}
