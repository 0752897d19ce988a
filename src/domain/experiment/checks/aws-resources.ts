import { fargateSizeProblem, MAX_TIMEOUT_SEC, MIN_MEMORY_MIB } from '../aws-rules.js';
import { displayPath, showValue } from '../issue.js';
import { parseDuration, parseSize } from '../units.js';
import type { CheckContext, ProblemSink, RunHolder } from './context.js';

const DEFAULT_VCPUS = 1;
const DEFAULT_MEMORY_MIB = 2048;

/** vCPUs, memory, timeout and roles as AWS Batch takes them, for stages that run there. */
export function checkAwsResources(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    if (!ctx.backendsOf(holder).includes('aws-batch')) continue;
    const fargate = ctx.effective(holder, 'compute', 'platform')?.value === 'fargate';
    const vcpus = ctx.effective(holder, 'resources', 'vcpus');
    const memory = ctx.effective(holder, 'resources', 'memory');
    const memoryBytes =
      typeof memory?.value === 'string' || typeof memory?.value === 'number'
        ? parseSize(memory.value)
        : undefined;
    const memoryMiB =
      memory === undefined
        ? DEFAULT_MEMORY_MIB
        : memoryBytes === undefined
          ? undefined
          : memoryBytes / 2 ** 20;
    if (
      !fargate &&
      vcpus &&
      typeof vcpus.value === 'number' &&
      (vcpus.value < 1 || !Number.isInteger(vcpus.value))
    ) {
      sink.error(
        vcpus.path,
        `${displayPath(vcpus.path)}: ${vcpus.value} vCPUs; on EC2 AWS Batch gives whole vCPUs, at least 1`,
        'write a whole number; fractions such as 0.25 and 0.5 are for platform: fargate',
      );
    }
    if (memory && memoryMiB !== undefined && memoryMiB > 0 && memoryMiB < MIN_MEMORY_MIB) {
      sink.error(
        memory.path,
        `${displayPath(memory.path)}: AWS Batch needs at least 4 MiB`,
        'write 4MiB or more',
      );
    }
    checkTimeout(ctx, sink, holder);
    if (fargate)
      checkFargate(
        ctx,
        sink,
        holder,
        typeof vcpus?.value === 'number' ? vcpus.value : DEFAULT_VCPUS,
        memoryMiB,
      );
  }
}

function checkTimeout(ctx: CheckContext, sink: ProblemSink, holder: RunHolder): void {
  const timeout = ctx.effective(holder, 'resources', 'timeout');
  if (!timeout || (typeof timeout.value !== 'string' && typeof timeout.value !== 'number')) return;
  const seconds = parseDuration(timeout.value);
  if (seconds !== undefined && seconds > MAX_TIMEOUT_SEC) {
    sink.error(
      timeout.path,
      `${displayPath(timeout.path)}: ${showValue(timeout.value)} is over ${MAX_TIMEOUT_SEC} seconds, the most AWS Batch takes`,
      'write a shorter timeout, e.g. 7d',
    );
  }
}

function checkFargate(
  ctx: CheckContext,
  sink: ProblemSink,
  holder: RunHolder,
  vcpus: number,
  memoryMiB: number | undefined,
): void {
  const at = ctx.effective(holder, 'resources', 'vcpus') ?? ctx.effective(holder, 'compute', 'platform');
  const size = memoryMiB === undefined ? undefined : fargateSizeProblem(vcpus, memoryMiB);
  if (size && at) {
    const path = ctx.effective(holder, 'resources', 'memory')?.path ?? at.path;
    sink.error(path, `${displayPath(path)}: ${size.message}`, size.hint);
  }
  const roles = ['execution-role-arn', 'job-role-arn', 'job-definition'].some((k) =>
    ctx.effective(holder, 'compute', k),
  );
  const platform = ctx.effective(holder, 'compute', 'platform');
  if (!roles && platform) {
    sink.error(
      platform.path,
      `${displayPath(platform.path)}: a Fargate job needs an execution role to pull its image and write its logs`,
      'add compute.execution-role-arn: arn:aws:iam::<account>:role/<name>',
    );
  }
}
