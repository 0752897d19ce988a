import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  runExperiment
} from "../chunks/chunk-K4FQQ4UV.js";
import {
  failOnProblems,
  renderPlanMarkdown,
  validateFiles
} from "../chunks/chunk-V7RTMFEE.js";
import {
  submitExperiment
} from "../chunks/chunk-Q4FHIF5H.js";
import "../chunks/chunk-ZNEPEOYU.js";
import {
  checkNameInput,
  publishFromInputs
} from "../chunks/chunk-WX7OHU6N.js";
import "../chunks/chunk-K3VLYCBD.js";
import "../chunks/chunk-EOZGV6HD.js";
import {
  hostOf,
  newRunId
} from "../chunks/chunk-E5M6R44R.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import {
  appendSummary,
  setLargeOutput
} from "../chunks/chunk-BHI37NSG.js";
import {
  maxWaitInput,
  waitForRun
} from "../chunks/chunk-WB4C2XEJ.js";
import "../chunks/chunk-L6TZSNCT.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  logProgress
} from "../chunks/chunk-XZQPXDBZ.js";
import "../chunks/chunk-X5PGP75U.js";
import "../chunks/chunk-GWTBGHPU.js";
import "../chunks/chunk-TTX4D52R.js";
import "../chunks/chunk-FKYZEJCT.js";
import "../chunks/chunk-NWCAJ27L.js";
import {
  backendForRun,
  planBackend
} from "../chunks/chunk-WTIJKFMC.js";
import "../chunks/chunk-ADQ474VJ.js";
import "../chunks/chunk-QZFFTLUR.js";
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
} from "../chunks/chunk-WCD2IQWW.js";
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
import "../chunks/chunk-3LDRGTA6.js";
import "../chunks/chunk-5EQRWFSI.js";
import "../chunks/chunk-A2HJHLCE.js";
import "../chunks/chunk-TURXASHF.js";
import "../chunks/chunk-LDKJN5PS.js";
import "../chunks/chunk-A24N76KN.js";
import "../chunks/chunk-ADWLS3GG.js";
import "../chunks/chunk-LSSG4IQX.js";
import "../chunks/chunk-YE2ILN26.js";
import "../chunks/chunk-K2I2ADHN.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-4TPWJTDO.js";
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
