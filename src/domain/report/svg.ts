/**
 * Inline SVG charts for the HTML report, drawn here so the page needs no script and no
 * external resource. Labels are escaped like any other HTML text.
 */
import { clip, escapeHtml } from './escape.js';
import { formatSeconds } from './format.js';
import type { CellReport, ScalingSeries } from './model.js';

/** Bars beyond this are left out of the chart (the table lists every cell). */
export const MAX_SVG_BARS = 40;

const FONT = 'font-family="system-ui, sans-serif" font-size="11"';

function n(value: number): string {
  return Number.isFinite(value) ? Number(value.toFixed(1)).toString() : '0';
}

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** Measured speedup against p (solid, with points) and the ideal linear speedup (dashed). */
export function speedupSvg(series: ScalingSeries, axis: string): string | undefined {
  const points = series.points.filter((p) => Number.isFinite(p.speedup.value) && Number.isFinite(p.p));
  if (points.length < 2) return undefined;
  const baseP = series.points.find((p) => p.cellId === series.baselineCellId)?.p ?? points[0]!.p;
  const w = 480;
  const h = 300;
  const left = 48;
  const right = 16;
  const top = 24;
  const bottom = 40;
  const maxP = Math.max(...points.map((p) => p.p));
  const minP = Math.min(...points.map((p) => p.p));
  const ideal = (p: number): number => (baseP > 0 ? p / baseP : NaN);
  const yTop = niceMax(
    Math.max(...points.map((p) => Math.max(p.speedup.value, p.speedup.ci?.[1] ?? 0, ideal(p.p)))),
  );
  const x = (p: number): number =>
    left + (maxP === minP ? 0 : ((p - minP) / (maxP - minP)) * (w - left - right));
  const y = (s: number): number => h - bottom - (s / yTop) * (h - top - bottom);
  const path = (f: (p: number) => number, ps: number[]): string =>
    ps.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(x(p))},${n(y(f(p)))}`).join(' ');
  const ps = points.map((p) => p.p);
  const measured = new Map(points.map((p) => [p.p, p.speedup.value]));
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yTop);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(`Speedup vs ${axis}`)}">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...yTicks.map(
      (t) =>
        `<line x1="${left}" x2="${w - right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#e5e5e5"/>` +
        `<text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end" ${FONT}>${Number(t.toPrecision(3))}×</text>`,
    ),
    ...points.map(
      (p) =>
        `<text x="${n(x(p.p))}" y="${h - bottom + 16}" text-anchor="middle" ${FONT}>${escapeHtml(String(p.p))}</text>`,
    ),
    `<text x="${(left + w - right) / 2}" y="${h - 6}" text-anchor="middle" ${FONT}>${escapeHtml(clip(axis, 40))}</text>`,
    `<path d="${path(ideal, ps)}" fill="none" stroke="#999" stroke-dasharray="5 4"/>`,
    `<path d="${path((p) => measured.get(p) ?? NaN, ps)}" fill="none" stroke="#2563eb" stroke-width="2"/>`,
    ...points.flatMap((p) => {
      const ci = p.speedup.ci;
      const bar =
        ci != null && Number.isFinite(ci[0]) && Number.isFinite(ci[1])
          ? [
              `<line x1="${n(x(p.p))}" x2="${n(x(p.p))}" y1="${n(y(ci[0]))}" y2="${n(y(ci[1]))}" stroke="#2563eb"/>`,
            ]
          : [];
      return [...bar, `<circle cx="${n(x(p.p))}" cy="${n(y(p.speedup.value))}" r="3.5" fill="#2563eb"/>`];
    }),
    `<text x="${left + 8}" y="${top - 8}" ${FONT} fill="#2563eb">— measured (with CI)</text>`,
    `<text x="${left + 150}" y="${top - 8}" ${FONT} fill="#777">- - ideal</text>`,
    '</svg>',
  ];
  return parts.join('\n');
}

/** Horizontal bars of median wall time per cell. */
export function wallTimeSvg(cells: readonly CellReport[]): string | undefined {
  const shown = cells.filter((c) => Number.isFinite(c.wall.median)).slice(0, MAX_SVG_BARS);
  if (shown.length === 0) return undefined;
  const labelWidth = 160;
  const barArea = 300;
  const row = 20;
  const w = labelWidth + barArea + 90;
  const h = shown.length * row + 10;
  const max = niceMax(Math.max(...shown.map((c) => c.wall.median)));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Median wall time per cell">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...shown.map((c, i) => {
      const yPos = 5 + i * row;
      const len = (c.wall.median / max) * barArea;
      return (
        `<text x="${labelWidth - 6}" y="${yPos + 13}" text-anchor="end" ${FONT}>${escapeHtml(clip(c.cellId, 26))}</text>` +
        `<rect x="${labelWidth}" y="${yPos + 3}" width="${n(Math.max(len, 1))}" height="${row - 6}" fill="#60a5fa"/>` +
        `<text x="${n(labelWidth + len + 4)}" y="${yPos + 13}" ${FONT}>${escapeHtml(formatSeconds(c.wall.median))} (n=${c.wall.n})</text>`
      );
    }),
    '</svg>',
  ];
  return parts.join('\n');
}
