import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  single,
  usageError
} from "./chunk-TV3ET2OK.js";
import {
  BatchExecutor,
  S3RunStore
} from "./chunk-6VWGFQPE.js";
import {
  createAwsClients
} from "./chunk-YV7HGY57.js";
import "./chunk-3U5GN7DB.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-7BPCOSX3.js";
import "./chunk-CUX4I5XE.js";
import "./chunk-3HLB67IX.js";
import "./chunk-Y724BK2G.js";
import "./chunk-Q3DG3QJW.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import {
  validateExperimentText
} from "./chunk-OJYSATZJ.js";
import "./chunk-OLLFCHB7.js";
import "./chunk-I6QNDUNP.js";
import "./chunk-WZ3PWTB2.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/aws-backend.ts
function awsBatch(experiment, plan, options, io, gitCommit) {
  if (!experiment.results.store)
    throw usageError("run", "an aws-batch run needs results.store (s3://bucket/prefix/) in the file");
  const clients = createAwsClients({ region: plan.jobs[0]?.compute.region, env: io.env });
  const store = new S3RunStore(clients.s3, experiment.results.store, { experiment: experiment.name });
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    experiment,
    ...options.imageUri ? { imageUri: options.imageUri } : {},
    ...gitCommit ? { gitCommit } : {},
    log: (line) => io.stderr.write(`${escapeTerminal(line)}
`)
  });
  return { clients, store, executor };
}
async function storedRun(args, storeUrl, io, command) {
  const runId = single(args, command, "run id");
  const url = storeUrl ?? io.env.BATCHBENCH_STORE;
  if (!url)
    throw usageError(command, `${command} needs --store s3://bucket/prefix/ (the file's results.store)`);
  const clients = createAwsClients({ env: io.env });
  const store = new S3RunStore(clients.s3, url);
  const manifest = await store.readManifest(runId);
  const experiment = validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  const executor = new BatchExecutor({
    clients,
    store,
    plan: manifest.plan,
    ...experiment ? { experiment } : {},
    log: (line) => io.stderr.write(`${escapeTerminal(line)}
`)
  });
  return { runId, store, executor };
}
export {
  awsBatch,
  storedRun
};
