import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  FsRunStore
} from "./chunk-OE34II5Z.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/compose/local.ts
import { randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/adapters/host-info.ts
import { execFile } from "node:child_process";
import os from "node:os";
async function hostInfo(cwd) {
  const cpus = os.cpus();
  const info = { host: os.hostname(), cpuCount: os.availableParallelism() };
  if (cpus[0]?.model) info.cpuModel = cpus[0].model.trim();
  const commit = await gitCommit(cwd);
  if (commit) info.gitCommit = commit;
  return info;
}
function gitCommit(cwd) {
  return new Promise((resolve) => {
    execFile("git", ["rev-parse", "HEAD"], { cwd, timeout: 5e3 }, (error, stdout) => {
      resolve(error ? void 0 : stdout.trim() || void 0);
    });
  });
}

// src/domain/plan/run-id.ts
function makeRunId(experiment, at, suffix) {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z").replace("T", "-");
  return `${experiment}-${stamp}-${suffix}`.replace(/[^A-Za-z0-9_-]/g, "-");
}
var RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
function runIdProblem(runId) {
  if (RUN_ID_PATTERN.test(runId)) return void 0;
  return runId.length > 64 ? `run-id is ${runId.length} characters long; at most 64` : `run-id "${runId.replace(/[^\x20-\x7e]/g, "?")}" may hold only letters, digits, "-" and "_", starting with a letter or digit`;
}

// src/compose/local.ts
function newRunId(experiment, now = Date.now()) {
  return makeRunId(experiment, new Date(now), randomBytes(2).toString("hex"));
}
async function hostOf(cwd, env) {
  const host = await hostInfo(cwd);
  return env.GITHUB_SHA ? { ...host, gitCommit: env.GITHUB_SHA } : host;
}
async function localRunAt(folder, named) {
  const manifest = await stat(path.join(folder, "manifest.json")).catch(() => void 0);
  if (!manifest?.isFile())
    throw new UserError(`${named} holds no batchbench run (no manifest.json)`, {
      hint: "give the folder batchbench run made, e.g. .batchbench/runs/<run id>"
    });
  const store = new FsRunStore(path.dirname(folder));
  const runId = path.basename(folder);
  return { store, runId, readSaved: savedReportIn(folder) };
}
function savedReportIn(folder) {
  return () => readFile(path.join(folder, "report.json"), "utf8").catch((error) => {
    if (error.code === "ENOENT") return void 0;
    throw error;
  });
}

export {
  runIdProblem,
  newRunId,
  hostOf,
  localRunAt,
  savedReportIn
};
