/**
 * The report for a terminal: aligned plain-text tables, ANSI colour only when asked for.
 * Workload strings lose their control characters first, so a log line cannot move the
 * cursor, retitle the window or hide text with an escape sequence of its own.
 */
import { clip, stripControl, stripControlKeepText } from './escape.js';
import type { ReportModel } from './model.js';
import {
  jobCounts,
  amdahlLine,
  basisText,
  cellText,
  costByStageTable,
  costCompareTable,
  costSummaryLine,
  extrapolationLines,
  failuresTable,
  fanOutNotes,
  fanOutTable,
  resultsTable,
  runStatusTone,
  seriesTitle,
  speedupTable,
  stagesOf,
  stragglersTable,
  targetCounts,
  targetsTable,
  timeSplitTable,
} from './tables.js';
import type { Table, TableCell, Tone } from './tables.js';

export interface TerminalOptions {
  /** ANSI colours: green met, red missed, yellow warning. Off by default. */
  color?: boolean;
  /** Columns available; long cells are shortened so table rows fit. Default 120. */
  width?: number;
}

const ANSI: Record<Tone | 'bold' | 'dim', [string, string]> = {
  good: ['\u001b[32m', '\u001b[39m'],
  bad: ['\u001b[31m', '\u001b[39m'],
  warn: ['\u001b[33m', '\u001b[39m'],
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
};

const MIN_COLUMN = 6;
const MAX_LOG_LINES = 20;

export function renderTerminal(model: ReportModel, options: TerminalOptions = {}): string {
  const color = options.color === true;
  const width = Math.max(40, options.width ?? 120);
  const paint = (style: keyof typeof ANSI, text: string): string =>
    color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
  const out: string[] = [];
  const heading = (title: string): void => {
    out.push(
      '',
      paint('bold', clip(safe(title), width)),
      paint('dim', '─'.repeat(Math.min(width, safe(title).length))),
    );
  };
  const line = (text: string): void => {
    out.push(wrap(safe(text), width));
  };
  const table = (t: Table | undefined): void => {
    if (t != null) out.push(...drawTable(t, width, paint));
  };

  const { run, experiment } = model;
  out.push(paint('bold', clip(`batchbench · ${safe(experiment.name)}`, width)));
  if (experiment.description != null) line(experiment.description);
  const counts = targetCounts(model.targets);
  out.push(
    `${paint(runStatusTone(run.status), run.status)} · run ${clip(safe(run.id), 60)} on ${clip(safe(run.backend), 30)}`,
    `jobs: ${jobCounts(run)}`,
  );
  if (model.targets.length > 0) {
    out.push(
      `targets: ${paint('good', `${counts.met} met`)}, ${paint('bad', `${counts.missed} missed`)}, ` +
        `${paint('warn', `${counts.inconclusive} inconclusive`)}`,
    );
  }

  if (model.warnings.length > 0) {
    heading('Warnings');
    for (const w of model.warnings) out.push(paint('warn', wrap(`! ${safe(w)}`, width)));
  }
  if (model.targets.length > 0) {
    heading('Targets');
    table(targetsTable(model.targets));
  }
  for (const stage of stagesOf(model.cells)) {
    heading(`Results · stage ${stage}`);
    table(
      resultsTable(
        model.cells.filter((c) => c.stage === stage),
        model.confidence,
      ),
    );
  }
  const scaling = model.scaling;
  for (const series of scaling?.series ?? []) {
    heading(seriesTitle(series, scaling!.axis));
    table(speedupTable(series, scaling!.axis, model.confidence, scaling!.target));
    const fit = amdahlLine(series);
    if (fit != null) line(fit);
  }
  const split = timeSplitTable(model.cells);
  if (split != null) {
    heading('Where the time went (mean per task)');
    table(split);
  }
  const fanOut = fanOutTable(model.cells);
  if (fanOut != null) {
    heading('Fan-out');
    table(fanOut);
    for (const note of fanOutNotes(model.cells)) line(note);
    const stragglers = stragglersTable(model.cells);
    if (stragglers != null) {
      out.push('');
      table(stragglers);
    }
  }
  heading('Cost');
  line(costSummaryLine(model.cost));
  table(costByStageTable(model.cost));
  const compare = costCompareTable(model.cost);
  if (compare != null) {
    out.push('');
    table(compare);
  }
  line(`Basis: ${basisText(model.cost.basis)}. Prices: ${model.cost.priceSnapshot}.`);

  const extrapolation = extrapolationLines(model);
  if (extrapolation.length > 0) {
    heading('Extrapolation');
    extrapolation.forEach(line);
  }
  if (model.failures.length > 0) {
    heading(`Failures (${model.failures.length})`);
    table(failuresTable(model.failures));
    for (const failure of model.failures.filter((f) => f.logTail.length > 0)) {
      out.push('', paint('dim', clip(`log tail of ${safe(failure.jobId)}:`, width)));
      for (const logLine of failure.logTail.slice(-MAX_LOG_LINES)) {
        out.push(`  ${clip(stripControlKeepText(logLine), width - 2)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function safe(text: string): string {
  return stripControl(text);
}

/** Breaks a long line at spaces so that no line is wider than `width`. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    const at = cut > width / 2 ? cut : width;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, '');
  }
  lines.push(rest);
  return lines.join('\n');
}

function drawTable(
  table: Table,
  width: number,
  paint: (style: Tone | 'bold' | 'dim', text: string) => string,
): string[] {
  const text = (cell: TableCell): string => {
    const raw = cellText(cell);
    return safe(typeof cell !== 'string' && cell.href != null ? `${raw} ${cell.href}` : raw);
  };
  const rows = table.rows.map((row) => row.map(text));
  const widths = table.headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const gap = 2;
  // Shrink the widest column until the row fits, so one long reason does not push the rest off screen.
  while (widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1) > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN_COLUMN) break;
    widths[widest]!--;
  }
  if (widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1) > width)
    return drawRecords(table, rows, width, paint);
  const fit = (value: string, i: number): string => {
    const clipped = clip(value, widths[i]!);
    return table.align[i] === 'r' ? clipped.padStart(widths[i]!) : clipped.padEnd(widths[i]!);
  };
  const lines = [
    paint('bold', table.headers.map(fit).join(' '.repeat(gap)).trimEnd()),
    paint('dim', widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap))),
  ];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.map((value, i) => {
      const original = table.rows[r]![i]!;
      const padded = fit(value, i);
      return typeof original !== 'string' && original.tone != null ? paint(original.tone, padded) : padded;
    });
    lines.push(cells.join(' '.repeat(gap)).trimEnd());
  }
  return lines;
}

/** Too many columns for the width: one `header: value` line per cell, rows separated by a blank line. */
function drawRecords(
  table: Table,
  rows: string[][],
  width: number,
  paint: (style: Tone | 'bold' | 'dim', text: string) => string,
): string[] {
  const label = Math.max(...table.headers.map((h) => h.length));
  const lines: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) lines.push('');
    row.forEach((value, i) => {
      const original = table.rows[r]![i]!;
      const text = clip(value, Math.max(1, width - label - 2));
      const painted =
        typeof original !== 'string' && original.tone != null ? paint(original.tone, text) : text;
      lines.push(`${paint('dim', `${table.headers[i]!.padEnd(label)}:`)} ${painted}`);
    });
  });
  return lines;
}
