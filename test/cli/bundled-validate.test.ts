import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from './io.js';

const root = path.resolve(import.meta.dirname, '../..');
const files = ['invalid', 'valid']
  .flatMap((dir) =>
    readdirSync(path.join(root, 'test/fixtures', dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `test/fixtures/${dir}/${f}`),
  )
  .concat('test/fixtures/five-mistakes.yaml');

// dist/ validates with the experiment schema compiled at build time (scripts/build.mjs), the
// source with the same schema compiled at run time: both must find the same problems, worded alike.
describe('the bundled CLI validates as the source does', () => {
  it(`prints what the source prints for all ${files.length} fixtures`, async () => {
    const bundled = spawnSync(process.execPath, ['dist/cli.js', 'validate', ...files], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const source = captureIo(root, { NO_COLOR: '1' });
    const code = await main(['validate', ...files], source.io);
    expect(bundled.stderr).toBe(source.stderr());
    expect(bundled.stdout).toBe(source.stdout());
    expect(bundled.status).toBe(code);
    // Not two empty outputs: every invalid fixture has at least one error.
    const invalid = files.filter((f) => f.includes('/invalid/')).length;
    expect(source.stderr().match(/: error: /g)?.length ?? 0).toBeGreaterThanOrEqual(invalid);
  });
});
