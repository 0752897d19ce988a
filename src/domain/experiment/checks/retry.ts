import {
  builtInRetryRules,
  EXIT_CODE_PATTERN,
  MAX_PATTERN_LENGTH,
  MAX_RETRY_RULES,
  REASON_PATTERN,
} from '../aws-rules.js';
import { displayPath, showValue } from '../issue.js';
import type { SourcePath } from '../yaml-source.js';
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
    checkPatterns(sink, retryOn.path, retryOn.value);
    const retries = ctx.effective(holder, 'resources', 'retries');
    const builtIn = builtInRetryRules(typeof retries?.value === 'number' ? retries.value : 0).length;
    const own = list(retryOn.value).length;
    if (ctx.backendsOf(holder).includes('aws-batch') && own + builtIn > MAX_RETRY_RULES) {
      sink.error(
        retryOn.path,
        `${displayPath(retryOn.path)}: ${own} rules and the ${builtIn} batchbench adds (lost hosts, images that cannot be pulled${builtIn > 2 ? ', no retries' : ''}) are over the ${MAX_RETRY_RULES} AWS Batch allows`,
        `keep at most ${MAX_RETRY_RULES - builtIn} rules`,
        true,
      );
    }
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

/** Patterns as EvaluateOnExit takes them: `*` only at the end, allowed characters, at most 512. */
function checkPatterns(sink: ProblemSink, at: SourcePath, rules: unknown): void {
  list(rules).forEach((rule, i) => {
    const r = obj(rule);
    for (const key of ['on-exit-code', 'on-reason', 'on-status-reason']) {
      const value = r?.[key];
      if (value === undefined || (typeof value !== 'string' && typeof value !== 'number')) continue;
      const text = String(value);
      const exit = key === 'on-exit-code';
      const path = [...at, i, key];
      if (text.length > MAX_PATTERN_LENGTH) {
        sink.error(
          path,
          `${displayPath(path)} is over ${MAX_PATTERN_LENGTH} characters`,
          'shorten it and end it with *',
        );
      } else if (!(exit ? EXIT_CODE_PATTERN : REASON_PATTERN).test(text) || text === '') {
        sink.error(
          path,
          exit
            ? `${displayPath(path)}: ${showValue(value)} is not an exit-code pattern AWS Batch accepts`
            : `${displayPath(path)}: ${showValue(value)} is not a reason pattern AWS Batch accepts`,
          exit
            ? 'write digits, optionally ending in one *, e.g. "137" or "1*"'
            : 'use letters, digits, ".", ":" and spaces, optionally ending in one *, e.g. "Host EC2*"',
        );
      }
    }
  });
}
