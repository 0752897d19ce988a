import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../cli/io.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { parseAnnotation, ROOT, runBundled, type RunOptions } from './run-bundled.js';

const EXPERIMENT = `version: 1
name: saved-report
repeats: 3
run: { command: [node, -e, ''] }
matrix: { size: [1, 2] }
compute: { backend: local }
`;

let github: FakeGitHub;
let root: string;
let runDir: string;

beforeAll(async () => {
  github = await startFakeGitHub();
  root = mkdtempSync(path.join(os.tmpdir(), 'bb-report-saved-'));
  const file = path.join(root, 'saved-report.yaml');
  writeFileSync(file, EXPERIMENT);
  const runs = path.join(root, 'runs');
  const code = await main(['run', file, '--runs-dir', runs], captureIo(ROOT).io);
  expect(code).toBe(0);
  runDir = path.join(runs, readdirSync(runs).find((name) => !['history', 'index'].includes(name)) as string);
}, 60_000);
afterAll(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
});

function report(inputs: Record<string, string>, extra: Partial<RunOptions> = {}) {
  return runBundled('report', {
    event: 'pull_request.opened.json',
    eventName: 'pull_request',
    ...extra,
    inputs: { 'github-token': 'ghs_test', check: 'false', ...inputs },
    env: { GITHUB_API_URL: github.url },
  });
}

describe('actions/report publishes the report saved with a local run', () => {
  it('byte for byte: the summary, the comment and report.md show the same report', async () => {
    github.comments.clear();
    const run = await report({ 'run-dir': runDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the report saved with the run');
    const body = github.commentsOn(42)[0]?.body ?? '';
    const saved = readFileSync(path.join(runDir, 'report.md'), 'utf8');
    // The comment and the summary are one string: the hidden marker, report.md to the byte, and
    // below it what only a PR's report has (here: no base branch report to compare with).
    expect(run.summary).toBe(body);
    const head = `<!-- batchbench:saved-report -->\n${saved}`;
    expect(body.slice(0, head.length)).toBe(head);
    expect(body.slice(head.length)).toBe(
      '\n_No results of the base branch main yet: nothing to compare with._\n',
    );
    // The saved report.json is what the step outputs, not a rebuilt copy.
    expect(run.outputs['report-json']).toBe(readFileSync(path.join(runDir, 'report.json'), 'utf8'));
  });

  it('re-prices the run only when given a price table', async () => {
    const run = await report({ 'run-dir': runDir, prices: 'data/aws-prices.json', comment: 'false' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("report built from the run's records");
  });

  it('takes a run-dir that holds no run as the user mistake it is, not as a bug', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty, { recursive: true });
    for (const dir of [empty, path.join(root, 'no such folder'), path.join(root, 'saved-report.yaml')]) {
      const run = await report({ 'run-dir': dir, comment: 'false' });
      expect(run.code).toBe(1);
      const messages = run.annotations.map(parseAnnotation).map((a) => a.message);
      expect(messages).toEqual([expect.stringContaining('holds no batchbench run (no manifest.json)')]);
      expect(run.stdout).not.toContain('bug of batchbench');
      expect(run.stdout).not.toContain('unexpectedly');
    }
  });
});
