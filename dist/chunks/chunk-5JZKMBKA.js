import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  finishedJobs,
  newRunManifest
} from "./chunk-YOQERSHG.js";
import {
  workflowOrigin
} from "./chunk-PPI4OVKI.js";
import {
  hostOf
} from "./chunk-A4MTJOLX.js";
import {
  backendForRun,
  planBackend
} from "./chunk-HADUC3NH.js";
import {
  workspace
} from "./chunk-UZCDPZT5.js";
import {
  info,
  setOutput
} from "./chunk-52F2NNLZ.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/app/submit-run.ts
async function submitRun(req, deps) {
  const { store } = deps;
  const manifest = await store.readManifest(req.runId).catch(() => void 0);
  const attached = manifest !== void 0;
  let skip = /* @__PURE__ */ new Set();
  if (manifest) {
    const before = manifest.plan.jobs.map((j) => j.id).join("\n");
    if (before !== req.plan.jobs.map((j) => j.id).join("\n"))
      throw new UserError(
        `run ${req.runId} exists with other jobs: the experiment file changed since it was submitted`,
        { hint: "give another run-id to submit the changed file as a new run" }
      );
    skip = finishedJobs(await store.readRecords(req.runId));
  } else {
    const at = new Date(deps.now()).toISOString();
    await store.create(newRunManifest({ ...req, backend: deps.executor.name, at }));
  }
  const lock = await store.lock(req.runId);
  try {
    let finished = skip.size;
    await deps.executor.execute(req.plan.jobs, {
      runId: req.runId,
      skip,
      signal: req.signal,
      onEvent: async (event) => {
        if (event.type === "job-started") return;
        await store.appendRecord(req.runId, event.record);
        if (event.type === "job-finished") finished++;
      }
    });
    return { runId: req.runId, attached, finished };
  } finally {
    await lock.release();
  }
}

// src/entrypoints/submit-step.ts
function workflowRunId(experiment, env) {
  const run = env.GITHUB_RUN_ID;
  if (!run) throw new UserError("GITHUB_RUN_ID is not set: give the run-id input outside GitHub Actions");
  return `${experiment}-gh${run}`.replace(/[^A-Za-z0-9_-]/g, "-");
}
async function submitExperiment(ready, env, options) {
  const { experiment } = ready;
  const backend = planBackend(ready.plan);
  if (backend.store !== "s3")
    throw new UserError(
      `${ready.file}: its jobs run on ${backend.label}, which keeps runs in a folder; submit runs experiments whose runs are kept in an S3 results store (aws-batch)`,
      { hint: "run it in one step with the root action (command: run) or with batchbench run" }
    );
  const host = await hostOf(workspace(env), env);
  const runId = options.runId ?? workflowRunId(experiment.name, env);
  const {
    store,
    backend: submitter,
    plan,
    where: storeUrl
  } = await backendForRun({
    experiment,
    plan: ready.plan,
    runId,
    ...options.store ? { storeUrl: options.store } : {},
    ...options.imageUri ? { imageUri: options.imageUri } : {},
    ...host.gitCommit ? { gitCommit: host.gitCommit } : {},
    // Submit, look once, return: waiting is the wait action's job.
    deadlineMs: 0,
    cwd: workspace(env),
    env,
    log: (line) => info(line)
  });
  const origin = await workflowOrigin(env, {
    experimentFile: ready.file,
    commentKey: experiment.name,
    checkName: options.checkName
  });
  const outcome = await submitRun(
    {
      runId,
      experiment,
      source: ready.source,
      plan,
      host,
      ...origin ? { origin } : {},
      signal: new AbortController().signal
    },
    { store, executor: submitter, now: Date.now }
  );
  info(
    `${outcome.attached ? "attached to" : "submitted"} run ${runId}: ${plan.jobs.length} jobs, ${outcome.finished} finished so far, results in ${storeUrl}`
  );
  setOutput("run-id", runId);
  setOutput("store", storeUrl);
  setOutput("experiment", experiment.name);
  setOutput("jobs", String(plan.jobs.length));
  setOutput("attached", String(outcome.attached));
  return { ...outcome, storeUrl };
}

export {
  submitExperiment
};
