/**
 * The report as one self-contained HTML page: inline CSS and inline SVG, no script, no
 * external resource (a Content-Security-Policy says so to the browser too). Every string
 * from the model is escaped; links are kept only when they are plain https URLs.
 */
import { buildDocument, type Block, type DocumentHead, type Section } from './document.js';
import { clip, escapeHtml, escapeHtmlPre, safeHttpsUrl } from './escape.js';
import type { ReportModel } from './model.js';
import { chartSvg } from './svg.js';
import { cellText, jobCounts, runStatusTone } from './tables.js';
import type { Table, TableCell } from './tables.js';

/** Longest text kept in one cell of the page. */
const MAX_CELL = 2000;

export const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;vertical-align:top}
th{background:#f6f8fa;text-align:left}td.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.good{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}.warn{color:#9a6700;font-weight:600}
.warnings{border-left:4px solid #d4a72c;background:#fff8c5;padding:.5rem 1rem;margin:1rem 0}
.meta{color:#59636e;font-size:.85rem}pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;font-size:.8rem}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}svg{max-width:100%;height:auto}
`.trim();

export function renderHtml(model: ReportModel): string {
  const doc = buildDocument(model);
  const { run, name } = doc.head;
  const body = [...headline(doc.head), ...doc.sections.map(htmlSection)];
  return htmlPage(`batchbench · ${name} · ${run.id}`, body);
}

/** A self-contained page: no script, nothing fetched (the CSP says so), the report's own style. */
export function htmlPage(title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body.filter((part) => part !== ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function para(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

function headline(head: DocumentHead): string[] {
  const { run, targets } = head;
  return [
    `<h1>batchbench · ${escapeHtml(head.name)}</h1>`,
    head.description != null ? para(head.description) : '',
    `<p><span class="${runStatusTone(run.status)}">${escapeHtml(run.status)}</span> · run ${escapeHtml(run.id)} on ` +
      `${escapeHtml(run.backend)} · jobs: ${jobCounts(run)}` +
      (targets != null
        ? ` · targets: <span class="good">${targets.met} met</span>, <span class="bad">${targets.missed} missed</span>, ` +
          `<span class="warn">${targets.inconclusive} inconclusive</span>`
        : '') +
      '</p>',
    `<p class="meta">${head.meta.map(escapeHtml).join(' · ')}</p>`,
  ];
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return para(block.text);
    case 'table':
      return htmlTable(block.table);
    case 'notes':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'chart':
      return chartSvg(block.chart);
    case 'log':
      return `<pre>${block.lines.map((line) => escapeHtmlPre(clip(line, MAX_CELL))).join('\n')}</pre>`;
  }
}

export function htmlSection(section: Section): string {
  const content = section.blocks.map(htmlBlock).join('\n');
  switch (section.display) {
    case 'alert':
      return (
        `<div class="warnings"><strong>${escapeHtml(section.title)}:</strong><ul>` +
        section.blocks
          .flatMap((b) => (b.kind === 'notes' ? b.items : []))
          .map((w) => `<li>${escapeHtml(w)}</li>`)
          .join('') +
        '</ul></div>'
      );
    case 'collapsed':
      // A page has room: charts show unfolded, other detail stays one click away.
      return `<details${section.blocks.some((b) => b.kind === 'chart') ? ' open' : ''}><summary>${escapeHtml(section.title)}</summary>\n${content}\n</details>`;
    case 'open':
      return `<h2>${escapeHtml(section.title)}</h2>\n${content}`;
  }
}

function htmlCell(cell: TableCell, align: 'l' | 'r' | undefined): string {
  const text = escapeHtml(clip(cellText(cell), MAX_CELL));
  const url = typeof cell === 'string' ? undefined : safeHttpsUrl(cell.href);
  const content = url != null ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${text}</a>` : text;
  const classes = [align === 'r' ? 'r' : undefined, typeof cell !== 'string' ? cell.tone : undefined].filter(
    (c) => c != null,
  );
  return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${content}</td>`;
}

function htmlTable(table: Table): string {
  const head = `<tr>${table.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = table.rows.map(
    (row) => `<tr>${row.map((cell, i) => htmlCell(cell, table.align[i])).join('')}</tr>`,
  );
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}
