import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  buildReport
} from "./chunk-56UA57PU.js";
import {
  parseReport
} from "./chunk-X53JMZGX.js";
import {
  loadRun
} from "./chunk-GHBA7HKR.js";
import {
  costVariants
} from "./chunk-IM7STALW.js";

// src/app/report-run.ts
function reportRun(run, prices, decide) {
  const { manifest } = run;
  const experiment = decide ? { ...run.experiment, decide: { ...run.experiment.decide, ...decide } } : run.experiment;
  return buildReport({
    experiment,
    plan: manifest.plan,
    records: run.records,
    prices,
    variants: costVariants(run.parsed, experiment, {
      prices,
      repeats: Math.max(1, ...manifest.plan.jobs.map((j) => j.repeat))
    }),
    run: {
      id: manifest.runId,
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
async function storedReport(store, runId, options) {
  const manifest = await store.readManifest(runId);
  if (!options.reprice && !options.decide && manifest.status !== "running") {
    const text = await options.readSaved();
    const saved = text === void 0 ? void 0 : savedModel(text, runId);
    if (saved && saved.run.id === runId && saved.run.finishedAt === manifest.updatedAt)
      return { report: saved, rebuilt: false };
  }
  const run = await loadRun(store, runId, manifest);
  return {
    report: reportRun(run, options.reprice ?? await options.prices(), options.decide),
    rebuilt: true
  };
}
function savedModel(text, runId) {
  try {
    return parseReport(text, `the saved report of ${runId}`);
  } catch {
    return void 0;
  }
}

export {
  reportRun,
  storedReport
};
