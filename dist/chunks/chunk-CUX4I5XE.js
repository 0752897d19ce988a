import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/adapters/aws/s3-location.ts
function parseS3Url(url) {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url.trim());
  if (!match)
    throw new UserError(`"${url}" is not an s3://bucket/prefix/ address`, {
      hint: "give the results store as s3://bucket/prefix/, e.g. the file's results.store"
    });
  const raw = match[2] ?? "";
  return { bucket: match[1], prefix: raw === "" || raw.endsWith("/") ? raw : `${raw}/` };
}
function s3Url(bucket, key) {
  return `s3://${bucket}/${key}`;
}
function runPrefix(location, experiment, runId) {
  return `${location.prefix}${experiment}/${runId}/`;
}
function jobResultsPrefix(location, experiment, runId) {
  return `${location.prefix}${JOB_RESULTS_FOLDER}${experiment}/${runId}/`;
}
var JOB_RESULTS_FOLDER = "_jobs/";
function resultKey(runBase, jobId, attempt) {
  return `${runBase}${jobId}/${attempt}.json`;
}

export {
  parseS3Url,
  s3Url,
  runPrefix,
  jobResultsPrefix,
  JOB_RESULTS_FOLDER,
  resultKey
};
