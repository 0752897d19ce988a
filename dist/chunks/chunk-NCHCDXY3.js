import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  cancelRun
} from "./chunk-L6TZSNCT.js";
import {
  cancelSignal
} from "./chunk-FQ65RZ4F.js";
import {
  logProgress
} from "./chunk-VJQGRW5W.js";
import {
  collectRun
} from "./chunk-A2RG4BAH.js";
import {
  attachedExecutor,
  s3Run
} from "./chunk-YYUBYNOV.js";
import {
  durationInput,
  input,
  runAction
} from "./chunk-SBTHT7PX.js";
import {
  getState,
  info,
  notice,
  saveState,
  setOutput,
  warning
} from "./chunk-52F2NNLZ.js";
import {
  loadPrices
} from "./chunk-PB7EYQ6R.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/entrypoints/wait-action.ts
var DEFAULT_MAX_WAIT_S = 5.5 * 3600;
var MAX_WAIT_CAP_S = 5 * 3600 + 50 * 60;
var STATE = {
  runId: "run-id",
  store: "store",
  experiment: "experiment",
  settled: "settled"
};
async function waitForRun(runId, storeUrl, env, options) {
  saveState(STATE.runId, runId);
  saveState(STATE.store, storeUrl);
  if (options.experiment) saveState(STATE.experiment, options.experiment);
  const { clients, store } = s3Run(storeUrl, env, options.experiment);
  const manifest = await store.readManifest(runId);
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: attachedExecutor(clients, store, manifest, { deadlineMs: options.maxWaitS * 1e3 }),
      prices: await loadPrices(options.prices),
      progress: logProgress,
      now: Date.now,
      signal: options.signal
    },
    { wait: true }
  );
  if (options.signal.aborted) {
    await store.updateManifest(runId, { status: "cancelled", updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    return { status: "cancelled", unfinished: outcome.unfinished };
  }
  const status = outcome.unfinished > 0 ? "pending" : "complete";
  saveState(STATE.settled, "true");
  if (status === "pending")
    notice(
      `${outcome.unfinished} jobs of ${runId} still run after ${Math.round(options.maxWaitS / 60)} minutes; the scheduled collect workflow (collect-runs.yml) reports them when they finish.`,
      { title: "batchbench: run continues" }
    );
  return { status, unfinished: outcome.unfinished };
}
function maxWaitInput() {
  const seconds = durationInput("max-wait", DEFAULT_MAX_WAIT_S);
  if (seconds > MAX_WAIT_CAP_S) {
    warning(
      `max-wait ${Math.round(seconds / 60)}m does not fit in a GitHub-hosted job's 6 hours; waiting ${MAX_WAIT_CAP_S / 60}m`
    );
    return MAX_WAIT_CAP_S;
  }
  return seconds;
}
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
    const experiment = getState(STATE.experiment);
    const { clients, store } = s3Run(storeUrl, env, experiment || void 0);
    const manifest = await store.readManifest(runId);
    const { cancelled, terminated } = await cancelRun(runId, {
      store,
      canceller: attachedExecutor(clients, store, manifest),
      now: Date.now
    });
    info(
      `workflow cancelled: run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs`
    );
    setOutput("cancelled", String(cancelled + terminated));
  });
}

export {
  DEFAULT_MAX_WAIT_S,
  MAX_WAIT_CAP_S,
  STATE,
  waitForRun,
  maxWaitInput,
  run,
  post
};
