/**
 * The report as one self-contained HTML page: inline CSS and inline SVG, no script, no
 * external resource (a Content-Security-Policy says so to the browser too). Every string
 * from the model is escaped; links are kept only when they are plain https URLs.
 */
import { clip, escapeHtml, escapeHtmlPre, safeHttpsUrl } from './escape.js';
import type { ReportModel } from './model.js';
import { MAX_SVG_BARS, speedupSvg, wallTimeSvg } from './svg.js';
import {
  jobCounts,
  amdahlLine,
  basisText,
  cellDetailTable,
  cellText,
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
import type { Table, TableCell } from './tables.js';

/** Longest text kept in one cell of the page. */
const MAX_CELL = 2000;

const CSS = `
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
  const body: string[] = [];
  const section = (title: string, content: string): void => {
    body.push(`<h2>${escapeHtml(title)}</h2>`, content);
  };
  const details = (summary: string, content: string): string =>
    `<details><summary>${escapeHtml(summary)}</summary>\n${content}\n</details>`;
  const para = (text: string): string => `<p>${escapeHtml(text)}</p>`;

  const { run, experiment } = model;
  const counts = targetCounts(model.targets);
  body.push(`<h1>batchbench · ${escapeHtml(experiment.name)}</h1>`);
  if (experiment.description != null) body.push(para(experiment.description));
  body.push(
    `<p><span class="${runStatusTone(run.status)}">${escapeHtml(run.status)}</span> · run ${escapeHtml(run.id)} on ` +
      `${escapeHtml(run.backend)} · jobs: ${jobCounts(run)}` +
      (model.targets.length > 0
        ? ` · targets: <span class="good">${counts.met} met</span>, <span class="bad">${counts.missed} missed</span>, ` +
          `<span class="warn">${counts.inconclusive} inconclusive</span>`
        : '') +
      '</p>',
  );
  const meta = [
    `started ${run.startedAt}`,
    run.finishedAt != null ? `finished ${run.finishedAt}` : undefined,
    run.host != null ? `host ${run.host}` : undefined,
    run.cpuModel != null
      ? `CPU ${run.cpuModel}${run.cpuCount != null ? ` × ${run.cpuCount}` : ''}`
      : undefined,
    run.gitCommit != null ? `commit ${run.gitCommit}` : undefined,
    `file ${experiment.file}`,
  ].filter((part) => part != null);
  body.push(`<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>`);

  if (model.warnings.length > 0) {
    body.push(
      `<div class="warnings"><strong>Read these figures with care:</strong><ul>` +
        model.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('') +
        '</ul></div>',
    );
  }
  const targets = targetsTable(model.targets);
  if (targets != null) section('Targets', htmlTable(targets));

  for (const stage of stagesOf(model.cells)) {
    section(
      `Results · stage ${stage}`,
      htmlTable(
        resultsTable(
          model.cells.filter((c) => c.stage === stage),
          model.confidence,
        ),
      ),
    );
  }
  const wall = wallTimeSvg(model.cells);
  if (wall != null) {
    const more =
      model.cells.length > MAX_SVG_BARS ? ` (first ${MAX_SVG_BARS} of ${model.cells.length} cells)` : '';
    body.push(details(`Chart: median wall time per cell${more}`, wall));
  }

  const scaling = model.scaling;
  for (const series of scaling?.series ?? []) {
    const fit = amdahlLine(series);
    const chart = speedupSvg(series, scaling!.axis);
    section(
      seriesTitle(series, scaling!.axis),
      [
        htmlTable(speedupTable(series, scaling!.axis, model.confidence, scaling!.target)),
        scaling!.target != null ? para(`Target: ${scaling!.target.toFixed(2)}×.`) : '',
        fit != null ? para(fit) : '',
        chart ?? '',
      ].join('\n'),
    );
  }

  const split = timeSplitTable(model.cells);
  if (split != null) section('Where the time went (mean per task)', htmlTable(split));
  const fanOut = fanOutTable(model.cells);
  if (fanOut != null) {
    const stragglers = stragglersTable(model.cells);
    section(
      'Fan-out',
      [
        htmlTable(fanOut),
        `<ul>${fanOutNotes(model.cells)
          .map((note) => `<li>${escapeHtml(note)}</li>`)
          .join('')}</ul>`,
        stragglers != null ? details(`Stragglers (${stragglers.rows.length})`, htmlTable(stragglers)) : '',
      ].join('\n'),
    );
  }

  const compare = costCompareTable(model.cost);
  section(
    'Cost',
    [
      para(costSummaryLine(model.cost)),
      htmlTable(costByStageTable(model.cost)),
      compare != null ? htmlTable(compare) : '',
      para(
        `Basis: ${basisText(model.cost.basis)}; ≈ marks a local run priced as if on the cloud. Prices: ${model.cost.priceSnapshot}.`,
      ),
    ].join('\n'),
  );

  const extrapolation = extrapolationLines(model);
  if (extrapolation.length > 0) section('Extrapolation', extrapolation.map(para).join('\n'));

  if (model.failures.length > 0) {
    const tails = model.failures.map((f) =>
      details(
        `Log tail of ${f.jobId} (${f.logTail.length} lines)`,
        f.logTail.length > 0
          ? `<pre>${f.logTail.map((line) => escapeHtmlPre(clip(line, MAX_CELL))).join('\n')}</pre>`
          : para('No log lines were collected.'),
      ),
    );
    section(
      `Failures (${model.failures.length})`,
      [htmlTable(failuresTable(model.failures)!), ...tails].join('\n'),
    );
  }

  const metrics = metricsTable(model.cells, model.confidence);
  section(
    'Per-cell detail',
    details(
      'Values, backend, memory, CPU models, metrics',
      [htmlTable(cellDetailTable(model.cells)), metrics != null ? htmlTable(metrics) : ''].join('\n'),
    ),
  );

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>batchbench · ${escapeHtml(experiment.name)} · ${escapeHtml(run.id)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body.filter((part) => part !== ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
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
