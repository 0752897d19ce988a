import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  runExperiment
} from "../chunks/chunk-27H7M3G6.js";
import {
  LocalExecutor,
  makeRunId
} from "../chunks/chunk-CEQQMJ4M.js";
import {
  renderPlanMarkdown,
  validateFiles
} from "../chunks/chunk-ZVW6IYBH.js";
import {
  publishFromInputs
} from "../chunks/chunk-VTNNVRC5.js";
import "../chunks/chunk-M6TF66QN.js";
import {
  FsRunStore
} from "../chunks/chunk-WZLYGAHJ.js";
import "../chunks/chunk-E53CW332.js";
import {
  hostInfo
} from "../chunks/chunk-76HS77CX.js";
import {
  checkNameInput
} from "../chunks/chunk-C7VDCKXV.js";
import "../chunks/chunk-2SECIYKN.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  logProgress
} from "../chunks/chunk-4275DTTO.js";
import {
  costVariants,
  reportRun
} from "../chunks/chunk-ZEPKX7LH.js";
import "../chunks/chunk-OC537YOA.js";
import "../chunks/chunk-TK2KBLDO.js";
import "../chunks/chunk-IUIKERM2.js";
import "../chunks/chunk-S2V6XSF3.js";
import {
  expandPatterns
} from "../chunks/chunk-7ZIUSCDX.js";
import {
  readyExperiment
} from "../chunks/chunk-LGYPR3KT.js";
import {
  hasErrors
} from "../chunks/chunk-E24LLZCP.js";
import "../chunks/chunk-K3TBYX7Q.js";
import {
  booleanInput,
  input,
  lastResort,
  listInput,
  positiveIntInput,
  runAction,
  workspace
} from "../chunks/chunk-Q2WPO4VC.js";
import {
  setOutput,
  summary
} from "../chunks/chunk-2LEEVQUZ.js";
import {
  ConfigurationError
} from "../chunks/chunk-5IC2YQ4X.js";
import "../chunks/chunk-IHG27KF4.js";
import "../chunks/chunk-VW7L6ZQL.js";
import {
  loadPrices
} from "../chunks/chunk-KVZNUJPT.js";
import "../chunks/chunk-Q3NR4BZE.js";
import "../chunks/chunk-I3F55QQV.js";
import "../chunks/chunk-WZ3PWTB2.js";
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
  const store = new FsRunStore(runsDir);
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
      store,
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
  return { report: outcome.report, unfinished: 0, local: true, store };
}
async function runOnBatch(ready, env, signal) {
  const { submitExperiment } = await import("../chunks/submit-action-ANHMARM4.js");
  const { maxWaitInput, waitForRun } = await import("../chunks/wait-action-Z4ES6BB3.js");
  const { s3Run } = await import("../chunks/aws-wiring-EIGZFGHP.js");
  const imageUri = input("image-uri");
  const store = input("store");
  const submitted = await submitExperiment(ready, env, {
    ...imageUri ? { imageUri } : {},
    ...store ? { store } : {},
    checkName: checkNameInput(ready.experiment.name)
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
  return { report, unfinished: waited.unfinished, local: false, store: runStore };
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
    const { report, unfinished, local, store } = cloud ? await runOnBatch(ready, env, signal) : await runLocally(ready, env, signal);
    await publishFromInputs(report, unfinished, env, {
      store,
      submitted: !local,
      failOnMissByDefault: true,
      keepReportDir: local
    });
  });
}

// src/entrypoints/main.ts
run().catch(lastResort);
