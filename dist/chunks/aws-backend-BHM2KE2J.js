import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  S3HistoryStore,
  campaignBatchPlan,
  windowJobs
} from "./chunk-YDKR764V.js";
import {
  UsageError,
  single
} from "./chunk-VHJEUETF.js";
import "./chunk-NOICZ6FP.js";
import "./chunk-DXYJLEUY.js";
import "./chunk-76HS77CX.js";
import "./chunk-UV5OW47J.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-LVSQBUYB.js";
import "./chunk-TKTVF22X.js";
import {
  BatchExecutor,
  S3Io,
  S3RunStore,
  retryPolicy
} from "./chunk-FWTET5YP.js";
import {
  createAwsClients
} from "./chunk-5JRRB24Q.js";
import "./chunk-NMOG2FNL.js";
import "./chunk-NHFBFGQW.js";
import "./chunk-D5FG67Y2.js";
import {
  validateExperimentText
} from "./chunk-5KN5MX2P.js";
import "./chunk-XDJRVNJT.js";
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
async function awsCampaign(args, io, options = {}) {
  const c = args.campaign;
  if (!c.results.store.startsWith("s3://"))
    throw new UsageError(
      `a campaign on aws-batch needs results.store s3://bucket/prefix/, not ${c.results.store}`
    );
  const clients = options.clients ?? createAwsClients({ region: c.region, env: io.env });
  const store = new S3RunStore(clients.s3, c.results.store, { experiment: c.name });
  const { experiment, plan } = campaignBatchPlan(
    c,
    args.plan,
    windowJobs(args.plan, args.day, args.window),
    args.batch
  );
  const now = (/* @__PURE__ */ new Date()).toISOString();
  await store.create({
    runId: args.runId,
    experiment: c.name,
    experimentFile: c.file,
    experimentSource: "",
    backend: "aws-batch",
    createdAt: now,
    updatedAt: now,
    status: "running",
    plan
  });
  const log = (line) => io.stderr.write(`${line}
`);
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    experiment,
    ...args.imageUri ? { imageUri: args.imageUri } : {},
    ...options.poll ? { poll: options.poll } : {},
    log
  });
  const { bucket, prefix } = store.location;
  const history = new S3HistoryStore(new S3Io(clients.s3, bucket, retryPolicy()), prefix);
  return { clients, store, executor, history };
}
export {
  awsBatch,
  awsCampaign,
  storedRun
};
