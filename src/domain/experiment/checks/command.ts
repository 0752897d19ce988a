import { displayPath } from '../issue.js';
import type { CheckContext, ProblemSink } from './context.js';
import { list, obj } from './context.js';
import { checkText } from './references.js';

/** run.command, run.workdir and run.env: a program to run, and templates that name something. */
export function checkCommand(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    const run = obj(holder.node.run);
    list(run?.command).forEach((item, i) => {
      const path = [...holder.path, 'run', 'command', i];
      if (i === 0 && typeof item === 'string' && item.trim() === '') {
        sink.error(
          path,
          `${displayPath(path)}: the program name is empty`,
          'start the command with the program to run',
        );
      }
      if (typeof item === 'string') checkText(ctx, sink, item, path);
    });
    if (typeof run?.workdir === 'string')
      checkText(ctx, sink, run.workdir, [...holder.path, 'run', 'workdir']);
    for (const [name, value] of Object.entries(obj(run?.env) ?? {})) {
      if (typeof value === 'string') checkText(ctx, sink, value, [...holder.path, 'run', 'env', name]);
    }
  }
}
