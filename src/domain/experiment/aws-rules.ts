/**
 * What AWS refuses, written down once so that validation refuses it first, at the line that
 * causes it. Sources: the AWS Batch API reference (SubmitJob, RegisterJobDefinition,
 * EvaluateOnExit, TagResource), the S3 bucket naming rules and the Fargate task size table.
 */
import type { RetryRule } from './experiment.js';

/** EvaluateOnExit rules per job definition. */
export const MAX_RETRY_RULES = 5;

/**
 * The rules batchbench adds after the file's own: a lost host (a Spot reclaim) is retried, an
 * image that cannot be pulled is not, and without retries any other failure ends the job.
 */
export function builtInRetryRules(retries: number): RetryRule[] {
  return [
    { onStatusReason: 'Host EC2*', action: 'retry' },
    { onReason: 'CannotPullContainerError*', action: 'exit' },
    ...(retries === 0 ? [{ onExitCode: '*', action: 'exit' as const }] : []),
  ];
}

/** onExitCode: digits, optionally ending in one `*`; 1 to 512 characters. */
export const EXIT_CODE_PATTERN = /^[0-9]*\*?$/;
/** onReason and onStatusReason: letters, digits, `.`, `:` and white space, optionally ending in `*`. */
export const REASON_PATTERN = /^[A-Za-z0-9.: \t]*\*?$/;
export const MAX_PATTERN_LENGTH = 512;

/** Names AWS Batch sets in the container itself and refuses in a job definition or override. */
export const RESERVED_ENV_PREFIX = 'AWS_BATCH';

/** Tags of a resource: at most 50, keys 1-128 and values 0-256 characters, `aws:` reserved. */
export const MAX_TAGS = 50;
export const MAX_TAG_KEY = 128;
export const MAX_TAG_VALUE = 256;
/** Letters, digits and spaces of any script, and _ . : / = + - @ */
export const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/**
 * The tags batchbench puts on every job beside the file's own (see the AWS executor's tags()):
 * run id, experiment, cell, stage and git commit.
 */
export const BATCHBENCH_TAG_COUNT = 5;

/** A tag value within the limit: a long one keeps its start and ends in a hash of the whole, so it stays unique. */
export function boundedTagValue(value: string, hash: (text: string) => string): string {
  if (value.length <= MAX_TAG_VALUE) return value;
  const digest = hash(value).slice(0, 16);
  return `${value.slice(0, MAX_TAG_VALUE - digest.length - 1)}-${digest}`;
}

/** Why a bucket name breaks S3's naming rules, or undefined when it follows them. */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters long; S3 needs 3 to 63`;
  if (!/^[a-z0-9.-]+$/.test(name)) return 'may hold only lower-case letters, digits, "." and "-"';
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return 'must start and end with a letter or digit';
  if (name.includes('..')) return 'must not hold two dots in a row';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return 'must not look like an IP address';
  if (
    /^(xn--|sthree-|amzn-s3-demo-)/.test(name) ||
    /(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)
  ) {
    return 'uses a prefix or suffix S3 reserves';
  }
  return undefined;
}

/** A job queue as SubmitJob takes it: a name, or the ARN of one. */
export const QUEUE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
export const QUEUE_ARN =
  /^arn:aws(-[a-z]+)*:batch:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:job-queue\/[A-Za-z0-9_-]{1,128}$/;

/** The vCPU and memory (MiB) pairs Fargate offers. */
const FARGATE_SIZES: { vcpus: number; min: number; max: number; step: number; only?: number[] }[] = [
  { vcpus: 0.25, min: 512, max: 2048, step: 512, only: [512, 1024, 2048] },
  { vcpus: 0.5, min: 1024, max: 4096, step: 1024 },
  { vcpus: 1, min: 2048, max: 8192, step: 1024 },
  { vcpus: 2, min: 4096, max: 16384, step: 1024 },
  { vcpus: 4, min: 8192, max: 30720, step: 1024 },
  { vcpus: 8, min: 16384, max: 61440, step: 4096 },
  { vcpus: 16, min: 32768, max: 122880, step: 8192 },
];

/** Why Fargate does not offer this size, or undefined when it does. */
export function fargateSizeProblem(
  vcpus: number,
  memoryMiB: number,
): { message: string; hint: string } | undefined {
  const row = FARGATE_SIZES.find((r) => r.vcpus === vcpus);
  if (!row) {
    return {
      message: `Fargate offers ${FARGATE_SIZES.map((r) => r.vcpus).join(', ')} vCPUs, not ${vcpus}`,
      hint: 'pick one of those vCPU counts, or platform: ec2',
    };
  }
  const fits = row.only
    ? row.only.includes(memoryMiB)
    : memoryMiB >= row.min && memoryMiB <= row.max && (memoryMiB - row.min) % row.step === 0;
  if (fits) return undefined;
  const offered = row.only
    ? `${row.only.join(', ')} MiB`
    : `${row.min} to ${row.max} MiB in steps of ${row.step} MiB`;
  return {
    message: `Fargate gives ${vcpus} vCPU ${offered}, not ${memoryMiB} MiB`,
    hint: `set resources.memory to one of those, e.g. ${row.min}MiB`,
  };
}

/** AWS Batch: memory of at least 4 MiB; an EC2 job asks for whole vCPUs. */
export const MIN_MEMORY_MIB = 4;
/** attemptDurationSeconds is a 32-bit integer. */
export const MAX_TIMEOUT_SEC = 2 ** 31 - 1;
