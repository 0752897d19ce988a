import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  finishedJobs,
  newRunManifest
} from "./chunk-YOQERSHG.js";
import {
  publishArtifacts
} from "./chunk-4LGYVC65.js";
import {
  buildReport
} from "./chunk-2PSV7WMM.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/app/run-experiment.ts
async function runExperiment(req, deps) {
  const { store, executor, progress } = deps;
  const startedAt = new Date(deps.now()).toISOString();
  let createdAt = startedAt;
  if (req.resume) {
    const manifest = await store.readManifest(req.runId);
    assertSamePlan(manifest, req.plan);
    createdAt = manifest.createdAt;
  } else {
    await store.create(newRunManifest({ ...req, backend: executor.name, host: deps.host, at: startedAt }));
  }
  const lock = await store.lock(req.runId);
  try {
    const records = [];
    if (req.resume) {
      records.push(...await store.readRecords(req.runId));
      await store.updateManifest(req.runId, { status: "running", updatedAt: startedAt });
    }
    const skip = finishedJobs(records);
    if (req.resume)
      progress.log(`resuming ${req.runId}: ${skip.size} of ${req.plan.jobs.length} jobs already finished`);
    return await driveRun(req, deps, { createdAt, records, skip });
  } finally {
    await lock.release();
  }
}
async function driveRun(req, deps, run) {
  const { store, executor, progress } = deps;
  const { records, skip } = run;
  const counts = {
    queued: req.plan.jobs.length - skip.size,
    running: 0,
    succeeded: 0,
    failed: 0,
    cancelled: 0,
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
        records.push(event.record);
        counts.running = Math.max(0, counts.running - 1);
        if (event.type === "job-finished") {
          if (event.record.status === "succeeded" || event.record.status === "superseded") counts.succeeded++;
          else if (event.record.status === "cancelled") counts.cancelled++;
          else counts.failed++;
          if (event.record.status === "cancelled" && !wasStarted(event.record)) counts.queued--;
        }
      }
      progress.update(counts);
    }
  });
  progress.done();
  const cancelled = req.signal.aborted;
  const finishedAt = new Date(deps.now()).toISOString();
  const report = buildReport({
    experiment: req.experiment,
    plan: req.plan,
    records,
    prices: deps.prices,
    ...req.variants ? { variants: req.variants } : {},
    run: {
      id: req.runId,
      backend: executor.name,
      startedAt: run.createdAt,
      finishedAt,
      ...deps.host
    }
  });
  const status = cancelled ? "cancelled" : report.run.status;
  await store.updateManifest(req.runId, { status, updatedAt: finishedAt });
  const artifacts = await publishArtifacts(store, req.runId, report);
  return { runId: req.runId, report, artifacts, cancelled };
}
function wasStarted(record) {
  return record.commandStartedAt !== void 0;
}
function assertSamePlan(manifest, plan) {
  const before = manifest.plan.jobs.map((j) => j.id).join("\n");
  const now = plan.jobs.map((j) => j.id).join("\n");
  if (before !== now) {
    throw new UserError(
      `run ${manifest.runId} was planned from a different experiment file (its jobs differ)`,
      {
        hint: "start a new run instead of resuming this one"
      }
    );
  }
}

export {
  runExperiment
};
