import { describe, expect, it } from 'vitest';
import { shouldRetry } from '../../../src/adapters/local/retry-decision.js';

describe('retry decision', () => {
  it('retries when there are no rules or none matches', () => {
    expect(shouldRetry([], { exitCode: 1, statusReason: 'exit code 1' })).toBe(true);
    expect(
      shouldRetry([{ action: 'exit', onExitCode: '2' }], { exitCode: 1, statusReason: 'exit code 1' }),
    ).toBe(true);
  });

  it('lets the first matching rule decide, with * globs', () => {
    const rules = [
      { action: 'retry' as const, onStatusReason: 'timed out*' },
      { action: 'exit' as const, onExitCode: '1*' },
    ];
    expect(shouldRetry(rules, { exitCode: 13, statusReason: 'exit code 13' })).toBe(false);
    expect(shouldRetry(rules, { statusReason: 'timed out after 5s' })).toBe(true);
    expect(shouldRetry(rules, { exitCode: 2, statusReason: 'exit code 2' })).toBe(true);
  });

  it('needs every condition of a rule to match, and an exit code to exist for onExitCode', () => {
    const rules = [{ action: 'exit' as const, onExitCode: '*', onReason: 'exit code 1' }];
    expect(shouldRetry(rules, { exitCode: 1, statusReason: 'exit code 1' })).toBe(false);
    expect(shouldRetry(rules, { exitCode: 2, statusReason: 'exit code 2' })).toBe(true);
    expect(shouldRetry([{ action: 'exit', onExitCode: '*' }], { statusReason: 'timed out after 5s' })).toBe(
      true,
    );
  });
});
