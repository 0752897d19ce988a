import { describe, expect, it } from 'vitest';
import { originProblem } from '../../src/app/verify-origin.js';
import type { RunOrigin } from '../../src/ports/run-store.js';

const recorded: RunOrigin = {
  repository: 'octo-org/bench-repo',
  event: 'pull_request',
  pullRequest: { number: 42, baseRef: 'main' },
  headSha: 'abcdef0123456789abcdef0123456789abcdef01',
  experimentFile: 'experiments/batch-pr.yaml',
  commentKey: 'batch-pr',
  checkName: 'batchbench / batch-pr',
};

describe('the collector publishes only what a workflow of its repository could have recorded', () => {
  it('accepts an origin the submit action records', () => {
    expect(originProblem(recorded, 'octo-org/bench-repo')).toBeUndefined();
    expect(
      originProblem({ ...recorded, pullRequest: undefined, branch: 'main' }, 'octo-org/bench-repo'),
    ).toBeUndefined();
  });

  it('refuses another repository, a forged PR number, commit, check name or comment key', () => {
    const problem = (patch: Partial<RunOrigin>, repo = 'octo-org/bench-repo') =>
      originProblem({ ...recorded, ...patch }, repo);
    expect(problem({}, '')).toMatch(/GITHUB_REPOSITORY/);
    expect(problem({ repository: 'mallory/elsewhere' })).toMatch(/mallory\/elsewhere/);
    expect(problem({ pullRequest: { number: -1, baseRef: 'main' } })).toMatch(/pull request number/);
    expect(problem({ pullRequest: { number: 1.5, baseRef: 'main' } })).toMatch(/pull request number/);
    expect(problem({ headSha: 'main' })).toMatch(/commit SHA/);
    expect(problem({ checkName: 'ok\n::warning::x' })).toMatch(/check name/);
    expect(problem({ checkName: 'x'.repeat(256) })).toMatch(/check name/);
    expect(problem({ commentKey: 'a -->\n<script>' })).toMatch(/comment key/);
  });
});
