import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

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

export {
  makeRunId,
  runIdProblem
};
