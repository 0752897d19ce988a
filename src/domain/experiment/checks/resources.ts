import { displayPath, showValue } from '../issue.js';
import { SLURM_MAX_TIME_MINUTES } from '../slurm-syntax.js';
import { memoryBeyondMachines, parseDuration, parseSize } from '../units.js';
import { obj, type CheckContext, type ProblemSink } from './context.js';

/** AWS Batch refuses a job timeout under 60 seconds. */
export const AWS_BATCH_MIN_TIMEOUT_SEC = 60;

/**
 * resources.timeout and resources.memory: more than zero, a timeout AWS Batch accepts, and no
 * more memory than a machine has.
 */
export function checkResources(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    const onBatch = ctx.backendsOf(holder).includes('aws-batch');
    const timeout = ctx.effective(holder, 'resources', 'timeout');
    if (timeout && (typeof timeout.value === 'string' || typeof timeout.value === 'number')) {
      const seconds = parseDuration(timeout.value);
      if (
        seconds !== undefined &&
        seconds > SLURM_MAX_TIME_MINUTES * 60 &&
        ctx.backendsOf(holder).includes('slurm') &&
        obj(ctx.effective(holder, 'compute', 'slurm')?.value)?.time === undefined
      ) {
        // Without compute.slurm.time, sbatch --time is this timeout in minutes.
        sink.error(
          timeout.path,
          `${displayPath(timeout.path)}: ${showValue(timeout.value)} is more than a year, more than Slurm's --time takes`,
          'lower the timeout, or set compute.slurm.time for the Slurm jobs',
        );
      } else if (seconds === 0) {
        sink.error(
          timeout.path,
          `${displayPath(timeout.path)} must be more than 0`,
          'write a duration such as 90s or 15m',
        );
      } else if (seconds !== undefined && seconds < AWS_BATCH_MIN_TIMEOUT_SEC) {
        const message = `${displayPath(timeout.path)}: ${showValue(timeout.value)} is under 60s, the least AWS Batch accepts`;
        if (onBatch) sink.error(timeout.path, message, 'raise the timeout to 60s or more');
        else
          sink.warn(
            timeout.path,
            message,
            'fine for local runs; raise it to 60s before running on aws-batch',
          );
      }
    }
    const memory = ctx.effective(holder, 'resources', 'memory');
    if (memory && typeof memory.value === 'string' && parseSize(memory.value) === 0) {
      sink.error(
        memory.path,
        `${displayPath(memory.path)} must be more than 0`,
        'write a size such as 512MiB or 4GiB',
      );
    }
    const beyond =
      typeof memory?.value === 'string' || typeof memory?.value === 'number'
        ? memoryBeyondMachines(memory.value)
        : undefined;
    if (memory && beyond)
      sink.error(
        memory.path,
        `${displayPath(memory.path)}: ${beyond}`,
        'write the memory one job needs, such as 16GiB',
      );
  }
}
