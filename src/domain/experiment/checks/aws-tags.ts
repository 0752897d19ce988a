import { BATCHBENCH_TAG_COUNT, MAX_TAG_KEY, MAX_TAG_VALUE, MAX_TAGS, TAG_TEXT } from '../aws-rules.js';
import { displayPath } from '../issue.js';
import type { SourcePath } from '../yaml-source.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';

const ALLOWED = 'letters, digits, spaces and _ . : / = + - @';

/** compute.tags as AWS accepts them on a job, beside the tags batchbench adds. */
export function checkAwsTags(ctx: CheckContext, sink: ProblemSink): void {
  const checkOne = (tags: Record<string, unknown>, at: SourcePath) => {
    for (const [key, value] of Object.entries(tags)) {
      const path = [...at, key];
      const where = displayPath(path);
      if (/^aws:/i.test(key)) {
        sink.error(
          path,
          `${where}: tag keys starting "aws:" are reserved by AWS`,
          'choose another key',
          true,
        );
      } else if (key.length > MAX_TAG_KEY || !TAG_TEXT.test(key)) {
        sink.error(
          path,
          `${where}: a tag key has 1 to ${MAX_TAG_KEY} of ${ALLOWED}`,
          'shorten the key or remove other characters',
          true,
        );
      }
      if (typeof value === 'string' && (value.length > MAX_TAG_VALUE || !TAG_TEXT.test(value))) {
        sink.error(
          path,
          `${where}: a tag value has at most ${MAX_TAG_VALUE} of ${ALLOWED}`,
          'shorten the value or remove other characters',
        );
      }
    }
  };
  const top = obj(obj(ctx.data.compute)?.tags);
  if (top) checkOne(top, ['compute', 'tags']);
  const room = MAX_TAGS - BATCHBENCH_TAG_COUNT;
  for (const holder of ctx.holders) {
    const own = holder.path.length > 0 ? obj(obj(holder.node.compute)?.tags) : undefined;
    if (own) checkOne(own, [...holder.path, 'compute', 'tags']);
    const count = new Set([...Object.keys(top ?? {}), ...Object.keys(own ?? {})]).size;
    if (count > room) {
      const path = own ? [...holder.path, 'compute', 'tags'] : ['compute', 'tags'];
      sink.error(
        path,
        `${displayPath(path)}: ${count} tags and the ${BATCHBENCH_TAG_COUNT} batchbench adds are over the ${MAX_TAGS} AWS allows`,
        `keep at most ${room} tags`,
        true,
      );
    }
  }
}
