import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/results/latest-records.ts
function latestRecords(records) {
  const last = /* @__PURE__ */ new Map();
  for (const r of records) last.set(r.jobId, r);
  return [...last.values()];
}

export {
  latestRecords
};
