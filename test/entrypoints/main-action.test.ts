import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/domain/report/model.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { errorsOf, parseAnnotation, runBundled } from './run-bundled.js';

const root = { script: 'dist/main/index.js' };
let github: FakeGitHub;

beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.close();
});

describe('the root action (dist/main/index.js): the whole flow in one step', () => {
  it('runs a local experiment and publishes the report; a missed target fails the step', async () => {
    const run = await runBundled('main', {
      ...root,
      event: 'pull_request.opened.json',
      eventName: 'pull_request',
      inputs: {
        experiment: 'test/fixtures/actions/spin-target.yaml',
        repeats: '4',
        'github-token': 'ghs_test',
      },
      env: { GITHUB_API_URL: github.url },
    });
    expect(errorsOf(run)).toBe('');
    const reportDir = run.outputs['report-dir'] ?? '';
    expect(existsSync(path.join(reportDir, 'manifest.json'))).toBe(true);
    const json = JSON.parse(run.outputs['report-json'] ?? '') as ReportModel;
    expect(json.run).toMatchObject({ jobsPlanned: 12, jobsSucceeded: 12, status: 'complete' });
    expect(JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')).run.id).toBe(json.run.id);
    expect(github.commentsOn(42)).toHaveLength(1);
    expect(github.commentsOn(42)[0]?.body).toBe(run.outputs.markdown);
    expect(run.summary).toContain(run.outputs.markdown);
    expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure' });
    expect(run.annotations.map(parseAnnotation).at(-1)?.message).toMatch(
      /^spin-target: 12\/12 jobs succeeded, targets 0 met, 1 missed/,
    );
    expect(run.code).toBe(1);
  }, 60_000);

  it('command validate annotates every problem and fails once', async () => {
    const run = await runBundled('main', {
      ...root,
      inputs: {
        command: 'validate',
        experiment: 'test/fixtures/five-mistakes.yaml test/fixtures/cli/*.yaml',
      },
    });
    const annotations = run.annotations.map(parseAnnotation);
    expect(annotations.filter((a) => a.props.file === 'test/fixtures/five-mistakes.yaml')).toHaveLength(5);
    expect(annotations.at(-1)?.message).toBe('5 problems in the experiment files');
    expect(run.code).toBe(1);
  });

  it('dry-run plans and runs nothing', async () => {
    const run = await runBundled('main', {
      ...root,
      inputs: { experiment: 'test/fixtures/cli/spin.yaml', 'dry-run': 'true' },
    });
    expect(errorsOf(run)).toBe('');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('### Plan · cli-spin');
    expect(JSON.parse(run.outputs.plan ?? '').totals.jobs).toBe(15);
    expect(run.outputs['report-dir']).toBeUndefined();
  });

  it('says what is wrong with an unknown command', async () => {
    const run = await runBundled('main', { ...root, inputs: { command: 'launch', experiment: 'x.yaml' } });
    expect(run.code).toBe(1);
    expect(run.annotations.map(parseAnnotation)[0]?.message).toBe(
      "command must be validate, plan or run, not 'launch'",
    );
  });
});
