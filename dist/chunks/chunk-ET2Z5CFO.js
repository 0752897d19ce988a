import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  WALL_METRIC,
  entryFromReport
} from "./chunk-25XNE3DY.js";
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
  formatTotalUsd,
  formatUsd,
  formatUsdDelta,
  formatValues,
  markdownTable,
  plural
} from "./chunk-XQA4ZAUC.js";
import {
  clip,
  codeFence,
  escapeGithubHtml,
  escapeMarkdown,
  mermaidLabel,
  safeHttpsUrl,
  stripControlKeepText
} from "./chunk-2EARJU2W.js";
import {
  COMPARE_DEFAULTS,
  compareSamples,
  pct
} from "./chunk-7LCVCKSI.js";

// src/domain/history/trend.ts
var TREND_DEFAULTS = {
  /** The last commits shown (`--limit`). */
  limit: 50,
  /** Trends (cell × metric) drawn at most; the rest are counted in a note. */
  maxTrends: 40
};
function perCommit(entries) {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.runId.localeCompare(b.runId));
  const latest = /* @__PURE__ */ new Map();
  for (const e of sorted) {
    const key = e.commit ? `commit:${e.commit}` : `run:${e.runId}`;
    latest.delete(key);
    latest.set(key, e);
  }
  return [...latest.values()];
}
function labelOf(e) {
  if (e.commit) return e.commit.slice(0, 7);
  return e.ref ?? e.date.slice(0, 16).replace("T", " ");
}
function matches(cell, filters) {
  return !filters || filters.length === 0 || filters.some((f) => cell.includes(f));
}
function buildHistoryView(experiment, entries, options = {}) {
  const limit = options.limit ?? TREND_DEFAULTS.limit;
  const commits = perCommit(entries);
  const shown = commits.slice(Math.max(0, commits.length - limit));
  const all = collect(shown, options);
  const max = options.maxTrends ?? TREND_DEFAULTS.maxTrends;
  const notes = [];
  if (commits.length > shown.length)
    notes.push(`last ${shown.length} of ${commits.length} commits shown (--limit ${limit})`);
  if (all.length > max)
    notes.push(`first ${max} of ${all.length} cell \xD7 metric trends drawn: narrow with --cell or --metric`);
  if (entries.length > 0 && all.length === 0) notes.push("no cell or metric matches the filters");
  return {
    experiment,
    entries: entries.length,
    commits: commits.length,
    shown: shown.length,
    trends: all.slice(0, max),
    omitted: Math.max(0, all.length - max),
    notes
  };
}
function collect(shown, options) {
  const series = /* @__PURE__ */ new Map();
  for (const e of shown) {
    for (const c of e.cells) {
      if (!matches(c.cell, options.cells)) continue;
      for (const [metric, m] of Object.entries(c.metrics)) {
        if (options.metrics && options.metrics.length > 0 && !options.metrics.includes(metric)) continue;
        const key = `${c.cell}\0${metric}`;
        let s = series.get(key);
        if (!s) {
          const better = m.better ?? options.better?.[metric];
          const trend = { cell: c.cell, metric, ...better ? { better } : {}, points: [] };
          if (m.unit) trend.unit = m.unit;
          s = { trend, metrics: [] };
          series.set(key, s);
        }
        s.trend.points.push(pointOf(e, m, s.metrics.at(-1), s.trend.better, options));
        s.metrics.push(m);
      }
    }
  }
  return [...series.values()].map((s) => s.trend);
}
function pointOf(e, m, previous, better, options) {
  const p = {
    label: labelOf(e),
    ...e.commit ? { commit: e.commit } : {},
    ...e.ref ? { ref: e.ref } : {},
    runId: e.runId,
    date: e.date,
    n: m.n,
    median: m.median,
    mean: m.mean,
    ci: m.ci
  };
  if (!previous) return p;
  const untested = whyNotTested(m, previous, better, options);
  if (untested) return { ...p, untested };
  return { ...p, ...tested(previous.samples, m.samples, previous.mean, m.mean, better, options) };
}
function whyNotTested(m, previous, better, options) {
  if (!previous.samples || !m.samples)
    return "no per-repeat samples stored (a history entry of an older batchbench)";
  if (!better)
    return "which way is better is not declared for this metric (an experiment file declares it under results.metrics with better: lower or higher)";
  if (previous.samples.length >= 2 && m.samples.length >= 2) return void 0;
  const c = compareSamples(previous.samples, m.samples, { ...compareOptions(options), better });
  return c.verdict === "untestable" ? c.reason : void 0;
}
function compareOptions(options) {
  return {
    // The bootstrap only widens what the verdict rests on when Fieller's interval is missing,
    // and then the verdict is inconclusive either way: a regression needs p < alpha. Skipping
    // it keeps 200 commits × 20 cells well under a second.
    resamples: 0,
    detectable: false,
    ...options.alpha !== void 0 ? { alpha: options.alpha } : {},
    ...options.threshold !== void 0 ? { threshold: options.threshold } : {}
  };
}
function tested(before, after, beforeMean, afterMean, better, options) {
  const threshold = options.threshold ?? COMPARE_DEFAULTS.threshold;
  const change = beforeMean !== 0 ? afterMean / beforeMean - 1 : void 0;
  if (change !== void 0 && Math.abs(change) <= threshold) return { change, within: threshold };
  const c = compareSamples(before, after, { ...compareOptions(options), better });
  return {
    verdict: c.verdict,
    ...c.change !== void 0 ? { change: c.change } : {},
    ...c.verdict === "regression" ? { reason: c.reason } : {},
    ...c.verdict === "untestable" ? { untested: c.reason } : {}
  };
}
function regressions(trend) {
  return trend.points.filter((p) => p.verdict === "regression");
}
function untestedNote(trend) {
  const later = trend.points.slice(1);
  const untested = later.filter((p) => p.untested !== void 0);
  if (untested.length === 0) return void 0;
  const why = untested.at(-1).untested;
  return untested.length === later.length ? `No point could be tested, so no regression can be marked: ${why}.` : `${untested.length} of ${later.length} points could not be tested (no marker possible there); the newest: ${why}.`;
}

// src/domain/report/section.ts
var para = (text) => ({ kind: "paragraph", text });
var table = (t) => ({ kind: "table", table: t });

// src/domain/history/trend-chart.ts
var MAX_CHART_POINTS = 60;
function trendTitle(trend) {
  return `${trend.metric} of ${trend.cell}`;
}
function yTitleOf(trend) {
  const unit = trend.unit === "s" ? "seconds" : trend.unit;
  return `${trend.metric}${unit && unit !== trend.metric ? ` (${unit})` : ""}, mean and interval`;
}
function trendChart(trend) {
  const first = Math.max(0, trend.points.length - MAX_CHART_POINTS);
  const points = trend.points.slice(first);
  const marked = points.flatMap((p, i) => p.verdict === "regression" ? [i] : []);
  return {
    kind: "line",
    title: trendTitle(trend),
    xTitle: "position, oldest first",
    yTitle: yTitleOf(trend),
    x: points.map((_, i) => first + i + 1),
    xLabels: points.map((p) => p.label),
    yUnit: trend.unit === "s" ? " s" : "",
    series: [
      {
        role: "measured",
        name: "mean",
        values: points.map((p) => p.mean),
        ci: points.map((p) => p.n >= 2 ? p.ci : void 0)
      }
    ],
    ...marked.length > 0 ? { marked } : {}
  };
}

// src/domain/history/history-document.ts
var SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var SPARK_POINTS = 20;
function sparkline(values) {
  const shown = values.slice(-SPARK_POINTS).filter(Number.isFinite);
  if (shown.length === 0) return "";
  const lo = Math.min(...shown);
  const hi = Math.max(...shown);
  return shown.map((v) => SPARKS[hi === lo ? 3 : Math.round((v - lo) / (hi - lo) * (SPARKS.length - 1))]).join("");
}
function formatValue(trend, value) {
  if (value === void 0 || !Number.isFinite(value)) return UNKNOWN;
  return trend.unit === "s" ? formatSeconds(value) : `${formatMetric(value)}${trend.unit ? ` ${trend.unit}` : ""}`;
}
function interval(trend, p) {
  return p.n >= 2 ? `[${formatValue(trend, p.ci[0])}, ${formatValue(trend, p.ci[1])}]` : "n < 2";
}
function verdictCell(p) {
  if (p.untested !== void 0) return { text: "not tested", tone: "warn" };
  if (p.within !== void 0 && p.change !== void 0)
    return `${pct(p.change)}, within \xB1${pct(p.within, false)}`;
  if (p.verdict === void 0) return UNKNOWN;
  const change = p.change !== void 0 ? ` ${pct(p.change)}` : "";
  if (p.verdict === "regression") return { text: `regression${change}`, tone: "bad" };
  if (p.verdict === "improvement") return { text: `improvement${change}`, tone: "good" };
  return `${p.verdict}${change}`;
}
function summaryTable(trends) {
  return {
    headers: ["cell", "metric", "points", "trend", "latest mean [interval]", "vs previous", "regressions"],
    align: ["l", "l", "r", "l", "r", "l", "r"],
    rows: trends.map((t) => {
      const last = t.points.at(-1);
      const count = regressions(t).length;
      const untested = t.points.length > 1 && t.points.slice(1).every((p) => p.untested !== void 0);
      return [
        t.cell,
        t.metric,
        String(t.points.length),
        sparkline(t.points.map((p) => p.mean)),
        last ? `${formatValue(t, last.mean)} ${interval(t, last)}` : UNKNOWN,
        last ? verdictCell(last) : UNKNOWN,
        count > 0 ? { text: String(count), tone: "bad" } : untested ? { text: "not testable", tone: "warn" } : "0"
      ];
    })
  };
}
function pointsTable(trend, from = 0) {
  return {
    headers: ["#", "commit", "date", "run", "n", "median", "mean [interval]", "vs previous"],
    align: ["r", "l", "l", "l", "r", "r", "r", "l"],
    rows: trend.points.slice(from).map((p, i) => [
      String(from + i + 1),
      p.commit ? p.commit.slice(0, 12) : p.ref ?? UNKNOWN,
      p.date.slice(0, 10),
      p.runId,
      String(p.n),
      formatValue(trend, p.median),
      `${formatValue(trend, p.mean)} ${interval(trend, p)}`,
      verdictCell(p)
    ])
  };
}
function countLine(view) {
  const regs = view.trends.reduce((s, t) => s + regressions(t).length, 0);
  const untested = view.trends.filter((t) => untestedNote(t) !== void 0).length;
  return `${plural(view.entries, "stored run")} over ${plural(view.commits, "commit")}; ${view.shown} shown, ${plural(view.trends.length, "cell \xD7 metric trend")}, ${plural(regs, "regression")} (a point significantly worse than the one before it, by the comparison \`compare\` uses)` + (untested > 0 ? `; ${plural(untested, "trend")} with points that could not be tested, each saying why.` : ".");
}
function historySections(view, options = {}) {
  if (view.entries === 0)
    return [
      {
        key: "history",
        title: "History",
        display: "open",
        blocks: [para("No history yet: runs on the default branch add to it.")]
      }
    ];
  const notes = view.notes.length > 0 ? [{ kind: "notes", items: view.notes }] : [];
  const summary = {
    key: "history",
    title: "Trends",
    display: "open",
    blocks: [para(countLine(view)), ...notes, table(summaryTable(view.trends))]
  };
  if (options.charts === false) return [summary];
  return [summary, ...view.trends.map((t) => trendSection(t))];
}
function trendSection(t, options = {}) {
  const from = Math.max(0, t.points.length - MAX_CHART_POINTS);
  const untested = untestedNote(t);
  const capped = from > 0 ? [para(`The newest ${MAX_CHART_POINTS} of ${t.points.length} points; --format json has them all.`)] : [];
  return {
    key: options.key ?? "history-trend",
    // A report gives its own title: one equal to the chart's would be numbered apart from it.
    title: options.title ?? trendTitle(t),
    display: "open",
    blocks: [
      ...t.points.length >= 2 ? [{ kind: "chart", chart: trendChart(t) }] : [],
      ...untested ? [para(untested)] : [],
      ...capped,
      table(pointsTable(t, from)),
      ...regressions(t).map((p) => para(`Regression at ${p.label}: ${p.reason ?? ""}`))
    ]
  };
}

// src/domain/history/pr-trend.ts
var PR_TREND_POINTS = 5;
var PR_TREND_CELLS = 10;
var PR_TREND_CHARTS = 3;
function changedCells(comparison) {
  return comparison.cells.filter((c) => c.verdict === "regression" || c.verdict === "improvement").map((c) => `${c.stage}/${c.cellId}`);
}
function prTrend(history, head2, baseRef, changed) {
  if (changed.length === 0) return void 0;
  const base = perCommit(history.filter((e) => e.ref === baseRef)).slice(-PR_TREND_POINTS);
  if (base.length === 0) return void 0;
  const own = entryFromReport(head2, { ref: "this PR" });
  delete own.commit;
  const view = buildHistoryView(head2.experiment.name, [...base, { ...own, date: "\uFFFF" }], {
    limit: PR_TREND_POINTS + 1,
    metrics: [WALL_METRIC],
    maxTrends: Number.MAX_SAFE_INTEGER
  });
  const wanted = new Set(changed);
  const trends = view.trends.filter((t) => wanted.has(t.cell) && t.points.length >= 2).slice(0, PR_TREND_CELLS);
  for (const t of trends) t.points.at(-1).date = head2.run.startedAt;
  return trends.length > 0 ? trends : void 0;
}

// src/domain/report/json.ts
function renderJson(model) {
  return `${JSON.stringify(model, null, 2)}
`;
}

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
    `Total ${formatTotalUsd(cost2.totalUsd)} (${basisText(cost2.basis)})`,
    ...capacityParts(cost2, cells)
  ];
  if (cost2.perItemUsd != null) parts.push(`per item ${formatUsd(cost2.perItemUsd)}`);
  if (unpriced.length > 0)
    parts.push(`not included: ${plural(unpriced.length, "cell")} with no prices (${unpricedWhat(unpriced)})`);
  return parts.join(" \xB7 ");
}
var hasCapacity = (c) => c.cost.onDemandUsd !== void 0 || c.cost.spotUsd !== void 0;
function capacityParts(cost2, cells) {
  const priced = cells.filter((c) => c.cost.basis !== "none");
  const withCapacity = priced.filter(hasCapacity).length;
  if (priced.length > 0 && withCapacity === 0) return [];
  const parts = [`on-demand ${formatUsd(cost2.onDemandUsd)}`, `Spot ${formatUsd(cost2.spotUsd)}`];
  if (withCapacity < priced.length)
    parts.push(
      `on-demand/Spot prices apply to ${withCapacity} of ${plural(priced.length, "priced cell")}; the others at their own price`
    );
  return parts;
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
      {
        text: formatUsdDelta(c.deltaUsd),
        tone: c.deltaUsd === null ? "warn" : c.deltaUsd < 0 ? "good" : c.deltaUsd > 0 ? "bad" : "warn"
      }
    ])
  };
}

// src/domain/report/history-section.ts
var TREND_CHARTS_KEY = "trend-charts";
function verdictCell2(own) {
  const change = own.change !== void 0 ? ` ${pct(own.change)}` : "";
  if (own.verdict === "regression") return { text: `regression${change}`, tone: "bad" };
  if (own.verdict === "improvement") return { text: `improvement${change}`, tone: "good" };
  if (own.untested !== void 0) return { text: `not tested${change}: ${own.untested}`, tone: "warn" };
  return `${own.verdict ?? (own.within !== void 0 ? `within \xB1${pct(own.within, false)}` : "untested")}${change}`;
}
function summaryTable2(trends) {
  return {
    headers: ["cell", "trend", "base branch, oldest first (mean)", "this PR (mean)", "vs last base commit"],
    align: ["l", "l", "l", "r", "l"],
    rows: trends.map((t) => {
      const own = t.points.at(-1);
      const before = t.points.slice(0, -1);
      return [
        t.cell,
        sparkline(t.points.map((p) => p.mean)),
        before.map((p) => `${p.label} ${formatValue(t, p.mean)}`).join(" \u2192 "),
        formatValue(t, own.mean),
        verdictCell2(own)
      ];
    })
  };
}
function chartedTrends(trends) {
  const bad = (t) => t.points.at(-1)?.verdict === "regression" ? 0 : 1;
  return [...trends].sort((a, b) => bad(a) - bad(b)).slice(0, PR_TREND_CHARTS);
}
function capLine(trends, charted) {
  const which = charted < trends.length ? `Charts of ${charted} of the ${trends.length} changed cells (regressions first; the table has them all)` : `A chart per changed cell`;
  return `${which}: the base branch's last ${PR_TREND_POINTS} commits in the history, then this pull request, each point tested against the one before it.`;
}
function trendSection2(model) {
  const trends = model.trend;
  if (!trends || trends.length === 0) return [];
  const charted = chartedTrends(trends);
  return [
    {
      key: "trend",
      title: "Trend of the changed cells",
      display: "open",
      blocks: [
        para(
          "Wall time of each cell that changed, over the base branch's last commits in the history, then this pull request."
        ),
        table(summaryTable2(trends)),
        para(capLine(trends, charted.length))
      ]
    },
    ...charted.map((t) => trendSection(t, { key: TREND_CHARTS_KEY, title: `Trend of ${t.cell}` }))
  ];
}

// src/domain/report/recommendation-section.ts
var MAX_ROWS = 40;
function recommendationTable(rec) {
  const rows = [...rec.points].sort((a, b) => Number(b.onFrontier) - Number(a.onFrontier) || a.seconds - b.seconds).slice(0, MAX_ROWS).map((p) => [
    p.cellId === rec.recommended ? `${p.cellId} \u25C0` : p.cellId,
    formatSeconds(p.seconds),
    formatSecondsInterval(p.secondsCi),
    formatUsd(p.usd),
    `[${formatUsd(p.usdCi[0])}, ${formatUsd(p.usdCi[1])}]`,
    p.onFrontier ? { text: "yes", tone: "good" } : "no"
  ]);
  return {
    headers: ["Cell", "Time/run", "CI", "Cost/run", "CI", "Frontier"],
    align: ["l", "r", "r", "r", "r", "l"],
    rows
  };
}
function instanceTypeTable(rec) {
  if (rec.byInstanceType.length === 0) return void 0;
  const n = (x) => x === null ? "\u2014" : Number(x.toPrecision(3)).toString();
  return {
    headers: ["Instance type", "CPU", "Cells", "Fastest", "Cost/run", "Runs/$", "Runs/vCPU-h"],
    align: ["l", "l", "r", "r", "r", "r", "r"],
    rows: rec.byInstanceType.map((t) => [
      t.instanceType,
      t.cpuModels.join(", ") || "\u2014",
      String(t.cells),
      formatSeconds(t.seconds),
      formatUsd(t.usd),
      n(t.runsPerDollar),
      n(t.runsPerVcpuHour)
    ])
  };
}
function recommendationLines(rec) {
  const lines = [];
  for (const key of ["withinBudget", "withinDeadline"]) {
    const answer = rec[key];
    if (answer) lines.push(answerLine(QUESTIONS[key], answer));
  }
  lines.push(`Recommended: ${rec.recommended}, ${rec.why}.`);
  const p = rec.projection;
  const at = p.scale === 1 ? "per run" : `at ${p.scale}\xD7 the measured work`;
  for (const s of p.stages) {
    lines.push(
      `Projection ${at}, stage ${s.stage}: ${formatSeconds(s.seconds)} ${formatSecondsInterval(s.secondsCi)}, ${formatTotalUsd(s.usd)} (cost scaled on the same basis as time).`
    );
  }
  if (rec.unpriced.length > 0)
    lines.push(`Not compared on cost (price unknown): ${rec.unpriced.join(", ")}.`);
  for (const a of rec.advice) lines.push(`Advice: ${a}`);
  return lines;
}
var QUESTIONS = {
  withinBudget: {
    ask: (usd) => `Fastest within ${formatUsd(usd)} a run`,
    none: "no measured cell costs that little",
    unsure: "over the budget"
  },
  withinDeadline: {
    ask: (seconds) => `Cheapest within ${formatSeconds(seconds)} a run`,
    none: "no measured cell is that fast",
    unsure: "past the deadline"
  }
};
function answerLine(q, a) {
  const question = q.ask(a.limit);
  if (a.cellId === void 0) return `${question}: ${q.none}.`;
  return `${question}: ${a.cellId}${a.sure ? "" : ` (its interval reaches ${q.unsure})`}.`;
}
function recommendationSection(model) {
  const rec = model.recommendation;
  if (rec === void 0) return [];
  const types = instanceTypeTable(rec);
  const blocks = [
    table(recommendationTable(rec)),
    ...types != null ? [table(types)] : [],
    ...recommendationLines(rec).map(para)
  ];
  return [{ key: "recommendation", title: "Recommendation", display: "open", blocks }];
}

// src/domain/report/tables.ts
var NOISY_CV = 0.1;
function cellText(cell) {
  return typeof cell === "string" ? cell : cell.text;
}
var STATUS_TONE = { met: "good", missed: "bad", inconclusive: "warn" };
var SINGLE_CELL = "default";
function cellLabel(cellId) {
  return cellId === SINGLE_CELL ? "all jobs (no matrix)" : cellId;
}
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
      cellLabel(cell.cellId),
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
        ...showCell ? [cellLabel(cell.cellId)] : [],
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
        cellLabel(cell.cellId),
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
        `${cellLabel(cell.cellId)}: makespan ${formatSeconds(f.makespan)} vs longest task ${formatSeconds(f.longestTask)} (${formatSeconds(overhead)} of waiting and skew; CPU models: ${formatCpuModels(f.cpuModels)})`
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
        cellLabel(cell.cellId),
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
      cellLabel(cell.cellId),
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
        cellLabel(cell.cellId),
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
    `Measured ${cellLabel(x.cellId)} (stage ${x.stage}): median ${formatSeconds(x.measuredSeconds.median)}, mean ${formatMeanSd(x.measuredSeconds)} over n = ${x.measuredSeconds.n}.`,
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
      t.cellId === void 0 ? UNKNOWN : cellLabel(t.cellId)
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
      cellLabel(f.cellId),
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
  // A comparison with a base run belongs here too, after the findings.
  recommendationSection,
  trendSection2,
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
var REGRESSION_COLOUR = "#c0262d";
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
  const safe = mermaidLabel(text, Number.MAX_SAFE_INTEGER);
  if (safe.length <= MAX_TITLE) return safe;
  return safe.endsWith(")") ? `${clip(safe.slice(0, -1), MAX_TITLE - 1)})` : clip(safe, MAX_TITLE);
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
var MAX_LABELLED_POSITIONS = 15;
var REGRESSION_MARK = "\u25B2";
var MAX_LISTED_POSITIONS = 5;
function markedPositions(chart) {
  const positions = (chart.marked ?? []).map((i) => num(chart.x[i]));
  const more = positions.length - MAX_LISTED_POSITIONS;
  return more > 0 ? `${positions.slice(0, MAX_LISTED_POSITIONS).join(", ")} and ${more} more` : positions.join(", ");
}
function trendXAxis(chart) {
  const marked = new Set(chart.marked ?? []);
  if (chart.x.length <= MAX_LABELLED_POSITIONS) {
    const label = (p, i) => `"${marked.has(i) ? `${REGRESSION_MARK} ` : ""}${mermaidLabel(String(p))}"`;
    return `"${mermaidLabel(chart.xTitle)}" [${chart.x.map(label).join(", ")}]`;
  }
  const regressions2 = marked.size === 1 ? "regression" : "regressions";
  const note = marked.size > 0 ? ` \xB7 ${REGRESSION_MARK} ${regressions2} at ${markedPositions(chart)}` : "";
  return `"${mermaidLabel(chart.xTitle)}${note}" ${num(chart.x[0])} --> ${num(chart.x.at(-1))}`;
}
function trendChart2(chart) {
  const measured = chart.series.find((s) => s.role === "measured");
  const ci = (i, end) => measured.ci?.[i]?.[end] ?? measured.values[i];
  const low = measured.values.map((_, i) => ci(i, 0));
  const high = measured.values.map((_, i) => ci(i, 1));
  return fence([
    init([IDEAL_COLOUR, IDEAL_COLOUR, MEASURED_COLOUR]),
    "xychart-beta",
    `  title "${title(chart.title)}"`,
    `  x-axis ${trendXAxis(chart)}`,
    `  y-axis "${mermaidLabel(chart.yTitle, 60)}" 0 --> ${num(yMax([...high, ...measured.values]))}`,
    `  line [${low.map(num).join(", ")}]`,
    `  line [${high.map(num).join(", ")}]`,
    `  line [${measured.values.map(num).join(", ")}]`
  ]);
}
function mermaidChart(chart) {
  if (chart.kind === "bar") return barChart(chart);
  return chart.xLabels !== void 0 ? trendChart2(chart) : lineChart(chart);
}
function lineLegend(chart) {
  if (chart.xLabels !== void 0) {
    const marked = (chart.marked ?? []).length;
    const where = `at ${marked === 1 ? "position" : "positions"} ${markedPositions(chart)}`;
    return [
      "dark blue line: mean",
      "grey lines: its interval",
      ...marked > 0 ? [`${REGRESSION_MARK} on the x axis: a regression against the point before, ${where}`] : [],
      "x: position in the table below"
    ].join(" \xB7 ");
  }
  return [...chart.series].sort((a, b) => a.role === "measured" ? -1 : b.role === "measured" ? 1 : 0).map((s) => `${s.role === "measured" ? "dark blue" : "grey"} line: ${s.name}`).join(" \xB7 ");
}

// src/domain/report/markdown.ts
var DEFAULT_MARKDOWN_LIMIT = 65536 - 512;
var MIN_MARKDOWN_LIMIT = 4096;
var MAX_CELL = 300;
var MAX_LOG_LINE = 500;
var MAX_WARNING = 1e3;
var MAX_PARAGRAPH = 2e3;
var FOLD_ORDER = [
  "log-tails",
  "cell-detail",
  "stragglers",
  "trend-charts",
  "charts",
  "time-split",
  "fan-out",
  "cost-detail",
  "extrapolation",
  "failures"
];
var TONE_EMOJI = { good: "\u2705", bad: "\u274C", warn: "\u26A0\uFE0F" };
function reportMarker(key) {
  const safe = key.replace(/[^A-Za-z0-9_.:/=+-]/g, "").replace(/-{2,}/g, "-");
  return `<!-- batchbench:${safe} -->`;
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
  sections.unshift({ text: headline(doc.head) });
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
  if (typeof cell === "string") return escapeMarkdown(clip(cell, MAX_CELL));
  const text = escapeMarkdown(clip(cell.text, MAX_CELL));
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
function headline(head2) {
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
  take(headline(head2));
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

export {
  TREND_DEFAULTS,
  buildHistoryView,
  untestedNote,
  historySections,
  changedCells,
  prTrend,
  cellText,
  runStatusTone,
  jobCounts,
  buildDocument,
  MEASURED_COLOUR,
  IDEAL_COLOUR,
  REGRESSION_COLOUR,
  renderJson,
  DEFAULT_MARKDOWN_LIMIT,
  reportMarker,
  renderMarkdown,
  markdownSection
};
