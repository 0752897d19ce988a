import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// cfn-lint takes half a minute of CPU: it runs in the slow suite (npm run test:slow), not the unit suite.
describe('infra/batchbench.cfn.yaml', () => {
  it.skipIf(!hasCfnLint())(
    'passes cfn-lint through scripts/lint-infra.sh',
    async () => {
      const script = new URL('../../scripts/lint-infra.sh', import.meta.url).pathname;
      const { stdout } = await promisify(execFile)('bash', [script]);
      expect(stdout).toContain('lint-infra: no findings');
    },
    120_000,
  );
});

function hasCfnLint(): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(`${dir}/cfn-lint`));
}
