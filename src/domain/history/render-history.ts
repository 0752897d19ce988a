/**
 * `batchbench history` in its four formats. Terminal, Markdown and HTML draw the history's
 * document sections with the report's own section renderers (same escaping, same tables, the
 * same SVG and Mermaid charts); JSON is the view as is.
 */
import type { Section } from '../report/document.js';
import { clip, escapeHtml, escapeMarkdown } from '../report/escape.js';
import { escapeTerminal } from '../terminal-text.js';
import { htmlPage, htmlSection } from '../report/html.js';
import { markdownSection } from '../report/markdown.js';
import { drawTable, type Paint } from '../report/terminal.js';
import { historySections } from './history-document.js';
import { untestedNote, type HistoryView } from './trend.js';

export type HistoryFormat = 'terminal' | 'markdown' | 'html' | 'json';

function heading(view: HistoryView): string {
  return `History of ${view.experiment}`;
}

export function renderHistoryMarkdown(view: HistoryView): string {
  const parts = [`## ${escapeMarkdown(clip(heading(view), 300))}`];
  for (const section of historySections(view)) parts.push(markdownSection(section).text);
  return `${parts.join('\n\n')}\n`;
}

export function renderHistoryHtml(view: HistoryView): string {
  return htmlPage(`batchbench · ${heading(view)}`, [
    `<h1>${escapeHtml(heading(view))}</h1>`,
    ...historySections(view).map(htmlSection),
  ]);
}

const ANSI = {
  bad: ['\u001b[31m', '\u001b[39m'],
  good: ['\u001b[32m', '\u001b[39m'],
  warn: ['\u001b[33m', '\u001b[39m'],
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
} as const;

/** The summary table and the notes; the points of each trend are in the other formats. */
export function renderHistoryTerminal(
  view: HistoryView,
  options: { color?: boolean; width?: number } = {},
): string {
  const width = Math.max(40, options.width ?? 120);
  const paint: Paint = (style, text) => (options.color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text);
  const out = [paint('bold', clip(escapeTerminal(heading(view)), width))];
  for (const section of historySections(view, { charts: false }) as Section[]) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') out.push(clip(escapeTerminal(block.text), 4 * width));
      if (block.kind === 'notes') for (const item of block.items) out.push(`- ${escapeTerminal(item)}`);
      if (block.kind === 'table') out.push('', ...drawTable(block.table, width, paint));
    }
  }
  const regressed = view.trends.flatMap((t) =>
    t.points
      .filter((p) => p.verdict === 'regression')
      .map((p) => `${t.cell} · ${t.metric} at ${p.label}: ${p.reason ?? ''}`),
  );
  if (regressed.length > 0)
    out.push(
      '',
      paint('bold', 'Regressions'),
      ...regressed.map((r) => paint('bad', `- ${clip(escapeTerminal(r), width * 2)}`)),
    );
  const untested = view.trends.flatMap((t) => {
    const note = untestedNote(t);
    return note ? [`${t.cell} · ${t.metric}: ${note}`] : [];
  });
  if (untested.length > 0)
    out.push(
      '',
      paint('bold', 'Not testable'),
      ...untested.map((u) => paint('warn', `- ${clip(escapeTerminal(u), width * 2)}`)),
    );
  return `${out.join('\n')}\n`;
}

export function renderHistoryJson(view: HistoryView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}

export function renderHistory(
  view: HistoryView,
  format: HistoryFormat,
  options: { color?: boolean } = {},
): string {
  switch (format) {
    case 'markdown':
      return renderHistoryMarkdown(view);
    case 'html':
      return renderHistoryHtml(view);
    case 'json':
      return renderHistoryJson(view);
    case 'terminal':
      return renderHistoryTerminal(view, options);
  }
}
