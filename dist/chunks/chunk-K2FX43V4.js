import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  IDEAL_COLOUR,
  MEASURED_COLOUR,
  REGRESSION_COLOUR,
  buildDocument,
  cellText,
  jobCounts,
  runStatusTone
} from "./chunk-ET2Z5CFO.js";
import {
  formatSeconds,
  formatUsd
} from "./chunk-XQA4ZAUC.js";
import {
  clip,
  escapeHtml,
  escapeHtmlPre,
  safeHttpsUrl
} from "./chunk-2EARJU2W.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/domain/report/svg.ts
var FONT = 'font-family="system-ui, sans-serif" font-size="11"';
function n(value) {
  return Number.isFinite(value) ? Number(value.toFixed(1)).toString() : "0";
}
function niceMax(value) {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * magnitude >= value * (1 - 1e-9)) ?? 10;
  return Number((step * magnitude).toPrecision(3));
}
function belowTop(xs, values, top) {
  const outX = [];
  const outY = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v <= top) {
      outX.push(xs[i]);
      outY.push(v);
      continue;
    }
    const prev = values[i - 1];
    if (prev != null && prev < top) {
      outX.push(xs[i - 1] + (top - prev) / (v - prev) * (xs[i] - xs[i - 1]));
      outY.push(top);
    }
    break;
  }
  return [outX, outY];
}
function lineSvg(chart) {
  const measured = chart.series.find((s) => s.role === "measured");
  const ideal = chart.series.find((s) => s.role === "ideal");
  const w = 480;
  const h = 300;
  const [left, right, top, bottom] = [48, 16, 28, 40];
  const maxP = Math.max(...chart.x);
  const minP = Math.min(...chart.x);
  const highest = Math.max(
    ...measured.values.map((v, i) => Math.max(v, measured.ci?.[i]?.[1] ?? 0)).filter(Number.isFinite)
  );
  const yTop = niceMax(highest * 1.05);
  const x = (p) => left + (maxP === minP ? 0 : (p - minP) / (maxP - minP) * (w - left - right));
  const y = (s) => h - bottom - s / yTop * (h - top - bottom);
  const path = (xs, values) => values.map((v, i) => [x(xs[i]), y(v)]).filter(([, yv]) => Number.isFinite(yv)).map(([xv, yv], i) => `${i === 0 ? "M" : "L"}${n(xv)},${n(yv)}`).join(" ");
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yTop);
  const intervals = chart.x.flatMap((p, i) => {
    const ci = measured.ci?.[i];
    return ci != null && Number.isFinite(ci[0]) && Number.isFinite(ci[1]) ? [
      `<line x1="${n(x(p))}" x2="${n(x(p))}" y1="${n(y(ci[0]))}" y2="${n(y(ci[1]))}" stroke="${MEASURED_COLOUR}"/>`
    ] : [];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...yTicks.map(
      (t) => `<line x1="${left}" x2="${w - right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#e5e5e5"/><text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end" ${FONT}>${Number(t.toPrecision(3))}${escapeHtml(chart.yUnit ?? "\xD7")}</text>`
    ),
    ...xTickLabels(chart, w - left - right).map(
      ([p, label]) => `<text x="${n(x(p))}" y="${h - bottom + 16}" text-anchor="middle" ${FONT}>${escapeHtml(label)}</text>`
    ),
    `<text x="${(left + w - right) / 2}" y="${h - 6}" text-anchor="middle" ${FONT}>${escapeHtml(clip(chart.xTitle, 40))}</text>`,
    ideal != null ? `<path d="${path(...belowTop(chart.x, ideal.values, yTop))}" fill="none" stroke="${IDEAL_COLOUR}" stroke-dasharray="5 4"/>` : "",
    `<path d="${path(chart.x, measured.values)}" fill="none" stroke="${MEASURED_COLOUR}" stroke-width="2.5"/>`,
    ...intervals,
    ...chart.x.map(
      (p, i) => `<circle cx="${n(x(p))}" cy="${n(y(measured.values[i]))}" r="3.5" fill="${MEASURED_COLOUR}"/>`
    ),
    ...(chart.marked ?? []).map(
      (i) => `<circle cx="${n(x(chart.x[i]))}" cy="${n(y(measured.values[i]))}" r="6" fill="none" stroke="${REGRESSION_COLOUR}" stroke-width="2"><title>regression</title></circle>`
    ),
    `<text x="${left + 8}" y="${top - 10}" ${FONT} fill="${MEASURED_COLOUR}">\u2014 ${escapeHtml(measured.name)} (with CI)</text>`,
    ideal != null ? `<text x="${left + 170}" y="${top - 10}" ${FONT} fill="#6e6e6e">- - ${escapeHtml(ideal.name)}</text>` : "",
    (chart.marked ?? []).length > 0 ? `<text x="${left + 220}" y="${top - 10}" ${FONT} fill="${REGRESSION_COLOUR}">\u25CB regression</text>` : "",
    "</svg>"
  ].filter((part) => part !== "").join("\n");
}
function xTickLabels(chart, width) {
  const labels = chart.x.map((p, i) => chart.xLabels?.[i] ?? String(p));
  const widest = Math.max(1, ...labels.map((l) => l.length)) * 6.5 + 8;
  const step = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(width / widest))));
  return chart.x.flatMap(
    (p, i) => i % step === 0 || i === labels.length - 1 && i % step >= step / 2 ? [[p, labels[i]]] : []
  );
}
function barSvg(chart) {
  const labelWidth = 180;
  const barArea = 300;
  const row = 20;
  const w = labelWidth + barArea + 110;
  const h = chart.bars.length * row + 10;
  const max = niceMax(Math.max(...chart.bars.map((b) => b.value)));
  const format = chart.unit === "usd" ? formatUsd : formatSeconds;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...chart.bars.map((b, i) => {
      const yPos = 5 + i * row;
      const len = b.value / max * barArea;
      const n_ = chart.unit === "seconds" ? ` (n=${b.n})` : "";
      return `<text x="${labelWidth - 6}" y="${yPos + 13}" text-anchor="end" ${FONT}>${escapeHtml(clip(b.label, 26))}</text><rect x="${labelWidth}" y="${yPos + 3}" width="${n(Math.max(len, 1))}" height="${row - 6}" fill="${MEASURED_COLOUR}"/><text x="${n(labelWidth + len + 4)}" y="${yPos + 13}" ${FONT}>${escapeHtml(format(b.value))}${n_}</text>`;
    }),
    "</svg>"
  ].join("\n");
}
function chartSvg(chart) {
  return chart.kind === "line" ? lineSvg(chart) : barSvg(chart);
}

// src/domain/report/html.ts
var MAX_CELL = 2e3;
var CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;vertical-align:top}
th{background:#f6f8fa;text-align:left}td.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.good{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}.warn{color:#9a6700;font-weight:600}
.warnings{border-left:4px solid #d4a72c;background:#fff8c5;padding:.5rem 1rem;margin:1rem 0}
.meta{color:#59636e;font-size:.85rem}pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;font-size:.8rem}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}svg{max-width:100%;height:auto}
`.trim();
function renderHtml(model) {
  const doc = buildDocument(model);
  const { run, name } = doc.head;
  const body = [...headline(doc.head), ...doc.sections.map(htmlSection)];
  return htmlPage(`batchbench \xB7 ${name} \xB7 ${run.id}`, body);
}
function htmlPage(title, body) {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body.filter((part) => part !== ""),
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function para(text) {
  return `<p>${escapeHtml(text)}</p>`;
}
function headline(head) {
  const { run, targets } = head;
  return [
    `<h1>batchbench \xB7 ${escapeHtml(head.name)}</h1>`,
    head.description != null ? para(head.description) : "",
    `<p><span class="${runStatusTone(run.status)}">${escapeHtml(run.status)}</span> \xB7 run ${escapeHtml(run.id)} on ${escapeHtml(run.backend)} \xB7 jobs: ${jobCounts(run)}` + (targets != null ? ` \xB7 targets: <span class="good">${targets.met} met</span>, <span class="bad">${targets.missed} missed</span>, <span class="warn">${targets.inconclusive} inconclusive</span>` : "") + "</p>",
    `<p class="meta">${head.meta.map(escapeHtml).join(" \xB7 ")}</p>`
  ];
}
function htmlBlock(block) {
  switch (block.kind) {
    case "paragraph":
      return para(block.text);
    case "table":
      return htmlTable(block.table);
    case "notes":
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "chart":
      return chartSvg(block.chart);
    case "log":
      return `<pre>${block.lines.map((line) => escapeHtmlPre(clip(line, MAX_CELL))).join("\n")}</pre>`;
  }
}
function htmlSection(section) {
  const content = section.blocks.map(htmlBlock).join("\n");
  switch (section.display) {
    case "alert":
      return `<div class="warnings"><strong>${escapeHtml(section.title)}:</strong><ul>` + section.blocks.flatMap((b) => b.kind === "notes" ? b.items : []).map((w) => `<li>${escapeHtml(w)}</li>`).join("") + "</ul></div>";
    case "collapsed":
      return `<details${section.blocks.some((b) => b.kind === "chart") ? " open" : ""}><summary>${escapeHtml(section.title)}</summary>
${content}
</details>`;
    case "open":
      return `<h2>${escapeHtml(section.title)}</h2>
${content}`;
  }
}
function htmlCell(cell, align) {
  const text = escapeHtml(clip(cellText(cell), MAX_CELL));
  const url = typeof cell === "string" ? void 0 : safeHttpsUrl(cell.href);
  const content = url != null ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${text}</a>` : text;
  const classes = [align === "r" ? "r" : void 0, typeof cell !== "string" ? cell.tone : void 0].filter(
    (c) => c != null
  );
  return `<td${classes.length > 0 ? ` class="${classes.join(" ")}"` : ""}>${content}</td>`;
}
function htmlTable(table) {
  const head = `<tr>${table.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const rows = table.rows.map(
    (row) => `<tr>${row.map((cell, i) => htmlCell(cell, table.align[i])).join("")}</tr>`
  );
  return `<table>
<thead>${head}</thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

// src/domain/report/terminal.ts
var ANSI = {
  good: ["\x1B[32m", "\x1B[39m"],
  bad: ["\x1B[31m", "\x1B[39m"],
  warn: ["\x1B[33m", "\x1B[39m"],
  bold: ["\x1B[1m", "\x1B[22m"],
  dim: ["\x1B[2m", "\x1B[22m"]
};
var MIN_COLUMN = 6;
var MAX_LOG_LINES = 20;
function renderTerminal(model, options = {}) {
  const color = options.color === true;
  const width = Math.max(40, options.width ?? 120);
  const paint = (style, text) => color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
  const out = [];
  const doc = buildDocument(model);
  const { run, targets } = doc.head;
  out.push(paint("bold", clip(`batchbench \xB7 ${safe(doc.head.name)}`, width)));
  if (doc.head.description != null) out.push(wrap(safe(doc.head.description), width));
  out.push(
    `${paint(runStatusTone(run.status), run.status)} \xB7 run ${clip(safe(run.id), 60)} on ${clip(safe(run.backend), 30)}`,
    `jobs: ${jobCounts(run)}`
  );
  if (targets != null) {
    out.push(
      `targets: ${paint("good", `${targets.met} met`)}, ${paint("bad", `${targets.missed} missed`)}, ${paint("warn", `${targets.inconclusive} inconclusive`)}`
    );
  }
  for (const section of doc.sections) {
    const blocks = section.blocks.filter((b) => b.kind !== "chart");
    if (blocks.length === 0) continue;
    const title = safe(section.title);
    out.push("", paint("bold", clip(title, width)), paint("dim", "\u2500".repeat(Math.min(width, title.length))));
    blocks.forEach((block, i) => {
      if (i > 0 && block.kind === "table") out.push("");
      out.push(...terminalBlock(block, section.display === "alert", width, paint));
    });
  }
  return `${out.join("\n")}
`;
}
function terminalBlock(block, alert, width, paint) {
  switch (block.kind) {
    case "paragraph":
      return [wrap(safe(block.text), width)];
    case "table":
      return drawTable(block.table, width, paint);
    case "notes":
      return block.items.map(
        (item) => alert ? paint("warn", wrap(`! ${safe(item)}`, width)) : wrap(`- ${safe(item)}`, width)
      );
    case "chart":
      return [];
    case "log":
      return block.lines.slice(-MAX_LOG_LINES).map((line) => `  ${clip(escapeTerminal(line), width - 2)}`);
  }
}
function safe(text) {
  return escapeTerminal(text);
}
function wrap(text, width) {
  const lines = [];
  let rest = text;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(" ", width);
    const at = cut > width / 2 ? cut : width;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, "");
  }
  lines.push(rest);
  return lines.join("\n");
}
function drawTable(table, width, paint) {
  const text = (cell) => {
    const raw = cellText(cell);
    return safe(typeof cell !== "string" && cell.href != null ? `${raw} ${cell.href}` : raw);
  };
  const rows = table.rows.map((row) => row.map(text));
  const widths = table.headers.map(
    (header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length))
  );
  const gap = 2;
  while (widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1) > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= MIN_COLUMN) break;
    widths[widest]--;
  }
  if (widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1) > width)
    return drawRecords(table, rows, width, paint);
  const fit = (value, i) => {
    const clipped = clip(value, widths[i]);
    return table.align[i] === "r" ? clipped.padStart(widths[i]) : clipped.padEnd(widths[i]);
  };
  const lines = [
    paint("bold", table.headers.map(fit).join(" ".repeat(gap)).trimEnd()),
    paint("dim", widths.map((w) => "\u2500".repeat(w)).join(" ".repeat(gap)))
  ];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].map((value, i) => {
      const original = table.rows[r][i];
      const padded = fit(value, i);
      return typeof original !== "string" && original.tone != null ? paint(original.tone, padded) : padded;
    });
    lines.push(cells.join(" ".repeat(gap)).trimEnd());
  }
  return lines;
}
function drawRecords(table, rows, width, paint) {
  const label = Math.max(...table.headers.map((h) => h.length));
  const lines = [];
  rows.forEach((row, r) => {
    if (r > 0) lines.push("");
    row.forEach((value, i) => {
      const original = table.rows[r][i];
      const text = clip(value, Math.max(1, width - label - 2));
      const painted = typeof original !== "string" && original.tone != null ? paint(original.tone, text) : text;
      lines.push(`${paint("dim", `${table.headers[i].padEnd(label)}:`)} ${painted}`);
    });
  });
  return lines;
}

export {
  renderHtml,
  htmlPage,
  htmlSection,
  renderTerminal,
  drawTable
};
