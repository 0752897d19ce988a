import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  cancelRun
} from "./chunk-L6TZSNCT.js";
import {
  collectStoredRun
} from "./chunk-5PJJW5XX.js";
import {
  attachRun
} from "./chunk-HADUC3NH.js";
import {
  durationInput,
  workspace
} from "./chunk-UZCDPZT5.js";
import {
  info,
  notice,
  saveState,
  warning
} from "./chunk-52F2NNLZ.js";

// src/entrypoints/wait-step.ts
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
  const { outcome, store } = await collectStoredRun(
    {
      storeUrl,
      runId,
      ...options.experiment ? { experiment: options.experiment } : {},
      ...options.validated ? { validated: options.validated } : {},
      deadlineMs: options.maxWaitS * 1e3,
      cwd: workspace(env),
      env
    },
    { prices: options.prices, signal: options.signal, wait: true }
  );
  if (options.signal.aborted) {
    await store.updateManifest(runId, { status: "cancelled", updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    return { status: "cancelled", unfinished: outcome.unfinished, outcome, store };
  }
  const status = outcome.unfinished > 0 ? "pending" : "complete";
  saveState(STATE.settled, "true");
  if (status === "pending")
    notice(
      `${outcome.unfinished} jobs of ${runId} still run after ${Math.round(options.maxWaitS / 60)} minutes; the scheduled collect workflow (collect-runs.yml) reports them when they finish.`,
      { title: "batchbench: run continues" }
    );
  return { status, unfinished: outcome.unfinished, outcome, store };
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
async function stopWaitedRun(runId, storeUrl, env, experiment) {
  const { store, backend } = await attachRun({
    storeUrl,
    runId,
    ...experiment ? { experiment } : {},
    cwd: workspace(env),
    env,
    log: (line) => info(line)
  });
  return cancelRun(runId, { store, canceller: backend, now: Date.now });
}

export {
  STATE,
  waitForRun,
  maxWaitInput,
  stopWaitedRun
};
