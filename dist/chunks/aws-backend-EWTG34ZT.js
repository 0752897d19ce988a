import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BatchExecutor,
  S3RunStore
} from "./chunk-2JA4H5LY.js";
import {
  createAwsClients
} from "./chunk-JLVEN56C.js";
import "./chunk-X6OZTA5U.js";
import "./chunk-XDJRVNJT.js";
import "./chunk-NHFBFGQW.js";
import {
  UsageError,
  single
} from "./chunk-JKRYXKPI.js";
import "./chunk-7QEJ5MJ2.js";
import "./chunk-DXYJLEUY.js";
import "./chunk-76HS77CX.js";
import "./chunk-45PLV44V.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-2UUQLKCD.js";
import "./chunk-TKTVF22X.js";
import "./chunk-62QDW55C.js";
import {
  validateExperimentText
} from "./chunk-HFO7UFCX.js";
import "./chunk-YOF47TSW.js";

// src/cli/aws-backend.ts
function awsBatch(experiment, plan, values, io, gitCommit) {
  if (!experiment.results.store)
    throw new UsageError("an aws-batch run needs results.store (s3://bucket/prefix/) in the file");
  const clients = createAwsClients({ region: plan.jobs[0]?.compute.region, env: io.env });
  const store = new S3RunStore(clients.s3, experiment.results.store, { experiment: experiment.name });
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    experiment,
    ...values["image-uri"] ? { imageUri: values["image-uri"] } : {},
    ...gitCommit ? { gitCommit } : {},
    log: (line) => io.stderr.write(`${line}
`)
  });
  return { clients, store, executor };
}
async function storedRun(args, values, io, command) {
  const runId = single(args, command);
  const url = values.store ?? io.env.BATCHBENCH_STORE;
  if (!url) throw new UsageError(`${command} needs --store s3://bucket/prefix/ (the file's results.store)`);
  const clients = createAwsClients({ env: io.env });
  const store = new S3RunStore(clients.s3, url);
  const manifest = await store.readManifest(runId);
  const experiment = validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  const executor = new BatchExecutor({
    clients,
    store,
    plan: manifest.plan,
    ...experiment ? { experiment } : {},
    log: (line) => io.stderr.write(`${line}
`)
  });
  return { runId, store, executor };
}
export {
  awsBatch,
  storedRun
};
