import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  publishArtifacts
} from "./chunk-4LGYVC65.js";
import {
  reportRun
} from "./chunk-RJGB3YDS.js";
import {
  publishRun
} from "./chunk-B54ZDRTI.js";
import {
  loadRun
} from "./chunk-ORBO64A7.js";
import {
  RunBusyError
} from "./chunk-OE34II5Z.js";

// src/app/run-lock.ts
var LOCK_RETRY_MS = 5e3;
async function takeRunLock(store, runId, options) {
  for (; ; ) {
    try {
      return await store.lock(runId);
    } catch (error) {
      if (!(error instanceof RunBusyError) || !options.patient || options.signal.aborted) throw error;
      await pause(options.retryMs ?? LOCK_RETRY_MS, options.signal);
    }
  }
}
function pause(ms, signal) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

// src/app/verify-origin.ts
function originProblem(origin, repository) {
  if (!repository) return "the collector does not know its own repository (GITHUB_REPOSITORY)";
  if (origin.repository !== repository)
    return `the run names repository ${JSON.stringify(origin.repository)}, not ${repository}`;
  const pr = origin.pullRequest;
  if (pr && !(Number.isSafeInteger(pr.number) && pr.number > 0))
    return "the run names no valid pull request number";
  if (origin.headSha !== void 0 && !/^[0-9a-f]{40}$/.test(origin.headSha))
    return "the run names no full commit SHA";
  if (!/^[^\p{Cc}]{1,255}$/u.test(origin.checkName)) return "the run names no valid check name";
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(origin.commentKey)) return "the run names no valid comment key";
  return void 0;
}

// src/app/collect-run.ts
async function collectRun(runId, deps, options) {
  const lock = await takeRunLock(deps.store, runId, { patient: options.wait, signal: deps.signal });
  try {
    const outcome = await collectHeld(runId, deps, options);
    await options.publish?.(outcome);
    return outcome;
  } finally {
    await lock.release();
  }
}
async function collectHeld(runId, deps, options) {
  const manifest = await deps.store.readManifest(runId);
  let collected = 0;
  const { unfinished } = await deps.collector.collect(manifest, {
    wait: options.wait,
    signal: deps.signal,
    onEvent: async (event) => {
      if (event.type === "job-started") return;
      await deps.store.appendRecord(runId, event.record);
      if (event.type === "job-finished") collected++;
    }
  });
  deps.progress.log(
    `collected ${collected} finished jobs of ${runId}${unfinished > 0 ? `; ${unfinished} still running` : ""}`
  );
  const updatedAt = new Date(deps.now()).toISOString();
  const settled = manifest.status !== "running" && collected === 0 && unfinished === 0;
  if (!settled && (unfinished > 0 || manifest.status === "cancelled")) {
    await deps.store.updateManifest(runId, { updatedAt });
  } else if (!settled) {
    await deps.store.updateManifest(runId, { status: "complete", updatedAt });
  }
  const report = reportRun(await loadRun(deps.store, runId), deps.prices);
  if (!settled && unfinished === 0 && manifest.status !== "cancelled" && report.run.status !== "complete") {
    await deps.store.updateManifest(runId, { status: report.run.status, updatedAt });
  }
  const artifacts = await publishArtifacts(deps.store, runId, report);
  return { runId, unfinished, report, artifacts };
}
async function publishCollected(outcome, deps) {
  const manifest = await deps.store.readManifest(outcome.runId);
  const refused = manifest.origin ? originProblem(manifest.origin, deps.repository) : void 0;
  if (refused) deps.log(`${outcome.runId} is not published to its pull request or commit: ${refused}`);
  const origin = refused ? void 0 : manifest.origin;
  const due = outcome.unfinished === 0 && origin !== void 0 && manifest.publishedAt === void 0 && manifest.status !== "cancelled";
  if (origin && manifest.publishedAt)
    deps.log(`${outcome.runId} was published at ${manifest.publishedAt}: not again`);
  const publication = await publishRun(
    {
      report: outcome.report,
      unfinished: outcome.unfinished,
      // Compared with its PR's base either way; a branch's latest only from its one publication.
      ...origin ? { origin: due ? origin : { ...origin, branch: void 0 } } : {},
      markPublished: due
    },
    {
      store: deps.store,
      ...deps.history ? { history: deps.history } : {},
      publisher: deps.publisherFor(due ? origin : void 0),
      log: deps.log,
      now: deps.now
    }
  );
  return { publication, published: due };
}

export {
  collectRun,
  publishCollected
};
