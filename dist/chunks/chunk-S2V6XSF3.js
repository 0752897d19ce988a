import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/adapters/branch-segment.ts
function branchSegment(branch) {
  const segment = encodeURIComponent(branch);
  if (segment === "" || segment === "." || segment === "..")
    throw new Error(`not a branch name: ${JSON.stringify(branch)}`);
  return segment;
}
var BRANCH_REPORT = "latest-report.json";
var BRANCHES = "branches";

export {
  branchSegment,
  BRANCH_REPORT,
  BRANCHES
};
