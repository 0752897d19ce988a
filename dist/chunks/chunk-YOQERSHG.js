import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  RUN_FORMAT_VERSION
} from "./chunk-OE34II5Z.js";

// src/app/new-run.ts
function newRunManifest(run) {
  return {
    formatVersion: RUN_FORMAT_VERSION,
    runId: run.runId,
    experiment: run.experiment.name,
    experimentFile: run.experiment.file,
    experimentSource: run.source,
    backend: run.backend,
    createdAt: run.at,
    updatedAt: run.at,
    status: "running",
    ...run.host,
    ...run.origin ? { origin: run.origin } : {},
    plan: run.plan
  };
}

// src/domain/results/latest-records.ts
function latestRecords(records) {
  const last = /* @__PURE__ */ new Map();
  for (const r of records) last.set(r.jobId, r);
  return [...last.values()];
}
function finishedJobs(records) {
  const done = /* @__PURE__ */ new Set();
  for (const r of latestRecords(records)) {
    if (r.status === "succeeded" || r.status === "superseded") done.add(r.jobId);
  }
  return done;
}

export {
  newRunManifest,
  finishedJobs
};
