import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  S3RunStore
} from "./chunk-ZZGL3PWD.js";
import {
  S3Io
} from "./chunk-DE4P34PD.js";
import {
  retryPolicy
} from "./chunk-Y2VSR4A3.js";
import "./chunk-UXTHCZ3I.js";
import {
  S3HistoryStore
} from "./chunk-YGPHIHKY.js";
import {
  createAwsClients
} from "./chunk-XXFM5XYT.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import "./chunk-CUX4I5XE.js";
import "./chunk-BXX3FDER.js";
import "./chunk-25XNE3DY.js";
import "./chunk-URRULC7X.js";
import "./chunk-7BHWKGMM.js";
import "./chunk-ZBA22EBP.js";
import "./chunk-5QAU4Q5S.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/compose/aws-campaign.ts
function s3CampaignStores(c, env, clients) {
  const s3 = (clients ?? createAwsClients({ region: c.region, env })).s3;
  const store = new S3RunStore(s3, c.results.store, { experiment: c.name });
  const { bucket, prefix } = store.location;
  const history = new S3HistoryStore(new S3Io(s3, bucket, retryPolicy()), prefix);
  return { store, history };
}
export {
  s3CampaignStores
};
