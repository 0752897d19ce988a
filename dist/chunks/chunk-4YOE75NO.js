import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  readEvent,
  repositoryOf
} from "./chunk-2SECIYKN.js";
import {
  input
} from "./chunk-SBTHT7PX.js";

// src/adapters/github/run-origin.ts
var NOT_A_BRANCH = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "merge_group"]);
async function workflowOrigin(env, run) {
  const repo = repositoryOf(env);
  if (!repo) return void 0;
  const event = await readEvent(env);
  const ref = env.GITHUB_REF ?? (typeof event.payload.ref === "string" ? event.payload.ref : "");
  const branch = !event.pullRequest && !NOT_A_BRANCH.has(event.name) && ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  const headSha = event.pullRequest?.headSha ?? env.GITHUB_SHA;
  return {
    repository: `${repo.owner}/${repo.repo}`,
    event: event.name,
    ...branch ? { branch } : {},
    ...event.pullRequest ? { pullRequest: { number: event.pullRequest.number, baseRef: event.pullRequest.baseRef } } : {},
    ...headSha ? { headSha } : {},
    ...run
  };
}

// src/entrypoints/report-inputs.ts
function checkNameInput(experiment) {
  return input("check-name") ?? `batchbench / ${experiment}`;
}

export {
  workflowOrigin,
  checkNameInput
};
