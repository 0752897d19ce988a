import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  runExperiment
} from "../chunks/chunk-MDV6QNUX.js";
import {
  failOnProblems,
  renderPlanMarkdown,
  validateFiles
} from "../chunks/chunk-3TAODULI.js";
import {
  submitExperiment
} from "../chunks/chunk-5JZKMBKA.js";
import "../chunks/chunk-YOQERSHG.js";
import {
  checkNameInput,
  publishFromInputs
} from "../chunks/chunk-PPI4OVKI.js";
import "../chunks/chunk-WUQSTSGD.js";
import {
  hostOf,
  newRunId
} from "../chunks/chunk-A4MTJOLX.js";
import "../chunks/chunk-BXX3FDER.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-G6E6OGVB.js";
import {
  appendSummary,
  setLargeOutput
} from "../chunks/chunk-BHI37NSG.js";
import {
  maxWaitInput,
  waitForRun
} from "../chunks/chunk-CNCVAXJ7.js";
import "../chunks/chunk-L6TZSNCT.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  logProgress
} from "../chunks/chunk-5PJJW5XX.js";
import "../chunks/chunk-SX6WXSDP.js";
import "../chunks/chunk-4LGYVC65.js";
import "../chunks/chunk-RJGB3YDS.js";
import "../chunks/chunk-2PSV7WMM.js";
import "../chunks/chunk-K2FX43V4.js";
import {
  backendForRun,
  planBackend
} from "../chunks/chunk-HADUC3NH.js";
import "../chunks/chunk-B54ZDRTI.js";
import "../chunks/chunk-ARO3GKVQ.js";
import "../chunks/chunk-VIHL2KRB.js";
import "../chunks/chunk-ORBO64A7.js";
import "../chunks/chunk-ET2Z5CFO.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-XQA4ZAUC.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  expandPatterns
} from "../chunks/chunk-7ZIUSCDX.js";
import {
  readyExperiment
} from "../chunks/chunk-6C43HDNZ.js";
import "../chunks/chunk-5QAU4Q5S.js";
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
  info,
  setOutput
} from "../chunks/chunk-52F2NNLZ.js";
import "../chunks/chunk-NZPLPDYM.js";
import "../chunks/chunk-CWFLCHSU.js";
import "../chunks/chunk-T4VO73CT.js";
import "../chunks/chunk-YYVGTQZX.js";
import "../chunks/chunk-A44LHXHL.js";
import "../chunks/chunk-SIQR2AZH.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-7LCVCKSI.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-OE34II5Z.js";
import "../chunks/chunk-ADRHWOWG.js";
import {
  UserError
} from "../chunks/chunk-NUCGBEER.js";
import "../chunks/chunk-YOF47TSW.js";

// src/entrypoints/run-steps.ts
import os from "node:os";
import path from "node:path";
async function runInStep(ready, env, signal) {
  const cwd = workspace(env);
  const runsDir = path.join(env.RUNNER_TEMP ?? cwd, "batchbench-runs");
  const runId = newRunId(ready.experiment.name);
  const host = await hostOf(cwd, env);
  const { store, backend } = await backendForRun({
    experiment: ready.experiment,
    plan: ready.plan,
    runId,
    runsDir,
    cwd,
    concurrency: os.availableParallelism(),
    ...host.gitCommit ? { gitCommit: host.gitCommit } : {},
    env,
    log: (line) => info(line)
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
    { store, executor: backend, progress: logProgress, prices: ready.prices, host, now: Date.now }
  );
  setOutput("report-dir", path.join(runsDir, runId));
  setOutput("run-id", runId);
  return { report: outcome.report, unfinished: 0, local: true, store };
}
async function submitAndWait(ready, env, signal) {
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
    const where = planBackend(ready.plan);
    if (where.notInActions)
      throw new UserError(`${ready.file}: this action does not run ${where.name} experiments`, {
        hint: where.notInActions
      });
    const signal = cancelSignal();
    const driven = where.store === "s3" ? await submitAndWait(ready, env, signal) : await runInStep(ready, env, signal);
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
