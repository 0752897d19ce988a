import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BatchExecutor,
  S3RunStore
} from "./chunk-4VMSFYRM.js";
import {
  parseS3Url
} from "./chunk-CUX4I5XE.js";
import {
  createAwsClients
} from "./chunk-XXFM5XYT.js";
import {
  S3Io
} from "./chunk-3U5GN7DB.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import {
  retryPolicy
} from "./chunk-7BPCOSX3.js";
import "./chunk-5MMT7SGS.js";
import "./chunk-Z23CAIU4.js";
import "./chunk-URRULC7X.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-OUBHICKN.js";
import {
  validateExperimentText,
  withImage,
  withTemplates
} from "./chunk-VV4HZU6K.js";
import "./chunk-SAVLUPNP.js";
import "./chunk-AESLYFF2.js";
import "./chunk-2C3IZI2I.js";
import "./chunk-ADRHWOWG.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/compose/aws.ts
function s3Store(url, env, experiment, region) {
  const clients = createAwsClients({ env, ...region ? { region } : {} });
  const store = new S3RunStore(clients.s3, url, experiment ? { experiment } : {});
  return { clients, store };
}
function batchBackend(s) {
  const storeUrl = s.storeUrl ?? s.experiment.results.store;
  if (!storeUrl)
    throw new UserError(`${s.experiment.file}: an aws-batch run needs results.store (s3://bucket/prefix/)`, {
      file: s.experiment.file,
      hint: "add results.store to the file (or give the store input of the action)"
    });
  const { clients, store } = s3Store(storeUrl, s.env, s.experiment.name, s.plan.jobs[0]?.compute.region);
  const plan = withImage(s.plan, s.imageUri);
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    results: store.location,
    ...s.gitCommit ? { gitCommit: s.gitCommit } : {},
    ...s.deadlineMs !== void 0 ? { deadlineMs: s.deadlineMs } : {},
    ...s.experiment.budget.maxVcpus !== void 0 ? { maxActiveVcpus: s.experiment.budget.maxVcpus } : {},
    log: s.log
  });
  return { clients, store, executor, storeUrl, plan };
}
async function attachStoredRun(s) {
  const { clients, store } = s3Store(s.storeUrl, s.env, s.experiment);
  const manifest = await store.readManifest(s.runId);
  const experiment = s.validated ?? validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  const executor = new BatchExecutor({
    clients,
    store,
    // A run stored before plans carried their stages gets them from the file it was stored with.
    plan: withTemplates(manifest.plan, experiment),
    results: store.location,
    ...s.deadlineMs !== void 0 ? { deadlineMs: s.deadlineMs } : {},
    log: s.log
  });
  return { store, executor, manifest };
}
async function readS3Text(url, env) {
  const { bucket, prefix } = parseS3Url(url.endsWith("/") ? url : `${url}/`);
  const s3 = createAwsClients({ env }).s3;
  try {
    return await new S3Io(s3, bucket, retryPolicy()).get(prefix.replace(/\/$/, ""));
  } finally {
    s3.destroy();
  }
}
export {
  attachStoredRun,
  batchBackend,
  readS3Text,
  s3Store
};
