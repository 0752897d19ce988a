import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { parseAnnotation, runBundled } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

let github: FakeGitHub;

beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});

describe('actions/validate, bundled, as a runner runs it', () => {
  it('validates the experiment files a pull request changed: one annotation per problem, then one failure', async () => {
    github.prFiles.set(42, [
      { filename: 'test/fixtures/five-mistakes.yaml', status: 'modified' },
      { filename: 'test/fixtures/cli/spin.yaml', status: 'added' },
      { filename: 'test/fixtures/cli/gone.yaml', status: 'removed' },
      { filename: 'README.md', status: 'modified' },
    ]);
    const run = await runBundled('validate', {
      event: 'pull_request.opened.json',
      eventName: 'pull_request',
      inputs: { 'github-token': 'ghs_test', pattern: 'test/fixtures/**/*.yaml' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(github.requests.some((r) => r.path === '/repos/octo-org/bench-repo/pulls/42/files')).toBe(true);
    const annotations = run.annotations.map(parseAnnotation);
    const errors = annotations.filter((a) => a.props.file === 'test/fixtures/five-mistakes.yaml');
    expect(errors).toHaveLength(5);
    for (const a of errors) {
      expect(a.level).toBe('error');
      expect(Number(a.props.line)).toBeGreaterThan(1);
      expect(Number(a.props.col)).toBeGreaterThanOrEqual(1);
      expect(a.props.title).toBe('batchbench');
    }
    expect(errors.map((e) => e.message).join('\n')).toContain('spott');
    expect(run.annotations.some((a) => a.includes('spin.yaml'))).toBe(false);
    // One setFailed with the count, after the annotations.
    const failures = run.annotations.filter((a) => a.startsWith('::error::'));
    expect(failures).toEqual(['::error::5 problems in 1 of 2 experiment files']);
    expect(run.code).toBe(1);
    const plan = JSON.parse(run.outputs.plan ?? '[]') as {
      file: string;
      valid: boolean;
      plan?: { totals: { jobs: number } };
    }[];
    // In the PR's order; the removed file and the one outside the pattern are not validated.
    expect(plan.map((p) => [p.file, p.valid])).toEqual([
      ['test/fixtures/five-mistakes.yaml', false],
      ['test/fixtures/cli/spin.yaml', true],
    ]);
    expect(plan[1]?.plan?.totals.jobs).toBe(15);
    expect(JSON.parse(run.outputs.files ?? '')).toEqual(['test/fixtures/cli/spin.yaml']);
    expect(run.summary).toContain('### Plan · cli-spin');
    expect(run.summary).toMatch(/\*\*15 jobs\*\* in 2 cells/);
    expect(run.summary).toContain('vCPU-hours');
    expect(run.summary).toContain('estimated cost');
    expect(run.summary).toContain('five-mistakes.yaml');
  });

  it('validates the files given by the experiments input (globs) on workflow_dispatch and passes', async () => {
    const run = await runBundled('validate', {
      event: 'workflow_dispatch.json',
      eventName: 'workflow_dispatch',
      inputs: { experiments: 'test/fixtures/cli/*.yaml\ntest/fixtures/actions/spin-target.yaml' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.files ?? '')).toEqual([
      'test/fixtures/actions/spin-target.yaml',
      'test/fixtures/cli/spin.yaml',
    ]);
    expect(run.annotations).toEqual([]);
    expect(run.summary).toContain('### Plan · spin-target');
  });

  it('names a missing file as a problem at line 1', async () => {
    const run = await runBundled('validate', {
      event: 'schedule.json',
      inputs: { experiments: 'experiments/nope.yaml' },
    });
    expect(run.annotations.map(parseAnnotation)[0]).toEqual({
      level: 'error',
      props: { title: 'batchbench', file: 'experiments/nope.yaml', line: '1', col: '1' },
      message:
        'no such file (give the path of an experiment file, e.g. experiments/monte-carlo-scaling.yaml)',
    });
    expect(run.code).toBe(1);
  });
  it('on a push, validates the experiment files its commits added or changed, and all of them when it cannot tell', async () => {
    const push = JSON.parse(await readFile('test/fixtures/actions/events/push.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const dir = tempDir('bb-push-');
    const withCommits = path.join(dir, 'push.json');
    await writeFile(
      withCommits,
      JSON.stringify({
        ...push,
        commits: [
          {
            id: 'a1',
            added: ['test/fixtures/cli/spin.yaml', 'test/fixtures/cli/gone.yaml'],
            modified: [],
            removed: [],
          },
          {
            id: 'a2',
            added: [],
            modified: ['README.md', 'test/fixtures/five-mistakes.yaml'],
            removed: ['test/fixtures/cli/gone.yaml'],
          },
        ],
      }),
    );
    const inputs = { pattern: 'test/fixtures/**/*.yaml' };
    const run = await runBundled('validate', { event: withCommits, eventName: 'push', inputs });
    const checked = (r: typeof run) =>
      (JSON.parse(r.outputs.plan ?? '[]') as { file: string }[]).map((p) => p.file);
    // No REST call: the payload says what the push changed; the file a later commit removed is gone.
    expect(checked(run)).toEqual(['test/fixtures/cli/spin.yaml', 'test/fixtures/five-mistakes.yaml']);
    expect(run.code).toBe(1);

    // The fixture's push has no commit list (as after a force push): every matching file.
    const all = await runBundled('validate', {
      event: path.resolve('test/fixtures/actions/events/push.json'),
      eventName: 'push',
      inputs,
    });
    expect(checked(all).length).toBeGreaterThan(2);
    expect(checked(all)).toEqual(
      expect.arrayContaining(['test/fixtures/cli/spin.yaml', 'test/fixtures/five-mistakes.yaml']),
    );
  }, 60_000);
});
