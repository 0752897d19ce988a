import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/adapters/aws/s3-location.ts
function parseS3Url(url) {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url.trim());
  if (!match) throw new Error(`"${url}" is not an s3://bucket/prefix/ address`);
  const raw = match[2] ?? "";
  return { bucket: match[1], prefix: raw === "" || raw.endsWith("/") ? raw : `${raw}/` };
}
function s3Url(bucket, key) {
  return `s3://${bucket}/${key}`;
}
function runPrefix(location, experiment, runId) {
  return `${location.prefix}${experiment}/${runId}/`;
}
function resultKey(runBase, jobId, attempt) {
  return `${runBase}${jobId}/${attempt}.json`;
}

export {
  parseS3Url,
  s3Url,
  runPrefix,
  resultKey
};
