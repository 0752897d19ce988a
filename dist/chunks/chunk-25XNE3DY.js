import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  summarize
} from "./chunk-AESLYFF2.js";

// src/domain/campaign/benchmarks.ts
var HEADLINES = {
  stream: { metric: "triad_gbps", better: "higher", unit: "GB/s" },
  hpl: { metric: "gflops", better: "higher", unit: "GFLOP/s" },
  "micro-latency": { metric: "latency_ns", better: "lower", unit: "ns" }
};
var WALL_TIME = { metric: "wall_seconds", better: "lower", unit: "s" };
function headlineOf(benchmark) {
  return HEADLINES[benchmark] ?? WALL_TIME;
}

// src/domain/history/run-entry.ts
var WALL_METRIC = WALL_TIME.metric;
var MAX_KEPT_SAMPLES = 100;
function keptSamples(samples, max = MAX_KEPT_SAMPLES) {
  if (samples.length <= max) return [...samples];
  return Array.from({ length: max }, (_, i) => samples[Math.floor(i * samples.length / max)]);
}
function point(s, better, unit, samples) {
  return {
    n: s.n,
    median: s.median,
    mean: s.mean,
    ci: s.ci,
    ...better ? { better } : {},
    ...unit ? { unit } : {},
    ...samples && samples.length === s.n ? { samples: keptSamples(samples) } : {}
  };
}
function metricPoint(summary, samples, better, confidence) {
  return samples && samples.length > 0 ? point(summarize(samples, confidence), better, void 0, samples) : point(summary, better);
}
function entryFromReport(report, options = {}) {
  const cells = report.cells.filter((c) => c.wall.n > 0).map((c) => {
    const metrics = {
      [WALL_METRIC]: point(c.wall, "lower", "s", c.wallSamples)
    };
    for (const [name, s] of Object.entries(c.metrics))
      if (s.n > 0 && name !== WALL_METRIC)
        metrics[name] = metricPoint(s, c.metricSamples?.[name], options.better?.[name], report.confidence);
    return { cell: `${c.stage}/${c.cellId}`, metrics };
  });
  return {
    schemaVersion: 1,
    experiment: report.experiment.name,
    runId: report.run.id,
    ...report.run.gitCommit ? { commit: report.run.gitCommit } : {},
    ...options.ref ? { ref: options.ref } : {},
    date: report.run.startedAt,
    cells
  };
}
function fromCampaign(campaign, entries, confidence = 0.95) {
  const weeks = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const cells = weeks.get(e.week) ?? /* @__PURE__ */ new Map();
    weeks.set(e.week, cells);
    const key = `${e.instanceType}/${e.benchmark}`;
    const cell = cells.get(key) ?? { e, metrics: {} };
    cells.set(key, cell);
    for (const [name, values] of Object.entries(e.metrics)) (cell.metrics[name] ??= []).push(...values);
  }
  return [...weeks.entries()].map(([week, cells]) => {
    const all = [...cells.values()];
    return {
      schemaVersion: 1,
      experiment: campaign,
      runId: all.map((c) => c.e.runId).sort()[0] ?? week,
      ref: week,
      date: all.map((c) => c.e.date).sort()[0] ?? week,
      cells: [...cells.entries()].map(([cell, { e, metrics }]) => ({
        cell,
        metrics: Object.fromEntries(
          Object.entries(metrics).map(([name, values]) => [
            name,
            point(
              summarize(values, confidence),
              name === e.metric ? e.better : name === WALL_METRIC ? "lower" : void 0,
              name === e.metric ? e.unit : name === WALL_METRIC ? "s" : void 0,
              values
            )
          ])
        )
      }))
    };
  });
}
var isNumbers = (xs) => Array.isArray(xs) && xs.every((x) => typeof x === "number");
function samplesReadable(cells) {
  return cells.every(
    (c) => Object.values(c.metrics ?? {}).every(
      (m) => m?.samples === void 0 || isNumbers(m.samples)
    )
  );
}
function parseEntry(text, where) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    data = void 0;
  }
  if (data?.schemaVersion !== 1 || typeof data.experiment !== "string" || typeof data.runId !== "string" || typeof data.date !== "string" || !Array.isArray(data.cells) || !samplesReadable(data.cells))
    throw new Error(`${where} is not a batchbench history entry`);
  return data;
}

export {
  WALL_TIME,
  headlineOf,
  WALL_METRIC,
  entryFromReport,
  fromCampaign,
  parseEntry
};
