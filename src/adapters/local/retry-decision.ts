import type { RetryRule } from '../../domain/experiment/experiment.js';

export interface AttemptFailure {
  exitCode?: number;
  statusReason: string;
}

/**
 * AWS Batch's evaluate-on-exit, applied locally so a file behaves the same on both backends:
 * the first rule whose conditions all match decides; when none matches the attempt is retried.
 * Locally there is no separate container reason, so onReason and onStatusReason both look at
 * the status reason. Patterns are globs where `*` matches any run of characters.
 */
export function shouldRetry(rules: readonly RetryRule[], failure: AttemptFailure): boolean {
  for (const rule of rules) {
    if (matches(rule, failure)) return rule.action === 'retry';
  }
  return true;
}

function matches(rule: RetryRule, failure: AttemptFailure): boolean {
  const checks: boolean[] = [];
  if (rule.onExitCode !== undefined) {
    checks.push(failure.exitCode !== undefined && glob(rule.onExitCode, String(failure.exitCode)));
  }
  if (rule.onStatusReason !== undefined) checks.push(glob(rule.onStatusReason, failure.statusReason));
  if (rule.onReason !== undefined) checks.push(glob(rule.onReason, failure.statusReason));
  return checks.length > 0 && checks.every(Boolean);
}

function glob(pattern: string, text: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(text);
}
