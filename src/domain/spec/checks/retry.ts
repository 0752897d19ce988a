import { displayPath } from '../issue.js';
import type { CheckContext, ProblemSink } from './context.js';
import { list, obj } from './context.js';

/** resources.retry-on: each rule matches something, and rules only matter with retries. */
export function checkRetry(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    const retryOn = ctx.effective(holder, 'resources', 'retry-on');
    if (!retryOn) continue;
    list(retryOn.value).forEach((rule, i) => {
      const r = obj(rule);
      if (r && !['on-status-reason', 'on-reason', 'on-exit-code'].some((k) => k in r)) {
        const path = [...retryOn.path, i];
        sink.error(
          path,
          `${displayPath(path)} matches nothing`,
          'add on-exit-code, on-reason or on-status-reason',
          true,
        );
      }
    });
    const retries = ctx.effective(holder, 'resources', 'retries');
    if (list(retryOn.value).length > 0 && (retries?.value ?? 0) === 0) {
      sink.warn(
        retryOn.path,
        `${displayPath(retryOn.path)} has no effect with retries: 0`,
        'set resources.retries to the extra attempts allowed',
        true,
      );
    }
  }
}
