import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { captureIo } from '../cli/io.js';
import { PUSH_EVENT, PUSH_SHA } from './batch-flow.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ROOT, runBundled } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * The base branch's latest report kept beside local runs (FsRunStore): the report action on a
 * local run folder keeps a complete run of a branch as `<runs>/branches/<experiment>/<branch>/`,
 * and never a pending, failed, older or pull request's one.
 */
let github: FakeGitHub;
let runs: string;
const runDirs: Record<'older' | 'newer' | 'failing', string> = { older: '', newer: '', failing: '' };
const latest = () => path.join(runs, 'branches', 'spin-target', 'main', 'latest-report.json');
const readLatest = () => JSON.parse(readFileSync(latest(), 'utf8')) as ReportModel;

async function localRun(file: string): Promise<string> {
  const before = new Set(readdirSync(runs));
  await main(['run', file, '--runs-dir', runs, '--concurrency', '2'], captureIo(ROOT).io);
  // The runs folder also keeps the history of complete runs (batchbench history).
  const [created] = readdirSync(runs).filter((d) => !before.has(d) && !['history', 'index'].includes(d));
  return path.join(runs, created as string);
}

/** actions/report on a local run folder, in a workflow run on a push to main. */
async function reportOnPush(runDir: string) {
  const run = await runBundled('report', {
    event: PUSH_EVENT,
    eventName: 'push',
    inputs: { 'run-dir': runDir, 'github-token': 'ghs_test' },
    env: { GITHUB_API_URL: github.url, GITHUB_REF: 'refs/heads/main', GITHUB_SHA: PUSH_SHA },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run;
}

beforeAll(async () => {
  github = await startFakeGitHub();
  runs = tempDir('bb-branch-runs-');
  runDirs.older = await localRun('test/fixtures/actions/spin-target.yaml');
  runDirs.newer = await localRun('test/fixtures/actions/spin-target.yaml');
  // The same experiment, later, with one cell whose jobs fail.
  const failing = path.join(runs, 'spin-target-failing.yaml');
  writeFileSync(
    failing,
    [
      'version: 1',
      'name: spin-target',
      "run: { command: [node, test/fixtures/workloads/exit-with.mjs, '${{ matrix.code }}'] }",
      'matrix: { code: [0, 3] }',
      'repeats: 2',
      'resources: { vcpus: 1, timeout: 1m }',
    ].join('\n'),
  );
  runDirs.failing = await localRun(failing);
}, 120_000);
afterAll(async () => {
  await github.close();
});

describe('the latest report of a branch beside local runs, through actions/report', () => {
  it('keeps a push run, not an older one collected after it, nor a failed one', async () => {
    const first = await reportOnPush(runDirs.older);
    expect(readFileSync(latest(), 'utf8')).toBe(first.outputs['report-json']);
    const second = await reportOnPush(runDirs.newer);
    expect(readFileSync(latest(), 'utf8')).toBe(second.outputs['report-json']);
    const newerId = readLatest().run.id;

    const late = await reportOnPush(runDirs.older);
    expect(late.stdout).toContain(`branch main keeps the report of ${newerId}, a run started later`);
    const failed = await reportOnPush(runDirs.failing);
    expect((JSON.parse(failed.outputs['report-json'] ?? '') as ReportModel).run.status).toBe('partial');
    expect(failed.stdout).not.toContain('kept as the latest report');
    expect(readFileSync(latest(), 'utf8')).toBe(second.outputs['report-json']);
  });

  it("compares a pull request's run with it and leaves it as it was", async () => {
    const before = readFileSync(latest(), 'utf8');
    const run = await runBundled('report', {
      event: 'pull_request.opened.json',
      eventName: 'pull_request',
      inputs: { 'run-dir': runDirs.older, 'github-token': 'ghs_test' },
      env: { GITHUB_API_URL: github.url, GITHUB_REF: 'refs/pull/42/merge' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const body = github.commentsOn(42)[0]?.body ?? '';
    expect(body).toContain('### Compared with the base branch');
    expect(body).toContain(`base run ${readLatest().run.id} at ${readLatest().run.gitCommit ?? ''}`);
    // Every cell the same experiment measured on both sides has a change figure.
    expect(body).toMatch(/\| main \| workers-1 \| [^|]+ \| [^|]+ \| [^|]*\d%[^|]* \|/);
    expect(readFileSync(latest(), 'utf8')).toBe(before);
    expect(readdirSync(path.join(runs, 'branches', 'spin-target'))).toEqual(['main']);
  });
});
