import { displayPath } from '../issue.js';
import { parseDuration } from '../units.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';

/** decide.deadline: the schema's pattern takes any count of digits; a count too long for a number is no deadline. */
export function checkDecide(ctx: CheckContext, sink: ProblemSink): void {
  const deadline = obj(ctx.data.decide)?.deadline;
  if (typeof deadline === 'string' && parseDuration(deadline) === Infinity) {
    const at = ['decide', 'deadline'];
    sink.error(
      at,
      `${displayPath(at)} is too long to be a number of seconds`,
      'write a duration such as 90s, 15m or 2h',
    );
  }
}
