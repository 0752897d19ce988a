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
import { formatCount } from './format.js';
import { costChart, speedupChart, wallTimeChart } from './mermaid.js';
import type { FailureReport, ReportModel } from './model.js';
import {
  jobCounts,
  amdahlLine,
  basisText,
  cellDetailTable,
  costByStageTable,
  costCompareTable,
  costSummaryLine,
  extrapolationLines,
  failuresTable,
  fanOutNotes,
  fanOutTable,
  metricsTable,
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

/** GitHub's limit for a comment body, less room for a marker or a footer a caller may add. */
export const DEFAULT_MARKDOWN_LIMIT = 65_536 - 512;

/** Below this even the short form's headline and note may not fit. */
export const MIN_MARKDOWN_LIMIT = 4096;

/** Longest text kept in one table cell; the JSON artifact has the rest. */
const MAX_CELL = 300;
const MAX_LOG_LINE = 500;
const MAX_WARNING = 1000;

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
  const sections = buildSections(model);

  let kept = sections;
  let text = joinSections(kept, 0);
  for (const fold of FOLD_ORDER) {
    if (text.length <= budget) return head + text;
    kept = kept.filter((s) => s.fold !== fold);
    text = joinSections(kept, sections.length - kept.length);
  }
  if (text.length <= budget) return head + text;
  return head + shortForm(model, budget, sections.filter((s) => s.fold != null).length);
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

function headline(model: ReportModel): string {
  const { run, experiment } = model;
  const counts = targetCounts(model.targets);
  const lines = [`## batchbench · ${escapeMarkdown(clip(experiment.name, 200))}`];
  if (experiment.description != null) lines.push('', escapeMarkdown(clip(experiment.description, 500)));
  const status = `${TONE_EMOJI[runStatusTone(run.status)]} **${run.status}**`;
  const targets =
    model.targets.length > 0
      ? ` · targets: ${counts.met} ✅ met, ${counts.missed} ❌ missed, ${counts.inconclusive} ⚠️ inconclusive`
      : '';
  lines.push(
    '',
    `${status} · run ${escapeMarkdown(clip(run.id, 100))} on ${escapeMarkdown(clip(run.backend, 50))} · ` +
      `jobs: ${jobCounts(run)}${targets}`,
  );
  const where = [
    `started ${escapeMarkdown(clip(run.startedAt, 40))}`,
    run.finishedAt != null ? `finished ${escapeMarkdown(clip(run.finishedAt, 40))}` : undefined,
    run.host != null ? `host ${escapeMarkdown(clip(run.host, 100))}` : undefined,
    run.cpuModel != null
      ? `CPU ${escapeMarkdown(clip(run.cpuModel, 100))}${run.cpuCount != null ? ` × ${run.cpuCount}` : ''}`
      : undefined,
    run.gitCommit != null ? `commit ${escapeMarkdown(clip(run.gitCommit, 40))}` : undefined,
    `file ${escapeMarkdown(clip(experiment.file, 200))}`,
  ].filter((part) => part != null);
  lines.push('', `<sub>${where.join(' · ')}</sub>`);
  return lines.join('\n');
}

function warningsBlock(warnings: readonly string[]): string {
  return [
    '> [!WARNING]',
    '> **Read these figures with care:**',
    ...warnings.map((w) => `> - ${escapeMarkdown(clip(w, MAX_WARNING))}`),
  ].join('\n');
}

function logTail(failure: FailureReport): string {
  const lines = failure.logTail.map((line) => clip(stripControlKeepText(line), MAX_LOG_LINE));
  const fence = codeFence(lines);
  const summary = `Log tail of ${escapeGithubHtml(clip(failure.jobId, 120))} (${failure.logTail.length} lines)`;
  const body =
    lines.length > 0 ? `${fence}text\n${lines.join('\n')}\n${fence}` : '_No log lines were collected._';
  return details(summary, body);
}

function buildSections(model: ReportModel): Section[] {
  const sections: Section[] = [{ text: headline(model) }];
  const add = (text: string | undefined, fold?: FoldKey): void => {
    if (text != null && text !== '') sections.push(fold != null ? { fold, text } : { text });
  };

  if (model.warnings.length > 0) add(warningsBlock(model.warnings));

  const targets = targetsTable(model.targets);
  if (targets != null) add(`### Targets\n\n${mdTable(targets)}`);

  for (const stage of stagesOf(model.cells)) {
    const cells = model.cells.filter((c) => c.stage === stage);
    add(
      `### Results · stage ${escapeMarkdown(stage)}\n\n` +
        `Wall time of one repeat (n = repeats measured); cost per cell.\n\n` +
        mdTable(resultsTable(cells, model.confidence)),
    );
  }

  const scaling = model.scaling;
  if (scaling != null) {
    for (const series of scaling.series) {
      const fit = amdahlLine(series);
      const target = scaling.target != null ? `Target: ${scaling.target.toFixed(2)}×. ` : '';
      add(
        `### ${escapeMarkdown(seriesTitle(series, scaling.axis))}\n\n` +
          mdTable(speedupTable(series, scaling.axis, model.confidence, scaling.target)) +
          (fit != null || target !== '' ? `\n\n${target}${escapeMarkdown(fit ?? '')}` : ''),
      );
      const chart = speedupChart(series, scaling.axis);
      if (chart != null)
        add(
          details(`Chart: speedup vs ${escapeGithubHtml(scaling.axis)} (ideal line for reference)`, chart),
          'charts',
        );
    }
  }

  add(`### Cost\n\n${escapeMarkdown(costSummaryLine(model.cost))}`);
  const compare = costCompareTable(model.cost);
  add(
    details(
      'Cost breakdown by stage and component',
      [
        mdTable(costByStageTable(model.cost)),
        compare != null ? mdTable(compare) : undefined,
        `Basis: ${escapeMarkdown(basisText(model.cost.basis))}; ≈ marks a local run priced as if on the cloud. ` +
          `Prices: ${escapeMarkdown(clip(model.cost.priceSnapshot, 300))}.`,
      ]
        .filter((part) => part != null)
        .join('\n\n'),
    ),
    'cost-detail',
  );

  const split = timeSplitTable(model.cells);
  if (split != null)
    add(details('Where the time went (mean seconds per task)', mdTable(split)), 'time-split');

  const fanOut = fanOutTable(model.cells);
  if (fanOut != null) {
    const notes = fanOutNotes(model.cells).map((note) => `- ${escapeMarkdown(clip(note, MAX_WARNING))}`);
    add(
      details(
        'Fan-out: makespan, task completion quantiles, stragglers',
        [mdTable(fanOut), notes.join('\n')].join('\n\n'),
      ),
      'fan-out',
    );
  }
  const stragglers = stragglersTable(model.cells);
  if (stragglers != null)
    add(details(`Stragglers (${stragglers.rows.length})`, mdTable(stragglers)), 'stragglers');

  const wall = wallTimeChart(model.cells);
  if (wall != null) add(details('Chart: median wall time per cell', wall), 'charts');
  const cost = costChart(model.cells);
  if (cost != null) add(details('Chart: cost per cell', cost), 'charts');

  const extrapolation = extrapolationLines(model);
  if (extrapolation.length > 0)
    add(`### Extrapolation\n\n${extrapolation.map(escapeMarkdown).join('\n')}`, 'extrapolation');

  const failures = failuresTable(model.failures);
  if (failures != null) add(`### Failures (${model.failures.length})\n\n${mdTable(failures)}`, 'failures');
  for (const failure of model.failures) add(logTail(failure), 'log-tails');

  const metrics = metricsTable(model.cells, model.confidence);
  add(
    details(
      'Per-cell detail: values, backend, memory, CPU models, metrics',
      [mdTable(cellDetailTable(model.cells)), metrics != null ? mdTable(metrics) : undefined]
        .filter((part) => part != null)
        .join('\n\n'),
    ),
    'cell-detail',
  );
  return sections;
}

/** As many whole rows as fit in `budget`, with a note of how many were left out. */
function fitTable(table: Table, budget: number): string {
  const lines = mdTableLines(table);
  const full = lines.join('\n');
  if (full.length <= budget) return full;
  const rows = table.rows.length;
  const note = (left: number): string => `\n\n_… and ${formatCount(left)} more rows, see the JSON artifact._`;
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

/** Headline, warnings, targets, cost and the summary tables, each trimmed to whole rows. */
function shortForm(model: ReportModel, budget: number, omittedSections: number): string {
  const note = `> [!NOTE]\n> Short form: ${omittedSections} detail sections omitted and long tables shortened to fit the comment size limit, see the JSON artifact.`;
  const parts: string[] = [];
  let remaining = budget - note.length - 1;
  const take = (text: string): void => {
    if (text === '' || text.length + 2 > remaining) return;
    parts.push(text);
    remaining -= text.length + 2;
  };

  take(headline(model));
  if (model.warnings.length > 0) {
    const lines = warningsBlock(model.warnings).split('\n');
    const kept: string[] = [];
    const share = Math.floor(remaining / 3);
    let used = 0;
    for (const line of lines) {
      if (used + line.length + 1 > share - 80) break;
      kept.push(line);
      used += line.length + 1;
    }
    const left = lines.length - kept.length;
    if (left > 0) kept.push(`> - … and ${left} more warnings, see the JSON artifact.`);
    if (kept.length > 2) take(kept.join('\n'));
  }
  const targets = targetsTable(model.targets);
  if (targets != null) take(titled('### Targets', targets, remaining));
  take(`### Cost\n\n${escapeMarkdown(costSummaryLine(model.cost))}`);
  const scaling = model.scaling;
  for (const series of scaling?.series ?? []) {
    take(
      titled(
        `### ${escapeMarkdown(seriesTitle(series, scaling!.axis))}`,
        speedupTable(series, scaling!.axis, model.confidence, scaling!.target),
        remaining,
      ),
    );
  }
  for (const stage of stagesOf(model.cells)) {
    const cells = model.cells.filter((c) => c.stage === stage);
    take(
      titled(
        `### Results · stage ${escapeMarkdown(stage)}`,
        resultsTable(cells, model.confidence),
        remaining,
      ),
    );
  }
  parts.push(note);
  return `${parts.join('\n\n')}\n`;
}

function titled(title: string, table: Table, budget: number): string {
  const body = fitTable(table, budget - title.length - 4);
  return body === '' ? '' : `${title}\n\n${body}`;
}
