/**
 * The history through the report action on local run folders, as a workflow runs it: a push to
 * the default branch adds the run's entry, a push to another branch does not, and a pull
 * request whose cell slowed down shows that cell's recent trend in its comment.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FsRunHistoryStore } from '../../src/adapters/run-history-store.js';
import { captureIo } from './io.js';
import { PUSH_EVENT, PUSH_SHA } from '../entrypoints/batch-flow.js';
import { startFakeGitHub, type FakeGitHub } from '../entrypoints/fake-github.js';
import { ROOT, runBundled } from '../entrypoints/run-bundled.js';

const SLEEP = path.join(ROOT, 'test/fixtures/workloads/sleep-ms.mjs');
let github: FakeGitHub;
let dir: string;
const runs = () => path.join(dir, 'runs');

async function localRun(ms: number): Promise<string> {
  const file = path.join(dir, 'exp.yaml');
  writeFileSync(
    file,
    [
      'version: 1',
      'name: pr-trend',
      `run: { command: [node, ${JSON.stringify(SLEEP)}, '${ms}'] }`,
      'repeats: 4',
      'resources: { vcpus: 1, timeout: 1m }',
    ].join('\n'),
  );
  const before = new Set(readdirSync(runs()));
  // The CLI's own history goes elsewhere: this test is about what the action keeps.
  const c = captureIo(ROOT);
  const code = await main(
    ['run', file, '--runs-dir', runs(), '--history-dir', path.join(dir, 'cli-history'), '--concurrency', '2'],
    c.io,
  );
  expect(code, c.stderr()).toBe(0);
  const [created] = readdirSync(runs()).filter((d) => !before.has(d) && !['history', 'index'].includes(d));
  return path.join(runs(), created!);
}

async function reportOnPush(runDir: string, ref: string) {
  const run = await runBundled('report', {
    event: PUSH_EVENT,
    eventName: 'push',
    inputs: { 'run-dir': runDir, 'github-token': 'ghs_test' },
    env: { GITHUB_API_URL: github.url, GITHUB_REF: ref, GITHUB_SHA: PUSH_SHA },
  });
  expect(run.stderr).toBe('');
  return run;
}

beforeAll(async () => {
  github = await startFakeGitHub();
  dir = mkdtempSync(path.join(os.tmpdir(), 'bb-pr-trend-'));
  mkdirSync(runs());
}, 60_000);

afterAll(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the run history through actions/report', () => {
  it("adds a default-branch run, not another branch's, and shows a PR its trend", async () => {
    const history = new FsRunHistoryStore(path.join(runs(), 'history'));
    const first = await reportOnPush(await localRun(40), 'refs/heads/main');
    expect(first.stdout).toMatch(
      /added to the history of pr-trend: .*runs\/history\/experiments\/pr-trend\//,
    );
    await reportOnPush(await localRun(40), 'refs/heads/main');
    const other = await reportOnPush(await localRun(40), 'refs/heads/feature');
    expect(other.stdout).not.toContain('added to the history');
    const entries = await history.load('pr-trend');
    // Both runs measured this worktree's commit: the trend has one base point, the later run.
    expect(entries.map((e) => e.ref)).toEqual(['main', 'main']);
    expect(entries[0]!.cells[0]!.metrics.wall_seconds!.samples).toHaveLength(4);

    const slow = await localRun(700);
    const pr = await runBundled('report', {
      event: 'pull_request.opened.json',
      eventName: 'pull_request',
      inputs: { 'run-dir': slow, 'github-token': 'ghs_test' },
      env: { GITHUB_API_URL: github.url, GITHUB_REF: 'refs/pull/42/merge' },
    });
    expect(pr.stderr).toBe('');
    const body = github.commentsOn(42).at(-1)?.body ?? '';
    expect(body).toContain('### Trend of the changed cells');
    expect(body).toMatch(
      /\| main\/default \| [▁▂▃▄▅▆▇█]{2} \| [0-9a-f]{7} [\d.]+ (ms|s) \| [\d.]+ (ms|s) \| ❌ regression \+\d+/,
    );
    expect((await history.load('pr-trend')).length).toBe(2);
  }, 180_000);
});
