import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  UsageError,
  single
} from "./chunk-DH4O3VIN.js";
import "./chunk-ZOLYW6JJ.js";
import "./chunk-27H7M3G6.js";
import "./chunk-CEQQMJ4M.js";
import "./chunk-WZLYGAHJ.js";
import "./chunk-76HS77CX.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-ZEPKX7LH.js";
import "./chunk-OC537YOA.js";
import "./chunk-TK2KBLDO.js";
import "./chunk-IUIKERM2.js";
import {
  BatchExecutor,
  S3RunStore
} from "./chunk-GPUWSTRX.js";
import "./chunk-67YVL64B.js";
import "./chunk-7BPCOSX3.js";
import {
  createAwsClients
} from "./chunk-JKTS2Z3B.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-S2V6XSF3.js";
import "./chunk-E24LLZCP.js";
import "./chunk-K3TBYX7Q.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-IHG27KF4.js";
import {
  validateExperimentText
} from "./chunk-VW7L6ZQL.js";
import "./chunk-KVZNUJPT.js";
import "./chunk-Q3NR4BZE.js";
import "./chunk-I3F55QQV.js";
import "./chunk-WZ3PWTB2.js";
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
