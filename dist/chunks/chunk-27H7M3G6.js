import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  latestRecords
} from "./chunk-76HS77CX.js";
import {
  buildReport,
  publishArtifacts
} from "./chunk-ZEPKX7LH.js";

// src/app/run-experiment.ts
async function runExperiment(req, deps) {
  const { store, executor, progress } = deps;
  const startedAt = new Date(deps.now()).toISOString();
  let skip = /* @__PURE__ */ new Set();
  if (req.resume) {
    const manifest2 = await store.readManifest(req.runId);
    assertSamePlan(manifest2, req.plan);
    skip = finishedJobs(await store.readRecords(req.runId));
    await store.updateManifest(req.runId, { status: "running", updatedAt: startedAt });
    progress.log(`resuming ${req.runId}: ${skip.size} of ${req.plan.jobs.length} jobs already finished`);
  } else {
    await store.create({
      runId: req.runId,
      experiment: req.experiment.name,
      experimentFile: req.experiment.file,
      experimentSource: req.source,
      backend: executor.name,
      createdAt: startedAt,
      updatedAt: startedAt,
      status: "running",
      ...deps.host,
      plan: req.plan
    });
  }
  const counts = {
    queued: req.plan.jobs.length - skip.size,
    running: 0,
    succeeded: 0,
    failed: 0,
    total: req.plan.jobs.length
  };
  counts.succeeded = skip.size;
  progress.update(counts);
  await executor.execute(req.plan.jobs, {
    runId: req.runId,
    skip,
    signal: req.signal,
    onEvent: async (event) => {
      if (event.type === "job-started") {
        if (event.attempt === 1) counts.queued--;
        counts.running++;
      } else {
        await store.appendRecord(req.runId, event.record);
        counts.running = Math.max(0, counts.running - 1);
        if (event.type === "job-finished") {
          if (event.record.status === "succeeded" || event.record.status === "superseded") counts.succeeded++;
          else counts.failed++;
          if (event.record.status === "cancelled" && !wasStarted(event.record)) counts.queued--;
        }
      }
      progress.update(counts);
    }
  });
  progress.done();
  const cancelled = req.signal.aborted;
  const manifest = await store.readManifest(req.runId);
  const records = await store.readRecords(req.runId);
  const report = buildReport({
    experiment: req.experiment,
    plan: req.plan,
    records,
    prices: deps.prices,
    ...req.variants ? { variants: req.variants } : {},
    run: {
      id: req.runId,
      backend: executor.name,
      startedAt: manifest.createdAt,
      finishedAt: new Date(deps.now()).toISOString(),
      ...deps.host
    }
  });
  const status = cancelled ? "cancelled" : report.run.status;
  await store.updateManifest(req.runId, { status, updatedAt: new Date(deps.now()).toISOString() });
  const artifacts = await publishArtifacts(store, req.runId, report);
  return { runId: req.runId, report, artifacts, cancelled };
}
function finishedJobs(records) {
  const done = /* @__PURE__ */ new Set();
  for (const r of latestRecords(records)) {
    if (r.status === "succeeded" || r.status === "superseded") done.add(r.jobId);
  }
  return done;
}
function wasStarted(record) {
  return record.commandStartedAt !== void 0;
}
function assertSamePlan(manifest, plan) {
  const before = manifest.plan.jobs.map((j) => j.id).join("\n");
  const now = plan.jobs.map((j) => j.id).join("\n");
  if (before !== now) {
    throw new Error(
      `run ${manifest.runId} was planned from a different experiment file (its jobs differ); start a new run instead of resuming this one`
    );
  }
}

export {
  runExperiment
};
