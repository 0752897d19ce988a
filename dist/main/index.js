import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  LocalExecutor,
  makeRunId,
  runExperiment
} from "../chunks/chunk-NOICZ6FP.js";
import {
  expandPatterns,
  renderPlanMarkdown,
  validateFiles
} from "../chunks/chunk-MNIJX6EF.js";
import {
  publishFromInputs
} from "../chunks/chunk-KKVEKHIA.js";
import {
  FsRunStore
} from "../chunks/chunk-DXYJLEUY.js";
import "../chunks/chunk-455MYE3G.js";
import {
  readyExperiment
} from "../chunks/chunk-BPXC5MKQ.js";
import {
  hostInfo
} from "../chunks/chunk-76HS77CX.js";
import {
  hasErrors
} from "../chunks/chunk-UV5OW47J.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  logProgress
} from "../chunks/chunk-P3L5YWNB.js";
import {
  costVariants,
  reportRun
} from "../chunks/chunk-LVSQBUYB.js";
import "../chunks/chunk-TKTVF22X.js";
import {
  ConfigurationError,
  booleanInput,
  input,
  lastResort,
  listInput,
  positiveIntInput,
  runAction,
  workspace
} from "../chunks/chunk-CANQQA5B.js";
import {
  setOutput,
  summary
} from "../chunks/chunk-R3HB4BPP.js";
import {
  loadPrices
} from "../chunks/chunk-D5FG67Y2.js";
import "../chunks/chunk-5KN5MX2P.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/main-action.ts
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
async function runLocally(ready, env, signal) {
  const cwd = workspace(env);
  const runsDir = path.join(env.RUNNER_TEMP ?? cwd, "batchbench-runs");
  const prices = await loadPrices(input("prices"));
  const runId = makeRunId(ready.experiment.name, /* @__PURE__ */ new Date(), randomBytes(2).toString("hex"));
  const host = await hostInfo(cwd);
  const repeats = positiveIntInput("repeats");
  const concurrency = os.availableParallelism();
  const outcome = await runExperiment(
    {
      runId,
      experiment: ready.experiment,
      source: ready.source,
      plan: ready.plan,
      resume: false,
      signal,
      variants: costVariants(ready.source, ready.experiment, { prices, ...repeats ? { repeats } : {} })
    },
    {
      store: new FsRunStore(runsDir),
      executor: new LocalExecutor({
        concurrency,
        logDir: path.join(runsDir, runId, "logs"),
        baseDir: cwd,
        // Cells compared for speedup each get the machine to themselves, so they are measured alike.
        exclusiveGroups: ready.experiment.analysis.speedup !== void 0
      }),
      progress: logProgress,
      prices,
      host: { ...host, ...env.GITHUB_SHA ? { gitCommit: env.GITHUB_SHA } : {} },
      now: Date.now
    }
  );
  setOutput("report-dir", path.join(runsDir, runId));
  setOutput("run-id", runId);
  return { report: outcome.report, unfinished: 0, local: true };
}
async function runOnBatch(ready, env, signal) {
  const { submitExperiment } = await import("../chunks/submit-action-QV3M5I42.js");
  const { maxWaitInput, waitForRun } = await import("../chunks/wait-action-EL7TS7HX.js");
  const { s3Run } = await import("../chunks/aws-wiring-LY5RK736.js");
  const imageUri = input("image-uri");
  const store = input("store");
  const submitted = await submitExperiment(ready, env, {
    ...imageUri ? { imageUri } : {},
    ...store ? { store } : {}
  });
  const waited = await waitForRun(submitted.runId, submitted.storeUrl, env, {
    maxWaitS: maxWaitInput(),
    experiment: ready.experiment.name,
    signal
  });
  setOutput("status", waited.status);
  const { store: runStore } = s3Run(submitted.storeUrl, env, ready.experiment.name);
  const report = await reportRun(submitted.runId, {
    store: runStore,
    prices: await loadPrices(input("prices"))
  });
  return { report, unfinished: waited.unfinished, local: false };
}
async function run(env = process.env) {
  await runAction("action", async () => {
    const command = input("command") ?? "run";
    const repeats = positiveIntInput("repeats");
    const prices = input("prices");
    const options = { ...repeats ? { repeats } : {}, ...prices ? { prices } : {} };
    if (command === "validate") {
      const files = await expandPatterns(listInput("experiment"), workspace(env));
      if (files.length === 0) throw new ConfigurationError("experiment names no file");
      const results = await validateFiles(files, { cwd: workspace(env), ...options });
      const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === "error").length;
      if (results.some((r) => hasErrors(r.problems)))
        throw new ConfigurationError(`${errors} problem${errors === 1 ? "" : "s"} in the experiment files`);
      return;
    }
    if (command !== "plan" && command !== "run")
      throw new ConfigurationError(`command must be validate, plan or run, not '${command}'`);
    const file = input("experiment", { required: true });
    const ready = await readyExperiment(file, env, options);
    setOutput("plan", JSON.stringify(ready.plan));
    if (command === "plan" || booleanInput("dry-run", false)) {
      await summary.addRaw(renderPlanMarkdown(ready.plan)).write();
      return;
    }
    const backend = input("backend") ?? "auto";
    if (backend !== "auto" && backend !== "local")
      throw new ConfigurationError(`backend takes auto (what the file says) or local, not '${backend}'`);
    if (backend === "local") for (const job of ready.plan.jobs) job.compute.backend = "local";
    const signal = cancelSignal();
    const cloud = ready.plan.jobs.some((j) => j.compute.backend === "aws-batch");
    const { report, unfinished, local } = cloud ? await runOnBatch(ready, env, signal) : await runLocally(ready, env, signal);
    await publishFromInputs(report, unfinished, env, { failOnMissByDefault: true, keepReportDir: local });
  });
}

// src/entrypoints/main.ts
run().catch(lastResort);
