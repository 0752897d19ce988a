import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  stripControl
} from "./chunk-Y724BK2G.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/adapters/branch-segment.ts
function branchSegment(branch) {
  const segment = encodeURIComponent(branch);
  if (segment === "" || segment === "." || segment === "..")
    throw new Error(`not a branch name: ${JSON.stringify(branch)}`);
  return segment;
}
var BRANCH_REPORT = "latest-report.json";
var BRANCHES = "branches";

// src/adapters/run-holder.ts
import os from "node:os";
var STALE_AFTER_MS = 10 * 6e4;
var RENEW_MS = 6e4;
function thisHolder(now = Date.now()) {
  const command = process.argv.slice(1).map((a) => /[\s"']/.test(a) ? JSON.stringify(a) : a).join(" ");
  return {
    pid: process.pid,
    host: os.hostname(),
    since: new Date(now).toISOString(),
    command: command.length > 300 ? `${command.slice(0, 299)}\u2026` : command
  };
}
function holderGone(holder, renewedAt, now = Date.now()) {
  if (holder.host === os.hostname()) return !pidAlive(holder.pid);
  return now - renewedAt > STALE_AFTER_MS;
}
function pidAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function runBusy(runId, holder, where, release) {
  const clean = (s) => stripControl(String(s));
  return new UserError(
    `run ${runId} is being driven by another process: pid ${holder.pid} on ${clean(holder.host)}, since ${clean(holder.since)} (${clean(holder.command)}); its lock is ${where}`,
    {
      hint: `wait for that process to finish, or stop it (Ctrl-C) and run this again; if it is gone and ran on another host, the lock is taken over ${STALE_AFTER_MS / 6e4} minutes after its last renewal, or ${release} now`
    }
  );
}
function parseHolder(text) {
  try {
    const v = JSON.parse(text);
    if (typeof v.pid !== "number" || typeof v.host !== "string" || typeof v.token !== "string")
      return void 0;
    return {
      pid: v.pid,
      host: v.host,
      since: typeof v.since === "string" ? v.since : "an unknown time",
      command: typeof v.command === "string" ? v.command : "",
      token: v.token,
      ...typeof v.renewedAt === "string" ? { renewedAt: v.renewedAt } : {}
    };
  } catch {
    return void 0;
  }
}

export {
  branchSegment,
  BRANCH_REPORT,
  BRANCHES,
  RENEW_MS,
  thisHolder,
  holderGone,
  runBusy,
  parseHolder
};
