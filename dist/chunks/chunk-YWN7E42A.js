import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  STATE,
  maxWaitInput,
  stopWaitedRun,
  waitForRun
} from "./chunk-CNCVAXJ7.js";
import {
  cancelSignal
} from "./chunk-FQ65RZ4F.js";
import {
  input,
  runAction
} from "./chunk-UZCDPZT5.js";
import {
  getState,
  info,
  setOutput
} from "./chunk-52F2NNLZ.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/entrypoints/wait-action.ts
async function run(env = process.env) {
  await runAction("wait", async () => {
    const runId = input("run-id", { required: true });
    const storeUrl = input("store", { required: true });
    if (!storeUrl.startsWith("s3://"))
      throw new UserError(`store must be s3://bucket/prefix/, not '${storeUrl}'`);
    const experiment = input("experiment");
    const prices = input("prices");
    const result = await waitForRun(runId, storeUrl, env, {
      maxWaitS: maxWaitInput(),
      signal: cancelSignal(),
      ...experiment ? { experiment } : {},
      ...prices ? { prices } : {}
    });
    setOutput("status", result.status);
    setOutput("unfinished", String(result.unfinished));
    if (result.status === "cancelled")
      throw new UserError(`the workflow was cancelled: the jobs of run ${runId} were stopped`);
  });
}
async function post(env = process.env) {
  await runAction("wait (post)", async () => {
    const runId = getState(STATE.runId);
    const storeUrl = getState(STATE.store);
    if (!runId || !storeUrl) {
      info("no run was being waited for: nothing to stop");
      return;
    }
    if (getState(STATE.settled) === "true") {
      info(`run ${runId} was settled before the cancel: nothing to stop`);
      return;
    }
    const experiment = getState(STATE.experiment) || void 0;
    const { cancelled, terminated } = await stopWaitedRun(runId, storeUrl, env, experiment);
    info(
      `workflow cancelled: run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs`
    );
    setOutput("cancelled", String(cancelled + terminated));
  });
}

export {
  run,
  post
};
