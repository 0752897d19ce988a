/**
 * Two runs compared cell by cell (src/domain/analysis/compare-reports.ts), in the four formats:
 * the same rows in Markdown (the PR comment and `compare --format markdown`), the terminal,
 * HTML and JSON. Cell names come from a user's file: every renderer escapes them.
 */
import { markdownTable } from 'markdown-table';
import type { CellComparison, ReportComparison } from '../analysis/compare-reports.js';
import { formatP, pct } from '../stats/compare-samples.js';
import { escapeTerminal } from '../terminal-text.js';
import { clip, escapeHtml, escapeMarkdown } from './escape.js';
import { formatSeconds, UNKNOWN } from './format.js';

export const COMPARISON_HEADING = 'Compared with the base branch';

const HEAD = [
  'stage',
  'cell',
  'base mean [n]',
  'head mean [n]',
  'change [interval]',
  'p',
  'effect',
  'verdict',
];

const MARK: Record<CellComparison['verdict'], string> = {
  regression: '❌ regression',
  improvement: '✅ improvement',
  unchanged: 'unchanged',
  inconclusive: '❔ inconclusive',
  untestable: '⚠️ untestable',
};

/** The plain figures of one row, unescaped. */
function row(c: CellComparison): string[] {
  const r = c.result;
  const side = (s?: { n: number; mean: number }) => (s ? `${formatSeconds(s.mean)} [${s.n}]` : UNKNOWN);
  const change =
    r?.change === undefined
      ? UNKNOWN
      : `${pct(r.change)} ${r.changeCi ? `[${pct(r.changeCi[0])}, ${pct(r.changeCi[1])}]` : r.unbounded ? '[unbounded]' : ''}`.trim();
  const p = r?.test === 'mann-whitney' ? r.mannWhitneyP : r?.welchP;
  const effect =
    r?.hedgesG !== undefined
      ? `g ${r.hedgesG.toFixed(2)}`
      : r?.cliffsDelta !== undefined
        ? `δ ${r.cliffsDelta.toFixed(2)}`
        : UNKNOWN;
  return [
    c.stage,
    c.cellId,
    side(c.base),
    side(c.head),
    change,
    p === undefined ? UNKNOWN : formatP(p),
    effect,
    c.verdict,
  ];
}

function caption(cmp: ReportComparison): string {
  const o = cmp.options;
  const test = o.test === 'welch' ? "Welch's t" : 'Mann-Whitney';
  return (
    `${cmp.metric} per repeat; ${test} at alpha ${o.alpha}, changes within ±${pct(o.threshold, false)} do not count; ` +
    `${Math.round(o.confidence * 100)}% Fieller interval of the change of the mean; effect: Hedges' g (Cliff's δ without spread)`
  );
}

function countsLine(cmp: ReportComparison): string {
  const parts = Object.entries(cmp.counts)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`);
  return `${cmp.cells.length} cells: ${parts.join(', ') || 'none'}`;
}

/** Why each cell that is not plainly unchanged got its verdict. */
function notes(cmp: ReportComparison): { where: string; reason: string }[] {
  return cmp.cells
    .filter((c) => c.verdict !== 'unchanged')
    .map((c) => ({ where: `${c.stage}/${c.cellId}`, reason: c.reason }));
}

function runLine(s: ReportComparison['base']): string {
  return `${s.runId}${s.gitCommit ? ` at ${s.gitCommit}` : ''} (${s.jobsSucceeded}/${s.jobsPlanned} jobs succeeded)`;
}

export function renderComparisonMarkdown(
  cmp: ReportComparison,
  opts: { maxRows?: number; heading?: string } = {},
): string {
  const maxRows = opts.maxRows ?? 40;
  const esc = (t: string, n = 160) => escapeMarkdown(clip(t, n));
  const rows = cmp.cells.slice(0, maxRows).map((c) => {
    const cells = row(c).map((t) => esc(t));
    cells[7] = MARK[c.verdict];
    return cells;
  });
  const lines = [
    `### ${opts.heading ?? COMPARISON_HEADING}`,
    '',
    `<sub>base run ${esc(runLine(cmp.base), 200)}; head run ${esc(runLine(cmp.head), 200)}. ${esc(caption(cmp), 400)}</sub>`,
    '',
    `**${esc(countsLine(cmp))}**`,
    '',
    markdownTable([HEAD, ...rows], {
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
      alignDelimiters: false,
    }),
  ];
  if (cmp.cells.length > maxRows)
    lines.push('', `_${cmp.cells.length - maxRows} more cells in the JSON artifacts._`);
  const why = notes(cmp).slice(0, maxRows);
  if (why.length > 0) lines.push('', ...why.map((n) => `- ${esc(n.where)}: ${esc(n.reason, 400)}`));
  return `${lines.join('\n')}\n`;
}

export function renderComparisonTerminal(cmp: ReportComparison): string {
  const clean = (t: string) => clip(escapeTerminal(t), 60);
  const all = [HEAD, ...cmp.cells.map((c) => row(c).map(clean))];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [
    `${escapeTerminal(cmp.experiment)}: head ${escapeTerminal(runLine(cmp.head))} against base ${escapeTerminal(runLine(cmp.base))}`,
    caption(cmp),
    countsLine(cmp),
    '',
    ...all.map(line),
    '',
    ...notes(cmp).map((n) => `${escapeTerminal(n.where)}: ${escapeTerminal(n.reason)}`),
    '',
  ].join('\n');
}

export function renderComparisonHtml(cmp: ReportComparison): string {
  const tone: Record<CellComparison['verdict'], string> = {
    regression: 'bad',
    improvement: 'good',
    unchanged: '',
    inconclusive: 'warn',
    untestable: 'warn',
  };
  const th = HEAD.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const trs = cmp.cells.map((c) => {
    const cells = row(c).map((t, i) => `<td${i >= 2 && i <= 6 ? ' class="r"' : ''}>${escapeHtml(t)}</td>`);
    cells[7] = `<td class="${tone[c.verdict]}">${escapeHtml(c.verdict)}</td>`;
    return `<tr>${cells.join('')}</tr>`;
  });
  const lis = notes(cmp).map((n) => `<li>${escapeHtml(n.where)}: ${escapeHtml(n.reason)}</li>`);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>batchbench compare · ${escapeHtml(cmp.experiment)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}table{border-collapse:collapse}' +
      'th,td{border:1px solid #d0d7de;padding:.25rem .6rem}th{background:#f6f8fa;text-align:left}' +
      'td.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.good{color:#1a7f37;font-weight:600}' +
      '.bad{color:#cf222e;font-weight:600}.warn{color:#9a6700;font-weight:600}.meta{color:#59636e}</style>',
    '</head><body>',
    `<h1>batchbench compare · ${escapeHtml(cmp.experiment)}</h1>`,
    `<p class="meta">base ${escapeHtml(runLine(cmp.base))}<br>head ${escapeHtml(runLine(cmp.head))}<br>${escapeHtml(caption(cmp))}</p>`,
    `<p><strong>${escapeHtml(countsLine(cmp))}</strong></p>`,
    `<table><thead><tr>${th}</tr></thead><tbody>`,
    ...trs,
    '</tbody></table>',
    lis.length > 0 ? `<ul>${lis.join('')}</ul>` : '',
    '</body></html>',
    '',
  ].join('\n');
}

/** The comparison as is; non-finite numbers become null, as JSON has none. */
export function renderComparisonJson(cmp: ReportComparison): string {
  return `${JSON.stringify({ schemaVersion: 1, kind: 'batchbench-comparison', ...cmp }, null, 2)}\n`;
}
