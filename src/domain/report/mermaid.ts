/**
 * Mermaid `xychart-beta` charts for the Markdown report (GitHub renders them in comments).
 * Colours are set explicitly, for light and dark pages alike: the chart has its own white
 * background, the measured series is dark blue and drawn last (on top), the ideal line light
 * grey. Mermaid's xychart draws no legend, so the caller prints one under the chart.
 * Every label goes through mermaidLabel: Mermaid has no escaping inside quoted strings.
 */
import { clip, mermaidLabel } from './escape.js';
import type { BarChart, Chart, LineChart } from './charts.js';

/** Dark blue for measurements: 8:1 against the white chart background. */
export const MEASURED_COLOUR = '#0b4f9c';
/** Mid grey for the ideal reference line: 3.0:1, clearly lighter than the measured line. */
export const IDEAL_COLOUR = '#949494';
/** Red for regression markers (the SVG chart's rings): 5.9:1 against white. */
export const REGRESSION_COLOUR = '#c0262d';
const TEXT_COLOUR = '#1f2328';
const AXIS_COLOUR = '#59636e';

/** Longest title that fits on one line of the 700 px chart at TITLE_FONT_SIZE. */
const MAX_TITLE = 72;
const TITLE_FONT_SIZE = 16;

function num(value: number): string {
  return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : '0';
}

function yMax(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  const max = finite.length > 0 ? Math.max(...finite) : 1;
  return max > 0 ? Number((max * 1.1).toPrecision(2)) : 1;
}

/** An init directive that fixes every colour of the chart, whatever GitHub's theme is. */
function init(palette: string[]): string {
  const xyChart = {
    backgroundColor: '#ffffff',
    titleColor: TEXT_COLOUR,
    xAxisLabelColor: TEXT_COLOUR,
    xAxisTitleColor: TEXT_COLOUR,
    xAxisTickColor: AXIS_COLOUR,
    xAxisLineColor: AXIS_COLOUR,
    yAxisLabelColor: TEXT_COLOUR,
    yAxisTitleColor: TEXT_COLOUR,
    yAxisTickColor: AXIS_COLOUR,
    yAxisLineColor: AXIS_COLOUR,
    plotColorPalette: palette.join(', '),
  };
  const config = { theme: 'base', themeVariables: { xyChart }, xyChart: { titleFontSize: TITLE_FONT_SIZE } };
  return `%%{init: ${JSON.stringify(config)}}%%`;
}

/** The title on one line; a cut keeps the closing parenthesis, so "(stage …)" still reads as one. */
function title(text: string): string {
  const safe = mermaidLabel(text, Number.MAX_SAFE_INTEGER);
  if (safe.length <= MAX_TITLE) return safe;
  return safe.endsWith(')') ? `${clip(safe.slice(0, -1), MAX_TITLE - 1)})` : clip(safe, MAX_TITLE);
}

function fence(lines: string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

function lineChart(chart: LineChart): string {
  const values = chart.series.flatMap((s) => s.values);
  return fence([
    init(chart.series.map((s) => (s.role === 'measured' ? MEASURED_COLOUR : IDEAL_COLOUR))),
    'xychart-beta',
    `  title "${title(chart.title)}"`,
    `  x-axis "${mermaidLabel(chart.xTitle)}" [${chart.x.map((p) => `"${mermaidLabel(String(p))}"`).join(', ')}]`,
    `  y-axis "${mermaidLabel(chart.yTitle)}" 0 --> ${num(yMax(values))}`,
    ...chart.series.map((s) => `  line [${s.values.map(num).join(', ')}]`),
  ]);
}

function barChart(chart: BarChart): string {
  return fence([
    init([MEASURED_COLOUR]),
    'xychart-beta',
    `  title "${title(chart.title)}"`,
    `  x-axis [${chart.bars.map((b) => `"${mermaidLabel(b.short, 40)}"`).join(', ')}]`,
    `  y-axis "${mermaidLabel(chart.yTitle)}" 0 --> ${num(yMax(chart.bars.map((b) => b.value)))}`,
    `  bar [${chart.bars.map((b) => num(b.value)).join(', ')}]`,
  ]);
}

/** Up to 15 positions fit as x labels; beyond that a numeric axis lets Mermaid choose the ticks. */
const MAX_LABELLED_POSITIONS = 15;

/**
 * How a regression is marked in Mermaid: on the x axis, under its point. Not as a red bar
 * series: xychart draws a bar at every x, and a bar at the axis minimum still rises by the
 * axis padding (about 8 px), so every unmarked point would show a red stub.
 */
const REGRESSION_MARK = '▲';

/** Positions listed in words at most; the table under the chart names them all. */
const MAX_LISTED_POSITIONS = 5;

/** The marked points' positions ("6", "180, 195", "1, 2, 3, 4, 5 and 7 more"). */
function markedPositions(chart: LineChart): string {
  const positions = (chart.marked ?? []).map((i) => num(chart.x[i]!));
  const more = positions.length - MAX_LISTED_POSITIONS;
  return more > 0
    ? `${positions.slice(0, MAX_LISTED_POSITIONS).join(', ')} and ${more} more`
    : positions.join(', ');
}

/**
 * The x axis of a trend: positions as labels, a regression's label carrying REGRESSION_MARK;
 * past MAX_LABELLED_POSITIONS, a numeric axis whose title names the regressions' positions.
 */
function trendXAxis(chart: LineChart): string {
  const marked = new Set(chart.marked ?? []);
  if (chart.x.length <= MAX_LABELLED_POSITIONS) {
    const label = (p: number, i: number) =>
      `"${marked.has(i) ? `${REGRESSION_MARK} ` : ''}${mermaidLabel(String(p))}"`;
    return `"${mermaidLabel(chart.xTitle)}" [${chart.x.map(label).join(', ')}]`;
  }
  const regressions = marked.size === 1 ? 'regression' : 'regressions';
  const note = marked.size > 0 ? ` · ${REGRESSION_MARK} ${regressions} at ${markedPositions(chart)}` : '';
  return `"${mermaidLabel(chart.xTitle)}${note}" ${num(chart.x[0]!)} --> ${num(chart.x.at(-1)!)}`;
}

/**
 * A line over commits (a history trend): x is the position, since commit labels side by side
 * would overlap (the caller's table keys positions to commits); the interval's bounds are thin
 * grey lines, the measured line dark blue on top, and a regression marked on the x axis.
 */
function trendChart(chart: LineChart): string {
  const measured = chart.series.find((s) => s.role === 'measured')!;
  const ci = (i: number, end: 0 | 1): number => measured.ci?.[i]?.[end] ?? measured.values[i]!;
  const low = measured.values.map((_, i) => ci(i, 0));
  const high = measured.values.map((_, i) => ci(i, 1));
  return fence([
    init([IDEAL_COLOUR, IDEAL_COLOUR, MEASURED_COLOUR]),
    'xychart-beta',
    `  title "${title(chart.title)}"`,
    `  x-axis ${trendXAxis(chart)}`,
    `  y-axis "${mermaidLabel(chart.yTitle, 60)}" 0 --> ${num(yMax([...high, ...measured.values]))}`,
    `  line [${low.map(num).join(', ')}]`,
    `  line [${high.map(num).join(', ')}]`,
    `  line [${measured.values.map(num).join(', ')}]`,
  ]);
}

/** The chart as a fenced Mermaid block. */
export function mermaidChart(chart: Chart): string {
  if (chart.kind === 'bar') return barChart(chart);
  return chart.xLabels !== undefined ? trendChart(chart) : lineChart(chart);
}

/** What each line is, since xychart has no legend of its own. */
export function lineLegend(chart: LineChart): string {
  if (chart.xLabels !== undefined) {
    const marked = (chart.marked ?? []).length;
    const where = `at ${marked === 1 ? 'position' : 'positions'} ${markedPositions(chart)}`;
    return [
      'dark blue line: mean',
      'grey lines: its interval',
      ...(marked > 0
        ? [`${REGRESSION_MARK} on the x axis: a regression against the point before, ${where}`]
        : []),
      'x: position in the table below',
    ].join(' · ');
  }
  return [...chart.series]
    .sort((a, b) => (a.role === 'measured' ? -1 : b.role === 'measured' ? 1 : 0))
    .map((s) => `${s.role === 'measured' ? 'dark blue' : 'grey'} line: ${s.name}`)
    .join(' · ');
}
