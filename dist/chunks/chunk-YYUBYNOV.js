import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BatchExecutor,
  S3RunStore
} from "./chunk-6VWGFQPE.js";
import {
  createAwsClients
} from "./chunk-YV7HGY57.js";
import {
  info
} from "./chunk-52F2NNLZ.js";
import {
  validateExperimentText
} from "./chunk-OJYSATZJ.js";

// src/entrypoints/aws-wiring.ts
function s3Run(url, env, experiment) {
  const clients = createAwsClients({ env });
  const store = new S3RunStore(clients.s3, url, experiment ? { experiment } : {});
  return { clients, store };
}
function attachedExecutor(clients, store, manifest, extra = {}) {
  const experiment = validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  return new BatchExecutor({
    clients,
    store,
    plan: manifest.plan,
    ...experiment ? { experiment } : {},
    ...extra,
    log: (line) => info(line)
  });
}

export {
  s3Run,
  attachedExecutor
};
