import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BatchExecutor
} from "./chunk-GRBA26DF.js";
import {
  S3RunStore
} from "./chunk-T4VDKB4P.js";
import {
  S3Io
} from "./chunk-JVCWMAMM.js";
import {
  retryPolicy
} from "./chunk-JM6NC3UU.js";
import "./chunk-UXTHCZ3I.js";
import {
  campaignBatchPlan,
  windowJobs
} from "./chunk-TMQPOVD4.js";
import {
  S3HistoryStore
} from "./chunk-4HCMMCSB.js";
import {
  createAwsClients
} from "./chunk-XXFM5XYT.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-CUX4I5XE.js";
import "./chunk-EOZGV6HD.js";
import {
  RUN_FORMAT_VERSION
} from "./chunk-QZFFTLUR.js";
import "./chunk-Z23CAIU4.js";
import "./chunk-URRULC7X.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-A2HJHLCE.js";
import {
  withImage
} from "./chunk-TURXASHF.js";
import "./chunk-LSSG4IQX.js";
import "./chunk-YE2ILN26.js";
import "./chunk-K2I2ADHN.js";
import "./chunk-AESLYFF2.js";
import "./chunk-4TPWJTDO.js";
import "./chunk-ADRHWOWG.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/compose/aws-campaign.ts
async function awsCampaign(args, io, options = {}) {
  const c = args.campaign;
  if (!c.results.store.startsWith("s3://"))
    throw new UserError(
      `${c.file}: a campaign on aws-batch keeps its runs and history in results.store, which must be s3://bucket/prefix/, not ${c.results.store}`
    );
  const clients = options.clients ?? createAwsClients({ region: c.region, env: io.env });
  const store = new S3RunStore(clients.s3, c.results.store, { experiment: c.name });
  const plan = withImage(
    campaignBatchPlan(c, args.plan, windowJobs(args.plan, args.day, args.window), args.batch),
    args.imageUri
  );
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    results: store.location,
    maxActive: c.schedule.maxConcurrent,
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
          formatVersion: RUN_FORMAT_VERSION,
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
        throw new UserError(`run ${runId} in ${c.results.store} holds other jobs than this window's`, {
          hint: "the campaign file changed since the window was submitted: cancel that run, or run the window again next week"
        });
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
