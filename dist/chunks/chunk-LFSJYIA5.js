import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  WALL_METRIC,
  entryFromReport,
  fromCampaign
} from "./chunk-Z23CAIU4.js";
import {
  buildHistoryView,
  perCommit
} from "./chunk-LIEUDKFO.js";

// src/domain/history/pr-trend.ts
var PR_TREND_POINTS = 5;
var PR_TREND_CELLS = 10;
function changedCells(comparison) {
  return comparison.cells.filter((c) => c.verdict === "regression" || c.verdict === "improvement").map((c) => `${c.stage}/${c.cellId}`);
}
function prTrend(history, head, baseRef, changed) {
  if (changed.length === 0) return void 0;
  const base = perCommit(history.filter((e) => e.ref === baseRef)).slice(-PR_TREND_POINTS);
  if (base.length === 0) return void 0;
  const own = entryFromReport(head, { ref: "this PR" });
  delete own.commit;
  const view = buildHistoryView(head.experiment.name, [...base, { ...own, date: "\uFFFF" }], {
    limit: PR_TREND_POINTS + 1,
    metrics: [WALL_METRIC],
    maxTrends: Number.MAX_SAFE_INTEGER
  });
  const wanted = new Set(changed);
  const trends = view.trends.filter((t) => wanted.has(t.cell) && t.points.length >= 2).slice(0, PR_TREND_CELLS);
  return trends.length > 0 ? trends : void 0;
}

// src/app/run-history.ts
function belongsInHistory(report) {
  return report.run.status === "complete" && report.cells.some((c) => c.wall.n > 0);
}
async function recordRun(report, store, options = {}) {
  if (!belongsInHistory(report)) return void 0;
  const better = Object.fromEntries((options.metrics ?? []).map((m) => [m.name, m.better]));
  return store.append(entryFromReport(report, { ...options.ref ? { ref: options.ref } : {}, better }));
}
async function experimentHistory(experiment, store, options = {}) {
  return buildHistoryView(experiment, await store.load(experiment), options);
}
async function campaignHistory(campaign, store, options = {}) {
  return buildHistoryView(campaign, fromCampaign(campaign, await store.load()), options);
}
async function prTrendFromHistory(report, store, baseRef, log) {
  try {
    const entries = await store.load(report.experiment.name);
    return (comparison) => prTrend(entries, report, baseRef, changedCells(comparison));
  } catch (error) {
    log(`the history could not be read, so the comment shows no trend: ${error.message}`);
    return void 0;
  }
}

export {
  recordRun,
  experimentHistory,
  campaignHistory,
  prTrendFromHistory
};
