import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  prTrendFromHistory,
  recordRun
} from "./chunk-ARO3GKVQ.js";
import {
  DEFAULT_MARKDOWN_LIMIT,
  renderJson,
  renderMarkdown,
  reportMarker
} from "./chunk-ET2Z5CFO.js";
import {
  parseJsonOrUndefined
} from "./chunk-U5BFUXIM.js";
import {
  UNKNOWN,
  formatSeconds,
  markdownTable
} from "./chunk-XQA4ZAUC.js";
import {
  clip,
  escapeHtml,
  escapeMarkdown
} from "./chunk-2EARJU2W.js";
import {
  DEFAULT_FAIL_ON,
  DEFAULT_FAIL_ON_REGRESSION
} from "./chunk-SIQR2AZH.js";
import {
  COMPARE_DEFAULTS,
  alphaOf,
  compareSamples,
  formatP,
  pct
} from "./chunk-7LCVCKSI.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

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
  const clean = (t) => clip(escapeTerminal(t), 60);
  const all = [HEAD, ...cmp.cells.map((c) => row(c).map(clean))];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => [...r[i] ?? ""].length)));
  const line = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [
    `${escapeTerminal(cmp.experiment)}: head ${escapeTerminal(runLine(cmp.head))} against base ${escapeTerminal(runLine(cmp.base))}`,
    caption(cmp),
    countsLine(cmp),
    "",
    ...all.map(line),
    "",
    ...notes(cmp).map((n) => `${escapeTerminal(n.where)}: ${escapeTerminal(n.reason)}`),
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

// src/app/publish-report.ts
function composeReport(report, options = {}) {
  const markerKey = options.markerKey ?? report.experiment.name;
  const marker = reportMarker(markerKey);
  const comparison = options.baseline ? compareReports(options.baseline, report, comparisonOptions(report)) : void 0;
  const compare = comparison ? `
${renderComparisonMarkdown(comparison)}` : options.baselineNote ? `
_${escapeMarkdown(clip(options.baselineNote, 300))}_
` : "";
  const pendingNote = options.unfinished && options.unfinished > 0 ? `
> [!NOTE]
> ${options.unfinished} jobs were still running when this was written; the report updates when they are collected.
` : "";
  const trend = comparison && options.trend?.(comparison);
  const markdown = renderMarkdown(trend ? { ...report, trend } : report, {
    marker: markerKey,
    limit: DEFAULT_MARKDOWN_LIMIT - compare.length - pendingNote.length
  }) + pendingNote + compare;
  const conclusion = options.unfinished && options.unfinished > 0 ? void 0 : runOutcome(report, comparison).conclusion;
  return {
    marker,
    markdown,
    json: renderJson(report),
    ...conclusion ? { conclusion } : {},
    title: titleOf(report, conclusion)
  };
}
function conclusionOf(report) {
  return runOutcome(report).conclusion;
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
  const model = parseJsonOrUndefined(text);
  if (model?.schemaVersion !== 1 || !Array.isArray(model.cells) || typeof model.run !== "object")
    throw new UserError(`${where} is not a batchbench report.json`, {
      hint: "give the report.json a batchbench run wrote"
    });
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
  const trend = baseline && base && deps.history ? await prTrendFromHistory(report, deps.history, base, deps.log) : void 0;
  const publication = composeReport(report, {
    ...trend ? { trend } : {},
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
  if (complete && deps.history && origin?.branch && !origin.pullRequest && origin.branch === origin.defaultBranch) {
    const where = await recordRun(report, deps.history, { ref: origin.branch });
    if (where) deps.log(`added to the history of ${experiment}: ${where}`);
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

export {
  compareReports,
  runOutcome,
  comparisonOptions,
  renderComparisonMarkdown,
  renderComparisonTerminal,
  renderComparisonHtml,
  renderComparisonJson,
  conclusionOf,
  parseReport,
  publishRun
};
