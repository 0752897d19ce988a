import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/experiment/units.ts
var DURATION_PATTERN = "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$";
var SIZE_PATTERN = "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$";
var DURATION_RE = new RegExp(DURATION_PATTERN);
var DURATION_PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g;
var SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
var SIZE_RE = /^\s*(\d+(?:\.\d+)?)\s*(?:([kKmMgGtTpP])([iI]?))?[bB]\s*$/;
var POWER = { "": 0, k: 1, m: 2, g: 3, t: 4, p: 5 };
var MIB = 1024 * 1024;
function parseDuration(input) {
  if (typeof input === "number") return Number.isFinite(input) && input >= 0 ? input : void 0;
  if (!DURATION_RE.test(input)) return void 0;
  let total = 0;
  for (const m of input.matchAll(DURATION_PART)) {
    total += Number(m[1]) * SECONDS[m[2]];
  }
  return total;
}
var MAX_MEMORY_BYTES = 64 * 1024 ** 4;
function memoryBeyondMachines(input) {
  const bytes = parseSize(input);
  return bytes !== void 0 && bytes > MAX_MEMORY_BYTES ? `${showSize(input)} is more than 64TiB, more memory than any single machine (an instance or a cluster node) has` : void 0;
}
var showSize = (input) => typeof input === "number" ? `${input} MiB` : input;
var MAX_THRESHOLD_PERCENT = 1e3;
function thresholdBeyondBound(input) {
  const percent = typeof input === "number" ? input : Number(input.replace("%", "").trim());
  return percent > MAX_THRESHOLD_PERCENT ? `${typeof input === "number" ? `${input}%` : input.trim()} is over ${MAX_THRESHOLD_PERCENT}% (a run 11 times slower), wider than any regression needs` : void 0;
}
function parseSize(input) {
  if (typeof input === "number")
    return Number.isFinite(input) && input >= 0 ? Math.round(input * MIB) : void 0;
  const m = SIZE_RE.exec(input);
  if (!m) return void 0;
  const power = POWER[(m[2] ?? "").toLowerCase()];
  const base = m[3] ? 1024 : 1e3;
  return Math.round(Number(m[1]) * base ** power);
}
function formatDuration(seconds) {
  if (seconds < 60) return `${Number(seconds.toFixed(1))}s`;
  const parts = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join("");
}

// src/domain/plan/stage-template.ts
function planTemplates(exp) {
  return {
    stageTemplates: exp.stages.map(({ needs: _needs, ...stage }) => stage),
    ...exp.image?.uri ? { image: exp.image.uri } : {}
  };
}
function withTemplates(plan, exp) {
  if (plan.stageTemplates || !exp) return plan;
  return { ...plan, ...planTemplates(exp) };
}
function withImage(plan, imageUri) {
  return plan.image || !imageUri ? plan : { ...plan, image: imageUri };
}
function stageTemplate(plan, stage) {
  if (!plan.stageTemplates)
    throw new Error(
      `the plan of ${plan.experiment} carries no stage templates: it was stored by an older batchbench`
    );
  const found = plan.stageTemplates.find((s) => s.name === stage);
  if (!found) throw new Error(`the plan of ${plan.experiment} has no stage ${stage}`);
  return found;
}

// src/domain/backends.ts
var BACKENDS = [
  {
    name: "local",
    summary: "child processes on this machine (the default)",
    label: "local processes",
    store: "folder"
  },
  { name: "aws-batch", summary: "AWS Batch array jobs, results in S3", label: "AWS Batch", store: "s3" },
  {
    name: "slurm",
    summary: "Slurm job arrays on a cluster, results on its shared filesystem or in an S3 store",
    label: "Slurm",
    store: "folder-or-s3",
    notInActions: "run a slurm experiment with npx batchbench run FILE on a self-hosted runner on the login node: docs/slurm.md shows the workflow"
  }
];
var BACKEND_NAMES = BACKENDS.map((b) => b.name);
function isBackendName(value) {
  return typeof value === "string" && BACKEND_NAMES.includes(value);
}
function backendList(conjunction = "or", among = BACKEND_NAMES) {
  const names = [...among];
  const last = names.pop();
  return names.length === 0 ? last : `${names.join(", ")} ${conjunction} ${last}`;
}

// src/domain/experiment/matrix-spec.ts
var MATRIX_RESERVED = ["include", "exclude"];
function isScalar(x) {
  return typeof x === "string" || typeof x === "number" || typeof x === "boolean";
}
function matrixSpecOf(raw) {
  const spec = { axes: {}, include: [], exclude: [] };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return spec;
  for (const [key, value] of Object.entries(raw)) {
    if (!Array.isArray(value)) continue;
    if (MATRIX_RESERVED.includes(key)) {
      spec[key] = value.filter(isCell);
    } else {
      spec.axes[key] = value.filter(isScalar);
    }
  }
  return spec;
}
function isCell(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) && Object.values(x).every(isScalar);
}
function matrixKeys(spec) {
  const keys = new Set(Object.keys(spec.axes));
  for (const inc of spec.include) for (const k of Object.keys(inc)) keys.add(k);
  return [...keys];
}
function valuesOf(spec, key) {
  const found = (spec.axes[key] ?? []).map((value, i) => ({ value, path: ["matrix", key, i] }));
  spec.include.forEach((inc, i) => {
    const value = inc[key];
    if (value !== void 0) found.push({ value, path: ["matrix", "include", i, key] });
  });
  return found;
}
function implicitBackend(spec) {
  const values = spec.axes.backend;
  if (values === void 0 || values.length === 0) return void 0;
  return values.every(isBackendName) ? "${{ matrix.backend }}" : void 0;
}

// src/domain/experiment/templates.ts
var EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
var MATRIX_REF = /^matrix\.([A-Za-z0-9_-]+)$/;
var RUN_VARIABLES = ["shard.index", "shard.count", "repeat"];
function expressionsIn(text) {
  return [...text.matchAll(EXPRESSION)].map((m) => {
    const expression = m[1];
    const axis = MATRIX_REF.exec(expression)?.[1];
    return axis === void 0 ? { expression } : { expression, axis };
  });
}
function hasUnclosedExpression(text) {
  return text.replace(EXPRESSION, "").includes("${{");
}
function renderTemplate(text, context) {
  return text.replace(EXPRESSION, (whole, inner) => {
    const axis = MATRIX_REF.exec(inner)?.[1];
    if (axis !== void 0) return axis in context.matrix ? String(context.matrix[axis]) : whole;
    if (inner === "shard.index") return String(context.shard?.index ?? 0);
    if (inner === "shard.count") return String(context.shard?.count ?? 1);
    if (inner === "repeat" && context.repeat !== void 0) return String(context.repeat);
    return whole;
  });
}
var WHOLE_MATRIX_REF = /^\s*\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}\s*$/;
function matrixReference(text) {
  return WHOLE_MATRIX_REF.exec(text)?.[1];
}

// src/domain/experiment/stage-axes.ts
var AXIS_FIELDS = {
  vcpus: (v) => Number(v),
  memory: (v) => typeof v === "boolean" ? void 0 : parseSize(v),
  gpus: (v) => Number(v),
  items: (v) => Number(v),
  oversubscribe: (v) => Number(v)
};
function axisSetting(written, field, matrix, fallback) {
  const axis = typeof written === "string" ? matrixReference(written) : void 0;
  if (axis === void 0) {
    const parsed = written === void 0 ? void 0 : AXIS_FIELDS[field](written);
    return { value: parsed ?? fallback };
  }
  const values = valuesOf(matrix, axis).map((v) => AXIS_FIELDS[field](v.value)).filter((n) => n !== void 0 && Number.isFinite(n));
  return { value: values.length === 0 ? fallback : Math.max(...values), axis };
}
function stageInCell(stage, cell) {
  const axes = stage.axes;
  if (!axes) return stage;
  const of = (field, fallback) => {
    const axis = axes[field];
    const value = axis === void 0 ? void 0 : cell[axis];
    const n = value === void 0 ? void 0 : AXIS_FIELDS[field](value);
    return n !== void 0 && Number.isFinite(n) ? n : fallback;
  };
  const { axes: _axes, ...rest } = stage;
  return {
    ...rest,
    resources: {
      ...stage.resources,
      vcpus: of("vcpus", stage.resources.vcpus),
      memoryBytes: of("memory", stage.resources.memoryBytes),
      gpus: of("gpus", stage.resources.gpus)
    },
    ...stage.fanOut ? {
      fanOut: {
        ...stage.fanOut,
        items: of("items", stage.fanOut.items),
        oversubscribe: of("oversubscribe", stage.fanOut.oversubscribe)
      }
    } : {}
  };
}

// src/domain/experiment/aws-rules.ts
var MAX_RETRY_RULES = 5;
function builtInRetryRules(retries) {
  return [
    { onStatusReason: "Host EC2*", action: "retry" },
    { onReason: "CannotPullContainerError*", action: "exit" },
    ...retries === 0 ? [{ onExitCode: "*", action: "exit" }] : []
  ];
}
var EXIT_CODE_PATTERN = /^[0-9]*\*?$/;
var REASON_PATTERN = /^[A-Za-z0-9.: \t]*\*?$/;
var MAX_PATTERN_LENGTH = 512;
var RESERVED_ENV_PREFIX = "AWS_BATCH";
var MAX_TAGS = 50;
var MAX_TAG_KEY = 128;
var MAX_TAG_VALUE = 256;
var TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
var BATCHBENCH_TAG_COUNT = 5;
function boundedTagValue(value, hash) {
  if (value.length <= MAX_TAG_VALUE) return value;
  const digest = hash(value).slice(0, 16);
  return `${value.slice(0, MAX_TAG_VALUE - digest.length - 1)}-${digest}`;
}
function bucketNameProblem(name) {
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters long; S3 needs 3 to 63`;
  if (!/^[a-z0-9.-]+$/.test(name)) return 'may hold only lower-case letters, digits, "." and "-"';
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return "must start and end with a letter or digit";
  if (name.includes("..")) return "must not hold two dots in a row";
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return "must not look like an IP address";
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)) {
    return "uses a prefix or suffix S3 reserves";
  }
  return void 0;
}
var QUEUE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
var QUEUE_ARN = /^arn:aws(-[a-z]+)*:batch:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:job-queue\/[A-Za-z0-9_-]{1,128}$/;
var FARGATE_SIZES = [
  { vcpus: 0.25, min: 512, max: 2048, step: 512, only: [512, 1024, 2048] },
  { vcpus: 0.5, min: 1024, max: 4096, step: 1024 },
  { vcpus: 1, min: 2048, max: 8192, step: 1024 },
  { vcpus: 2, min: 4096, max: 16384, step: 1024 },
  { vcpus: 4, min: 8192, max: 30720, step: 1024 },
  { vcpus: 8, min: 16384, max: 61440, step: 4096 },
  { vcpus: 16, min: 32768, max: 122880, step: 8192 }
];
function fargateSizeProblem(vcpus, memoryMiB) {
  const row = FARGATE_SIZES.find((r) => r.vcpus === vcpus);
  if (!row) {
    return {
      message: `Fargate offers ${FARGATE_SIZES.map((r) => r.vcpus).join(", ")} vCPUs, not ${vcpus}`,
      hint: "pick one of those vCPU counts, or platform: ec2"
    };
  }
  const fits = row.only ? row.only.includes(memoryMiB) : memoryMiB >= row.min && memoryMiB <= row.max && (memoryMiB - row.min) % row.step === 0;
  if (fits) return void 0;
  const offered = row.only ? `${row.only.join(", ")} MiB` : `${row.min} to ${row.max} MiB in steps of ${row.step} MiB`;
  return {
    message: `Fargate gives ${vcpus} vCPU ${offered}, not ${memoryMiB} MiB`,
    hint: `set resources.memory to one of those, e.g. ${row.min}MiB`
  };
}
var MIN_MEMORY_MIB = 4;
var MAX_TIMEOUT_SEC = 2 ** 31 - 1;

export {
  BACKENDS,
  BACKEND_NAMES,
  isBackendName,
  backendList,
  MATRIX_RESERVED,
  isScalar,
  matrixSpecOf,
  matrixKeys,
  valuesOf,
  implicitBackend,
  RUN_VARIABLES,
  expressionsIn,
  hasUnclosedExpression,
  renderTemplate,
  matrixReference,
  DURATION_PATTERN,
  SIZE_PATTERN,
  parseDuration,
  MAX_MEMORY_BYTES,
  memoryBeyondMachines,
  thresholdBeyondBound,
  parseSize,
  formatDuration,
  axisSetting,
  stageInCell,
  planTemplates,
  withTemplates,
  withImage,
  stageTemplate,
  MAX_RETRY_RULES,
  builtInRetryRules,
  EXIT_CODE_PATTERN,
  REASON_PATTERN,
  MAX_PATTERN_LENGTH,
  RESERVED_ENV_PREFIX,
  MAX_TAGS,
  MAX_TAG_KEY,
  MAX_TAG_VALUE,
  TAG_TEXT,
  BATCHBENCH_TAG_COUNT,
  boundedTagValue,
  bucketNameProblem,
  QUEUE_NAME,
  QUEUE_ARN,
  fargateSizeProblem,
  MIN_MEMORY_MIB,
  MAX_TIMEOUT_SEC
};
