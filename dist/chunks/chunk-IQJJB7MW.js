import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  UNKNOWN,
  formatSeconds,
  markdownTable,
  plural
} from "./chunk-L5FQZOZG.js";
import {
  clip,
  escapeHtml,
  escapeMarkdown,
  stripControl
} from "./chunk-Y724BK2G.js";
import {
  buildPlan,
  jobCost,
  storageCost,
  transferCost
} from "./chunk-JFB5LMO7.js";
import {
  DEFAULT_FAIL_ON,
  DEFAULT_FAIL_ON_REGRESSION,
  compareVariant,
  matchesAll,
  sameScalar
} from "./chunk-OJYSATZJ.js";
import {
  COMPARE_DEFAULTS,
  alphaOf,
  compareSamples,
  efficiency,
  formatP,
  mean,
  pct,
  priceBasisLine,
  quantileSorted,
  speedup,
  summarize
} from "./chunk-ZGWMIHYT.js";

// src/app/cost-variants.ts
function costVariants(text, experiment, options) {
  return experiment.compare.flatMap((entry) => {
    const variant = compareVariant(text, experiment.file, entry);
    if (!variant) return [];
    return [{ name: entry.name, experiment: variant, plan: buildPlan(variant, options).plan }];
  });
}

// src/domain/analysis/compare-reports.ts
function compareReports(base, head, options = {}) {
  const o = { ...COMPARE_DEFAULTS, confidence: head.confidence, ...options, better: "lower" };
  const key = (c) => `${c.stage}\0${c.cellId}`;
  const baseCells = new Map(base.cells.map((c) => [key(c), c]));
  const headKeys = new Set(head.cells.map(key));
  const cells = [
    ...head.cells.map((c) => compareCell(baseCells.get(key(c)), c, o)),
    ...base.cells.filter((c) => !headKeys.has(key(c))).map((c) => compareCell(c, void 0, o))
  ];
  const counts = { regression: 0, improvement: 0, unchanged: 0, inconclusive: 0, untestable: 0 };
  for (const c of cells) counts[c.verdict]++;
  return {
    experiment: head.experiment.name,
    base: side(base),
    head: side(head),
    metric: "wall time",
    options: { alpha: o.alpha, threshold: o.threshold, test: o.test, confidence: o.confidence },
    cells,
    counts
  };
}
function side(r) {
  return {
    runId: r.run.id,
    ...r.run.gitCommit ? { gitCommit: r.run.gitCommit } : {},
    startedAt: r.run.startedAt,
    jobsSucceeded: r.run.jobsSucceeded,
    jobsPlanned: r.run.jobsPlanned
  };
}
function samplesOf(cell) {
  if (cell.wallSamples) return cell.wallSamples;
  if (cell.wall.n === 0) return [];
  return cell.wall.n === 1 ? [cell.wall.mean] : void 0;
}
function compareCell(base, head, o) {
  const any = head ?? base;
  const out = { stage: any.stage, cellId: any.cellId, verdict: "untestable", reason: "" };
  if (base) out.base = { n: base.wall.n, mean: base.wall.mean };
  if (head) out.head = { n: head.wall.n, mean: head.wall.mean };
  if (!base || !head) {
    out.reason = `the cell is only in the ${base ? "base" : "head"} run`;
    return out;
  }
  const x = samplesOf(base);
  const y = samplesOf(head);
  if (!x || !y) {
    out.reason = "a report without per-repeat samples (written by an older version): only the means can be shown";
    return out;
  }
  out.result = compareSamples(x, y, o);
  out.base = { n: out.result.baseline.n, mean: out.result.baseline.mean };
  out.head = { n: out.result.candidate.n, mean: out.result.candidate.mean };
  out.verdict = out.result.verdict;
  out.reason = out.result.reason;
  return out;
}

// src/domain/analysis/outcome.ts
function failOnOf(report) {
  return report.experiment.failOn ?? DEFAULT_FAIL_ON;
}
function runOutcome(report, comparison) {
  const f = failOnOf(report);
  const failures = [];
  const undecided = [];
  const r = report.run;
  const cancelled = r.jobsCancelled ?? 0;
  if (r.jobsFailed === 0 && cancelled > 0)
    return {
      conclusion: "cancelled",
      exitCode: 130,
      reasons: [`${cancelled} job${cancelled === 1 ? " was" : "s were"} cancelled`]
    };
  if (r.jobsFailed + r.jobsMissing > 0) {
    const line = `${r.jobsFailed} jobs failed and ${r.jobsMissing} are missing of ${r.jobsPlanned}`;
    (f.failedJobs ? failures : undecided).push(line);
  }
  const missed = report.targets.filter((t) => t.status === "missed").length;
  if (missed > 0 && f.targetMissed) failures.push(`${missed} target${missed === 1 ? "" : "s"} missed`);
  const inconclusive = report.targets.filter((t) => t.status === "inconclusive").length;
  if (inconclusive > 0)
    (f.inconclusive ? failures : undecided).push(
      `${inconclusive} target${inconclusive === 1 ? "" : "s"} inconclusive`
    );
  if (comparison && f.regression !== void 0) {
    const { regression, inconclusive: open, untestable } = comparison.counts;
    if (regression > 0)
      failures.push(
        `${regression} cell${regression === 1 ? "" : "s"} significantly slower than the base run by more than ${f.regression * 100}%`
      );
    if (open + untestable > 0)
      (f.inconclusive ? failures : undecided).push(
        `${open + untestable} cells could not be compared with the base run conclusively`
      );
  }
  if (failures.length > 0)
    return { conclusion: "failure", exitCode: 1, reasons: [...failures, ...undecided] };
  if (undecided.length > 0) return { conclusion: "neutral", exitCode: 0, reasons: undecided };
  return { conclusion: "success", exitCode: 0, reasons: [] };
}
function comparisonOptions(report) {
  return {
    alpha: alphaOf(report.confidence),
    threshold: failOnOf(report).regression ?? DEFAULT_FAIL_ON_REGRESSION
  };
}

// src/domain/report/comparison-table.ts
var COMPARISON_HEADING = "Compared with the base branch";
var HEAD = [
  "stage",
  "cell",
  "base mean [n]",
  "head mean [n]",
  "change [interval]",
  "p",
  "effect",
  "verdict"
];
var MARK = {
  regression: "\u274C regression",
  improvement: "\u2705 improvement",
  unchanged: "unchanged",
  inconclusive: "\u2754 inconclusive",
  untestable: "\u26A0\uFE0F untestable"
};
function row(c) {
  const r = c.result;
  const side2 = (s) => s ? `${formatSeconds(s.mean)} [${s.n}]` : UNKNOWN;
  const change = r?.change === void 0 ? UNKNOWN : `${pct(r.change)} ${r.changeCi ? `[${pct(r.changeCi[0])}, ${pct(r.changeCi[1])}]` : r.unbounded ? "[unbounded]" : ""}`.trim();
  const p = r?.test === "mann-whitney" ? r.mannWhitneyP : r?.welchP;
  const effect = r?.hedgesG !== void 0 ? `g ${r.hedgesG.toFixed(2)}` : r?.cliffsDelta !== void 0 ? `\u03B4 ${r.cliffsDelta.toFixed(2)}` : UNKNOWN;
  return [
    c.stage,
    c.cellId,
    side2(c.base),
    side2(c.head),
    change,
    p === void 0 ? UNKNOWN : formatP(p),
    effect,
    c.verdict
  ];
}
function caption(cmp) {
  const o = cmp.options;
  const test = o.test === "welch" ? "Welch's t" : "Mann-Whitney";
  return `${cmp.metric} per repeat; ${test} at alpha ${o.alpha}, changes within \xB1${pct(o.threshold, false)} do not count; ${Math.round(o.confidence * 100)}% Fieller interval of the change of the mean; effect: Hedges' g (Cliff's \u03B4 without spread)`;
}
function countsLine(cmp) {
  const parts = Object.entries(cmp.counts).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v}`);
  return `${cmp.cells.length} cells: ${parts.join(", ") || "none"}`;
}
function notes(cmp) {
  return cmp.cells.filter((c) => c.verdict !== "unchanged").map((c) => ({ where: `${c.stage}/${c.cellId}`, reason: c.reason }));
}
function runLine(s) {
  return `${s.runId}${s.gitCommit ? ` at ${s.gitCommit}` : ""} (${s.jobsSucceeded}/${s.jobsPlanned} jobs succeeded)`;
}
function renderComparisonMarkdown(cmp, opts = {}) {
  const maxRows = opts.maxRows ?? 40;
  const esc = (t, n = 160) => escapeMarkdown(clip(t, n));
  const rows = cmp.cells.slice(0, maxRows).map((c) => {
    const cells = row(c).map((t) => esc(t));
    cells[7] = MARK[c.verdict];
    return cells;
  });
  const lines = [
    `### ${opts.heading ?? COMPARISON_HEADING}`,
    "",
    `<sub>base run ${esc(runLine(cmp.base), 200)}; head run ${esc(runLine(cmp.head), 200)}. ${esc(caption(cmp), 400)}</sub>`,
    "",
    `**${esc(countsLine(cmp))}**`,
    "",
    markdownTable([HEAD, ...rows], {
      align: ["l", "l", "r", "r", "r", "r", "r", "l"],
      alignDelimiters: false
    })
  ];
  if (cmp.cells.length > maxRows)
    lines.push("", `_${cmp.cells.length - maxRows} more cells in the JSON artifacts._`);
  const why = notes(cmp).slice(0, maxRows);
  if (why.length > 0) lines.push("", ...why.map((n) => `- ${esc(n.where)}: ${esc(n.reason, 400)}`));
  return `${lines.join("\n")}
`;
}
function renderComparisonTerminal(cmp) {
  const clean = (t) => clip(stripControl(t), 60);
  const all = [HEAD, ...cmp.cells.map((c) => row(c).map(clean))];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => [...r[i] ?? ""].length)));
  const line = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [
    `${stripControl(cmp.experiment)}: head ${stripControl(runLine(cmp.head))} against base ${stripControl(runLine(cmp.base))}`,
    caption(cmp),
    countsLine(cmp),
    "",
    ...all.map(line),
    "",
    ...notes(cmp).map((n) => `${stripControl(n.where)}: ${stripControl(n.reason)}`),
    ""
  ].join("\n");
}
function renderComparisonHtml(cmp) {
  const tone = {
    regression: "bad",
    improvement: "good",
    unchanged: "",
    inconclusive: "warn",
    untestable: "warn"
  };
  const th = HEAD.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const trs = cmp.cells.map((c) => {
    const cells = row(c).map((t, i) => `<td${i >= 2 && i <= 6 ? ' class="r"' : ""}>${escapeHtml(t)}</td>`);
    cells[7] = `<td class="${tone[c.verdict]}">${escapeHtml(c.verdict)}</td>`;
    return `<tr>${cells.join("")}</tr>`;
  });
  const lis = notes(cmp).map((n) => `<li>${escapeHtml(n.where)}: ${escapeHtml(n.reason)}</li>`);
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>batchbench compare \xB7 ${escapeHtml(cmp.experiment)}</title>`,
    "<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.25rem .6rem}th{background:#f6f8fa;text-align:left}td.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.good{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}.warn{color:#9a6700;font-weight:600}.meta{color:#59636e}</style>",
    "</head><body>",
    `<h1>batchbench compare \xB7 ${escapeHtml(cmp.experiment)}</h1>`,
    `<p class="meta">base ${escapeHtml(runLine(cmp.base))}<br>head ${escapeHtml(runLine(cmp.head))}<br>${escapeHtml(caption(cmp))}</p>`,
    `<p><strong>${escapeHtml(countsLine(cmp))}</strong></p>`,
    `<table><thead><tr>${th}</tr></thead><tbody>`,
    ...trs,
    "</tbody></table>",
    lis.length > 0 ? `<ul>${lis.join("")}</ul>` : "",
    "</body></html>",
    ""
  ].join("\n");
}
function renderComparisonJson(cmp) {
  return `${JSON.stringify({ schemaVersion: 1, kind: "batchbench-comparison", ...cmp }, null, 2)}
`;
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
    wallSamples,
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
        `compare ${variant.name}: ${plural(unmatched, "job")} of the run ${unmatched === 1 ? "has" : "have"} no counterpart in it and ${unmatched === 1 ? "is" : "are"} not priced`
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
      priceSnapshot: priceBasisLine(prices, region)
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
      const cancelled = candidates.some((r) => r.status === "cancelled") && candidates.every((r) => r.status === "cancelled" || r.status === "superseded");
      tasks.push({
        taskId: job.id,
        job,
        state: cancelled ? "cancelled" : "failed",
        failures: cancelled ? [] : candidates.filter((r) => FAILED.has(r.status))
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
  const n = usable.length;
  const xs = usable.map((pt) => 1 / pt.p);
  const ys = usable.map((pt) => pt.seconds);
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) ssRes += (ys[i] - (a + b * xs[i])) ** 2;
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
var NOISY_CV = 0.1;
function buildReport(input) {
  const { experiment, plan, records, prices } = input;
  const confidence = experiment.analysis.confidence;
  const warnings = [...plan.warnings];
  const outcomes = resolveOutcomes(plan, records);
  if (outcomes.unplanned.length > 0) {
    const ids = [...new Set(outcomes.unplanned.map((r) => r.jobId))];
    warnings.push(
      `${plural(ids.length, "job id")} in the results ${ids.length === 1 ? "is" : "are"} not in the plan and ${ids.length === 1 ? "was" : "were"} ignored: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", ..." : ""}`
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
  const cancelled = tasks.filter((t) => t.state === "cancelled").length;
  if (cancelled > 0)
    warnings.push(
      `${cancelled} of ${plural(tasks.length, "job")} ${cancelled === 1 ? "was" : "were"} cancelled before ${cancelled === 1 ? "it" : "they"} finished; ${cancelled === 1 ? "its cell is" : "their cells are"} missing repeats`
    );
  if (failed > 0)
    warnings.push(
      `${failed} of ${plural(tasks.length, "job")} failed; ${failed === 1 ? "its cell is" : "their cells are"} missing repeats`
    );
  if (missing > 0) {
    warnings.push(
      `${missing} of ${plural(tasks.length, "planned job")} ${missing === 1 ? "has" : "have"} no result (not run, or not collected)`
    );
  }
  const extrapolation = extrapolate(experiment, cells, scaling);
  const { run } = input;
  return {
    schemaVersion: 1,
    experiment: {
      name: experiment.name,
      ...experiment.description !== void 0 ? { description: experiment.description } : {},
      file: experiment.file,
      ...experiment.analysis.failOn ? { failOn: experiment.analysis.failOn } : {}
    },
    run: {
      ...runInfo(run),
      status: runStatus(tasks.length, succeeded, failed, cancelled),
      jobsPlanned: tasks.length,
      jobsSucceeded: succeeded,
      jobsFailed: failed,
      jobsMissing: missing,
      jobsCancelled: cancelled
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
function runInfo(run) {
  return {
    id: run.id,
    backend: run.backend,
    startedAt: run.startedAt,
    ...run.finishedAt !== void 0 ? { finishedAt: run.finishedAt } : {},
    ...run.host !== void 0 ? { host: run.host } : {},
    ...run.cpuModel !== void 0 ? { cpuModel: run.cpuModel } : {},
    ...run.cpuCount !== void 0 ? { cpuCount: run.cpuCount } : {},
    ...run.gitCommit !== void 0 ? { gitCommit: run.gitCommit } : {}
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
        `${where}: ${plural(c.incompleteRepeats, "repeat")} left out of wall time because a job failed or has no result`
      );
    }
    if (c.report.wall.cv > NOISY_CV) {
      warnings.push(
        `${where}: wall time varies by cv=${c.report.wall.cv.toFixed(2)} (over ${NOISY_CV}); treat it as noisy`
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
function runStatus(planned, succeeded, failed, cancelled) {
  if (succeeded === planned) return "complete";
  if (cancelled > 0 && failed === 0) return "cancelled";
  return succeeded === 0 ? "failed" : "partial";
}

export {
  costVariants,
  buildReport,
  compareReports,
  runOutcome,
  comparisonOptions,
  renderComparisonMarkdown,
  renderComparisonTerminal,
  renderComparisonHtml,
  renderComparisonJson
};
