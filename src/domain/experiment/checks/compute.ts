import { displayPath } from '../issue.js';
import type { CheckContext, ProblemSink } from './context.js';

/** compute settings that only make sense together: GPUs on Fargate, Spot fallback without a queue. */
export function checkCompute(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    const platform = ctx.effective(holder, 'compute', 'platform');
    const gpus = ctx.effective(holder, 'resources', 'gpus');
    if (platform?.value === 'fargate' && typeof gpus?.value === 'number' && gpus.value > 0) {
      sink.error(
        gpus.path,
        `${displayPath(gpus.path)}: Fargate has no GPUs`,
        'use platform: ec2 with a GPU instance type, or gpus: 0',
      );
    }
    const capacity = ctx.effective(holder, 'compute', 'capacity');
    if (
      capacity?.value === 'spot-then-on-demand' &&
      ctx.backendsOf(holder).includes('aws-batch') &&
      !ctx.effective(holder, 'compute', 'fallback-queue')
    ) {
      sink.warn(
        capacity.path,
        `${displayPath(capacity.path)}: spot-then-on-demand without a fallback-queue retries on the same spot queue`,
        'add compute.fallback-queue: an on-demand job queue',
      );
    }
  }
}
