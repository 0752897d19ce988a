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
  createAwsClients
} from "./chunk-XXFM5XYT.js";
import "./chunk-YVBWJNJQ.js";
import "./chunk-WFO6RGOB.js";
import {
  parseS3Url
} from "./chunk-CUX4I5XE.js";
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

// src/compose/aws.ts
function s3Store(url, env, experiment, region) {
  const clients = createAwsClients({ env, ...region ? { region } : {} });
  const store = new S3RunStore(clients.s3, url, experiment ? { experiment } : {});
  return { clients, store };
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
  readS3Text,
  s3Store
};
