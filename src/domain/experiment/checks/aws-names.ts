import { bucketNameProblem, QUEUE_ARN, QUEUE_NAME } from '../aws-rules.js';
import { displayPath, showValue } from '../issue.js';
import { expandMatrix } from '../../plan/matrix.js';
import { expressionsIn, renderTemplate } from '../templates.js';
import type { SourcePath } from '../yaml-source.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';

/** results.store as an S3 location, and job queues as names or ARNs AWS Batch accepts. */
export function checkAwsNames(ctx: CheckContext, sink: ProblemSink): void {
  const store = obj(ctx.data.results)?.store;
  if (typeof store === 'string' && /^s3:/i.test(store)) {
    const path = ['results', 'store'];
    const m = /^s3:\/\/([^/]*)(\/.*)?$/.exec(store);
    const problem = m ? bucketNameProblem(m[1] as string) : undefined;
    if (!m) {
      sink.error(
        path,
        `${displayPath(path)}: ${showValue(store)} is not an S3 location`,
        'write s3://bucket/prefix/',
      );
    } else if (problem) {
      sink.error(
        path,
        `${displayPath(path)}: the bucket name "${m[1]}" ${problem}`,
        'S3 bucket names are 3-63 lower-case letters, digits, "." and "-", e.g. s3://my-results/bench/',
      );
    }
  }
  const queues: { path: SourcePath; node: unknown }[] = [
    { path: ['compute'], node: ctx.data.compute },
    ...ctx.holders
      .filter((h) => h.path.length > 0)
      .map((h) => ({ path: [...h.path, 'compute'], node: h.node.compute })),
  ];
  for (const { path: at, node } of queues) {
    for (const key of ['queue', 'fallback-queue']) {
      const written = obj(node)?.[key];
      if (typeof written !== 'string') continue;
      const path = [...at, key];
      // A queue named per cell (bench-${{ matrix.instance-type }}) is checked as each cell names it.
      const names = expressionsIn(written).some((e) => e.axis !== undefined)
        ? [...new Set(expandMatrix(ctx.matrix).map((cell) => renderTemplate(written, { matrix: cell })))]
        : [written];
      for (const queue of names) {
        if (QUEUE_NAME.test(queue) || QUEUE_ARN.test(queue) || queue.includes('${{')) continue;
        sink.error(
          path,
          queue.startsWith('arn:')
            ? `${displayPath(path)}: ${showValue(queue)} is not a job queue ARN`
            : `${displayPath(path)}: ${showValue(queue)} is not a job queue name`,
          'a queue name is 1-128 letters, digits, "-" and "_"; an ARN reads arn:aws:batch:<region>:<account>:job-queue/<name>',
        );
      }
    }
  }
}
