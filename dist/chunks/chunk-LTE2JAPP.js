import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  hostInfo,
  latestRecords
} from "./chunk-76HS77CX.js";
import {
  runIdProblem
} from "./chunk-NSSXCZ5B.js";
import {
  checkNameInput,
  workflowOrigin
} from "./chunk-4YOE75NO.js";
import {
  s3Run
} from "./chunk-YYUBYNOV.js";
import {
  BatchExecutor
} from "./chunk-6VWGFQPE.js";
import {
  readyExperiment
} from "./chunk-UC3SPIFM.js";
import {
  input,
  positiveIntInput,
  runAction,
  workspace
} from "./chunk-SBTHT7PX.js";
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
      throw new Error(
        `run ${req.runId} exists with other jobs: the experiment file changed since it was submitted`
      );
    skip = new Set(
      latestRecords(await store.readRecords(req.runId)).filter((r) => r.status === "succeeded" || r.status === "superseded").map((r) => r.jobId)
    );
  } else {
    const at = new Date(deps.now()).toISOString();
    await store.create({
      runId: req.runId,
      experiment: req.experiment.name,
      experimentFile: req.experiment.file,
      experimentSource: req.source,
      backend: deps.executor.name,
      createdAt: at,
      updatedAt: at,
      status: "running",
      ...req.host,
      ...req.origin ? { origin: req.origin } : {},
      plan: req.plan
    });
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

// src/entrypoints/submit-action.ts
function workflowRunId(experiment, env) {
  const run2 = env.GITHUB_RUN_ID;
  if (!run2)
    throw new UserError("GITHUB_RUN_ID is not set: give the run-id input outside GitHub Actions");
  return `${experiment}-gh${run2}`.replace(/[^A-Za-z0-9_-]/g, "-");
}
async function submitExperiment(ready, env, options) {
  const { experiment, plan } = ready;
  const local = plan.jobs.filter((j) => j.compute.backend !== "aws-batch");
  if (local.length > 0)
    throw new UserError(
      `${ready.file}: ${local.length} jobs run on the local backend; submit runs aws-batch experiments only`
    );
  const storeUrl = options.store ?? experiment.results.store;
  if (!storeUrl)
    throw new UserError(
      `${ready.file}: an aws-batch run needs results.store (s3://bucket/prefix/) or the store input`
    );
  const runId = options.runId ?? workflowRunId(experiment.name, env);
  const { clients, store } = s3Run(storeUrl, env, experiment.name);
  const host = await hostInfo(workspace(env));
  const gitCommit = env.GITHUB_SHA ?? host.gitCommit;
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    experiment,
    ...options.imageUri ? { imageUri: options.imageUri } : {},
    ...gitCommit ? { gitCommit } : {},
    // Submit, look once, return: waiting is the wait action's job.
    deadlineMs: 0,
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
      host: { ...host, ...gitCommit ? { gitCommit } : {} },
      ...origin ? { origin } : {},
      signal: new AbortController().signal
    },
    { store, executor, now: Date.now }
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
async function run(env = process.env) {
  await runAction("submit", async () => {
    const file = input("experiment", { required: true });
    const repeats = positiveIntInput("repeats");
    const prices = input("prices");
    const ready = await readyExperiment(file, env, {
      ...repeats ? { repeats } : {},
      ...prices ? { prices } : {}
    });
    const runId = input("run-id");
    const bad = runId === void 0 || runId === "" ? void 0 : runIdProblem(runId);
    if (bad)
      throw new UserError(bad, { hint: "give a run-id such as my-bench-42, or leave it out" });
    const imageUri = input("image-uri");
    const store = input("store");
    await submitExperiment(ready, env, {
      ...runId ? { runId } : {},
      ...imageUri ? { imageUri } : {},
      ...store ? { store } : {},
      checkName: checkNameInput(ready.experiment.name)
    });
  });
}

export {
  workflowRunId,
  submitExperiment,
  run
};
