import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  buildReport,
  cellsWithTasks,
  groupBy,
  makespan,
  reportedExperiment,
  reportedRun,
  resolveTasks,
  scalingOf,
  speedupTargets,
  taskCounts,
  withDecide
} from "./chunk-2PSV7WMM.js";
import {
  parseReport
} from "./chunk-B54ZDRTI.js";
import {
  loadRun
} from "./chunk-ORBO64A7.js";
import {
  costVariants
} from "./chunk-CWFLCHSU.js";
import {
  summarize
} from "./chunk-AESLYFF2.js";

// src/domain/analysis/compared-run.ts
function comparedRun(input) {
  const { experiment, plan } = input;
  if (experiment.analysis.targets.length > 0) return compared(buildReport(input));
  const confidence = experiment.analysis.confidence;
  const { tasks } = resolveTasks(plan, input.records);
  const cells = cellsWithTasks(plan, tasks).map(({ stage, cell, tasks: cellTasks }) => {
    const wallSamples = completeRepeatWalls(cellTasks);
    const wall = summarize(wallSamples, confidence);
    return {
      report: { cellId: cell.id, stage, values: cell.values, wall, wallSamples },
      wallSamples,
      repeatCosts: []
    };
  });
  const scaling = scalingOf(experiment, cells);
  return {
    experiment: reportedExperiment(experiment),
    run: reportedRun(input.run, taskCounts(tasks)),
    confidence,
    cells: cells.map((c) => ({
      stage: c.report.stage,
      cellId: c.report.cellId,
      wall: c.report.wall,
      wallSamples: c.wallSamples
    })),
    targets: scaling ? speedupTargets(scaling.report, confidence) : []
  };
}
function compared(report) {
  const { experiment, run, confidence, targets } = report;
  const cells = report.cells.map(({ stage, cellId, wall, wallSamples }) => ({
    stage,
    cellId,
    wall,
    ...wallSamples ? { wallSamples } : {}
  }));
  return { experiment, run, confidence, cells, targets };
}
function completeRepeatWalls(tasks) {
  const out = [];
  for (const group of groupBy(tasks, (t) => t.job.groupId).values()) {
    if (group.every((t) => t.state === "succeeded")) out.push(makespan(group));
  }
  return out;
}

// src/app/report-run.ts
function reportRun(run, prices, decide) {
  const { manifest } = run;
  const experiment = withDecide(run.experiment, decide);
  return buildReport({
    experiment,
    plan: manifest.plan,
    records: run.records,
    prices,
    variants: costVariants(run.parsed, experiment, {
      prices,
      repeats: Math.max(1, ...manifest.plan.jobs.map((j) => j.repeat))
    }),
    run: runInfoOf(manifest)
  });
}
function comparedRunOf(run, prices) {
  return comparedRun({
    experiment: run.experiment,
    plan: run.manifest.plan,
    records: run.records,
    prices,
    run: runInfoOf(run.manifest)
  });
}
function runInfoOf(manifest) {
  return {
    id: manifest.runId,
    backend: manifest.backend,
    startedAt: manifest.createdAt,
    ...manifest.status === "running" ? {} : { finishedAt: manifest.updatedAt },
    ...manifest.host ? { host: manifest.host } : {},
    ...manifest.cpuModel ? { cpuModel: manifest.cpuModel } : {},
    ...manifest.cpuCount ? { cpuCount: manifest.cpuCount } : {},
    ...manifest.gitCommit ? { gitCommit: manifest.gitCommit } : {}
  };
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
  comparedRunOf,
  storedReport
};
