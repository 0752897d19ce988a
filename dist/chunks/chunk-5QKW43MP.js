import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
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
  markdownTable,
  plural
} from "./chunk-L5FQZOZG.js";
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
} from "./chunk-Y724BK2G.js";

// src/domain/report/charts.ts
var MAX_CHART_BARS = 30;
function speedupLineChart(series, axis, title2) {
  const points = series.points.filter((p) => Number.isFinite(p.p) && Number.isFinite(p.speedup.value));
  if (points.length < 2) return void 0;
  const baseP = series.points.find((p) => p.cellId === series.baselineCellId)?.p ?? points[0].p;
  return {
    kind: "line",
    title: title2,
    xTitle: axis,
    yTitle: "speedup (\xD7)",
    x: points.map((p) => p.p),
    series: [
      { role: "ideal", name: "ideal (linear)", values: points.map((p) => baseP > 0 ? p.p / baseP : NaN) },
      {
        role: "measured",
        name: "measured",
        values: points.map((p) => p.speedup.value),
        ci: points.map((p) => p.speedup.ci)
      }
    ]
  };
}
function labelRoom(count) {
  return Math.max(1, Math.floor((600 / Math.max(1, count) - 12) / 8));
}
function bars(title2, yTitle, unit, scope, value) {
  const all = scope.cells.filter((c) => Number.isFinite(value(c)));
  const shown = all.slice(0, MAX_CHART_BARS);
  if (shown.length === 0) return void 0;
  const room = labelRoom(shown.length);
  const labels = shown.map(scope.label);
  const keyed = new Set(labels).size !== labels.length || labels.some((l) => l.length > room);
  return {
    kind: "bar",
    title: title2,
    yTitle,
    unit,
    bars: shown.map((c, i) => ({
      label: labels[i],
      short: keyed ? `c${i + 1}` : labels[i],
      value: value(c),
      n: c.wall.n
    })),
    keyed,
    omitted: all.length - shown.length
  };
}
function wallTimeBarChart(scope) {
  return bars(`Median wall time per ${scope.per}`, "seconds", "seconds", scope, (c) => c.wall.median);
}
function costBarChart(scope) {
  return bars(
    `Cost per ${scope.per}`,
    "USD",
    "usd",
    scope,
    (c) => c.cost.basis !== "none" ? c.cost.usd : NaN
  );
}

// src/domain/report/cost-tables.ts
function unpricedWhat(cells) {
  const types = [...new Set(cells.flatMap((c) => c.instanceType != null ? [c.instanceType] : []))];
  const untyped = cells.some((c) => c.instanceType == null);
  return [
    ...types.map((t) => `instance type ${t}`),
    ...untyped ? ["cells without compute.instance-type"] : []
  ].join(", ");
}
function costSummaryLine(cost2, cells = []) {
  const unpriced = cells.filter((c) => c.cost.basis === "none");
  if (cost2.basis === "none")
    return `Total unknown (no prices for ${unpriced.length > 0 ? unpricedWhat(unpriced) : "this run"})`;
  const parts = [
    `Total ${formatUsd(cost2.totalUsd)} (${basisText(cost2.basis)})`,
    `on-demand ${formatUsd(cost2.onDemandUsd)}`,
    `Spot ${formatUsd(cost2.spotUsd)}`
  ];
  if (cost2.perItemUsd != null) parts.push(`per item ${formatUsd(cost2.perItemUsd)}`);
  if (unpriced.length > 0)
    parts.push(`not included: ${plural(unpriced.length, "cell")} with no prices (${unpricedWhat(unpriced)})`);
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
function costByStageTable(cost2) {
  const rows = Object.entries(cost2.byStage).map(([stage, c]) => [
    stage,
    formatUsd(c.compute),
    formatUsd(c.storage),
    formatUsd(c.network),
    formatUsd(c.total)
  ]);
  const all = cost2.byComponent;
  rows.push([
    "All stages",
    formatUsd(all.compute),
    formatUsd(all.storage),
    formatUsd(all.network),
    formatUsd(cost2.totalUsd)
  ]);
  return {
    headers: ["Stage", "Compute", "Storage", "Network", "Total"],
    align: ["l", "r", "r", "r", "r"],
    rows
  };
}
function costCompareTable(cost2) {
  if (cost2.compare.length === 0) return void 0;
  return {
    headers: ["Alternative", "Cost", "\u0394 vs this run"],
    align: ["l", "r", "r"],
    rows: cost2.compare.map((c) => [
      c.name,
      formatUsd(c.usd),
      { text: formatUsdDelta(c.deltaUsd), tone: c.deltaUsd < 0 ? "good" : c.deltaUsd > 0 ? "bad" : "warn" }
    ])
  };
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
function formatCellCost(cost2) {
  if (cost2.basis === "none") return UNKNOWN;
  return cost2.basis === "cloud-equivalent" ? `\u2248${formatUsd(cost2.usd)}` : formatUsd(cost2.usd);
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
      const speedup = formatSpeedupInterval(point.speedup);
      const lower = point.speedup.ci?.[0];
      const reached = target != null && lower !== void 0 && lower >= target;
      return [
        String(point.p),
        String(point.n),
        reached ? { text: speedup, tone: "good" } : speedup,
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
function seriesScope(series) {
  const fixed = Object.keys(series.fixed).length > 0 ? `, ${formatValues(series.fixed)}` : "";
  return `stage ${series.stage}${fixed}`;
}
function seriesTitle(series, axis) {
  return `Speedup over ${axis} (${seriesScope(series)}; baseline ${series.baselineCellId})`;
}
function hasSplit(cell) {
  const { queue, startup, compute, collection } = cell.split;
  return [queue, startup, compute, collection].some((v) => v != null);
}
var SINGLE_CELL = "default";
function timeSplitTable(cells) {
  const withSplit = cells.filter(hasSplit);
  if (withSplit.length === 0) return void 0;
  const showCell = withSplit.some((cell) => cell.cellId !== SINGLE_CELL);
  const cellColumn = showCell ? ["Cell"] : [];
  return {
    headers: ["Stage", ...cellColumn, "n", "Queue", "Start-up", "Compute", "Collection", "Compute share"],
    align: ["l", ...cellColumn.map(() => "l"), "r", "r", "r", "r", "r", "r"],
    rows: withSplit.map((cell) => {
      const { queue, startup, compute, collection } = cell.split;
      const total = [queue, startup, compute, collection].reduce((sum, v) => sum + (v ?? 0), 0);
      return [
        cell.stage,
        ...showCell ? [cell.cellId === SINGLE_CELL ? "(whole stage)" : cell.cellId] : [],
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
function stageColumn(cells) {
  const several = stagesOf(cells).length > 1;
  return { header: several ? ["Stage"] : [], cell: (c) => several ? [c.stage] : [] };
}
function fanOutTable(cells) {
  const fanned = cells.filter((cell) => cell.fanOut != null);
  if (fanned.length === 0) return void 0;
  const stage = stageColumn(fanned);
  return {
    headers: [
      ...stage.header,
      "Cell",
      "Tasks",
      "Makespan",
      // A mean over repeats, beside quantiles pooled over every repeat's tasks: say which is which.
      "Longest task (mean)",
      "p50",
      "p90",
      "p95",
      "p99",
      "Max (pooled)",
      "Stragglers",
      "Speculative wins"
    ],
    align: [...stage.header.map(() => "l"), "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
    rows: fanned.map((cell) => {
      const f = cell.fanOut;
      return [
        ...stage.cell(cell),
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
  if (!cells.some((cell) => cell.fanOut != null)) return [];
  const legend = "Longest task (mean) is the mean over repeats of each repeat's longest task; p50 to Max (pooled) are over the tasks of every repeat together.";
  return [
    legend,
    ...cells.flatMap((cell) => {
      const f = cell.fanOut;
      if (f == null || !(f.longestTask > 0)) return [];
      const overhead = f.makespan - f.longestTask;
      return [
        `${cell.cellId}: makespan ${formatSeconds(f.makespan)} vs longest task ${formatSeconds(f.longestTask)} (${formatSeconds(overhead)} of waiting and skew; CPU models: ${formatCpuModels(f.cpuModels)})`
      ];
    })
  ];
}
function formatCpuModels(models) {
  const entries = Object.entries(models);
  return entries.length > 0 ? entries.map(([model, count]) => `${count}\xD7 ${model}`).join("; ") : UNKNOWN;
}
function stragglersTable(cells) {
  const rows = [];
  const stage = stageColumn(cells.filter((cell) => (cell.fanOut?.stragglers.length ?? 0) > 0));
  for (const cell of cells) {
    for (const s of cell.fanOut?.stragglers ?? []) {
      rows.push([
        ...stage.cell(cell),
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
    headers: [...stage.header, "Cell", "Job", "Time", "\xD7 median", "CPU model"],
    align: [...stage.header.map(() => "l"), "l", "l", "r", "r", "l"],
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
function targetsTable(targets2) {
  if (targets2.length === 0) return void 0;
  return {
    headers: ["Status", "Target", "Actual", "Description", "Cell"],
    align: ["l", "l", "l", "l", "l"],
    rows: targets2.map((t) => [
      { text: t.status, tone: STATUS_TONE[t.status] },
      t.target,
      t.actual,
      t.description,
      t.cellId ?? UNKNOWN
    ])
  };
}
function targetCounts(targets2) {
  const counts = { met: 0, missed: 0, inconclusive: 0 };
  for (const t of targets2) counts[t.status]++;
  return counts;
}
function failuresTable(failures2) {
  if (failures2.length === 0) return void 0;
  return {
    headers: ["Job", "Stage", "Cell", "Attempt", "Status", "Exit code", "Reason", "Logs"],
    align: ["l", "l", "l", "r", "l", "r", "l", "l"],
    rows: failures2.map((f) => [
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
  return status === "complete" ? "good" : status === "partial" || status === "cancelled" ? "warn" : "bad";
}
function jobCounts(run) {
  const cancelled = run.jobsCancelled ?? 0;
  return `${formatCount(run.jobsSucceeded)} succeeded, ${formatCount(run.jobsFailed)} failed, ${cancelled > 0 ? `${formatCount(cancelled)} cancelled, ` : ""}${formatCount(run.jobsMissing)} missing of ${formatCount(run.jobsPlanned)} planned`;
}

// src/domain/report/document.ts
var para = (text) => ({ kind: "paragraph", text });
var table = (t) => ({ kind: "table", table: t });
function warnings(model) {
  if (model.warnings.length === 0) return [];
  return [
    {
      key: "warnings",
      title: "Read these figures with care",
      display: "alert",
      blocks: [{ kind: "notes", items: model.warnings }]
    }
  ];
}
function targets(model) {
  const t = targetsTable(model.targets);
  return t != null ? [{ key: "targets", title: "Targets", display: "open", blocks: [table(t)] }] : [];
}
function results(model) {
  return stagesOf(model.cells).map((stage) => ({
    key: "results",
    title: `Results \xB7 stage ${stage}`,
    display: "open",
    blocks: [
      para("Wall time of one repeat (n = repeats measured); cost per cell."),
      table(
        resultsTable(
          model.cells.filter((c) => c.stage === stage),
          model.confidence
        )
      )
    ]
  }));
}
function scaling(model) {
  const s = model.scaling;
  if (s == null) return [];
  return s.series.flatMap((series) => {
    const title2 = seriesTitle(series, s.axis);
    const fit = amdahlLine(series);
    const note = [s.target != null ? `Target: ${s.target.toFixed(2)}\xD7.` : void 0, fit].filter((part) => part != null).join(" ");
    const chart = speedupLineChart(series, s.axis, `Speedup vs ${s.axis} (${seriesScope(series)})`);
    return [
      {
        key: "scaling",
        title: title2,
        display: "open",
        blocks: [
          table(speedupTable(series, s.axis, model.confidence, s.target)),
          ...note ? [para(note)] : []
        ]
      },
      ...chart != null ? [
        {
          key: "charts",
          title: `Chart: ${chart.title}`,
          display: "collapsed",
          blocks: [chartBlock(chart)]
        }
      ] : []
    ];
  });
}
function chartBlock(chart) {
  return { kind: "chart", chart };
}
function cost(model) {
  const compare = costCompareTable(model.cost);
  return [
    { key: "cost", title: "Cost", display: "open", blocks: [para(costSummaryLine(model.cost, model.cells))] },
    {
      key: "cost-detail",
      title: "Cost breakdown by stage and component",
      display: "collapsed",
      blocks: [
        table(costByStageTable(model.cost)),
        ...compare != null ? [table(compare)] : [],
        para(`Basis: ${basisText(model.cost.basis)}; \u2248 marks a local run priced as if on the cloud.`),
        para(`Prices: ${model.cost.priceSnapshot}`)
      ]
    }
  ];
}
function timeSplit(model) {
  const t = timeSplitTable(model.cells);
  return t != null ? [
    {
      key: "time-split",
      title: "Where the time went (mean seconds per task)",
      display: "collapsed",
      blocks: [table(t)]
    }
  ] : [];
}
function fanOut(model) {
  const t = fanOutTable(model.cells);
  const stragglers = stragglersTable(model.cells);
  return [
    ...t != null ? [
      {
        key: "fan-out",
        title: "Fan-out: makespan, task completion quantiles, stragglers",
        display: "collapsed",
        blocks: [table(t), { kind: "notes", items: fanOutNotes(model.cells) }]
      }
    ] : [],
    ...stragglers != null ? [
      {
        key: "stragglers",
        title: `Stragglers (${stragglers.rows.length})`,
        display: "collapsed",
        blocks: [table(stragglers)]
      }
    ] : []
  ];
}
function barScopes(model) {
  const stages = stagesOf(model.cells);
  if (stages.length > 1 && model.cells.length === stages.length)
    return [{ per: "stage", cells: model.cells, label: (c) => c.stage }];
  return stages.map((stage) => ({
    per: `cell (stage ${stage})`,
    cells: model.cells.filter((c) => c.stage === stage),
    label: (c) => c.cellId
  }));
}
function cellCharts(model) {
  return barScopes(model).flatMap((scope) => [wallTimeBarChart(scope), costBarChart(scope)]).filter((chart) => chart != null).map((chart) => {
    const shown = chart.bars.length;
    const more = chart.omitted > 0 ? ` (first ${shown} of ${shown + chart.omitted})` : "";
    return {
      key: "charts",
      title: `Chart: ${chart.title}${more}`,
      display: "collapsed",
      blocks: [chartBlock(chart)]
    };
  });
}
function extrapolation(model) {
  const lines = extrapolationLines(model);
  return lines.length > 0 ? [{ key: "extrapolation", title: "Extrapolation", display: "open", blocks: lines.map(para) }] : [];
}
function failures(model) {
  const t = failuresTable(model.failures);
  if (t == null) return [];
  return [
    { key: "failures", title: `Failures (${model.failures.length})`, display: "open", blocks: [table(t)] },
    ...model.failures.map((f) => ({
      key: "log-tails",
      title: `Log tail of ${f.jobId} (${f.logTail.length} ${f.logTail.length === 1 ? "line" : "lines"})`,
      display: "collapsed",
      blocks: f.logTail.length > 0 ? [{ kind: "log", lines: f.logTail }] : [para("No log lines were collected.")]
    }))
  ];
}
function cellDetail(model) {
  const metrics = metricsTable(model.cells, model.confidence);
  return [
    {
      key: "cell-detail",
      title: "Per-cell detail: values, backend, memory, CPU models, metrics",
      display: "collapsed",
      blocks: [table(cellDetailTable(model.cells)), ...metrics != null ? [table(metrics)] : []]
    }
  ];
}
var SECTION_BUILDERS = [
  warnings,
  targets,
  results,
  scaling,
  // Comparison with a base run and recommendations belong here, after the findings.
  cost,
  timeSplit,
  fanOut,
  cellCharts,
  extrapolation,
  failures,
  cellDetail
];
function head(model) {
  const { run, experiment } = model;
  const meta = [
    `started ${run.startedAt}`,
    run.finishedAt != null ? `finished ${run.finishedAt}` : void 0,
    run.host != null ? `host ${run.host}` : void 0,
    run.cpuModel != null ? `CPU ${run.cpuModel}${run.cpuCount != null ? ` \xD7 ${run.cpuCount}` : ""}` : void 0,
    run.gitCommit != null ? `commit ${run.gitCommit}` : void 0,
    `file ${experiment.file}`
  ].filter((part) => part != null);
  return {
    name: experiment.name,
    ...experiment.description != null ? { description: experiment.description } : {},
    run,
    ...model.targets.length > 0 ? { targets: targetCounts(model.targets) } : {},
    meta
  };
}
function distinctTitles(sections) {
  const seen = /* @__PURE__ */ new Map();
  const distinct = (title2) => {
    const count = (seen.get(title2) ?? 0) + 1;
    seen.set(title2, count);
    return count === 1 ? title2 : `${title2} (${count})`;
  };
  return sections.map((section) => {
    const blocks = section.blocks.map(
      (block) => block.kind === "chart" ? { ...block, chart: { ...block.chart, title: distinct(block.chart.title) } } : block
    );
    return { ...section, title: distinct(section.title), blocks };
  });
}
function buildDocument(model) {
  return { head: head(model), sections: distinctTitles(SECTION_BUILDERS.flatMap((build) => build(model))) };
}

// src/domain/report/mermaid.ts
var MEASURED_COLOUR = "#0b4f9c";
var IDEAL_COLOUR = "#949494";
var TEXT_COLOUR = "#1f2328";
var AXIS_COLOUR = "#59636e";
var MAX_TITLE = 72;
var TITLE_FONT_SIZE = 16;
function num(value) {
  return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : "0";
}
function yMax(values) {
  const finite = values.filter(Number.isFinite);
  const max = finite.length > 0 ? Math.max(...finite) : 1;
  return max > 0 ? Number((max * 1.1).toPrecision(2)) : 1;
}
function init(palette) {
  const xyChart = {
    backgroundColor: "#ffffff",
    titleColor: TEXT_COLOUR,
    xAxisLabelColor: TEXT_COLOUR,
    xAxisTitleColor: TEXT_COLOUR,
    xAxisTickColor: AXIS_COLOUR,
    xAxisLineColor: AXIS_COLOUR,
    yAxisLabelColor: TEXT_COLOUR,
    yAxisTitleColor: TEXT_COLOUR,
    yAxisTickColor: AXIS_COLOUR,
    yAxisLineColor: AXIS_COLOUR,
    plotColorPalette: palette.join(", ")
  };
  const config = { theme: "base", themeVariables: { xyChart }, xyChart: { titleFontSize: TITLE_FONT_SIZE } };
  return `%%{init: ${JSON.stringify(config)}}%%`;
}
function title(text) {
  const safe2 = mermaidLabel(text, Number.MAX_SAFE_INTEGER);
  if (safe2.length <= MAX_TITLE) return safe2;
  return safe2.endsWith(")") ? `${clip(safe2.slice(0, -1), MAX_TITLE - 1)})` : clip(safe2, MAX_TITLE);
}
function fence(lines) {
  return ["```mermaid", ...lines, "```"].join("\n");
}
function lineChart(chart) {
  const values = chart.series.flatMap((s) => s.values);
  return fence([
    init(chart.series.map((s) => s.role === "measured" ? MEASURED_COLOUR : IDEAL_COLOUR)),
    "xychart-beta",
    `  title "${title(chart.title)}"`,
    `  x-axis "${mermaidLabel(chart.xTitle)}" [${chart.x.map((p) => `"${mermaidLabel(String(p))}"`).join(", ")}]`,
    `  y-axis "${mermaidLabel(chart.yTitle)}" 0 --> ${num(yMax(values))}`,
    ...chart.series.map((s) => `  line [${s.values.map(num).join(", ")}]`)
  ]);
}
function barChart(chart) {
  return fence([
    init([MEASURED_COLOUR]),
    "xychart-beta",
    `  title "${title(chart.title)}"`,
    `  x-axis [${chart.bars.map((b) => `"${mermaidLabel(b.short, 40)}"`).join(", ")}]`,
    `  y-axis "${mermaidLabel(chart.yTitle)}" 0 --> ${num(yMax(chart.bars.map((b) => b.value)))}`,
    `  bar [${chart.bars.map((b) => num(b.value)).join(", ")}]`
  ]);
}
function mermaidChart(chart) {
  return chart.kind === "line" ? lineChart(chart) : barChart(chart);
}
function lineLegend(chart) {
  return [...chart.series].sort((a, b) => a.role === "measured" ? -1 : b.role === "measured" ? 1 : 0).map((s) => `${s.role === "measured" ? "dark blue" : "grey"} line: ${s.name}`).join(" \xB7 ");
}

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
      (t) => `<line x1="${left}" x2="${w - right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#e5e5e5"/><text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end" ${FONT}>${Number(t.toPrecision(3))}\xD7</text>`
    ),
    ...chart.x.map(
      (p) => `<text x="${n(x(p))}" y="${h - bottom + 16}" text-anchor="middle" ${FONT}>${escapeHtml(String(p))}</text>`
    ),
    `<text x="${(left + w - right) / 2}" y="${h - 6}" text-anchor="middle" ${FONT}>${escapeHtml(clip(chart.xTitle, 40))}</text>`,
    ideal != null ? `<path d="${path(...belowTop(chart.x, ideal.values, yTop))}" fill="none" stroke="${IDEAL_COLOUR}" stroke-dasharray="5 4"/>` : "",
    `<path d="${path(chart.x, measured.values)}" fill="none" stroke="${MEASURED_COLOUR}" stroke-width="2.5"/>`,
    ...intervals,
    ...chart.x.map(
      (p, i) => `<circle cx="${n(x(p))}" cy="${n(y(measured.values[i]))}" r="3.5" fill="${MEASURED_COLOUR}"/>`
    ),
    `<text x="${left + 8}" y="${top - 10}" ${FONT} fill="${MEASURED_COLOUR}">\u2014 ${escapeHtml(measured.name)} (with CI)</text>`,
    ideal != null ? `<text x="${left + 170}" y="${top - 10}" ${FONT} fill="#6e6e6e">- - ${escapeHtml(ideal.name)}</text>` : "",
    "</svg>"
  ].filter((part) => part !== "").join("\n");
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
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>batchbench \xB7 ${escapeHtml(name)} \xB7 ${escapeHtml(run.id)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body.filter((part) => part !== ""),
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function para2(text) {
  return `<p>${escapeHtml(text)}</p>`;
}
function headline(head2) {
  const { run, targets: targets2 } = head2;
  return [
    `<h1>batchbench \xB7 ${escapeHtml(head2.name)}</h1>`,
    head2.description != null ? para2(head2.description) : "",
    `<p><span class="${runStatusTone(run.status)}">${escapeHtml(run.status)}</span> \xB7 run ${escapeHtml(run.id)} on ${escapeHtml(run.backend)} \xB7 jobs: ${jobCounts(run)}` + (targets2 != null ? ` \xB7 targets: <span class="good">${targets2.met} met</span>, <span class="bad">${targets2.missed} missed</span>, <span class="warn">${targets2.inconclusive} inconclusive</span>` : "") + "</p>",
    `<p class="meta">${head2.meta.map(escapeHtml).join(" \xB7 ")}</p>`
  ];
}
function htmlBlock(block) {
  switch (block.kind) {
    case "paragraph":
      return para2(block.text);
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
function htmlTable(table2) {
  const head2 = `<tr>${table2.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const rows = table2.rows.map(
    (row) => `<tr>${row.map((cell, i) => htmlCell(cell, table2.align[i])).join("")}</tr>`
  );
  return `<table>
<thead>${head2}</thead>
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

// src/domain/report/markdown.ts
var DEFAULT_MARKDOWN_LIMIT = 65536 - 512;
var MIN_MARKDOWN_LIMIT = 4096;
var MAX_CELL2 = 300;
var MAX_LOG_LINE = 500;
var MAX_WARNING = 1e3;
var MAX_PARAGRAPH = 2e3;
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
  const head2 = options.marker != null ? `${reportMarker(options.marker)}
` : "";
  const budget = limit - head2.length;
  const doc = buildDocument(model);
  const sections = doc.sections.map(markdownSection);
  sections.unshift({ text: headline2(doc.head) });
  let kept = sections;
  let text = joinSections(kept, 0);
  for (const fold of FOLD_ORDER) {
    if (text.length <= budget) return head2 + text;
    kept = kept.filter((s) => s.fold !== fold);
    text = joinSections(kept, sections.length - kept.length);
  }
  if (text.length <= budget) return head2 + text;
  return head2 + shortForm(doc.head, doc.sections, budget, sections.filter((s) => s.fold != null).length);
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
function mdTableLines(table2) {
  const rendered = markdownTable(
    [table2.headers.map(escapeMarkdown), ...table2.rows.map((row) => row.map(mdCell))],
    {
      align: table2.align,
      alignDelimiters: false
    }
  );
  return rendered.split("\n");
}
function mdTable(table2) {
  return mdTableLines(table2).join("\n");
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function headline2(head2) {
  const { run } = head2;
  const lines = [`## batchbench \xB7 ${escapeMarkdown(clip(head2.name, 200))}`];
  if (head2.description != null) lines.push("", escapeMarkdown(clip(head2.description, 500)));
  const status = `${TONE_EMOJI[runStatusTone(run.status)]} **${run.status}**`;
  const counts = head2.targets;
  const targets2 = counts != null ? ` \xB7 targets: ${counts.met} \u2705 met, ${counts.missed} \u274C missed, ${counts.inconclusive} \u26A0\uFE0F inconclusive` : "";
  lines.push(
    "",
    `${status} \xB7 run ${escapeMarkdown(clip(run.id, 100))} on ${escapeMarkdown(clip(run.backend, 50))} \xB7 jobs: ${jobCounts(run)}${targets2}`
  );
  lines.push("", `<sub>${head2.meta.map((part) => escapeMarkdown(clip(part, 200))).join(" \xB7 ")}</sub>`);
  return lines.join("\n");
}
function warningsBlock(warnings2) {
  return [
    "> [!WARNING]",
    "> **Read these figures with care:**",
    ...warnings2.map((w) => `> - ${escapeMarkdown(clip(w, MAX_WARNING))}`)
  ].join("\n");
}
function logBlock(logLines) {
  const lines = logLines.map((line) => clip(stripControlKeepText(line), MAX_LOG_LINE));
  const fence2 = codeFence(lines);
  return `${fence2}text
${lines.join("\n")}
${fence2}`;
}
function chartBlock2(chart) {
  const parts = [mermaidChart(chart)];
  if (chart.kind === "line") parts.push(`<sub>${escapeMarkdown(lineLegend(chart))}</sub>`);
  else if (chart.keyed) {
    parts.push(
      mdTable({
        headers: ["Key", "Cell"],
        align: ["l", "l"],
        rows: chart.bars.map((b) => [b.short, b.label])
      })
    );
  }
  return parts.join("\n\n");
}
function blockText(block) {
  switch (block.kind) {
    case "paragraph":
      return escapeMarkdown(clip(block.text, MAX_PARAGRAPH));
    case "table":
      return mdTable(block.table);
    case "notes":
      return block.items.map((item) => `- ${escapeMarkdown(clip(item, MAX_WARNING))}`).join("\n");
    case "chart":
      return chartBlock2(block.chart);
    case "log":
      return logBlock(block.lines);
  }
}
function markdownSection(section) {
  const fold = FOLD_ORDER.includes(section.key) ? section.key : void 0;
  const text = section.display === "alert" ? warningsBlock(section.blocks.flatMap((b) => b.kind === "notes" ? b.items : [])) : section.display === "collapsed" ? details(escapeGithubHtml(clip(section.title, 300)), section.blocks.map(blockText).join("\n\n")) : `### ${escapeMarkdown(section.title)}

${section.blocks.map(blockText).join("\n\n")}`;
  return fold != null ? { fold, text } : { text };
}
function fitTable(table2, budget) {
  const lines = mdTableLines(table2);
  const full = lines.join("\n");
  if (full.length <= budget) return full;
  const rows = table2.rows.length;
  const note = (left) => `

_\u2026 and ${formatCount(left)} more ${left === 1 ? "row" : "rows"}, see the JSON artifact._`;
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
function shortForm(head2, sections, budget, omittedSections) {
  const note = `> [!NOTE]
> Short form: ${plural(omittedSections, "detail section")} omitted and long tables shortened to fit the comment size limit, see the JSON artifact.`;
  const parts = [];
  let remaining = budget - note.length - 1;
  const take = (text) => {
    if (text === "" || text.length + 2 > remaining) return;
    parts.push(text);
    remaining -= text.length + 2;
  };
  take(headline2(head2));
  const summary = sections.filter((s) => !FOLD_ORDER.includes(s.key));
  const ordered = [
    ...summary.filter((s) => s.key !== "results"),
    ...summary.filter((s) => s.key === "results")
  ];
  for (const section of ordered) {
    if (section.display === "alert") {
      take(shortWarnings(section, remaining));
      continue;
    }
    const title2 = `### ${escapeMarkdown(section.title)}`;
    const tableBlock = section.blocks.find((b) => b.kind === "table");
    if (tableBlock != null) take(titled(title2, tableBlock.table, remaining));
    else take(`${title2}

${section.blocks.map(blockText).join("\n\n")}`);
  }
  parts.push(note);
  return `${parts.join("\n\n")}
`;
}
function shortWarnings(section, remaining) {
  const items = section.blocks.flatMap((b) => b.kind === "notes" ? b.items : []);
  const lines = warningsBlock(items).split("\n");
  const kept = [];
  const share = Math.floor(remaining / 3);
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > share - 80) break;
    kept.push(line);
    used += line.length + 1;
  }
  const left = lines.length - kept.length;
  if (left > 0)
    kept.push(`> - \u2026 and ${left} more ${left === 1 ? "warning" : "warnings"}, see the JSON artifact.`);
  return kept.length > 2 ? kept.join("\n") : "";
}
function titled(title2, table2, budget) {
  const body = fitTable(table2, budget - title2.length - 4);
  return body === "" ? "" : `${title2}

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
  const doc = buildDocument(model);
  const { run, targets: targets2 } = doc.head;
  out.push(paint("bold", clip(`batchbench \xB7 ${safe(doc.head.name)}`, width)));
  if (doc.head.description != null) out.push(wrap(safe(doc.head.description), width));
  out.push(
    `${paint(runStatusTone(run.status), run.status)} \xB7 run ${clip(safe(run.id), 60)} on ${clip(safe(run.backend), 30)}`,
    `jobs: ${jobCounts(run)}`
  );
  if (targets2 != null) {
    out.push(
      `targets: ${paint("good", `${targets2.met} met`)}, ${paint("bad", `${targets2.missed} missed`)}, ${paint("warn", `${targets2.inconclusive} inconclusive`)}`
    );
  }
  for (const section of doc.sections) {
    const blocks = section.blocks.filter((b) => b.kind !== "chart");
    if (blocks.length === 0) continue;
    const title2 = safe(section.title);
    out.push("", paint("bold", clip(title2, width)), paint("dim", "\u2500".repeat(Math.min(width, title2.length))));
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
      return block.lines.slice(-MAX_LOG_LINES).map((line) => `  ${clip(stripControlKeepText(line), width - 2)}`);
  }
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
function drawTable(table2, width, paint) {
  const text = (cell) => {
    const raw = cellText(cell);
    return safe(typeof cell !== "string" && cell.href != null ? `${raw} ${cell.href}` : raw);
  };
  const rows = table2.rows.map((row) => row.map(text));
  const widths = table2.headers.map(
    (header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length))
  );
  const gap = 2;
  while (widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1) > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest] <= MIN_COLUMN) break;
    widths[widest]--;
  }
  if (widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1) > width)
    return drawRecords(table2, rows, width, paint);
  const fit = (value, i) => {
    const clipped = clip(value, widths[i]);
    return table2.align[i] === "r" ? clipped.padStart(widths[i]) : clipped.padEnd(widths[i]);
  };
  const lines = [
    paint("bold", table2.headers.map(fit).join(" ".repeat(gap)).trimEnd()),
    paint("dim", widths.map((w) => "\u2500".repeat(w)).join(" ".repeat(gap)))
  ];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].map((value, i) => {
      const original = table2.rows[r][i];
      const padded = fit(value, i);
      return typeof original !== "string" && original.tone != null ? paint(original.tone, padded) : padded;
    });
    lines.push(cells.join(" ".repeat(gap)).trimEnd());
  }
  return lines;
}
function drawRecords(table2, rows, width, paint) {
  const label = Math.max(...table2.headers.map((h) => h.length));
  const lines = [];
  rows.forEach((row, r) => {
    if (r > 0) lines.push("");
    row.forEach((value, i) => {
      const original = table2.rows[r][i];
      const text = clip(value, Math.max(1, width - label - 2));
      const painted = typeof original !== "string" && original.tone != null ? paint(original.tone, text) : text;
      lines.push(`${paint("dim", `${table2.headers[i].padEnd(label)}:`)} ${painted}`);
    });
  });
  return lines;
}

export {
  renderHtml,
  renderJson,
  DEFAULT_MARKDOWN_LIMIT,
  reportMarker,
  renderMarkdown,
  renderTerminal
};
