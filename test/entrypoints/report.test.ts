import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { captureIo } from '../cli/io.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { parseAnnotation, ROOT, runBundled, type RunOptions } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

const MARKER = '<!-- batchbench:spin-target -->';
const HEAD_SHA = 'abcdef0123456789abcdef0123456789abcdef01';
let github: FakeGitHub;
let runDir: string;

beforeAll(async () => {
  github = await startFakeGitHub();
  const runs = tempDir('bb-report-runs-');
  // A real local run whose speedup target (50x on 2 workers) is missed.
  const code = await main(
    ['run', 'test/fixtures/actions/spin-target.yaml', '--runs-dir', runs, '--concurrency', '2'],
    captureIo(ROOT).io,
  );
  expect(code).toBe(1);
  // The runs folder also keeps the history of complete runs (batchbench history).
  runDir = path.join(runs, readdirSync(runs).find((d) => !['history', 'index'].includes(d)) as string);
}, 60_000);
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  github.comments.clear();
  github.checkRuns.length = 0;
  github.statuses.length = 0;
  github.forbid.clear();
});

function report(extra: Partial<RunOptions> & { inputs?: Record<string, string> } = {}) {
  return runBundled('report', {
    event: 'pull_request.opened.json',
    eventName: 'pull_request',
    ...extra,
    inputs: { 'run-dir': runDir, 'github-token': 'ghs_test', ...extra.inputs },
    env: { GITHUB_API_URL: github.url, ...extra.env },
  });
}

describe('actions/report, bundled, as a runner runs it', () => {
  it('publishes one rendering as the summary, an output, a sticky PR comment and a failing check', async () => {
    const run = await report();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const comments = github.commentsOn(42);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.startsWith(`${MARKER}\n## batchbench · spin-target`)).toBe(true);
    expect(body.length).toBeLessThan(65_536);
    // Rendered once: the same string everywhere.
    expect(run.outputs.markdown).toBe(body);
    expect(run.summary).toBe(body);
    const json = JSON.parse(run.outputs['report-json'] ?? '') as ReportModel;
    expect(json.targets.map((t) => t.status)).toContain('missed');
    expect(readFileSync(path.join(run.outputs['report-dir'] ?? '', 'report.json'), 'utf8')).toBe(
      run.outputs['report-json'],
    );
    // The table in the comment holds the report JSON's cells.
    for (const cell of json.cells) expect(body).toContain(`| ${cell.cellId}`);
    expect(run.outputs.conclusion).toBe('failure');
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]).toMatchObject({
      name: 'batchbench / spin-target',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.com/octo-org/bench-repo/actions/runs/7001',
    });
  });

  it('updates its comment on a second run, with the base branch compared, instead of adding one', async () => {
    await report();
    const first = github.commentsOn(42);
    expect(first).toHaveLength(1);
    const run = await report({ inputs: { 'baseline-report': path.join(runDir, 'report.json') } });
    expect(run.code).toBe(0);
    const after = github.commentsOn(42);
    expect(after.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(after[0]?.body).toContain('### Compared with the base branch');
    // The same run on both sides: a change of 0% in every cell, with its interval.
    expect(after[0]?.body).toMatch(/\| main \| workers-2 \| [^|]+ \| [^|]+ \| 0% \\\[/);
    expect(github.requests.filter((r) => r.method === 'PATCH')).not.toHaveLength(0);
  });

  it('ends with one comment when two runs finish at the same moment', async () => {
    github.holdCommentLists(2);
    const [a, b] = await Promise.all([report(), report()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const comments = github.commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    // Both created one; the newer was deleted.
    expect(github.requests.filter((r) => r.method === 'DELETE').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the oldest of duplicate comments left by an earlier race and deletes the rest', async () => {
    for (const [id, at] of [
      [10, '2026-11-20T10:00:00Z'],
      [11, '2026-11-20T10:00:00Z'],
      [12, '2026-11-20T10:00:01Z'],
    ] as const) {
      github.comments.set(id, {
        id,
        issue_number: 42,
        body: `${MARKER}\nold report ${id}`,
        created_at: at,
        updated_at: at,
        html_url: `https://github.com/octo-org/bench-repo/pull/42#issuecomment-${id}`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      });
    }
    github.comments.set(13, { ...github.comments.get(10)!, id: 13, body: 'LGTM, someone else' });
    const run = await report({ inputs: { check: 'false' } });
    expect(run.code).toBe(0);
    expect(github.commentsOn(42).map((c) => [c.id, c.body.startsWith(`${MARKER}\n## batchbench`)])).toEqual([
      [10, true],
      [13, false],
    ]);
    expect(github.checkRuns).toHaveLength(0);
  });

  it('turns a 403 into warnings naming the permission, and still succeeds', async () => {
    github.forbid.add('comments').add('checks').add('statuses');
    const run = await report({ event: 'pull_request.fork.json' });
    expect(run.code).toBe(0);
    const warnings = run.annotations.map(parseAnnotation).filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.message).join('\n')).toContain("'pull-requests: write'");
    expect(warnings.map((w) => w.message).join('\n')).toContain('checks: write');
    expect(github.comments.size).toBe(0);
    expect(run.summary).toContain('## batchbench · spin-target');
    expect(run.outputs.markdown).toContain(MARKER);
  });

  it('falls back to a commit status when check runs are not allowed', async () => {
    github.forbid.add('checks');
    const run = await report();
    expect(run.code).toBe(0);
    expect(github.statuses).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'failure', context: 'batchbench / spin-target' }),
    ]);
  });

  it('outside a pull request: no comment, a check on GITHUB_SHA, summary and outputs written', async () => {
    const run = await report({ event: 'workflow_dispatch.json', eventName: 'workflow_dispatch' });
    expect(run.code).toBe(0);
    expect(github.comments.size).toBe(0);
    expect(github.checkRuns[0]).toMatchObject({ head_sha: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed' });
    expect(run.summary).toContain('spin-target');
  });

  it('fails plainly on a configuration mistake, without a stack', async () => {
    const run = await report({ inputs: { 'run-dir': '' } });
    expect(run.code).toBe(1);
    expect(run.annotations.map(parseAnnotation)[0]?.message).toBe(
      "give either 'run-dir' (a local run folder) or 'run-id' and 'store' (s3://bucket/prefix/)",
    );
  });
});
