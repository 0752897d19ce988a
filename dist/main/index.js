import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  runExperiment
} from "../chunks/chunk-PYNU2OZ2.js";
import {
  LocalExecutor
} from "../chunks/chunk-5UOSYN45.js";
import {
  renderPlanMarkdown,
  validateFiles
} from "../chunks/chunk-WBAM6GMU.js";
import {
  publishFromInputs
} from "../chunks/chunk-QHDWYDBI.js";
import {
  FsRunStore
} from "../chunks/chunk-JHP2DB3R.js";
import "../chunks/chunk-MRBCJ4AK.js";
import "../chunks/chunk-GHWBOHN2.js";
import {
  appendSummary,
  setLargeOutput
} from "../chunks/chunk-VEK72RYT.js";
import {
  hostInfo
} from "../chunks/chunk-76HS77CX.js";
import {
  makeRunId
} from "../chunks/chunk-NSSXCZ5B.js";
import {
  checkNameInput
} from "../chunks/chunk-4YOE75NO.js";
import "../chunks/chunk-2SECIYKN.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  logProgress
} from "../chunks/chunk-VJQGRW5W.js";
import "../chunks/chunk-A2RG4BAH.js";
import "../chunks/chunk-IFPPOJDU.js";
import {
  reportRun
} from "../chunks/chunk-6SKZGS4Z.js";
import "../chunks/chunk-MPHH7IPH.js";
import {
  costVariants
} from "../chunks/chunk-IQJJB7MW.js";
import "../chunks/chunk-5QKW43MP.js";
import "../chunks/chunk-L5FQZOZG.js";
import "../chunks/chunk-3HLB67IX.js";
import "../chunks/chunk-Y724BK2G.js";
import {
  expandPatterns
} from "../chunks/chunk-7ZIUSCDX.js";
import {
  readyExperiment
} from "../chunks/chunk-UC3SPIFM.js";
import {
  hasErrors
} from "../chunks/chunk-PKJW5265.js";
import "../chunks/chunk-WZSUM6WQ.js";
import {
  booleanInput,
  input,
  lastResort,
  listInput,
  positiveIntInput,
  runAction,
  workspace
} from "../chunks/chunk-SBTHT7PX.js";
import "../chunks/chunk-T63UHARV.js";
import {
  setOutput
} from "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-JFB5LMO7.js";
import "../chunks/chunk-OJYSATZJ.js";
import "../chunks/chunk-OLLFCHB7.js";
import "../chunks/chunk-MFOOFAZB.js";
import {
  loadPrices
} from "../chunks/chunk-PB7EYQ6R.js";
import "../chunks/chunk-ZGWMIHYT.js";
import "../chunks/chunk-I6QNDUNP.js";
import "../chunks/chunk-WZ3PWTB2.js";
import "../chunks/chunk-ADRHWOWG.js";
import {
  UserError
} from "../chunks/chunk-NUCGBEER.js";
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
        exclusiveGroups: ready.experiment.analysis.speedup !== void 0,
        plan: ready.plan
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
  const { submitExperiment } = await import("../chunks/submit-action-I4HIKEYR.js");
  const { maxWaitInput, waitForRun } = await import("../chunks/wait-action-44KUHAFA.js");
  const { s3Run } = await import("../chunks/aws-wiring-77NDK2M2.js");
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
      if (files.length === 0) throw new UserError("experiment names no file");
      const results = await validateFiles(files, { cwd: workspace(env), ...options });
      const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === "error").length;
      if (results.some((r) => hasErrors(r.problems)))
        throw new UserError(`${errors} problem${errors === 1 ? "" : "s"} in the experiment files`);
      return;
    }
    if (command !== "plan" && command !== "run")
      throw new UserError(`command must be validate, plan or run, not '${command}'`);
    const file = input("experiment", { required: true });
    const ready = await readyExperiment(file, env, options);
    setLargeOutput("plan", JSON.stringify(ready.plan), {
      smaller: () => JSON.stringify({ ...ready.plan, jobs: void 0 })
    });
    if (command === "plan" || booleanInput("dry-run", false)) {
      await appendSummary([{ title: "the plan", markdown: renderPlanMarkdown(ready.plan) }], {
        rest: "The whole plan is in the file the `plan-file` output names."
      });
      return;
    }
    const backend = input("backend") ?? "auto";
    if (backend !== "auto" && backend !== "local")
      throw new UserError(`backend takes auto (what the file says) or local, not '${backend}'`);
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
