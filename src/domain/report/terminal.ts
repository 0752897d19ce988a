/**
 * The report for a terminal: aligned plain-text tables, ANSI colour only when asked for.
 * Workload strings lose their control characters first, so a log line cannot move the
 * cursor, retitle the window or hide text with an escape sequence of its own.
 */
import { buildDocument, type Block } from './document.js';
import { escapeTerminal } from '../terminal-text.js';
import { clip } from './escape.js';
import type { ReportModel } from './model.js';
import { cellText, jobCounts, runStatusTone } from './tables.js';
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
  const doc = buildDocument(model);
  const { run, targets } = doc.head;
  out.push(paint('bold', clip(`batchbench · ${safe(doc.head.name)}`, width)));
  if (doc.head.description != null) out.push(wrap(safe(doc.head.description), width));
  out.push(
    `${paint(runStatusTone(run.status), run.status)} · run ${clip(safe(run.id), 60)} on ${clip(safe(run.backend), 30)}`,
    `jobs: ${jobCounts(run)}`,
  );
  if (targets != null) {
    out.push(
      `targets: ${paint('good', `${targets.met} met`)}, ${paint('bad', `${targets.missed} missed`)}, ` +
        `${paint('warn', `${targets.inconclusive} inconclusive`)}`,
    );
  }
  for (const section of doc.sections) {
    // Charts are for pages; the tables beside them hold the same figures.
    const blocks = section.blocks.filter((b) => b.kind !== 'chart');
    if (blocks.length === 0) continue;
    const title = safe(section.title);
    out.push('', paint('bold', clip(title, width)), paint('dim', '─'.repeat(Math.min(width, title.length))));
    blocks.forEach((block, i) => {
      if (i > 0 && block.kind === 'table') out.push('');
      out.push(...terminalBlock(block, section.display === 'alert', width, paint));
    });
  }
  return `${out.join('\n')}\n`;
}

export type Paint = (style: Tone | 'bold' | 'dim', text: string) => string;

function terminalBlock(block: Block, alert: boolean, width: number, paint: Paint): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [wrap(safe(block.text), width)];
    case 'table':
      return drawTable(block.table, width, paint);
    case 'notes':
      return block.items.map((item) =>
        alert ? paint('warn', wrap(`! ${safe(item)}`, width)) : wrap(`- ${safe(item)}`, width),
      );
    case 'chart':
      return [];
    case 'log':
      return block.lines.slice(-MAX_LOG_LINES).map((line) => `  ${clip(escapeTerminal(line), width - 2)}`);
  }
}

function safe(text: string): string {
  return escapeTerminal(text);
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

export function drawTable(table: Table, width: number, paint: Paint): string[] {
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
function drawRecords(table: Table, rows: string[][], width: number, paint: Paint): string[] {
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
