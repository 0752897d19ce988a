import { RESERVED_ENV_PREFIX } from '../aws-rules.js';
import { displayPath } from '../issue.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';

/** run.env names AWS Batch keeps for itself (AWS_BATCH*): refused there, harmless locally. */
export function checkAwsEnv(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    const onBatch = ctx.backendsOf(holder).includes('aws-batch');
    for (const name of Object.keys(obj(obj(holder.node.run)?.env) ?? {})) {
      if (!name.startsWith(RESERVED_ENV_PREFIX)) continue;
      const path = [...holder.path, 'run', 'env', name];
      const report = onBatch ? sink.error : sink.warn;
      report(
        path,
        `${displayPath(path)}: names starting ${RESERVED_ENV_PREFIX} are reserved by AWS Batch, which refuses them`,
        'rename the variable, e.g. without the AWS_ prefix',
        true,
      );
    }
  }
}
