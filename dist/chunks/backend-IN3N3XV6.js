import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BatchExecutor
} from "./chunk-GRBA26DF.js";
import "./chunk-JVCWMAMM.js";
import "./chunk-JM6NC3UU.js";
import "./chunk-UXTHCZ3I.js";
import {
  createAwsClients
} from "./chunk-XXFM5XYT.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import {
  parseS3Url
} from "./chunk-CUX4I5XE.js";
import "./chunk-URRULC7X.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-TURXASHF.js";
import "./chunk-YE2ILN26.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/adapters/aws/batch/backend.ts
var createBatchBackend = (setup) => {
  if (!setup.resultsStore?.startsWith("s3://"))
    throw new UserError("an aws-batch run needs results.store (s3://bucket/prefix/) in the file", {
      hint: "add results.store: s3://bucket/prefix/ to the experiment file"
    });
  return new BatchExecutor({
    clients: createAwsClients({ region: setup.plan.jobs[0]?.compute.region, env: setup.env }),
    store: setup.store,
    results: parseS3Url(setup.resultsStore),
    plan: setup.plan,
    log: setup.log,
    ...setup.gitCommit ? { gitCommit: setup.gitCommit } : {},
    ...setup.deadlineMs !== void 0 ? { deadlineMs: setup.deadlineMs } : {},
    ...setup.maxActive !== void 0 ? { maxActive: setup.maxActive } : {},
    ...setup.maxVcpus !== void 0 ? { maxActiveVcpus: setup.maxVcpus } : {}
  });
};
export {
  createBatchBackend
};
