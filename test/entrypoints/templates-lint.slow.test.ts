import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-bundled.js';

// actionlint and action-validator take most of a minute: the slow suite (npm run test:slow).
describe('the workflow templates and actions', () => {
  it('pass actionlint and every action.yml passes action-validator (scripts/lint-actions.sh)', () => {
    const lint = spawnSync('bash', ['scripts/lint-actions.sh'], { cwd: ROOT, encoding: 'utf8' });
    expect(lint.stdout).not.toContain('FAILED');
    // The root action.yml, six under actions/, the five templates, and each of the repository's
    // own workflows twice (action-validator and actionlint).
    const own = readdirSync(path.join(ROOT, '.github/workflows')).filter((f) => f.endsWith('.yml'));
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(lint.stdout.match(/^ok/gm)).toHaveLength(12 + 2 * own.length);
    expect(lint.status).toBe(0);
  }, 120_000);
});
