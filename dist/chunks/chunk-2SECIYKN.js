import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/adapters/github/event.ts
import { readFile } from "node:fs/promises";
async function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: {} };
  const payload = JSON.parse(await readFile(file, "utf8"));
  const pullRequest = pullRequestOf(payload);
  return { name, payload, ...pullRequest ? { pullRequest } : {} };
}
function pullRequestOf(payload) {
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== "number" || !pr.head?.sha || !pr.base?.sha) return void 0;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref ?? "",
    // A fork deleted since has no head repo: treat it as a fork.
    sameRepository: pr.head.repo?.full_name != null && pr.head.repo.full_name === pr.base.repo?.full_name
  };
}
function repositoryOf(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo ? { owner, repo } : void 0;
}
function pushedFiles(payload) {
  const commits = payload.commits;
  if (!Array.isArray(commits) || commits.length === 0 || commits.length >= 20) return void 0;
  if (payload.created === true || payload.forced === true) return void 0;
  const present = /* @__PURE__ */ new Set();
  for (const commit of commits) {
    const list = (v) => Array.isArray(v) ? v.filter((f) => typeof f === "string") : [];
    for (const f of [...list(commit.added), ...list(commit.modified)]) present.add(f);
    for (const f of list(commit.removed)) present.delete(f);
  }
  return [...present];
}

export {
  readEvent,
  repositoryOf,
  pushedFiles
};
