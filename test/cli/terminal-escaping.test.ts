import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import * as runner from '../../src/adapters/github/runner-io.js';
import { escapeTerminal } from '../../src/domain/terminal-text.js';
import { startFakeGitHub } from '../entrypoints/fake-github.js';
import { ROOT, runBundled } from '../entrypoints/run-bundled.js';
import { captureIo } from './io.js';
import { bundleEntry } from '../entrypoints/bundle-entry.js';
import { tempDir } from '../support/temp-dir.js';

// A file name and a key that try to print a workflow command of their own and to recolour the
// terminal; the key is written with YAML's escapes (\e is ESC, \a BEL, \r CR, \n LF).
const HOSTILE_NAME = 'x\n::warning::pwned-by-name\x1b[31m\x07.yaml';
const HOSTILE_KEY = '"bad\\e[31m\\a\\r\\n::warning::pwned-by-key": 1\n';

let workspace: string;
beforeAll(() => {
  workspace = tempDir('bb-escaping-');
  mkdirSync(path.join(workspace, 'experiments'));
  const spin = readFileSync(path.join(ROOT, 'test/fixtures/cli/spin.yaml'), 'utf8');
  writeFileSync(path.join(workspace, 'experiments/key.yaml'), spin + HOSTILE_KEY);
  copyFileSync(
    path.join(workspace, 'experiments/key.yaml'),
    path.join(workspace, 'experiments', HOSTILE_NAME),
  );
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** What a terminal or a runner would obey: raw control bytes, and lines that are workflow commands. */
function obeyed(output: string): string[] {
  const found: string[] = [];
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(output)) found.push('a raw control character');
  for (const line of output.split('\n')) if (/^\s*::warning::pwned/.test(line)) found.push(line);
  return found;
}

describe('bytes from a file never reach a terminal or a runner log raw', () => {
  it('escapeTerminal shows control characters and line breaks as escapes, on one line', () => {
    expect(escapeTerminal('a\n::warning::x\x1b[31m\x07\r\t\u202e\x9b')).toBe(
      'a\\n::warning::x\\x1b[31m\\x07\\r\\t\\u202e\\x9b',
    );
    expect(escapeTerminal('plain: text, 100% – ünïcode')).toBe('plain: text, 100% – ünïcode');
  });

  it('every action log line and annotation is escaped where it is written (runner-io)', () => {
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      runner.info('job failed: x\n::warning::pwned\x1b[31m');
      runner.warning('reason\r\n::warning::pwned\x07', { file: 'a\n::warning::pwned\x1b.yaml' });
      runner.notice('n\x1b]0;title\x07');
      runner.error('e\x1b[2J');
    } finally {
      process.stdout.write = original;
    }
    const out = written.join('');
    expect(obeyed(out)).toEqual([]);
    expect(out).toContain('job failed: x\\n::warning::pwned\\x1b[31m');
  });

  it('batchbench validate on a runner: problems, annotations and file names are escaped', async () => {
    const cli = captureIo(workspace, { GITHUB_ACTIONS: 'true' });
    const code = await main(['validate', 'experiments/key.yaml', `experiments/${HOSTILE_NAME}`], cli.io);
    expect(code).toBe(2);
    const all = `${cli.stdout()}\n${cli.stderr()}`;
    expect(obeyed(all)).toEqual([]);
    expect(cli.stderr()).toContain('pwned-by-key');
    expect(cli.stderr()).toContain('x\\n::warning::pwned-by-name\\x1b[31m\\x07.yaml');
    // Each problem is still one annotation, at its file.
    const annotations = cli
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('::error'));
    expect(annotations.length).toBeGreaterThanOrEqual(2);
  });

  it('actions/validate: annotations, log lines and the failure are escaped', async () => {
    const bundle = await bundleEntry('src/entrypoints/validate.ts');
    const github = await startFakeGitHub();
    github.prFiles.set(42, [
      { filename: 'experiments/key.yaml', status: 'added' },
      { filename: `experiments/${HOSTILE_NAME}`, status: 'added' },
    ]);
    try {
      const run = await runBundled('validate', {
        script: bundle.script,
        cwd: workspace,
        // The files a pull request changed, as the API lists them: names are the PR author's.
        event: 'pull_request.opened.json',
        eventName: 'pull_request',
        inputs: { 'github-token': 'ghs_test' },
        env: { GITHUB_API_URL: github.url },
      });
      expect(obeyed(run.stdout + run.stderr)).toEqual([]);
      expect(run.code).toBe(1);
      const onKey = run.annotations.filter((a) => a.includes('pwned-by-key'));
      expect(onKey.length).toBe(2);
      // The name stays readable in the annotation's file property, escaped.
      expect(
        run.annotations.some((a) => a.includes('file=experiments/x\\n%3A%3Awarning%3A%3Apwned-by-name')),
      ).toBe(true);
    } finally {
      await github.close();
      await bundle.remove();
    }
  });
});
