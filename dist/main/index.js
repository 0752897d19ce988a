import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  runExperiment
} from "../chunks/chunk-UKPZDAF4.js";
import {
  failOnProblems,
  renderPlanMarkdown,
  validateFiles
} from "../chunks/chunk-7NPDTC7B.js";
import {
  submitExperiment
} from "../chunks/chunk-H55LMTFG.js";
import "../chunks/chunk-ZNEPEOYU.js";
import {
  checkNameInput,
  publishFromInputs
} from "../chunks/chunk-7P4R435H.js";
import "../chunks/chunk-K3VLYCBD.js";
import "../chunks/chunk-5MMT7SGS.js";
import {
  hostOf,
  localBackend,
  newRunId
} from "../chunks/chunk-LAFSIZBA.js";
import "../chunks/chunk-YLHD6BRE.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import {
  appendSummary,
  setLargeOutput
} from "../chunks/chunk-BHI37NSG.js";
import {
  maxWaitInput,
  waitForRun
} from "../chunks/chunk-OEHDALZA.js";
import "../chunks/chunk-L6TZSNCT.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  logProgress
} from "../chunks/chunk-VJQGRW5W.js";
import "../chunks/chunk-WJHND6VH.js";
import "../chunks/chunk-JHGNTOCR.js";
import "../chunks/chunk-XCJX3GXI.js";
import "../chunks/chunk-YBY2GSWG.js";
import "../chunks/chunk-EURCCZ4I.js";
import "../chunks/chunk-WCTRUXUB.js";
import "../chunks/chunk-LBKWMMWJ.js";
import "../chunks/chunk-LFSJYIA5.js";
import "../chunks/chunk-Z23CAIU4.js";
import "../chunks/chunk-LIEUDKFO.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  expandPatterns
} from "../chunks/chunk-7ZIUSCDX.js";
import {
  readyExperiment
} from "../chunks/chunk-T7SMFRXQ.js";
import {
  backendOf
} from "../chunks/chunk-ESZEKXR4.js";
import "../chunks/chunk-FJOKTBGJ.js";
import "../chunks/chunk-5QAU4Q5S.js";
import "../chunks/chunk-OUBHICKN.js";
import {
  booleanInput,
  input,
  lastResort,
  listInput,
  positiveIntInput,
  runAction,
  workspace
} from "../chunks/chunk-UZCDPZT5.js";
import {
  setOutput
} from "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-X4MOQ6EC.js";
import "../chunks/chunk-VV4HZU6K.js";
import "../chunks/chunk-COL6PGIB.js";
import "../chunks/chunk-YYREWPTX.js";
import "../chunks/chunk-PNPXLL7V.js";
import "../chunks/chunk-7ARILE3U.js";
import "../chunks/chunk-SAVLUPNP.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-2C3IZI2I.js";
import "../chunks/chunk-ADRHWOWG.js";
import {
  UserError
} from "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/run-steps.ts
import os from "node:os";
import path from "node:path";
async function runLocally(ready, env, signal) {
  const cwd = workspace(env);
  const runsDir = path.join(env.RUNNER_TEMP ?? cwd, "batchbench-runs");
  const runId = newRunId(ready.experiment.name);
  const host = await hostOf(cwd, env);
  const { store, executor } = localBackend({
    experiment: ready.experiment,
    plan: ready.plan,
    runId,
    runsDir,
    cwd,
    concurrency: os.availableParallelism()
  });
  const outcome = await runExperiment(
    {
      runId,
      experiment: ready.experiment,
      source: ready.source,
      plan: ready.plan,
      resume: false,
      signal,
      variants: ready.variants
    },
    { store, executor, progress: logProgress, prices: ready.prices, host, now: Date.now }
  );
  setOutput("report-dir", path.join(runsDir, runId));
  setOutput("run-id", runId);
  return { report: outcome.report, unfinished: 0, local: true, store };
}
async function runOnBatch(ready, env, signal) {
  const imageUri = input("image-uri");
  const store = input("store");
  const prices = input("prices");
  const submitted = await submitExperiment(ready, env, {
    ...imageUri ? { imageUri } : {},
    ...store ? { store } : {},
    checkName: checkNameInput(ready.experiment.name)
  });
  const waited = await waitForRun(submitted.runId, submitted.storeUrl, env, {
    maxWaitS: maxWaitInput(),
    experiment: ready.experiment.name,
    validated: ready.experiment,
    signal,
    ...prices ? { prices } : {}
  });
  setOutput("status", waited.status);
  return { report: waited.outcome.report, unfinished: waited.unfinished, local: false, store: waited.store };
}

// src/entrypoints/main-action.ts
async function run(env = process.env) {
  await runAction("action", async () => {
    const command = input("command") ?? "run";
    const repeats = positiveIntInput("repeats");
    const prices = input("prices");
    const options = { ...repeats ? { repeats } : {}, ...prices ? { prices } : {} };
    if (command === "validate") {
      const files = await expandPatterns(listInput("experiment"), workspace(env));
      if (files.length === 0) throw new UserError("experiment names no file");
      failOnProblems(
        await validateFiles(files, { cwd: workspace(env), ...options }),
        () => "the experiment files"
      );
      return;
    }
    if (command !== "plan" && command !== "run")
      throw new UserError(`command must be validate, plan or run, not '${command}'`);
    const file = input("experiment", { required: true });
    const backend = input("backend") ?? "auto";
    if (backend !== "auto" && backend !== "local")
      throw new UserError(`backend takes auto (what the file says) or local, not '${backend}'`);
    const ready = await readyExperiment(file, env, { ...options, forceLocal: backend === "local" });
    setLargeOutput("plan", JSON.stringify(ready.plan), {
      smaller: () => JSON.stringify({ ...ready.plan, jobs: void 0 })
    });
    if (command === "plan" || booleanInput("dry-run", false)) {
      await appendSummary([{ title: "the plan", markdown: renderPlanMarkdown(ready.plan) }], {
        rest: "The whole plan is in the file the `plan-file` output names."
      });
      return;
    }
    const where = backendOf(ready.plan);
    if (where === "slurm" || where === "mixed")
      throw new UserError(
        `${ready.file}: this action runs local and aws-batch experiments, not ${where} ones`,
        {
          hint: "run a slurm experiment with npx batchbench run FILE on a self-hosted runner on the login node: docs/slurm.md shows the workflow"
        }
      );
    const signal = cancelSignal();
    const driven = where === "local" ? await runLocally(ready, env, signal) : await runOnBatch(ready, env, signal);
    await publishFromInputs(driven.report, driven.unfinished, env, {
      store: driven.store,
      submitted: !driven.local,
      failOnMissByDefault: true,
      keepReportDir: driven.local
    });
  });
}

// src/entrypoints/main.ts
run().catch(lastResort);
