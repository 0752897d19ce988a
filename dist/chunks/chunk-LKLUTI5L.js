import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  parseJsonOrUndefined
} from "./chunk-U5BFUXIM.js";

// src/domain/plan/workload-env.ts
var HOST_ENV_ALLOWLIST = [
  "PATH",
  "HOME",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  // Where an image's shared libraries are (CUDA images set it); it locates code, it holds no secret.
  "LD_LIBRARY_PATH"
];
function contractEnv(id) {
  return {
    BATCHBENCH_RUN_ID: id.runId,
    BATCHBENCH_EXPERIMENT: id.experiment,
    BATCHBENCH_STAGE: id.stage,
    BATCHBENCH_JOB_ID: id.jobId,
    BATCHBENCH_CELL: id.cellId,
    BATCHBENCH_MATRIX: JSON.stringify(id.matrix),
    BATCHBENCH_REPEAT: String(id.repeat),
    BATCHBENCH_ATTEMPT: String(id.attempt),
    BATCHBENCH_SHARD_INDEX: String(id.shardIndex),
    BATCHBENCH_SHARD_COUNT: String(id.shardCount),
    ...id.itemStart !== void 0 ? { BATCHBENCH_ITEM_START: String(id.itemStart) } : {},
    ...id.itemEnd !== void 0 ? { BATCHBENCH_ITEM_END: String(id.itemEnd) } : {},
    BATCHBENCH_METRICS: id.metricsFile
  };
}
function allowedHostEnv(host) {
  const out = {};
  for (const [name, value] of Object.entries(host)) {
    if (value === void 0) continue;
    if (HOST_ENV_ALLOWLIST.includes(name) || name.startsWith("LC_")) out[name] = value;
  }
  return out;
}
function workloadEnv(host, runEnv, id) {
  return { ...host, ...runEnv, ...contractEnv(id) };
}

// src/adapters/local/attempt-output.ts
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";

// src/domain/results/metrics-lines.ts
var NAME = /^[A-Za-z0-9_.-]{1,64}$/;
var STDOUT_PREFIX = "::metric ";
function isMetricName(name) {
  return NAME.test(name);
}
function parseMetricsJsonLines(text) {
  const values = /* @__PURE__ */ new Map();
  let malformed = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const metric = jsonMetric(line);
    if (metric) values.set(metric.name, metric.value);
    else malformed++;
  }
  return { values: Object.fromEntries(values), malformed };
}
function stdoutMetric(raw) {
  const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  if (!line.startsWith(STDOUT_PREFIX)) return void 0;
  const body = line.slice(STDOUT_PREFIX.length).trim();
  const eq = body.indexOf("=");
  if (eq <= 0) return null;
  const name = body.slice(0, eq).trim();
  const value = toNumber(body.slice(eq + 1).trim());
  return isMetricName(name) && value !== void 0 ? { name, value } : null;
}
function mergeMetrics(...sources) {
  const values = /* @__PURE__ */ new Map();
  let malformed = 0;
  for (const s of sources) {
    for (const [name, value] of Object.entries(s.values)) values.set(name, value);
    malformed += s.malformed;
  }
  return { values: Object.fromEntries(values), malformed };
}
function jsonMetric(line) {
  const parsed = parseJsonOrUndefined(line);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return void 0;
  const { name, value } = parsed;
  if (typeof name !== "string" || !isMetricName(name)) return void 0;
  if (typeof value !== "number" || !Number.isFinite(value)) return void 0;
  return { name, value };
}
function toNumber(text) {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return void 0;
  const value = Number(text);
  return Number.isFinite(value) ? value : void 0;
}

// src/adapters/local/attempt-output.ts
var TAIL_BYTES = 64 * 1024;
var MAX_METRIC_LINE = 4096;
function hasOutputs(sizes, failed) {
  return sizes.stdoutBytes > 0 || sizes.metricsBytes > 0 || failed && sizes.stderrBytes > 0;
}
async function readAttemptOutputs(files, sizes, failed) {
  const none = { values: {}, malformed: 0 };
  const fromStdout = sizes.stdoutBytes > 0 ? await scanStdoutMetrics(files.stdoutFile) : none;
  const fromFile = sizes.metricsBytes > 0 ? parseMetricsJsonLines(await readFile(files.metricsFile, "utf8")) : none;
  const metrics = mergeMetrics(fromStdout, fromFile);
  if (!failed) return metrics;
  const logTail = sizes.stderrBytes > 0 ? await readLogTail(files.stderrFile, sizes.stderrBytes) : await readLogTail(files.stdoutFile, sizes.stdoutBytes);
  return { ...metrics, logTail };
}
async function scanStdoutMetrics(file) {
  const values = /* @__PURE__ */ new Map();
  let malformed = 0;
  let partial = "";
  let overlong = false;
  const take = (line) => {
    const metric = stdoutMetric(line);
    if (metric === void 0) return;
    if (metric) values.set(metric.name, metric.value);
    else malformed++;
  };
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
    const text = chunk;
    let from = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      if (!overlong) take(partial + text.slice(from, nl));
      partial = "";
      overlong = false;
      from = nl + 1;
    }
    if (!overlong) {
      partial += text.slice(from);
      if (partial.length > MAX_METRIC_LINE) {
        overlong = true;
        partial = "";
      }
    }
  }
  if (!overlong && partial !== "") take(partial);
  return { values: Object.fromEntries(values), malformed };
}
async function readLogTail(file, bytes, lines = 50) {
  if (bytes <= 0) return [];
  const start = Math.max(0, bytes - TAIL_BYTES);
  const handle = await open(file, "r");
  let text;
  try {
    const buffer = Buffer.alloc(bytes - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
    text = buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
  const all = text.split(/\r?\n/);
  if (start > 0) all.shift();
  if (all.at(-1) === "") all.pop();
  return all.slice(-lines);
}

// src/adapters/bundled-program.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var found = /* @__PURE__ */ new Map();
function bundledProgram(file, from = fileURLToPath(import.meta.url)) {
  const known = found.get(file);
  if (known !== void 0) return known;
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, file), path.join(dir, "dist", file)]) {
      if (existsSync(candidate)) {
        found.set(file, candidate);
        return candidate;
      }
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`${file} is missing beside ${from}: build it with 'npm run build'`);
}

export {
  HOST_ENV_ALLOWLIST,
  allowedHostEnv,
  workloadEnv,
  hasOutputs,
  readAttemptOutputs,
  bundledProgram
};
