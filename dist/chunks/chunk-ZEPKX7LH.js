import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  mean,
  quantileSorted,
  summarize,
  tCritical,
  variance
} from "./chunk-OC537YOA.js";
import {
  UNKNOWN,
  formatBytes,
  formatConfidence,
  formatCount,
  formatFixed,
  formatMeanSd,
  formatMetric,
  formatPercent,
  formatSeconds,
  formatSecondsInterval,
  formatSpeedupInterval,
  formatUsd,
  formatUsdDelta,
  formatValues,
  markdownTable
} from "./chunk-TK2KBLDO.js";
import {
  clip,
  codeFence,
  escapeGithubHtml,
  escapeHtml,
  escapeHtmlPre,
  escapeMarkdown,
  mermaidLabel,
  safeHttpsUrl,
  stripControl,
  stripControlKeepText
} from "./chunk-IUIKERM2.js";
import {
  buildPlan,
  jobCost,
  storageCost,
  transferCost
} from "./chunk-IHG27KF4.js";
import {
  compareVariant,
  matchesAll,
  sameScalar,
  validateExperimentText
} from "./chunk-VW7L6ZQL.js";

// src/domain/report/svg.ts
var MAX_SVG_BARS = 40;
var FONT = 'font-family="system-ui, sans-serif" font-size="11"';
function n(value) {
  return Number.isFinite(value) ? Number(value.toFixed(1)).toString() : "0";
}
function niceMax(value) {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}
function speedupSvg(series, axis) {
  const points = series.points.filter((p) => Number.isFinite(p.speedup.value) && Number.isFinite(p.p));
  if (points.length < 2) return void 0;
  const baseP = series.points.find((p) => p.cellId === series.baselineCellId)?.p ?? points[0].p;
  const w = 480;
  const h = 300;
  const left = 48;
  const right = 16;
  const top = 24;
  const bottom = 40;
  const maxP = Math.max(...points.map((p) => p.p));
  const minP = Math.min(...points.map((p) => p.p));
  const ideal = (p) => baseP > 0 ? p / baseP : NaN;
  const yTop = niceMax(
    Math.max(...points.map((p) => Math.max(p.speedup.value, p.speedup.ci?.[1] ?? 0, ideal(p.p))))
  );
  const x = (p) => left + (maxP === minP ? 0 : (p - minP) / (maxP - minP) * (w - left - right));
  const y = (s) => h - bottom - s / yTop * (h - top - bottom);
  const path = (f, ps2) => ps2.map((p, i) => `${i === 0 ? "M" : "L"}${n(x(p))},${n(y(f(p)))}`).join(" ");
  const ps = points.map((p) => p.p);
  const measured = new Map(points.map((p) => [p.p, p.speedup.value]));
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yTop);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(`Speedup vs ${axis}`)}">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...yTicks.map(
      (t) => `<line x1="${left}" x2="${w - right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#e5e5e5"/><text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end" ${FONT}>${Number(t.toPrecision(3))}\xD7</text>`
    ),
    ...points.map(
      (p) => `<text x="${n(x(p.p))}" y="${h - bottom + 16}" text-anchor="middle" ${FONT}>${escapeHtml(String(p.p))}</text>`
    ),
    `<text x="${(left + w - right) / 2}" y="${h - 6}" text-anchor="middle" ${FONT}>${escapeHtml(clip(axis, 40))}</text>`,
    `<path d="${path(ideal, ps)}" fill="none" stroke="#999" stroke-dasharray="5 4"/>`,
    `<path d="${path((p) => measured.get(p) ?? NaN, ps)}" fill="none" stroke="#2563eb" stroke-width="2"/>`,
    ...points.flatMap((p) => {
      const ci = p.speedup.ci;
      const bar = ci != null && Number.isFinite(ci[0]) && Number.isFinite(ci[1]) ? [
        `<line x1="${n(x(p.p))}" x2="${n(x(p.p))}" y1="${n(y(ci[0]))}" y2="${n(y(ci[1]))}" stroke="#2563eb"/>`
      ] : [];
      return [...bar, `<circle cx="${n(x(p.p))}" cy="${n(y(p.speedup.value))}" r="3.5" fill="#2563eb"/>`];
    }),
    `<text x="${left + 8}" y="${top - 8}" ${FONT} fill="#2563eb">\u2014 measured (with CI)</text>`,
    `<text x="${left + 150}" y="${top - 8}" ${FONT} fill="#777">- - ideal</text>`,
    "</svg>"
  ];
  return parts.join("\n");
}
function wallTimeSvg(cells) {
  const shown = cells.filter((c) => Number.isFinite(c.wall.median)).slice(0, MAX_SVG_BARS);
  if (shown.length === 0) return void 0;
  const labelWidth = 160;
  const barArea = 300;
  const row = 20;
  const w = labelWidth + barArea + 90;
  const h = shown.length * row + 10;
  const max = niceMax(Math.max(...shown.map((c) => c.wall.median)));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Median wall time per cell">`,
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`,
    ...shown.map((c, i) => {
      const yPos = 5 + i * row;
      const len = c.wall.median / max * barArea;
      return `<text x="${labelWidth - 6}" y="${yPos + 13}" text-anchor="end" ${FONT}>${escapeHtml(clip(c.cellId, 26))}</text><rect x="${labelWidth}" y="${yPos + 3}" width="${n(Math.max(len, 1))}" height="${row - 6}" fill="#60a5fa"/><text x="${n(labelWidth + len + 4)}" y="${yPos + 13}" ${FONT}>${escapeHtml(formatSeconds(c.wall.median))} (n=${c.wall.n})</text>`;
    }),
    "</svg>"
  ];
  return parts.join("\n");
}

// src/domain/report/tables.ts
var NOISY_CV = 0.1;
function cellText(cell) {
  return typeof cell === "string" ? cell : cell.text;
}
var STATUS_TONE = { met: "good", missed: "bad", inconclusive: "warn" };
function stagesOf(cells) {
  return [...new Set(cells.map((cell) => cell.stage))];
}
function formatCellCost(cost) {
  if (cost.basis === "none") return UNKNOWN;
  return cost.basis === "cloud-equivalent" ? `\u2248${formatUsd(cost.usd)}` : formatUsd(cost.usd);
}
function resultsTable(cells, confidence) {
  return {
    headers: ["Cell", "n", "Median", "Mean \xB1 sd", `${formatConfidence(confidence)} CI`, "cv", "Cost"],
    align: ["l", "r", "r", "r", "r", "r", "r"],
    rows: cells.map((cell) => [
      cell.cellId,
      cell.failed > 0 ? `${cell.wall.n} (${cell.failed} failed)` : String(cell.wall.n),
      formatSeconds(cell.wall.median),
      formatMeanSd(cell.wall),
      formatSecondsInterval(cell.wall.n >= 2 ? cell.wall.ci : void 0),
      cell.wall.cv > NOISY_CV ? { text: formatPercent(cell.wall.cv), tone: "warn" } : formatPercent(cell.wall.cv),
      formatCellCost(cell.cost)
    ])
  };
}
function speedupTable(series, axis, confidence, target) {
  return {
    headers: [
      axis,
      "n",
      `Speedup [${formatConfidence(confidence)} CI]`,
      "Efficiency",
      "Karp-Flatt",
      "Cost per 1\xD7 speedup"
    ],
    align: ["r", "r", "r", "r", "r", "r"],
    rows: series.points.map((point) => {
      const speedup2 = formatSpeedupInterval(point.speedup);
      const lower = point.speedup.ci?.[0];
      const reached = target != null && lower !== void 0 && lower >= target;
      return [
        String(point.p),
        String(point.n),
        reached ? { text: speedup2, tone: "good" } : speedup2,
        formatPercent(point.efficiency),
        formatFixed(point.karpFlatt, 3),
        formatUsd(point.costPerSpeedup)
      ];
    })
  };
}
function amdahlLine(series) {
  const fit = series.amdahl;
  if (fit == null) return void 0;
  return `Amdahl fit: serial fraction ${formatPercent(fit.serialFraction)}, max speedup ${Number.isFinite(fit.maxSpeedup) ? `${fit.maxSpeedup.toFixed(2)}\xD7` : "\u221E"}, R\xB2 ${formatFixed(fit.r2, 3)} (over ${series.points.length} points)`;
}
function seriesTitle(series, axis) {
  const fixed = Object.keys(series.fixed).length > 0 ? `, ${formatValues(series.fixed)}` : "";
  return `Speedup over ${axis} (stage ${series.stage}${fixed}; baseline ${series.baselineCellId})`;
}
function hasSplit(cell) {
  const { queue, startup, compute, collection } = cell.split;
  return [queue, startup, compute, collection].some((v) => v != null);
}
function timeSplitTable(cells) {
  const withSplit = cells.filter(hasSplit);
  if (withSplit.length === 0) return void 0;
  return {
    headers: ["Cell", "n", "Queue", "Start-up", "Compute", "Collection", "Compute share"],
    align: ["l", "r", "r", "r", "r", "r", "r"],
    rows: withSplit.map((cell) => {
      const { queue, startup, compute, collection } = cell.split;
      const total = [queue, startup, compute, collection].reduce((sum, v) => sum + (v ?? 0), 0);
      return [
        cell.cellId,
        String(cell.wall.n),
        formatSeconds(queue),
        formatSeconds(startup),
        formatSeconds(compute),
        formatSeconds(collection),
        compute != null && total > 0 ? formatPercent(compute / total) : UNKNOWN
      ];
    })
  };
}
function fanOutTable(cells) {
  const fanned = cells.filter((cell) => cell.fanOut != null);
  if (fanned.length === 0) return void 0;
  return {
    headers: [
      "Cell",
      "Tasks",
      "Makespan",
      "Longest task",
      "p50",
      "p90",
      "p95",
      "p99",
      "Max",
      "Stragglers",
      "Speculative wins"
    ],
    align: ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
    rows: fanned.map((cell) => {
      const f = cell.fanOut;
      return [
        cell.cellId,
        String(f.tasks),
        formatSeconds(f.makespan),
        formatSeconds(f.longestTask),
        formatSeconds(f.quantiles.p50),
        formatSeconds(f.quantiles.p90),
        formatSeconds(f.quantiles.p95),
        formatSeconds(f.quantiles.p99),
        formatSeconds(f.quantiles.max),
        f.stragglers.length > 0 ? { text: String(f.stragglers.length), tone: "warn" } : "0",
        String(f.speculativeWins)
      ];
    })
  };
}
function fanOutNotes(cells) {
  return cells.flatMap((cell) => {
    const f = cell.fanOut;
    if (f == null || !(f.longestTask > 0)) return [];
    const overhead = f.makespan - f.longestTask;
    return [
      `${cell.cellId}: makespan ${formatSeconds(f.makespan)} vs longest task ${formatSeconds(f.longestTask)} (${formatSeconds(overhead)} of waiting and skew; CPU models: ${formatCpuModels(f.cpuModels)})`
    ];
  });
}
function formatCpuModels(models) {
  const entries = Object.entries(models);
  return entries.length > 0 ? entries.map(([model, count]) => `${count}\xD7 ${model}`).join("; ") : UNKNOWN;
}
function stragglersTable(cells) {
  const rows = [];
  for (const cell of cells) {
    for (const s of cell.fanOut?.stragglers ?? []) {
      rows.push([
        cell.cellId,
        s.jobId,
        formatSeconds(s.seconds),
        `${formatFixed(s.ratioToMedian, 2)}\xD7`,
        s.cpuModel ?? UNKNOWN
      ]);
    }
  }
  if (rows.length === 0) return void 0;
  return {
    headers: ["Cell", "Job", "Time", "\xD7 median", "CPU model"],
    align: ["l", "l", "r", "r", "l"],
    rows
  };
}
function cellDetailTable(cells) {
  return {
    headers: ["Cell", "Values", "Backend", "Instance", "Succeeded", "Failed", "Peak memory", "CPU models"],
    align: ["l", "l", "l", "l", "r", "r", "r", "l"],
    rows: cells.map((cell) => [
      cell.cellId,
      formatValues(cell.values),
      cell.backend,
      cell.instanceType ?? UNKNOWN,
      String(cell.succeeded),
      cell.failed > 0 ? { text: String(cell.failed), tone: "bad" } : "0",
      formatBytes(cell.peakMemoryBytes),
      cell.cpuModels.length > 0 ? cell.cpuModels.join("; ") : UNKNOWN
    ])
  };
}
function metricsTable(cells, confidence) {
  const rows = [];
  for (const cell of cells) {
    for (const [name, s] of Object.entries(cell.metrics)) {
      rows.push([
        cell.cellId,
        name,
        String(s.n),
        formatMetric(s.median),
        formatMetric(s.mean),
        formatMetric(s.sd),
        s.n >= 2 ? `[${formatMetric(s.ci[0])}, ${formatMetric(s.ci[1])}]` : UNKNOWN
      ]);
    }
  }
  if (rows.length === 0) return void 0;
  return {
    headers: ["Cell", "Metric", "n", "Median", "Mean", "sd", `${formatConfidence(confidence)} CI`],
    align: ["l", "l", "r", "r", "r", "r", "r"],
    rows
  };
}
function costSummaryLine(cost) {
  const parts = [
    `Total ${formatUsd(cost.totalUsd)} (${basisText(cost.basis)})`,
    `on-demand ${formatUsd(cost.onDemandUsd)}`,
    `Spot ${formatUsd(cost.spotUsd)}`
  ];
  if (cost.perItemUsd != null) parts.push(`per item ${formatUsd(cost.perItemUsd)}`);
  return parts.join(" \xB7 ");
}
function basisText(basis) {
  switch (basis) {
    case "measured":
      return "measured run times";
    case "cloud-equivalent":
      return "local run priced as if on the cloud instance";
    case "none":
      return "no prices known";
  }
}
function costByStageTable(cost) {
  const rows = Object.entries(cost.byStage).map(([stage, c]) => [
    stage,
    formatUsd(c.compute),
    formatUsd(c.storage),
    formatUsd(c.network),
    formatUsd(c.total)
  ]);
  const all = cost.byComponent;
  rows.push([
    "All stages",
    formatUsd(all.compute),
    formatUsd(all.storage),
    formatUsd(all.network),
    formatUsd(cost.totalUsd)
  ]);
  return {
    headers: ["Stage", "Compute", "Storage", "Network", "Total"],
    align: ["l", "r", "r", "r", "r"],
    rows
  };
}
function costCompareTable(cost) {
  if (cost.compare.length === 0) return void 0;
  return {
    headers: ["Alternative", "Cost", "\u0394 vs this run"],
    align: ["l", "r", "r"],
    rows: cost.compare.map((c) => [
      c.name,
      formatUsd(c.usd),
      { text: formatUsdDelta(c.deltaUsd), tone: c.deltaUsd < 0 ? "good" : c.deltaUsd > 0 ? "bad" : "warn" }
    ])
  };
}
function extrapolationLines(model) {
  const x = model.extrapolation;
  if (x == null) return [];
  const ci = x.projectedSeconds.ci;
  const range = ci != null ? ` ${formatSecondsInterval(ci)}` : "";
  return [
    `Measured ${x.cellId} (stage ${x.stage}): median ${formatSeconds(x.measuredSeconds.median)}, mean ${formatMeanSd(x.measuredSeconds)} over n = ${x.measuredSeconds.n}.`,
    `At ${formatCount(x.factor)}\xD7 the work: about ${formatSeconds(x.projectedSeconds.value)}${range}` + (x.projectedUsd != null ? `, about ${formatUsd(x.projectedUsd)}.` : ".")
  ];
}
function targetsTable(targets) {
  if (targets.length === 0) return void 0;
  return {
    headers: ["Status", "Target", "Actual", "Description", "Cell"],
    align: ["l", "l", "l", "l", "l"],
    rows: targets.map((t) => [
      { text: t.status, tone: STATUS_TONE[t.status] },
      t.target,
      t.actual,
      t.description,
      t.cellId ?? UNKNOWN
    ])
  };
}
function targetCounts(targets) {
  const counts = { met: 0, missed: 0, inconclusive: 0 };
  for (const t of targets) counts[t.status]++;
  return counts;
}
function failuresTable(failures) {
  if (failures.length === 0) return void 0;
  return {
    headers: ["Job", "Stage", "Cell", "Attempt", "Status", "Exit code", "Reason", "Logs"],
    align: ["l", "l", "l", "r", "l", "r", "l", "l"],
    rows: failures.map((f) => [
      f.jobId,
      f.stage,
      f.cellId,
      String(f.attempt),
      { text: f.status, tone: "bad" },
      f.exitCode != null ? String(f.exitCode) : UNKNOWN,
      f.reason ?? UNKNOWN,
      f.consoleUrl != null ? { text: "console", href: f.consoleUrl } : UNKNOWN
    ])
  };
}
function runStatusTone(status) {
  return status === "complete" ? "good" : status === "partial" ? "warn" : "bad";
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
  const body = [];
  const section = (title, content) => {
    body.push(`<h2>${escapeHtml(title)}</h2>`, content);
  };
  const details2 = (summary, content) => `<details><summary>${escapeHtml(summary)}</summary>
${content}
</details>`;
  const para = (text) => `<p>${escapeHtml(text)}</p>`;
  const { run, experiment } = model;
  const counts = targetCounts(model.targets);
  body.push(`<h1>batchbench \xB7 ${escapeHtml(experiment.name)}</h1>`);
  if (experiment.description != null) body.push(para(experiment.description));
  body.push(
    `<p><span class="${runStatusTone(run.status)}">${escapeHtml(run.status)}</span> \xB7 run ${escapeHtml(run.id)} on ${escapeHtml(run.backend)} \xB7 jobs: ${formatCount(run.jobsSucceeded)} succeeded, ${formatCount(run.jobsFailed)} failed, ${formatCount(run.jobsMissing)} missing of ${formatCount(run.jobsPlanned)} planned` + (model.targets.length > 0 ? ` \xB7 targets: <span class="good">${counts.met} met</span>, <span class="bad">${counts.missed} missed</span>, <span class="warn">${counts.inconclusive} inconclusive</span>` : "") + "</p>"
  );
  const meta = [
    `started ${run.startedAt}`,
    run.finishedAt != null ? `finished ${run.finishedAt}` : void 0,
    run.host != null ? `host ${run.host}` : void 0,
    run.cpuModel != null ? `CPU ${run.cpuModel}${run.cpuCount != null ? ` \xD7 ${run.cpuCount}` : ""}` : void 0,
    run.gitCommit != null ? `commit ${run.gitCommit}` : void 0,
    `file ${experiment.file}`
  ].filter((part) => part != null);
  body.push(`<p class="meta">${meta.map(escapeHtml).join(" \xB7 ")}</p>`);
  if (model.warnings.length > 0) {
    body.push(
      `<div class="warnings"><strong>Read these figures with care:</strong><ul>` + model.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("") + "</ul></div>"
    );
  }
  const targets = targetsTable(model.targets);
  if (targets != null) section("Targets", htmlTable(targets));
  for (const stage of stagesOf(model.cells)) {
    section(
      `Results \xB7 stage ${stage}`,
      htmlTable(
        resultsTable(
          model.cells.filter((c) => c.stage === stage),
          model.confidence
        )
      )
    );
  }
  const wall = wallTimeSvg(model.cells);
  if (wall != null) {
    const more = model.cells.length > MAX_SVG_BARS ? ` (first ${MAX_SVG_BARS} of ${model.cells.length} cells)` : "";
    body.push(details2(`Chart: median wall time per cell${more}`, wall));
  }
  const scaling = model.scaling;
  for (const series of scaling?.series ?? []) {
    const fit = amdahlLine(series);
    const chart = speedupSvg(series, scaling.axis);
    section(
      seriesTitle(series, scaling.axis),
      [
        htmlTable(speedupTable(series, scaling.axis, model.confidence, scaling.target)),
        scaling.target != null ? para(`Target: ${scaling.target.toFixed(2)}\xD7.`) : "",
        fit != null ? para(fit) : "",
        chart ?? ""
      ].join("\n")
    );
  }
  const split = timeSplitTable(model.cells);
  if (split != null) section("Where the time went (mean per task)", htmlTable(split));
  const fanOut2 = fanOutTable(model.cells);
  if (fanOut2 != null) {
    const stragglers = stragglersTable(model.cells);
    section(
      "Fan-out",
      [
        htmlTable(fanOut2),
        `<ul>${fanOutNotes(model.cells).map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ul>`,
        stragglers != null ? details2(`Stragglers (${stragglers.rows.length})`, htmlTable(stragglers)) : ""
      ].join("\n")
    );
  }
  const compare = costCompareTable(model.cost);
  section(
    "Cost",
    [
      para(costSummaryLine(model.cost)),
      htmlTable(costByStageTable(model.cost)),
      compare != null ? htmlTable(compare) : "",
      para(
        `Basis: ${basisText(model.cost.basis)}; \u2248 marks a local run priced as if on the cloud. Prices: ${model.cost.priceSnapshot}.`
      )
    ].join("\n")
  );
  const extrapolation = extrapolationLines(model);
  if (extrapolation.length > 0) section("Extrapolation", extrapolation.map(para).join("\n"));
  if (model.failures.length > 0) {
    const tails = model.failures.map(
      (f) => details2(
        `Log tail of ${f.jobId} (${f.logTail.length} lines)`,
        f.logTail.length > 0 ? `<pre>${f.logTail.map((line) => escapeHtmlPre(clip(line, MAX_CELL))).join("\n")}</pre>` : para("No log lines were collected.")
      )
    );
    section(
      `Failures (${model.failures.length})`,
      [htmlTable(failuresTable(model.failures)), ...tails].join("\n")
    );
  }
  const metrics = metricsTable(model.cells, model.confidence);
  section(
    "Per-cell detail",
    details2(
      "Values, backend, memory, CPU models, metrics",
      [htmlTable(cellDetailTable(model.cells)), metrics != null ? htmlTable(metrics) : ""].join("\n")
    )
  );
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>batchbench \xB7 ${escapeHtml(experiment.name)} \xB7 ${escapeHtml(run.id)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body.filter((part) => part !== ""),
    "</body>",
    "</html>",
    ""
  ].join("\n");
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

// src/domain/report/json.ts
function renderJson(model) {
  return `${JSON.stringify(model, null, 2)}
`;
}

// src/domain/report/mermaid.ts
var MAX_CHART_BARS = 30;
function num(value) {
  return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : "0";
}
function fence(lines) {
  return ["```mermaid", ...lines, "```"].join("\n");
}
function yMax(values) {
  const finite = values.filter(Number.isFinite);
  const max = finite.length > 0 ? Math.max(...finite) : 1;
  return max > 0 ? Number((max * 1.1).toPrecision(2)) : 1;
}
function speedupChart(series, axis) {
  if (series.points.length < 2) return void 0;
  const baseP = series.points.find((p) => p.cellId === series.baselineCellId)?.p ?? series.points[0].p;
  const measured = series.points.map((p) => p.speedup.value);
  const ideal = series.points.map((p) => baseP > 0 ? p.p / baseP : NaN);
  return fence([
    "xychart-beta",
    `  title "${mermaidLabel(`Speedup vs ${axis} (${series.stage})`, 60)}"`,
    `  x-axis "${mermaidLabel(axis)}" [${series.points.map((p) => `"${mermaidLabel(String(p.p))}"`).join(", ")}]`,
    `  y-axis "speedup (x)" 0 --> ${num(yMax([...measured, ...ideal]))}`,
    `  line [${measured.map(num).join(", ")}]`,
    `  line [${ideal.map(num).join(", ")}]`
  ]);
}
function barChart(title, yLabel, labels, values) {
  return fence([
    "xychart-beta",
    `  title "${mermaidLabel(title, 60)}"`,
    `  x-axis [${labels.map((l) => `"${mermaidLabel(l, 24)}"`).join(", ")}]`,
    `  y-axis "${mermaidLabel(yLabel)}" 0 --> ${num(yMax(values))}`,
    `  bar [${values.map(num).join(", ")}]`
  ]);
}
function wallTimeChart(cells) {
  const shown = cells.filter((c) => Number.isFinite(c.wall.median)).slice(0, MAX_CHART_BARS);
  if (shown.length === 0) return void 0;
  return barChart(
    "Median wall time per cell",
    "seconds",
    shown.map((c) => c.cellId),
    shown.map((c) => c.wall.median)
  );
}
function costChart(cells) {
  const shown = cells.filter((c) => c.cost.basis !== "none" && Number.isFinite(c.cost.usd)).slice(0, MAX_CHART_BARS);
  if (shown.length === 0) return void 0;
  return barChart(
    "Cost per cell",
    "USD",
    shown.map((c) => c.cellId),
    shown.map((c) => c.cost.usd)
  );
}

// src/domain/report/markdown.ts
var DEFAULT_MARKDOWN_LIMIT = 65536 - 512;
var MIN_MARKDOWN_LIMIT = 4096;
var MAX_CELL2 = 300;
var MAX_LOG_LINE = 500;
var MAX_WARNING = 1e3;
var FOLD_ORDER = [
  "log-tails",
  "cell-detail",
  "stragglers",
  "charts",
  "time-split",
  "fan-out",
  "cost-detail",
  "extrapolation",
  "failures"
];
var TONE_EMOJI = { good: "\u2705", bad: "\u274C", warn: "\u26A0\uFE0F" };
function reportMarker(key) {
  const safe2 = key.replace(/[^A-Za-z0-9_.:/=+-]/g, "").replace(/-{2,}/g, "-");
  return `<!-- batchbench:${safe2} -->`;
}
function renderMarkdown(model, options = {}) {
  const limit = options.limit ?? DEFAULT_MARKDOWN_LIMIT;
  if (!(limit >= MIN_MARKDOWN_LIMIT))
    throw new RangeError(`Markdown limit ${limit} is below ${MIN_MARKDOWN_LIMIT}.`);
  const head = options.marker != null ? `${reportMarker(options.marker)}
` : "";
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
function omittedNote(count) {
  return `> [!NOTE]
> ${count} section${count === 1 ? "" : "s"} omitted to fit the comment size limit, see the JSON artifact.`;
}
function joinSections(sections, omitted) {
  const parts = sections.map((s) => s.text);
  if (omitted > 0) parts.push(omittedNote(omitted));
  return `${parts.join("\n\n")}
`;
}
function mdCell(cell) {
  if (typeof cell === "string") return escapeMarkdown(clip(cell, MAX_CELL2));
  const text = escapeMarkdown(clip(cell.text, MAX_CELL2));
  const url = safeHttpsUrl(cell.href);
  const body = url != null ? `[${text}](${url})` : cell.href != null ? `${text} (link withheld: not https)` : text;
  return cell.tone != null ? `${TONE_EMOJI[cell.tone]} ${body}` : body;
}
function mdTableLines(table) {
  const rendered = markdownTable(
    [table.headers.map(escapeMarkdown), ...table.rows.map((row) => row.map(mdCell))],
    {
      align: table.align,
      alignDelimiters: false
    }
  );
  return rendered.split("\n");
}
function mdTable(table) {
  return mdTableLines(table).join("\n");
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function headline(model) {
  const { run, experiment } = model;
  const counts = targetCounts(model.targets);
  const lines = [`## batchbench \xB7 ${escapeMarkdown(clip(experiment.name, 200))}`];
  if (experiment.description != null) lines.push("", escapeMarkdown(clip(experiment.description, 500)));
  const status = `${TONE_EMOJI[runStatusTone(run.status)]} **${run.status}**`;
  const targets = model.targets.length > 0 ? ` \xB7 targets: ${counts.met} \u2705 met, ${counts.missed} \u274C missed, ${counts.inconclusive} \u26A0\uFE0F inconclusive` : "";
  lines.push(
    "",
    `${status} \xB7 run ${escapeMarkdown(clip(run.id, 100))} on ${escapeMarkdown(clip(run.backend, 50))} \xB7 jobs: ${formatCount(run.jobsSucceeded)} succeeded, ${formatCount(run.jobsFailed)} failed, ${formatCount(run.jobsMissing)} missing of ${formatCount(run.jobsPlanned)} planned${targets}`
  );
  const where = [
    `started ${escapeMarkdown(clip(run.startedAt, 40))}`,
    run.finishedAt != null ? `finished ${escapeMarkdown(clip(run.finishedAt, 40))}` : void 0,
    run.host != null ? `host ${escapeMarkdown(clip(run.host, 100))}` : void 0,
    run.cpuModel != null ? `CPU ${escapeMarkdown(clip(run.cpuModel, 100))}${run.cpuCount != null ? ` \xD7 ${run.cpuCount}` : ""}` : void 0,
    run.gitCommit != null ? `commit ${escapeMarkdown(clip(run.gitCommit, 40))}` : void 0,
    `file ${escapeMarkdown(clip(experiment.file, 200))}`
  ].filter((part) => part != null);
  lines.push("", `<sub>${where.join(" \xB7 ")}</sub>`);
  return lines.join("\n");
}
function warningsBlock(warnings) {
  return [
    "> [!WARNING]",
    "> **Read these figures with care:**",
    ...warnings.map((w) => `> - ${escapeMarkdown(clip(w, MAX_WARNING))}`)
  ].join("\n");
}
function logTail(failure) {
  const lines = failure.logTail.map((line) => clip(stripControlKeepText(line), MAX_LOG_LINE));
  const fence2 = codeFence(lines);
  const summary = `Log tail of ${escapeGithubHtml(clip(failure.jobId, 120))} (${failure.logTail.length} lines)`;
  const body = lines.length > 0 ? `${fence2}text
${lines.join("\n")}
${fence2}` : "_No log lines were collected._";
  return details(summary, body);
}
function buildSections(model) {
  const sections = [{ text: headline(model) }];
  const add = (text, fold) => {
    if (text != null && text !== "") sections.push(fold != null ? { fold, text } : { text });
  };
  if (model.warnings.length > 0) add(warningsBlock(model.warnings));
  const targets = targetsTable(model.targets);
  if (targets != null) add(`### Targets

${mdTable(targets)}`);
  for (const stage of stagesOf(model.cells)) {
    const cells = model.cells.filter((c) => c.stage === stage);
    add(
      `### Results \xB7 stage ${escapeMarkdown(stage)}

Wall time of one repeat (n = repeats measured); cost per cell.

` + mdTable(resultsTable(cells, model.confidence))
    );
  }
  const scaling = model.scaling;
  if (scaling != null) {
    for (const series of scaling.series) {
      const fit = amdahlLine(series);
      const target = scaling.target != null ? `Target: ${scaling.target.toFixed(2)}\xD7. ` : "";
      add(
        `### ${escapeMarkdown(seriesTitle(series, scaling.axis))}

` + mdTable(speedupTable(series, scaling.axis, model.confidence, scaling.target)) + (fit != null || target !== "" ? `

${target}${escapeMarkdown(fit ?? "")}` : "")
      );
      const chart = speedupChart(series, scaling.axis);
      if (chart != null)
        add(
          details(`Chart: speedup vs ${escapeGithubHtml(scaling.axis)} (ideal line for reference)`, chart),
          "charts"
        );
    }
  }
  add(`### Cost

${escapeMarkdown(costSummaryLine(model.cost))}`);
  const compare = costCompareTable(model.cost);
  add(
    details(
      "Cost breakdown by stage and component",
      [
        mdTable(costByStageTable(model.cost)),
        compare != null ? mdTable(compare) : void 0,
        `Basis: ${escapeMarkdown(basisText(model.cost.basis))}; \u2248 marks a local run priced as if on the cloud. Prices: ${escapeMarkdown(clip(model.cost.priceSnapshot, 300))}.`
      ].filter((part) => part != null).join("\n\n")
    ),
    "cost-detail"
  );
  const split = timeSplitTable(model.cells);
  if (split != null)
    add(details("Where the time went (mean seconds per task)", mdTable(split)), "time-split");
  const fanOut2 = fanOutTable(model.cells);
  if (fanOut2 != null) {
    const notes = fanOutNotes(model.cells).map((note) => `- ${escapeMarkdown(clip(note, MAX_WARNING))}`);
    add(
      details(
        "Fan-out: makespan, task completion quantiles, stragglers",
        [mdTable(fanOut2), notes.join("\n")].join("\n\n")
      ),
      "fan-out"
    );
  }
  const stragglers = stragglersTable(model.cells);
  if (stragglers != null)
    add(details(`Stragglers (${stragglers.rows.length})`, mdTable(stragglers)), "stragglers");
  const wall = wallTimeChart(model.cells);
  if (wall != null) add(details("Chart: median wall time per cell", wall), "charts");
  const cost = costChart(model.cells);
  if (cost != null) add(details("Chart: cost per cell", cost), "charts");
  const extrapolation = extrapolationLines(model);
  if (extrapolation.length > 0)
    add(`### Extrapolation

${extrapolation.map(escapeMarkdown).join("\n")}`, "extrapolation");
  const failures = failuresTable(model.failures);
  if (failures != null) add(`### Failures (${model.failures.length})

${mdTable(failures)}`, "failures");
  for (const failure of model.failures) add(logTail(failure), "log-tails");
  const metrics = metricsTable(model.cells, model.confidence);
  add(
    details(
      "Per-cell detail: values, backend, memory, CPU models, metrics",
      [mdTable(cellDetailTable(model.cells)), metrics != null ? mdTable(metrics) : void 0].filter((part) => part != null).join("\n\n")
    ),
    "cell-detail"
  );
  return sections;
}
function fitTable(table, budget) {
  const lines = mdTableLines(table);
  const full = lines.join("\n");
  if (full.length <= budget) return full;
  const rows = table.rows.length;
  const note = (left) => `

_\u2026 and ${formatCount(left)} more rows, see the JSON artifact._`;
  const room = budget - note(rows).length;
  let used = lines[0].length + 1 + lines[1].length;
  let shown = 0;
  while (shown < rows && used + 1 + lines[2 + shown].length <= room) {
    used += 1 + lines[2 + shown].length;
    shown++;
  }
  if (shown === 0) return "";
  return lines.slice(0, 2 + shown).join("\n") + note(rows - shown);
}
function shortForm(model, budget, omittedSections) {
  const note = `> [!NOTE]
> Short form: ${omittedSections} detail sections omitted and long tables shortened to fit the comment size limit, see the JSON artifact.`;
  const parts = [];
  let remaining = budget - note.length - 1;
  const take = (text) => {
    if (text === "" || text.length + 2 > remaining) return;
    parts.push(text);
    remaining -= text.length + 2;
  };
  take(headline(model));
  if (model.warnings.length > 0) {
    const lines = warningsBlock(model.warnings).split("\n");
    const kept = [];
    const share = Math.floor(remaining / 3);
    let used = 0;
    for (const line of lines) {
      if (used + line.length + 1 > share - 80) break;
      kept.push(line);
      used += line.length + 1;
    }
    const left = lines.length - kept.length;
    if (left > 0) kept.push(`> - \u2026 and ${left} more warnings, see the JSON artifact.`);
    if (kept.length > 2) take(kept.join("\n"));
  }
  const targets = targetsTable(model.targets);
  if (targets != null) take(titled("### Targets", targets, remaining));
  take(`### Cost

${escapeMarkdown(costSummaryLine(model.cost))}`);
  const scaling = model.scaling;
  for (const series of scaling?.series ?? []) {
    take(
      titled(
        `### ${escapeMarkdown(seriesTitle(series, scaling.axis))}`,
        speedupTable(series, scaling.axis, model.confidence, scaling.target),
        remaining
      )
    );
  }
  for (const stage of stagesOf(model.cells)) {
    const cells = model.cells.filter((c) => c.stage === stage);
    take(
      titled(
        `### Results \xB7 stage ${escapeMarkdown(stage)}`,
        resultsTable(cells, model.confidence),
        remaining
      )
    );
  }
  parts.push(note);
  return `${parts.join("\n\n")}
`;
}
function titled(title, table, budget) {
  const body = fitTable(table, budget - title.length - 4);
  return body === "" ? "" : `${title}

${body}`;
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
  const heading = (title) => {
    out.push(
      "",
      paint("bold", clip(safe(title), width)),
      paint("dim", "\u2500".repeat(Math.min(width, safe(title).length)))
    );
  };
  const line = (text) => {
    out.push(wrap(safe(text), width));
  };
  const table = (t) => {
    if (t != null) out.push(...drawTable(t, width, paint));
  };
  const { run, experiment } = model;
  out.push(paint("bold", clip(`batchbench \xB7 ${safe(experiment.name)}`, width)));
  if (experiment.description != null) line(experiment.description);
  const counts = targetCounts(model.targets);
  out.push(
    `${paint(runStatusTone(run.status), run.status)} \xB7 run ${clip(safe(run.id), 60)} on ${clip(safe(run.backend), 30)}`,
    `jobs: ${formatCount(run.jobsSucceeded)} succeeded, ${formatCount(run.jobsFailed)} failed, ${formatCount(run.jobsMissing)} missing of ${formatCount(run.jobsPlanned)} planned`
  );
  if (model.targets.length > 0) {
    out.push(
      `targets: ${paint("good", `${counts.met} met`)}, ${paint("bad", `${counts.missed} missed`)}, ${paint("warn", `${counts.inconclusive} inconclusive`)}`
    );
  }
  if (model.warnings.length > 0) {
    heading("Warnings");
    for (const w of model.warnings) out.push(paint("warn", wrap(`! ${safe(w)}`, width)));
  }
  if (model.targets.length > 0) {
    heading("Targets");
    table(targetsTable(model.targets));
  }
  for (const stage of stagesOf(model.cells)) {
    heading(`Results \xB7 stage ${stage}`);
    table(
      resultsTable(
        model.cells.filter((c) => c.stage === stage),
        model.confidence
      )
    );
  }
  const scaling = model.scaling;
  for (const series of scaling?.series ?? []) {
    heading(seriesTitle(series, scaling.axis));
    table(speedupTable(series, scaling.axis, model.confidence, scaling.target));
    const fit = amdahlLine(series);
    if (fit != null) line(fit);
  }
  const split = timeSplitTable(model.cells);
  if (split != null) {
    heading("Where the time went (mean per task)");
    table(split);
  }
  const fanOut2 = fanOutTable(model.cells);
  if (fanOut2 != null) {
    heading("Fan-out");
    table(fanOut2);
    for (const note of fanOutNotes(model.cells)) line(note);
    const stragglers = stragglersTable(model.cells);
    if (stragglers != null) {
      out.push("");
      table(stragglers);
    }
  }
  heading("Cost");
  line(costSummaryLine(model.cost));
  table(costByStageTable(model.cost));
  const compare = costCompareTable(model.cost);
  if (compare != null) {
    out.push("");
    table(compare);
  }
  line(`Basis: ${basisText(model.cost.basis)}. Prices: ${model.cost.priceSnapshot}.`);
  const extrapolation = extrapolationLines(model);
  if (extrapolation.length > 0) {
    heading("Extrapolation");
    extrapolation.forEach(line);
  }
  if (model.failures.length > 0) {
    heading(`Failures (${model.failures.length})`);
    table(failuresTable(model.failures));
    for (const failure of model.failures.filter((f) => f.logTail.length > 0)) {
      out.push("", paint("dim", clip(`log tail of ${safe(failure.jobId)}:`, width)));
      for (const logLine of failure.logTail.slice(-MAX_LOG_LINES)) {
        out.push(`  ${clip(stripControlKeepText(logLine), width - 2)}`);
      }
    }
  }
  return `${out.join("\n")}
`;
}
function safe(text) {
  return stripControl(text);
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

// src/app/publish-artifacts.ts
async function publishArtifacts(store, runId, report) {
  const forms = {
    "report.json": renderJson(report),
    "report.md": renderMarkdown(report),
    "report.html": renderHtml(report),
    "report.txt": renderTerminal(report, { color: false })
  };
  const written = {};
  for (const [name, content] of Object.entries(forms)) {
    written[name] = await store.writeArtifact(runId, name, content);
  }
  return written;
}

// src/domain/report/baseline-markdown.ts
var NOISE = 0.05;
function compareCells(base, head) {
  const key = (stage, cellId) => `${stage}\0${cellId}`;
  const baseCells = new Map(base.cells.map((c) => [key(c.stage, c.cellId), c]));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const cell of head.cells) {
    const k = key(cell.stage, cell.cellId);
    seen.add(k);
    const before = baseCells.get(k);
    out.push(
      change(
        cell.stage,
        cell.cellId,
        before?.wall.n ? before.wall.median : void 0,
        cell.wall.n ? cell.wall.median : void 0
      )
    );
  }
  for (const cell of base.cells) {
    if (!seen.has(key(cell.stage, cell.cellId)))
      out.push(change(cell.stage, cell.cellId, cell.wall.n ? cell.wall.median : void 0, void 0));
  }
  return out;
}
function change(stage, cellId, baseMedian, headMedian) {
  const c = { stage, cellId };
  if (baseMedian !== void 0) c.baseMedian = baseMedian;
  if (headMedian !== void 0) c.headMedian = headMedian;
  if (baseMedian !== void 0 && headMedian !== void 0 && baseMedian > 0)
    c.change = (headMedian - baseMedian) / baseMedian;
  return c;
}
function formatChange(change2) {
  if (change2 === void 0 || !Number.isFinite(change2)) return "\u2014";
  const pct = `${change2 >= 0 ? "+" : ""}${(change2 * 100).toFixed(1)}%`;
  if (Math.abs(change2) < NOISE) return pct;
  return `${change2 < 0 ? "\u2705" : "\u274C"} ${pct}`;
}
function renderBaselineMarkdown(base, head, maxRows = 40) {
  const changes = compareCells(base, head);
  const rows = changes.slice(0, maxRows).map((c) => [
    escapeMarkdown(clip(c.stage, 80)),
    escapeMarkdown(clip(c.cellId, 160)),
    formatSeconds(c.baseMedian),
    formatSeconds(c.headMedian),
    formatChange(c.change)
  ]);
  const lines = [
    "### Compared with the base branch",
    "",
    `<sub>base run ${escapeMarkdown(clip(base.run.id, 100))}${base.run.gitCommit ? ` at ${escapeMarkdown(clip(base.run.gitCommit, 40))}` : ""}; median wall time per repeat, changes under ${NOISE * 100}% are noise</sub>`,
    "",
    markdownTable([["stage", "cell", "base median", "head median", "change"], ...rows], {
      align: ["l", "l", "r", "r", "r"],
      alignDelimiters: false
    })
  ];
  if (changes.length > maxRows)
    lines.push("", `_${changes.length - maxRows} more cells in the JSON artifacts._`);
  return `${lines.join("\n")}
`;
}

// src/app/publish-report.ts
function composeReport(report, options = {}) {
  const markerKey = options.markerKey ?? report.experiment.name;
  const marker = reportMarker(markerKey);
  const compare = options.baseline ? `
${renderBaselineMarkdown(options.baseline, report)}` : options.baselineNote ? `
_${escapeMarkdown(clip(options.baselineNote, 300))}_
` : "";
  const pendingNote = options.unfinished && options.unfinished > 0 ? `
> [!NOTE]
> ${options.unfinished} jobs were still running when this was written; the report updates when they are collected.
` : "";
  const markdown = renderMarkdown(report, {
    marker: markerKey,
    limit: DEFAULT_MARKDOWN_LIMIT - compare.length - pendingNote.length
  }) + pendingNote + compare;
  const conclusion = options.unfinished && options.unfinished > 0 ? void 0 : conclusionOf(report);
  return {
    marker,
    markdown,
    json: renderJson(report),
    ...conclusion ? { conclusion } : {},
    title: titleOf(report, conclusion)
  };
}
function conclusionOf(report) {
  if (report.run.jobsFailed > 0 || report.run.jobsMissing > 0) return "failure";
  if (report.targets.some((t) => t.status === "missed")) return "failure";
  if (report.targets.some((t) => t.status === "inconclusive")) return "neutral";
  return "success";
}
function titleOf(report, conclusion) {
  const r = report.run;
  const missed = report.targets.filter((t) => t.status === "missed").length;
  const met = report.targets.filter((t) => t.status === "met").length;
  const jobs = `${r.jobsSucceeded}/${r.jobsPlanned} jobs succeeded`;
  const targets = report.targets.length > 0 ? `, targets ${met} met, ${missed} missed` : "";
  return `${conclusion === void 0 ? "running: " : ""}${jobs}${targets}`;
}
async function publishReport(publication, publisher) {
  const log = [];
  await publisher.artifacts?.(publication);
  await publisher.summary(publication.markdown);
  publisher.outputs?.({
    markdown: publication.markdown,
    "report-json": publication.json,
    conclusion: publication.conclusion ?? "pending"
  });
  if (publisher.comment) log.push(await publisher.comment(publication.marker, publication.markdown));
  if (publisher.check) log.push(await publisher.check(publication));
  return log;
}
function parseReport(text, where) {
  let model;
  try {
    model = JSON.parse(text);
  } catch {
    model = void 0;
  }
  if (model?.schemaVersion !== 1 || !Array.isArray(model.cells) || typeof model.run !== "object")
    throw new Error(`${where} is not a batchbench report.json`);
  return model;
}
async function publishRun(req, deps) {
  const { report, origin } = req;
  const experiment = report.experiment.name;
  let baseline = req.baseline;
  let baselineNote = req.baselineNote;
  const base = origin?.pullRequest?.baseRef;
  if (!baseline && !baselineNote && base) {
    baseline = await storedBranchReport(deps, experiment, base);
    if (!baseline) baselineNote = `No results of the base branch ${base} yet: nothing to compare with.`;
  }
  if (baselineNote) deps.log(baselineNote);
  const publication = composeReport(report, {
    ...baseline ? { baseline } : {},
    ...baselineNote && !baseline ? { baselineNote } : {},
    ...req.unfinished > 0 ? { unfinished: req.unfinished } : {},
    ...origin?.commentKey ? { markerKey: origin.commentKey } : {}
  });
  for (const line of await publishReport(publication, deps.publisher)) deps.log(line);
  const complete = req.unfinished === 0 && report.run.status === "complete";
  if (complete && origin?.branch && !origin.pullRequest) {
    const current = await storedBranchReport(deps, experiment, origin.branch);
    if (current && current.run.startedAt > report.run.startedAt) {
      deps.log(`branch ${origin.branch} keeps the report of ${current.run.id}, a run started later`);
    } else {
      const where = await deps.store.writeBranchReport(experiment, origin.branch, publication.json);
      deps.log(`kept as the latest report of branch ${origin.branch}: ${where}`);
    }
  }
  if (req.markPublished && req.unfinished === 0)
    await deps.store.updateManifest(report.run.id, { publishedAt: new Date(deps.now()).toISOString() });
  return publication;
}
async function storedBranchReport(deps, experiment, branch) {
  const text = await deps.store.readBranchReport(experiment, branch);
  if (text === void 0) return void 0;
  try {
    return parseReport(text, `the latest report of branch ${branch}`);
  } catch (error) {
    deps.log(error.message);
    return void 0;
  }
}

// src/domain/analysis/record-cost.ts
function recordCost(prices, record, job) {
  const local = job.compute.backend === "local";
  const compute = {
    ...job.compute,
    ...!local && record.instanceType ? { instanceType: record.instanceType } : {},
    ...!local && record.capacity ? { capacity: record.capacity } : {}
  };
  if (local && !compute.instanceType) return { usd: 0, basis: "none" };
  const cost = jobCost({
    prices,
    compute,
    vcpus: job.resources.vcpus,
    memoryBytes: job.resources.memoryBytes,
    gpus: job.resources.gpus,
    seconds: Math.max(0, record.stoppedAt - record.startedAt) / 1e3
  });
  if (!cost.known) {
    return { usd: 0, basis: "none", note: cost.note ?? `no price for job ${record.jobId}` };
  }
  return {
    usd: cost.usd,
    ...cost.onDemandUsd !== void 0 ? { onDemandUsd: cost.onDemandUsd } : {},
    ...cost.spotUsd !== void 0 ? { spotUsd: cost.spotUsd } : {},
    basis: local ? "cloud-equivalent" : "measured"
  };
}
function sumCosts(costs) {
  const priced = costs.filter((c) => c.basis !== "none");
  if (priced.length === 0) return { usd: 0, basis: "none" };
  const all = (pick) => priced.every((c) => pick(c) !== void 0) ? priced.reduce((s, c) => s + pick(c), 0) : void 0;
  const onDemandUsd = all((c) => c.onDemandUsd);
  const spotUsd = all((c) => c.spotUsd);
  return {
    usd: priced.reduce((s, c) => s + c.usd, 0),
    ...onDemandUsd !== void 0 ? { onDemandUsd } : {},
    ...spotUsd !== void 0 ? { spotUsd } : {},
    basis: priced.some((c) => c.basis === "cloud-equivalent") ? "cloud-equivalent" : "measured"
  };
}

// src/domain/analysis/cell-analysis.ts
var seconds = (ms) => ms / 1e3;
function analyseCell(args) {
  const { stage, cell, tasks, billed, prices, confidence } = args;
  const first = tasks[0]?.job;
  const groups = groupBy(tasks, (t) => t.job.groupId);
  const wallSamples = [];
  const repeatCosts = [];
  const costNotes = /* @__PURE__ */ new Set();
  const billedByGroup = groupBy(billed, (b) => b.job.groupId);
  let incompleteRepeats = 0;
  for (const [groupId, groupTasks] of groups) {
    if (!groupTasks.every((t) => t.state === "succeeded")) {
      incompleteRepeats++;
      continue;
    }
    wallSamples.push(makespan(groupTasks));
    const costs2 = (billedByGroup.get(groupId) ?? []).map((b) => recordCost(prices, b.record, b.job));
    const total = sumCosts(costs2);
    if (total.basis !== "none") repeatCosts.push(total.usd);
  }
  const costs = billed.map((b) => recordCost(prices, b.record, b.job));
  for (const c of costs) if (c.note) costNotes.add(c.note);
  const winners = tasks.flatMap((t) => t.winner ? [t.winner] : []);
  const cpuModelList = [...new Set(winners.flatMap((w) => w.cpuModel ? [w.cpuModel] : []))].sort();
  const peak = Math.max(...winners.map((w) => w.peakMemoryBytes ?? -Infinity));
  const instanceType = first?.compute.instanceType ?? winners.find((w) => w.instanceType)?.instanceType;
  const report = {
    cellId: cell.id,
    stage,
    values: cell.values,
    backend: first?.compute.backend ?? "local",
    ...instanceType !== void 0 ? { instanceType } : {},
    wall: summarize(wallSamples, confidence),
    succeeded: tasks.filter((t) => t.state === "succeeded").length,
    failed: tasks.filter((t) => t.state === "failed").length,
    split: timeSplit(tasks.filter((t) => t.winner)),
    metrics: metricSummaries(winners, confidence),
    cost: sumCosts(costs),
    ...Number.isFinite(peak) ? { peakMemoryBytes: peak } : {},
    cpuModels: cpuModelList
  };
  if ((first?.shardCount ?? 1) > 1) {
    report.fanOut = fanOut(groups, first?.shardCount ?? 1, wallSamples, args.stragglerFactor);
  }
  const items = winners.reduce((s, w) => s + (w.metrics.items ?? 0), 0);
  return { report, wallSamples, repeatCosts, incompleteRepeats, costNotes: [...costNotes], items };
}
var readyAt = (t) => t.readyAt ?? t.winner.queuedAt;
function makespan(tasks) {
  const start = Math.min(...tasks.map(readyAt));
  const end = Math.max(...tasks.map((t) => t.winner.stoppedAt));
  return seconds(end - start);
}
function timeSplit(done) {
  const phase = (pick) => {
    const values = done.flatMap((t) => {
      const v = pick(t.winner, t);
      return v === void 0 ? [] : [seconds(v)];
    });
    return values.length === 0 ? void 0 : mean(values);
  };
  const split = {};
  const queue = phase((r, t) => Math.max(0, r.startedAt - readyAt(t)));
  const startup = phase(
    (r) => r.commandStartedAt === void 0 ? void 0 : r.commandStartedAt - r.startedAt
  );
  const compute = phase(
    (r) => r.commandStartedAt !== void 0 && r.commandEndedAt !== void 0 ? r.commandEndedAt - r.commandStartedAt : r.stoppedAt - r.startedAt
  );
  const collection = phase((r) => r.collectedAt === void 0 ? void 0 : r.collectedAt - r.stoppedAt);
  if (queue !== void 0) split.queue = queue;
  if (startup !== void 0) split.startup = startup;
  if (compute !== void 0) split.compute = compute;
  if (collection !== void 0) split.collection = collection;
  return split;
}
function metricSummaries(winners, confidence) {
  const byName = /* @__PURE__ */ new Map();
  for (const w of winners) {
    for (const [name, value] of Object.entries(w.metrics)) {
      if (!Number.isFinite(value)) continue;
      const values = byName.get(name);
      if (values) values.push(value);
      else byName.set(name, [value]);
    }
  }
  return Object.fromEntries([...byName].map(([name, values]) => [name, summarize(values, confidence)]));
}
var taskSeconds = (r) => seconds(r.stoppedAt - r.startedAt);
function fanOut(groups, shardCount, wallSamples, stragglerFactor) {
  const completion = [];
  const longest = [];
  const stragglers = [];
  const cpuModels = {};
  let speculativeWins = 0;
  for (const groupTasks of groups.values()) {
    const done = groupTasks.filter((t) => t.winner);
    const winners = done.map((t) => t.winner);
    if (winners.length === 0) continue;
    const queued = Math.min(...done.map(readyAt));
    const durations = winners.map(taskSeconds);
    const median = quantileSorted(
      [...durations].sort((a, b) => a - b),
      0.5
    );
    if (groupTasks.every((t) => t.state === "succeeded")) longest.push(Math.max(...durations));
    for (const w of winners) {
      completion.push(seconds(w.stoppedAt - queued));
      if (w.cpuModel) cpuModels[w.cpuModel] = (cpuModels[w.cpuModel] ?? 0) + 1;
      if (w.speculativeOf !== void 0) speculativeWins++;
      const d = taskSeconds(w);
      if (median > 0 && d > stragglerFactor * median) {
        stragglers.push({
          jobId: w.jobId,
          seconds: d,
          ratioToMedian: d / median,
          ...w.cpuModel ? { cpuModel: w.cpuModel } : {}
        });
      }
    }
  }
  completion.sort((a, b) => a - b);
  stragglers.sort((a, b) => b.ratioToMedian - a.ratioToMedian);
  return {
    tasks: shardCount,
    makespan: mean(wallSamples),
    longestTask: mean(longest),
    quantiles: {
      p50: quantileSorted(completion, 0.5),
      p90: quantileSorted(completion, 0.9),
      p95: quantileSorted(completion, 0.95),
      p99: quantileSorted(completion, 0.99),
      max: quantileSorted(completion, 1)
    },
    stragglers,
    cpuModels,
    speculativeWins
  };
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

// src/domain/analysis/compare-costs.ts
function compareCosts(args) {
  const warnings = [];
  const compare = args.variants.map((variant) => {
    const jobs = new Map(variant.plan.jobs.map((j) => [j.id, j]));
    let usd = 0;
    let unmatched = 0;
    for (const { record, job } of args.billed) {
      const other = jobs.get(job.id);
      if (!other) {
        unmatched++;
        continue;
      }
      usd += recordCost(args.prices, { ...record, instanceType: void 0, capacity: void 0 }, other).usd;
    }
    const region = variant.experiment.stages[0]?.compute.region ?? "us-east-1";
    usd += variant.experiment.costs.storage.reduce(
      (s, spec) => s + storageCost(args.prices, region, spec).usd,
      0
    );
    usd += transferCost(args.prices, region, variant.experiment.costs.transferOutBytes).usd;
    if (unmatched > 0) {
      warnings.push(
        `compare ${variant.name}: ${unmatched} jobs of the run have no counterpart in it and are not priced`
      );
    }
    return { name: variant.name, usd, deltaUsd: usd - args.baseTotalUsd };
  });
  return { compare, warnings };
}

// src/domain/analysis/cost-breakdown.ts
function costBreakdown(args) {
  const { experiment, cells, prices } = args;
  const warnings = [];
  const region = experiment.stages[0]?.compute.region ?? "us-east-1";
  const byStage = {};
  for (const stage of experiment.stages)
    byStage[stage.name] = { compute: 0, storage: 0, network: 0, total: 0 };
  const priced = cells.filter((c) => c.report.cost.basis !== "none");
  for (const cell of priced) {
    const entry = byStage[cell.report.stage] ??= { compute: 0, storage: 0, network: 0, total: 0 };
    entry.compute += cell.report.cost.usd;
    entry.total += cell.report.cost.usd;
  }
  let storage = 0;
  for (const spec of experiment.costs.storage) {
    const c = storageCost(prices, region, spec);
    storage += c.usd;
    if (!c.known) warnings.push(`cost: ${c.note ?? `${spec.kind} storage is not priced`}; counted as $0`);
  }
  const transfer = transferCost(prices, region, experiment.costs.transferOutBytes);
  if (!transfer.known)
    warnings.push(`cost: ${transfer.note ?? "data transfer is not priced"}; counted as $0`);
  const network = transfer.usd;
  const compute = priced.reduce((s, c) => s + c.report.cost.usd, 0);
  const totalUsd = compute + storage + network;
  const onDemandCompute = priced.reduce((s, c) => s + (c.report.cost.onDemandUsd ?? c.report.cost.usd), 0);
  const everySpot = priced.length > 0 && priced.every((c) => c.report.cost.spotUsd !== void 0);
  const spotCompute = priced.reduce((s, c) => s + (c.report.cost.spotUsd ?? 0), 0);
  const items = cells.reduce((s, c) => s + c.items, 0);
  const basis = priced.length === 0 ? "none" : priced.some((c) => c.report.cost.basis === "cloud-equivalent") ? "cloud-equivalent" : "measured";
  if (basis === "cloud-equivalent") {
    const types = [
      ...new Set(
        priced.flatMap(
          (c) => c.report.backend === "local" && c.report.instanceType ? [c.report.instanceType] : []
        )
      )
    ];
    warnings.push(
      `cost: local runs are priced as if they had run on ${types.join(", ")} (cloud-equivalent); no money was spent on them`
    );
  }
  const unpricedLocal = cells.some((c) => c.report.backend === "local" && c.report.cost.basis === "none");
  if (unpricedLocal) {
    warnings.push(
      "cost: local cells without compute.instance-type are not priced (set one to see a cloud-equivalent cost)"
    );
  }
  return {
    cost: {
      totalUsd,
      byStage,
      byComponent: { compute, storage, network },
      onDemandUsd: onDemandCompute + storage + network,
      ...everySpot ? { spotUsd: spotCompute + storage + network } : {},
      ...items > 0 && basis !== "none" ? { perItemUsd: totalUsd / items } : {},
      compare: [],
      basis,
      priceSnapshot: prices.snapshot
    },
    warnings
  };
}

// src/domain/analysis/job-outcomes.ts
var FAILED = /* @__PURE__ */ new Set(["failed", "timed-out", "cancelled", "superseded"]);
function resolveOutcomes(plan, records) {
  const jobs = new Map(plan.jobs.map((j) => [j.id, j]));
  const last = /* @__PURE__ */ new Map();
  const billed = [];
  const unplanned = [];
  for (const record of records) {
    const job = jobs.get(record.jobId);
    if (!job) {
      unplanned.push(record);
      continue;
    }
    billed.push({ record, job });
    const previous = last.get(record.jobId);
    if (!previous || record.attempt >= previous.attempt) last.set(record.jobId, record);
  }
  const copies = /* @__PURE__ */ new Map();
  for (const job of plan.jobs) {
    if (job.speculativeOf === void 0) continue;
    const list = copies.get(job.speculativeOf);
    if (list) list.push(job);
    else copies.set(job.speculativeOf, [job]);
  }
  const tasks = [];
  for (const job of plan.jobs) {
    if (job.speculativeOf !== void 0) continue;
    const candidates = [job, ...copies.get(job.id) ?? []].map((j) => last.get(j.id)).filter((r) => r !== void 0);
    const succeeded = candidates.filter((r) => r.status === "succeeded");
    if (succeeded.length > 0) {
      const winner = succeeded.reduce((a, b) => b.stoppedAt < a.stoppedAt ? b : a);
      tasks.push({ taskId: job.id, job, state: "succeeded", winner, failures: [] });
    } else if (candidates.length > 0) {
      tasks.push({
        taskId: job.id,
        job,
        state: "failed",
        failures: candidates.filter((r) => FAILED.has(r.status))
      });
    } else {
      tasks.push({ taskId: job.id, job, state: "missing", failures: [] });
    }
  }
  const byId = new Map(tasks.map((t) => [t.taskId, t]));
  for (const task of tasks) {
    if (!task.winner) continue;
    const needsDone = task.job.needs.map((id) => byId.get(id)?.winner?.stoppedAt ?? -Infinity);
    task.readyAt = Math.max(task.winner.queuedAt, ...needsDone);
  }
  return { tasks, billed, unplanned };
}

// src/domain/stats/amdahl.ts
function fitAmdahl(points) {
  const usable = points.filter((pt) => pt.p > 0 && Number.isFinite(pt.seconds));
  if (new Set(usable.map((pt) => pt.p)).size < 2) return void 0;
  const n2 = usable.length;
  const xs = usable.map((pt) => 1 / pt.p);
  const ys = usable.map((pt) => pt.seconds);
  const mx = xs.reduce((s, x) => s + x, 0) / n2;
  const my = ys.reduce((s, y) => s + y, 0) / n2;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n2; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  let ssRes = 0;
  for (let i = 0; i < n2; i++) ssRes += (ys[i] - (a + b * xs[i])) ** 2;
  const r2 = syy === 0 ? ssRes === 0 ? 1 : 0 : 1 - ssRes / syy;
  const t1 = a + b;
  const serialFraction = b <= 0 ? 1 : a <= 0 ? 0 : Math.min(1, a / t1);
  return { serialFraction, maxSpeedup: serialFraction === 0 ? Infinity : 1 / serialFraction, r2, t1, a, b };
}

// src/domain/stats/karp-flatt.ts
function karpFlatt(speedupValue, relativeP) {
  if (relativeP === 1 || !(relativeP > 0) || !(speedupValue > 0)) return void 0;
  return (1 / speedupValue - 1 / relativeP) / (1 - 1 / relativeP);
}

// src/domain/stats/speedup.ts
function speedup(baseline, cell, confidence = 0.95) {
  return fiellerRatio(baseline, cell, confidence);
}
function fiellerRatio(numerator, denominator, confidence = 0.95) {
  const a = mean(numerator);
  const b = mean(denominator);
  const value = a / b;
  const na = numerator.length;
  const nb = denominator.length;
  if (na < 2 || nb < 2) {
    return { value, reason: `too few samples for an interval (${na} and ${nb}; need at least 2 each)` };
  }
  const vA = variance(numerator) / na;
  const vB = variance(denominator) / nb;
  if (vA === 0 && vB === 0) return { value, ci: [value, value], reason: "no variation in either sample" };
  const r2vB = value * value * vB;
  const df = (vA + r2vB) ** 2 / (vA ** 2 / (na - 1) + r2vB ** 2 / (nb - 1));
  const t = tCritical(confidence, df);
  const g = t * t * vB / (b * b);
  if (g >= 1) {
    return {
      value,
      df,
      unbounded: true,
      reason: `the ${Math.round(confidence * 100)}% interval is unbounded: the mean of the divisor is not significantly above zero (g = ${g.toFixed(3)} >= 1)`
    };
  }
  const half = t / Math.abs(b) * Math.sqrt(vA + value * value * vB - g * vA);
  const lo = (value - half) / (1 - g);
  const hi = (value + half) / (1 - g);
  return { value, ci: [lo, hi], df };
}
function efficiency(speedupValue, p, baselineP) {
  return speedupValue / (p / baselineP);
}

// src/domain/analysis/scaling.ts
var MIN_REPEATS_FOR_SPEEDUP = 3;
function analyseScaling(args) {
  const { spec, stage, cells, confidence } = args;
  const over = spec.over;
  const warnings = [];
  const fewRepeats = /* @__PURE__ */ new Set();
  const seriesMap = /* @__PURE__ */ new Map();
  for (const cell of cells) {
    const raw = cell.report.values[over];
    if (raw === void 0) continue;
    const fixed = Object.fromEntries(Object.entries(cell.report.values).filter(([k]) => k !== over));
    const key = JSON.stringify(Object.entries(fixed).map(([k, v]) => [k, String(v)]));
    const entry = seriesMap.get(key) ?? { fixed, cells: [] };
    entry.cells.push(cell);
    seriesMap.set(key, entry);
  }
  if (seriesMap.size === 0) warnings.push(`speedup: no cell of stage ${stage} has a value for "${over}"`);
  const series = [];
  let firstBaseline;
  for (const { fixed, cells: members } of seriesMap.values()) {
    const baseline = findBaseline(spec.baseline, fixed, cells);
    if (!baseline) {
      warnings.push(
        `speedup: no cell matches the baseline ${describeValues(spec.baseline)} for the series ${describeValues(fixed)}`
      );
      continue;
    }
    const p0 = Number(baseline.report.values[over]);
    if (!(p0 > 0)) {
      warnings.push(
        `speedup: the baseline's ${over} = ${String(baseline.report.values[over])} is not a positive number`
      );
      continue;
    }
    if (baseline.wallSamples.length === 0) {
      warnings.push(`speedup: the baseline ${baseline.report.cellId} has no complete repeat to compare with`);
      continue;
    }
    firstBaseline ??= baseline;
    const points = [];
    for (const cell of members) {
      const p = Number(cell.report.values[over]);
      if (!(p > 0)) {
        warnings.push(
          `speedup: ${cell.report.cellId} has ${over} = ${String(cell.report.values[over])}, not a positive number`
        );
        continue;
      }
      if (cell.wallSamples.length === 0) continue;
      const point = scalingPoint(cell, baseline, p, p0, confidence, warnings);
      if (cell !== baseline && Math.min(cell.wallSamples.length, baseline.wallSamples.length) < MIN_REPEATS_FOR_SPEEDUP) {
        fewRepeats.add(cell.report.cellId);
      }
      points.push(point);
    }
    points.sort((a, b) => a.p - b.p);
    const s = { fixed, stage, baselineCellId: baseline.report.cellId, points };
    if (new Set(points.map((pt) => pt.p)).size >= 3) {
      const fit = fitAmdahl(
        members.filter((c) => c.wallSamples.length > 0).map((c) => ({ p: Number(c.report.values[over]), seconds: mean(c.wallSamples) }))
      );
      if (fit) s.amdahl = { serialFraction: fit.serialFraction, maxSpeedup: fit.maxSpeedup, r2: fit.r2 };
    }
    series.push(s);
  }
  if (fewRepeats.size > 0) {
    warnings.push(
      `speedup from n<${MIN_REPEATS_FOR_SPEEDUP} samples is not a measurement: ${[...fewRepeats].join(", ")} (raise repeats to ${MIN_REPEATS_FOR_SPEEDUP} or more)`
    );
  }
  const report = {
    axis: over,
    baseline: spec.baseline,
    ...spec.target !== void 0 ? { target: spec.target } : {},
    series
  };
  return { report, ...firstBaseline ? { baseline: firstBaseline } : {}, warnings };
}
function scalingPoint(cell, baseline, p, p0, confidence, warnings) {
  const costPerRepeat = cell.repeatCosts.length > 0 ? mean(cell.repeatCosts) : void 0;
  const base = { cellId: cell.report.cellId, p, n: cell.wallSamples.length };
  if (cell === baseline) {
    return {
      ...base,
      speedup: { value: 1 },
      efficiency: 1,
      ...costPerRepeat !== void 0 ? { costPerSpeedup: costPerRepeat } : {}
    };
  }
  const r = speedup(baseline.wallSamples, cell.wallSamples, confidence);
  if (!r.ci && r.reason) warnings.push(`speedup of ${cell.report.cellId}: ${r.reason}`);
  const kf = karpFlatt(r.value, p / p0);
  return {
    ...base,
    speedup: { value: r.value, ...r.ci ? { ci: r.ci } : {}, ...r.unbounded ? { unbounded: true } : {} },
    efficiency: efficiency(r.value, p, p0),
    ...kf !== void 0 ? { karpFlatt: kf } : {},
    ...costPerRepeat !== void 0 && r.value > 0 ? { costPerSpeedup: costPerRepeat / r.value } : {}
  };
}
function findBaseline(baseline, fixed, cells) {
  return cells.find(
    (c) => matchesAll(c.report.values, baseline) && Object.entries(fixed).every(
      ([k, v]) => k in baseline || k in c.report.values && sameScalar(c.report.values[k], v)
    )
  );
}
function describeValues(values) {
  const parts = Object.entries(values).map(([k, v]) => `${k}=${String(v)}`);
  return parts.length === 0 ? "(all)" : parts.join(", ");
}

// src/domain/analysis/targets.ts
function judge(estimate, min, max) {
  const { value, ci } = estimate;
  if (estimate.unbounded) return "inconclusive";
  const verdicts = [];
  if (min !== void 0) {
    if (ci && ci[0] >= min) verdicts.push("met");
    else if ((ci ? ci[1] : value) < min) verdicts.push("missed");
    else verdicts.push("inconclusive");
  }
  if (max !== void 0) {
    if (ci && ci[1] <= max) verdicts.push("met");
    else if ((ci ? ci[0] : value) > max) verdicts.push("missed");
    else verdicts.push("inconclusive");
  }
  if (verdicts.includes("missed")) return "missed";
  if (verdicts.length > 0 && verdicts.every((v) => v === "met")) return "met";
  return "inconclusive";
}
function speedupTargets(scaling, confidence) {
  const target = scaling.target;
  if (target === void 0) return [];
  const results = [];
  for (const series of scaling.series) {
    const candidates = series.points.filter((pt) => pt.cellId !== series.baselineCellId);
    const top = Math.max(...candidates.map((pt) => pt.p));
    for (const point of candidates.filter((pt) => pt.p === top)) {
      const where = describeValues(series.fixed);
      results.push({
        description: `speedup at ${scaling.axis}=${point.p}${where === "(all)" ? "" : ` (${where})`}`,
        cellId: point.cellId,
        target: `>= ${fmt(target)}x`,
        actual: describe(point.speedup, "x", confidence),
        status: judge(point.speedup, target)
      });
    }
  }
  return results;
}
function listedTargets(args) {
  const { cells, scaling, confidence, multiStage } = args;
  const results = [];
  for (const spec of args.targets) {
    const bound = describeBound(spec);
    const matching = cells.filter((c) => !spec.cell || matchesAll(c.report.values, spec.cell));
    let found = 0;
    for (const cell of matching) {
      const measured = measure(spec.metric, cell, scaling);
      if (!measured) continue;
      found++;
      const stage = multiStage ? ` in stage ${cell.report.stage}` : "";
      results.push({
        description: `${spec.metric} of ${cell.report.cellId}${stage}`,
        cellId: cell.report.cellId,
        target: `${bound}${measured.unit === "x" ? "x" : measured.unit ? ` ${measured.unit}` : ""}`,
        actual: describe(measured.estimate, measured.unit, confidence),
        status: judge(measured.estimate, spec.min, spec.max)
      });
    }
    if (found === 0) {
      results.push({
        description: `${spec.metric}${spec.cell ? ` of ${describeValues(spec.cell)}` : ""}`,
        target: bound,
        actual: "no data",
        status: "inconclusive"
      });
    }
  }
  return results;
}
function measure(metric, cell, scaling) {
  const fromSummary = (s2) => s2.n === 0 ? void 0 : { value: s2.mean, ...s2.n >= 2 ? { ci: s2.ci } : {} };
  if (metric === "wall-time") {
    const e2 = fromSummary(cell.report.wall);
    return e2 && { estimate: e2, unit: "s" };
  }
  if (metric === "cost") {
    const e2 = cell.repeatCosts.length > 0 ? fromSummary(summarize(cell.repeatCosts)) : void 0;
    return e2 && { estimate: e2, unit: "USD" };
  }
  if (metric === "speedup" || metric === "efficiency") {
    const point = scalingPoint2(scaling, cell);
    if (!point) return void 0;
    if (metric === "speedup") return { estimate: point.speedup, unit: "x" };
    const scale = point.efficiency / point.speedup.value;
    const ci = point.speedup.ci?.map((v) => v * scale);
    const unbounded = point.speedup.unbounded ? { unbounded: true } : {};
    return { estimate: { value: point.efficiency, ...ci ? { ci } : {}, ...unbounded }, unit: "" };
  }
  const s = cell.report.metrics[metric];
  const e = s && fromSummary(s);
  return e && { estimate: e, unit: "" };
}
function scalingPoint2(scaling, cell) {
  for (const series of scaling?.series ?? []) {
    if (series.stage !== cell.report.stage) continue;
    const point = series.points.find((pt) => pt.cellId === cell.report.cellId);
    if (point) return point;
  }
  return void 0;
}
function describeBound(spec) {
  if (spec.min !== void 0 && spec.max !== void 0)
    return `between ${fmt(spec.min)} and ${fmt(spec.max)}`;
  if (spec.min !== void 0) return `>= ${fmt(spec.min)}`;
  if (spec.max !== void 0) return `<= ${fmt(spec.max)}`;
  return "any";
}
function describe(e, unit, confidence) {
  const u = unit === "x" ? "x" : unit ? ` ${unit}` : "";
  const ci = e.ci ? ` (${Math.round(confidence * 100)}% CI ${fmt(e.ci[0])}${u} to ${fmt(e.ci[1])}${u})` : e.unbounded ? ` (${Math.round(confidence * 100)}% CI unbounded)` : " (no interval)";
  return `${fmt(e.value)}${u}${ci}`;
}
function fmt(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
  return x.toFixed(Math.min(digits, 6));
}

// src/domain/analysis/build-report.ts
var NOISY_CV2 = 0.1;
function buildReport(input) {
  const { experiment, plan, records, prices } = input;
  const confidence = experiment.analysis.confidence;
  const warnings = [...plan.warnings];
  const outcomes = resolveOutcomes(plan, records);
  if (outcomes.unplanned.length > 0) {
    const ids = [...new Set(outcomes.unplanned.map((r) => r.jobId))];
    warnings.push(
      `${ids.length} job id(s) in the results are not in the plan and were ignored: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", ..." : ""}`
    );
  }
  const cells = analyseCells(input, outcomes.tasks, outcomes.billed);
  warnings.push(...cellWarnings(cells));
  const scalingStage = pickScalingStage(experiment);
  let scaling;
  if (experiment.analysis.speedup) {
    scaling = analyseScaling({
      spec: experiment.analysis.speedup,
      stage: scalingStage,
      cells: cells.filter((c) => c.report.stage === scalingStage),
      confidence
    });
    warnings.push(...scaling.warnings);
  } else if (cells.some((c) => c.wallSamples.length > 0 && c.wallSamples.length < MIN_REPEATS_FOR_SPEEDUP)) {
    warnings.push(
      `fewer than ${MIN_REPEATS_FOR_SPEEDUP} repeats: wall-time intervals are wide or absent (any speedup from n<3 samples is not a measurement)`
    );
  }
  const { cost, warnings: costWarnings } = costBreakdown({ experiment, cells, prices });
  warnings.push(...costWarnings);
  if (input.variants && input.variants.length > 0) {
    const compared = compareCosts({
      variants: input.variants,
      billed: outcomes.billed,
      prices,
      baseTotalUsd: cost.totalUsd
    });
    cost.compare = compared.compare;
    warnings.push(...compared.warnings);
  }
  const targets = [
    ...scaling ? speedupTargets(scaling.report, confidence) : [],
    ...listedTargets({
      targets: experiment.analysis.targets,
      cells,
      ...scaling ? { scaling: scaling.report } : {},
      confidence,
      multiStage: experiment.stages.length > 1
    })
  ];
  const tasks = outcomes.tasks;
  const succeeded = tasks.filter((t) => t.state === "succeeded").length;
  const failed = tasks.filter((t) => t.state === "failed").length;
  const missing = tasks.filter((t) => t.state === "missing").length;
  if (failed > 0) warnings.push(`${failed} of ${tasks.length} jobs failed; their cells are missing repeats`);
  if (missing > 0) {
    warnings.push(`${missing} of ${tasks.length} planned jobs have no result (not run, or not collected)`);
  }
  const extrapolation = extrapolate(experiment, cells, scaling);
  const { run } = input;
  return {
    schemaVersion: 1,
    experiment: {
      name: experiment.name,
      ...experiment.description !== void 0 ? { description: experiment.description } : {},
      file: experiment.file
    },
    run: {
      ...run,
      status: succeeded === 0 && tasks.length > 0 ? "failed" : failed + missing > 0 ? "partial" : "complete",
      jobsPlanned: tasks.length,
      jobsSucceeded: succeeded,
      jobsFailed: failed,
      jobsMissing: missing
    },
    confidence,
    cells: cells.map((c) => c.report),
    ...scaling ? { scaling: scaling.report } : {},
    cost,
    ...extrapolation ? { extrapolation } : {},
    targets,
    failures: tasks.flatMap(failureReports),
    warnings
  };
}
function analyseCells(input, tasks, billed) {
  const { plan, experiment, prices } = input;
  const key = (stage, cellId) => `${stage}\0${cellId}`;
  const tasksByCell = groupBy(tasks, (t) => key(t.job.stage, t.job.cellId));
  const billedByCell = groupBy(billed, (b) => key(b.job.stage, b.job.cellId));
  const out = [];
  for (const stage of plan.stages) {
    for (const cell of plan.cells) {
      const cellTasks = tasksByCell.get(key(stage, cell.id));
      if (!cellTasks) continue;
      out.push(
        analyseCell({
          stage,
          cell,
          tasks: cellTasks,
          billed: billedByCell.get(key(stage, cell.id)) ?? [],
          prices,
          confidence: experiment.analysis.confidence,
          stragglerFactor: experiment.analysis.stragglerFactor
        })
      );
    }
  }
  return out;
}
function cellWarnings(cells) {
  const warnings = [];
  for (const c of cells) {
    const where = `${c.report.stage}/${c.report.cellId}`;
    if (c.incompleteRepeats > 0) {
      warnings.push(
        `${where}: ${c.incompleteRepeats} repeat(s) left out of wall time because a job failed or has no result`
      );
    }
    if (c.report.wall.cv > NOISY_CV2) {
      warnings.push(
        `${where}: wall time varies by cv=${c.report.wall.cv.toFixed(2)} (over ${NOISY_CV2}); treat it as noisy`
      );
    }
  }
  const unpriced = /* @__PURE__ */ new Map();
  for (const c of cells) {
    for (const note of c.costNotes) unpriced.set(note, [...unpriced.get(note) ?? [], c.report.cellId]);
  }
  for (const [note, ids] of unpriced) {
    const list = ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", ");
    warnings.push(`cost not known for ${list}: ${note}`);
  }
  return warnings;
}
function pickScalingStage(experiment) {
  const fanned = experiment.stages.find((s) => s.fanOut);
  return (fanned ?? experiment.stages[experiment.stages.length - 1])?.name ?? "main";
}
function extrapolate(experiment, cells, scaling) {
  const factor = experiment.analysis.extrapolate?.factor;
  if (factor === void 0) return void 0;
  const cell = scaling?.baseline ?? cells.find((c) => c.wallSamples.length > 0);
  if (!cell) return void 0;
  const wall = cell.report.wall;
  return {
    factor,
    cellId: cell.report.cellId,
    stage: cell.report.stage,
    measuredSeconds: wall,
    projectedSeconds: {
      value: factor * wall.mean,
      ...wall.n >= 2 ? { ci: [factor * wall.ci[0], factor * wall.ci[1]] } : {}
    },
    ...cell.repeatCosts.length > 0 ? { projectedUsd: factor * mean(cell.repeatCosts) } : {}
  };
}
function failureReports(task) {
  return task.failures.map((r) => ({
    jobId: r.jobId,
    stage: task.job.stage,
    cellId: task.job.cellId,
    attempt: r.attempt,
    status: r.status,
    ...r.exitCode !== void 0 ? { exitCode: r.exitCode } : {},
    ...r.statusReason !== void 0 ? { reason: r.statusReason } : r.signal ? { reason: `killed by ${r.signal}` } : {},
    logTail: r.logTail ?? []
  }));
}

// src/app/cost-variants.ts
function costVariants(text, experiment, options) {
  return experiment.compare.flatMap((entry) => {
    const variant = compareVariant(text, experiment.file, entry);
    if (!variant) return [];
    return [{ name: entry.name, experiment: variant, plan: buildPlan(variant, options).plan }];
  });
}

// src/app/report-run.ts
async function reportRun(runId, deps) {
  const manifest = await deps.store.readManifest(runId);
  const validated = validateExperimentText(manifest.experimentSource, manifest.experimentFile);
  if (!validated.value) {
    throw new Error(`run ${runId}: the experiment kept in its manifest no longer validates`);
  }
  const records = await deps.store.readRecords(runId);
  return buildReport({
    experiment: validated.value,
    plan: manifest.plan,
    records,
    prices: deps.prices,
    variants: costVariants(manifest.experimentSource, validated.value, {
      prices: deps.prices,
      repeats: Math.max(1, ...manifest.plan.jobs.map((j) => j.repeat))
    }),
    run: {
      id: runId,
      backend: manifest.backend,
      startedAt: manifest.createdAt,
      ...manifest.status === "running" ? {} : { finishedAt: manifest.updatedAt },
      ...manifest.host ? { host: manifest.host } : {},
      ...manifest.cpuModel ? { cpuModel: manifest.cpuModel } : {},
      ...manifest.cpuCount ? { cpuCount: manifest.cpuCount } : {},
      ...manifest.gitCommit ? { gitCommit: manifest.gitCommit } : {}
    }
  });
}

// src/app/collect-run.ts
async function collectRun(runId, deps, options) {
  const manifest = await deps.store.readManifest(runId);
  let collected = 0;
  const { unfinished } = await deps.collector.collect(manifest, {
    wait: options.wait,
    signal: deps.signal,
    onEvent: async (event) => {
      if (event.type === "job-started") return;
      await deps.store.appendRecord(runId, event.record);
      if (event.type === "job-finished") collected++;
    }
  });
  deps.progress.log(
    `collected ${collected} finished jobs of ${runId}${unfinished > 0 ? `; ${unfinished} still running` : ""}`
  );
  const updatedAt = new Date(deps.now()).toISOString();
  const settled = manifest.status !== "running" && collected === 0 && unfinished === 0;
  if (!settled && (unfinished > 0 || manifest.status === "cancelled")) {
    await deps.store.updateManifest(runId, { updatedAt });
  } else if (!settled) {
    await deps.store.updateManifest(runId, { status: "complete", updatedAt });
  }
  const report = await reportRun(runId, { store: deps.store, prices: deps.prices });
  if (!settled && unfinished === 0 && manifest.status !== "cancelled" && report.run.status !== "complete") {
    await deps.store.updateManifest(runId, { status: report.run.status, updatedAt });
  }
  const artifacts = await publishArtifacts(deps.store, runId, report);
  return { runId, unfinished, report, artifacts };
}
async function publishCollected(outcome, deps) {
  const manifest = await deps.store.readManifest(outcome.runId);
  const { origin } = manifest;
  const due = outcome.unfinished === 0 && origin !== void 0 && manifest.publishedAt === void 0 && manifest.status !== "cancelled";
  if (origin && manifest.publishedAt)
    deps.log(`${outcome.runId} was published at ${manifest.publishedAt}: not again`);
  const publication = await publishRun(
    {
      report: outcome.report,
      unfinished: outcome.unfinished,
      // Compared with its PR's base either way; a branch's latest only from its one publication.
      ...origin ? { origin: due ? origin : { ...origin, branch: void 0 } } : {},
      markPublished: due
    },
    {
      store: deps.store,
      publisher: deps.publisherFor(due ? origin : void 0),
      log: deps.log,
      now: deps.now
    }
  );
  return { publication, published: due };
}

export {
  costVariants,
  buildReport,
  reportRun,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderTerminal,
  publishArtifacts,
  parseReport,
  publishRun,
  collectRun,
  publishCollected
};
