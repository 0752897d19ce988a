import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  runExperiment
} from "../chunks/chunk-ATBUVFZR.js";
import {
  failOnProblems,
  renderPlanMarkdown,
  validateFiles
} from "../chunks/chunk-B7FIYL2I.js";
import {
  submitExperiment
} from "../chunks/chunk-WTB7GMPP.js";
import "../chunks/chunk-BVHEPGBD.js";
import {
  checkNameInput,
  publishFromInputs
} from "../chunks/chunk-O4U564M3.js";
import "../chunks/chunk-K3VLYCBD.js";
import {
  hostOf,
  newRunId
} from "../chunks/chunk-FXVNFHIF.js";
import "../chunks/chunk-4G5XEVGU.js";
import "../chunks/chunk-2SECIYKN.js";
import "../chunks/chunk-V2EIBNTE.js";
import {
  appendSummary,
  setLargeOutput
} from "../chunks/chunk-BHI37NSG.js";
import {
  maxWaitInput,
  waitForRun
} from "../chunks/chunk-FFQUWNLU.js";
import "../chunks/chunk-L6TZSNCT.js";
import {
  cancelSignal
} from "../chunks/chunk-FQ65RZ4F.js";
import {
  logProgress
} from "../chunks/chunk-BCV2KSHC.js";
import "../chunks/chunk-WTBCTQ64.js";
import "../chunks/chunk-BV3CE2RM.js";
import "../chunks/chunk-HDPBCJAF.js";
import "../chunks/chunk-BX5RNA6X.js";
import "../chunks/chunk-IDKA6NIN.js";
import {
  backendForRun,
  planBackend
} from "../chunks/chunk-YQONJ5GW.js";
import "../chunks/chunk-J2JZPFJP.js";
import "../chunks/chunk-W7VCPOOQ.js";
import "../chunks/chunk-HJ7YDIEQ.js";
import "../chunks/chunk-QOQV3TKJ.js";
import "../chunks/chunk-CYWH7RLO.js";
import "../chunks/chunk-25XNE3DY.js";
import "../chunks/chunk-U5BFUXIM.js";
import "../chunks/chunk-KKLWWKTX.js";
import "../chunks/chunk-2EARJU2W.js";
import {
  expandPatterns
} from "../chunks/chunk-7ZIUSCDX.js";
import {
  readyExperiment
} from "../chunks/chunk-ROVEU3BJ.js";
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
import "../chunks/chunk-R5ILCIO6.js";
import "../chunks/chunk-K5SYIA6H.js";
import "../chunks/chunk-6ER6D733.js";
import "../chunks/chunk-IKVQ3UZE.js";
import "../chunks/chunk-ZJ7P47FN.js";
import "../chunks/chunk-V7QLYZ3C.js";
import "../chunks/chunk-YTWLBMZJ.js";
import "../chunks/chunk-DCM4P5SK.js";
import "../chunks/chunk-AESLYFF2.js";
import "../chunks/chunk-EAYGZ77P.js";
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
