import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

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

// src/domain/results/latest-records.ts
function latestRecords(records) {
  const last = /* @__PURE__ */ new Map();
  for (const r of records) last.set(r.jobId, r);
  return [...last.values()];
}

export {
  latestRecords,
  hostInfo
};
