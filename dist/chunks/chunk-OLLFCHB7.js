import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/spec/aws-rules.ts
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
