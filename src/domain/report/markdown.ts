/**
 * The report as GitHub-flavoured Markdown, for a PR comment or a job summary. GitHub refuses
 * comments over 65,536 characters, so the report folds: it drops detail sections in a fixed
 * order and, as a last resort, falls back to a short form of summary tables cut at row
 * boundaries. A table is never cut in half and a line is never cut in the middle.
 */
import { markdownTable } from 'markdown-table';
import {
  clip,
  codeFence,
  escapeGithubHtml,
  escapeMarkdown,
  safeHttpsUrl,
  stripControlKeepText,
} from './escape.js';
import type { Chart } from './charts.js';
import { buildDocument, type Block, type DocumentHead, type Section as DocSection } from './document.js';
import { formatCount, plural } from './format.js';
import { lineLegend, mermaidChart } from './mermaid.js';
import type { ReportModel } from './model.js';
import { jobCounts, runStatusTone } from './tables.js';
import type { Table, TableCell, Tone } from './tables.js';

/** GitHub's limit for a comment body, less room for a marker or a footer a caller may add. */
export const DEFAULT_MARKDOWN_LIMIT = 65_536 - 512;

/** Below this even the short form's headline and note may not fit. */
export const MIN_MARKDOWN_LIMIT = 4096;

/** Longest text kept in one table cell; the JSON artifact has the rest. */
const MAX_CELL = 300;
const MAX_LOG_LINE = 500;
const MAX_WARNING = 1000;
const MAX_PARAGRAPH = 2000;

export interface MarkdownOptions {
  /** Maximum length of the result in UTF-16 code units (at least GitHub's count of characters). */
  limit?: number;
  /** Adds a hidden `<!-- batchbench:KEY -->` first line, to find the comment again. */
  marker?: string;
}

/** Detail sections, in the order they are dropped when the report is too long. */
export const FOLD_ORDER = [
  'log-tails',
  'cell-detail',
  'stragglers',
  'trend-charts',
  'charts',
  'time-split',
  'fan-out',
  'cost-detail',
  'extrapolation',
  'failures',
] as const;

export type FoldKey = (typeof FOLD_ORDER)[number];

interface Section {
  /** Undefined for summary sections, which only the short form shortens. */
  fold?: FoldKey;
  text: string;
}

const TONE_EMOJI: Record<Tone, string> = { good: '✅', bad: '❌', warn: '⚠️' };

/** The hidden first line that identifies the report's comment, e.g. `<!-- batchbench:my-exp -->`. */
export function reportMarker(key: string): string {
  // `--` and `>` could end the comment early and show the rest.
  const safe = key.replace(/[^A-Za-z0-9_.:/=+-]/g, '').replace(/-{2,}/g, '-');
  return `<!-- batchbench:${safe} -->`;
}

export function renderMarkdown(model: ReportModel, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? DEFAULT_MARKDOWN_LIMIT;
  if (!(limit >= MIN_MARKDOWN_LIMIT))
    throw new RangeError(`Markdown limit ${limit} is below ${MIN_MARKDOWN_LIMIT}.`);
  const head = options.marker != null ? `${reportMarker(options.marker)}\n` : '';
  const budget = limit - head.length;
  const doc = buildDocument(model);
  const sections = doc.sections.map(markdownSection);
  sections.unshift({ text: headline(doc.head) });

  let kept = sections;
  let text = joinSections(kept, 0);
  for (const fold of FOLD_ORDER) {
    if (text.length <= budget) return head + text;
    kept = kept.filter((s) => s.fold !== fold);
    text = joinSections(kept, sections.length - kept.length);
  }
  if (text.length <= budget) return head + text;
  return head + shortForm(doc.head, doc.sections, budget, sections.filter((s) => s.fold != null).length);
}

function omittedNote(count: number): string {
  return `> [!NOTE]\n> ${count} section${count === 1 ? '' : 's'} omitted to fit the comment size limit, see the JSON artifact.`;
}

function joinSections(sections: readonly Section[], omitted: number): string {
  const parts = sections.map((s) => s.text);
  if (omitted > 0) parts.push(omittedNote(omitted));
  return `${parts.join('\n\n')}\n`;
}

/** Escaped text of one cell, with its tone as an emoji and links only to https URLs. */
function mdCell(cell: TableCell): string {
  if (typeof cell === 'string') return escapeMarkdown(clip(cell, MAX_CELL));
  const text = escapeMarkdown(clip(cell.text, MAX_CELL));
  const url = safeHttpsUrl(cell.href);
  const body =
    url != null ? `[${text}](${url})` : cell.href != null ? `${text} (link withheld: not https)` : text;
  return cell.tone != null ? `${TONE_EMOJI[cell.tone]} ${body}` : body;
}

function mdTableLines(table: Table): string[] {
  const rendered = markdownTable(
    [table.headers.map(escapeMarkdown), ...table.rows.map((row) => row.map(mdCell))],
    {
      align: table.align,
      alignDelimiters: false,
    },
  );
  // Cells are escaped, so they hold no newline: one line per row.
  return rendered.split('\n');
}

function mdTable(table: Table): string {
  return mdTableLines(table).join('\n');
}

function details(summary: string, body: string): string {
  // Blank lines around the body let GitHub parse Markdown inside the HTML block.
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function headline(head: DocumentHead): string {
  const { run } = head;
  const lines = [`## batchbench · ${escapeMarkdown(clip(head.name, 200))}`];
  if (head.description != null) lines.push('', escapeMarkdown(clip(head.description, 500)));
  const status = `${TONE_EMOJI[runStatusTone(run.status)]} **${run.status}**`;
  const counts = head.targets;
  const targets =
    counts != null
      ? ` · targets: ${counts.met} ✅ met, ${counts.missed} ❌ missed, ${counts.inconclusive} ⚠️ inconclusive`
      : '';
  lines.push(
    '',
    `${status} · run ${escapeMarkdown(clip(run.id, 100))} on ${escapeMarkdown(clip(run.backend, 50))} · ` +
      `jobs: ${jobCounts(run)}${targets}`,
  );
  lines.push('', `<sub>${head.meta.map((part) => escapeMarkdown(clip(part, 200))).join(' · ')}</sub>`);
  return lines.join('\n');
}

function warningsBlock(warnings: readonly string[]): string {
  return [
    '> [!WARNING]',
    '> **Read these figures with care:**',
    ...warnings.map((w) => `> - ${escapeMarkdown(clip(w, MAX_WARNING))}`),
  ].join('\n');
}

function logBlock(logLines: readonly string[]): string {
  const lines = logLines.map((line) => clip(stripControlKeepText(line), MAX_LOG_LINE));
  const fence = codeFence(lines);
  return `${fence}text\n${lines.join('\n')}\n${fence}`;
}

/** A Mermaid chart, the legend xychart cannot draw, and a key when the x labels were shortened. */
function chartBlock(chart: Chart): string {
  const parts = [mermaidChart(chart)];
  if (chart.kind === 'line') parts.push(`<sub>${escapeMarkdown(lineLegend(chart))}</sub>`);
  else if (chart.keyed) {
    parts.push(
      mdTable({
        headers: ['Key', 'Cell'],
        align: ['l', 'l'],
        rows: chart.bars.map((b) => [b.short, b.label]),
      }),
    );
  }
  return parts.join('\n\n');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeMarkdown(clip(block.text, MAX_PARAGRAPH));
    case 'table':
      return mdTable(block.table);
    case 'notes':
      return block.items.map((item) => `- ${escapeMarkdown(clip(item, MAX_WARNING))}`).join('\n');
    case 'chart':
      return chartBlock(block.chart);
    case 'log':
      return logBlock(block.lines);
  }
}

export function markdownSection(section: DocSection): Section {
  const fold = (FOLD_ORDER as readonly string[]).includes(section.key) ? (section.key as FoldKey) : undefined;
  const text =
    section.display === 'alert'
      ? warningsBlock(section.blocks.flatMap((b) => (b.kind === 'notes' ? b.items : [])))
      : section.display === 'collapsed'
        ? details(escapeGithubHtml(clip(section.title, 300)), section.blocks.map(blockText).join('\n\n'))
        : `### ${escapeMarkdown(section.title)}\n\n${section.blocks.map(blockText).join('\n\n')}`;
  return fold != null ? { fold, text } : { text };
}

/** As many whole rows as fit in `budget`, with a note of how many were left out. */
function fitTable(table: Table, budget: number): string {
  const lines = mdTableLines(table);
  const full = lines.join('\n');
  if (full.length <= budget) return full;
  const rows = table.rows.length;
  const note = (left: number): string =>
    `\n\n_… and ${formatCount(left)} more ${left === 1 ? 'row' : 'rows'}, see the JSON artifact._`;
  const room = budget - note(rows).length;
  let used = lines[0]!.length + 1 + lines[1]!.length;
  let shown = 0;
  while (shown < rows && used + 1 + lines[2 + shown]!.length <= room) {
    used += 1 + lines[2 + shown]!.length;
    shown++;
  }
  if (shown === 0) return '';
  return lines.slice(0, 2 + shown).join('\n') + note(rows - shown);
}

/**
 * Headline, warnings and every summary section (those never folded), in the document's order,
 * each table trimmed to whole rows; a summary section without a table keeps its text.
 */
function shortForm(
  head: DocumentHead,
  sections: readonly DocSection[],
  budget: number,
  omittedSections: number,
): string {
  const note = `> [!NOTE]\n> Short form: ${plural(omittedSections, 'detail section')} omitted and long tables shortened to fit the comment size limit, see the JSON artifact.`;
  const parts: string[] = [];
  let remaining = budget - note.length - 1;
  const take = (text: string): void => {
    if (text === '' || text.length + 2 > remaining) return;
    parts.push(text);
    remaining -= text.length + 2;
  };

  take(headline(head));
  // Results tables have a row per cell: they come last, so the shorter summaries still fit.
  const summary = sections.filter((s) => !(FOLD_ORDER as readonly string[]).includes(s.key));
  const ordered = [
    ...summary.filter((s) => s.key !== 'results'),
    ...summary.filter((s) => s.key === 'results'),
  ];
  for (const section of ordered) {
    if (section.display === 'alert') {
      take(shortWarnings(section, remaining));
      continue;
    }
    const title = `### ${escapeMarkdown(section.title)}`;
    const tableBlock = section.blocks.find((b) => b.kind === 'table');
    if (tableBlock != null) take(titled(title, tableBlock.table, remaining));
    else take(`${title}\n\n${section.blocks.map(blockText).join('\n\n')}`);
  }
  parts.push(note);
  return `${parts.join('\n\n')}\n`;
}

/** The warnings alert cut to a third of the room left, whole lines only. */
function shortWarnings(section: DocSection, remaining: number): string {
  const items = section.blocks.flatMap((b) => (b.kind === 'notes' ? b.items : []));
  const lines = warningsBlock(items).split('\n');
  const kept: string[] = [];
  const share = Math.floor(remaining / 3);
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > share - 80) break;
    kept.push(line);
    used += line.length + 1;
  }
  const left = lines.length - kept.length;
  if (left > 0)
    kept.push(`> - … and ${left} more ${left === 1 ? 'warning' : 'warnings'}, see the JSON artifact.`);
  return kept.length > 2 ? kept.join('\n') : '';
}

function titled(title: string, table: Table, budget: number): string {
  const body = fitTable(table, budget - title.length - 4);
  return body === '' ? '' : `${title}\n\n${body}`;
}
