import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  S3HistoryStore,
  campaignBatchPlan,
  windowJobs
} from "./chunk-J46JVCXT.js";
import {
  BatchExecutor,
  S3RunStore
} from "./chunk-6VWGFQPE.js";
import {
  createAwsClients
} from "./chunk-YV7HGY57.js";
import {
  S3Io
} from "./chunk-3U5GN7DB.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import {
  retryPolicy
} from "./chunk-7BPCOSX3.js";
import "./chunk-CUX4I5XE.js";
import "./chunk-3HLB67IX.js";
import "./chunk-Y724BK2G.js";
import "./chunk-Q3DG3QJW.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-T63UHARV.js";
import "./chunk-OLLFCHB7.js";
import "./chunk-ZGWMIHYT.js";
import "./chunk-WZ3PWTB2.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/entrypoints/aws-campaign.ts
async function awsCampaign(args, io, options = {}) {
  const c = args.campaign;
  if (!c.results.store.startsWith("s3://"))
    throw new UserError(
      `${c.file}: a campaign on aws-batch keeps its runs and history in results.store, which must be s3://bucket/prefix/, not ${c.results.store}`
    );
  const clients = options.clients ?? createAwsClients({ region: c.region, env: io.env });
  const store = new S3RunStore(clients.s3, c.results.store, { experiment: c.name });
  const { experiment, plan } = campaignBatchPlan(
    c,
    args.plan,
    windowJobs(args.plan, args.day, args.window),
    args.batch
  );
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    experiment,
    maxActive: c.schedule.maxConcurrent,
    ...args.imageUri ? { imageUri: args.imageUri } : {},
    ...options.poll ? { poll: options.poll } : {},
    log: (line) => io.stderr.write(`${line}
`)
  });
  const { bucket, prefix } = store.location;
  const objects = new S3Io(clients.s3, bucket, retryPolicy());
  const runs = {
    open: async (runId) => {
      if (!await objects.exists(`${await store.runBase(runId)}manifest.json`)) {
        const now = (/* @__PURE__ */ new Date()).toISOString();
        await store.create({
          runId,
          experiment: c.name,
          experimentFile: c.file,
          experimentSource: "",
          backend: "aws-batch",
          createdAt: now,
          updatedAt: now,
          status: "running",
          plan
        });
        return [];
      }
      const manifest = await store.readManifest(runId);
      const ids = (p) => p.jobs.map((j) => j.id).join("\n");
      if (ids(manifest.plan) !== ids(plan))
        throw new Error(`run ${runId} in ${c.results.store} holds other jobs than this window's`);
      await store.updateManifest(runId, { status: "running", updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
      return store.readRecords(runId);
    },
    finished: (runId, record) => store.appendRecord(runId, record),
    close: (runId, status) => store.updateManifest(runId, { status, updatedAt: (/* @__PURE__ */ new Date()).toISOString() })
  };
  const history = new S3HistoryStore(objects, prefix);
  return { clients, store, executor, history, runs };
}
export {
  awsCampaign
};
