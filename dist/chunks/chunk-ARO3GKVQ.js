import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  buildHistoryView,
  changedCells,
  prTrend
} from "./chunk-ET2Z5CFO.js";
import {
  entryFromReport,
  fromCampaign
} from "./chunk-25XNE3DY.js";

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
