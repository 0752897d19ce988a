import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { planOf } from '../adapters/aws/batch-env.js';
import { record } from '../app/records.js';
import { startFakeGitHub } from './fake-github.js';
import { runBundled, type ActionRun } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

// GitHub's limits: a step's job summary at most 1 MiB, an output (and a step's outputs) 1 MB.
const SUMMARY_LIMIT = 1024 * 1024;
const OUTPUT_LIMIT = 1_000_000;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}

/** What the runner reads back from GITHUB_STEP_SUMMARY and GITHUB_OUTPUT is within GitHub's limits. */
function expectWithinLimits(run: ActionRun): void {
  expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
  const total = Object.values(run.outputs).reduce((n, v) => n + Buffer.byteLength(v), 0);
  expect(total).toBeLessThan(OUTPUT_LIMIT);
}

/** runBundled's RUNNER_TEMP (GITHUB_OUTPUT and the rest), where an output file goes: removed after. */
function runnerTempOf(file: string | undefined): string {
  if (!file) throw new Error('no output file');
  const dir = path.dirname(path.dirname(file));
  dirs.push(dir);
  return dir;
}

/** A file with a 100-cell matrix: its plan is some 17 KB of Markdown (60 rows shown), 120 of them 2 MB. */
function bigExperiment(i: number): string {
  const values = Array.from({ length: 100 }, (_, k) => `v${String(k).padStart(3, '0')}-${'x'.repeat(150)}`);
  return [
    'version: 1',
    `name: wide-${i}`,
    'run: { command: [node, work.mjs, "${{ matrix.opt }}"] }',
    `matrix: { opt: [${values.join(', ')}] }`,
    'repeats: 1',
    '',
  ].join('\n');
}

describe('GitHub limits, through the runner files', () => {
  it('validate with 120 changed files: the summary folds under 1 MiB with a note, the plans go to a file', async () => {
    const ws = temp('bb-limits-ws-');
    mkdirSync(path.join(ws, 'experiments'));
    for (let i = 0; i < 120; i++)
      writeFileSync(
        path.join(ws, 'experiments', `wide-${String(i).padStart(3, '0')}.yaml`),
        bigExperiment(i),
      );
    const run = await runBundled('validate', { cwd: ws, inputs: { experiments: 'experiments/*.yaml' } });
    const runnerTemp = runnerTempOf(run.outputs['plan-file']);
    expect(run.code).toBe(0);
    // The summary keeps whole files, then says what it left out and where everything is.
    expect(Buffer.byteLength(run.summary)).toBeGreaterThan(SUMMARY_LIMIT - 64 * 1024);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(run.summary).toContain('## batchbench · validate');
    expect(run.summary).toMatch(
      /This summary stops here to stay within GitHub's limit of 1 MiB[^\n]*: \d+ of 120 parts are left out: experiments\/wide-\d{3}\.yaml/,
    );
    expect(run.summary).toMatch(/, and \d+ more\. Every file's problems are in the annotations/);
    expect(run.summary).toContain('`plan-file`');
    // Every plan, whole, in the file; the output keeps the plans without their job lists.
    const full = JSON.parse(readFileSync(run.outputs['plan-file'] ?? '', 'utf8')) as {
      plan: { jobs: unknown[] };
    }[];
    expect(full).toHaveLength(120);
    expect(full[0]?.plan.jobs).toHaveLength(100);
    expect(statSync(run.outputs['plan-file'] ?? '').size).toBeGreaterThan(256 * 1024);
    // The output keeps each file's validity and plan totals.
    const inline = JSON.parse(run.outputs.plan ?? '') as {
      valid: boolean;
      plan: { jobs?: unknown[]; totals: { jobs: number } };
    }[];
    expect(inline).toHaveLength(120);
    expect(inline[0]).toMatchObject({ valid: true, plan: { totals: { jobs: 100 } } });
    expect(inline[0]?.plan.jobs).toBeUndefined();
    expect(run.stdout).toMatch(
      /the plan output is \d+ bytes, more than the 262144 an output keeps: plan holds a shortened form/,
    );
    expect(run.outputs['plan-file']?.startsWith(path.join(runnerTemp, 'batchbench-outputs'))).toBe(true);
    expectWithinLimits(run);
  }, 120_000);

  it('report of a 400-cell run: report-json goes to a file, the comment stays within 65,536 characters', async () => {
    const values = Array.from(
      { length: 400 },
      (_, k) => `case-${String(k).padStart(3, '0')}-${'y'.repeat(60)}`,
    );
    const source = [
      'version: 1',
      'name: wide-report',
      'run: { command: [node, work.mjs, "${{ matrix.opt }}"] }',
      `matrix: { opt: [${values.join(', ')}] }`,
      'repeats: 2',
      '',
    ].join('\n');
    const exp = validateExperimentText(source, 'experiments/wide-report.yaml').value as Experiment;
    const plan = planOf(exp);
    const runs = temp('bb-limits-runs-');
    const store = new FsRunStore(runs);
    const runId = 'wide-report-1';
    await store.create({
      runId,
      experiment: exp.name,
      experimentFile: exp.file,
      experimentSource: source,
      backend: 'local',
      createdAt: '2026-11-22T06:00:00.000Z',
      updatedAt: '2026-11-22T06:10:00.000Z',
      status: 'complete',
      plan,
    });
    for (const [i, j] of plan.jobs.entries())
      await store.appendRecord(
        runId,
        record(
          j,
          { queued: 0, started: 1, stopped: 3 + (i % 7), command: [1, 2 + (i % 7)] },
          { runId, backend: 'local' },
        ),
      );
    const github = await startFakeGitHub();
    try {
      const run = await runBundled('report', {
        event: 'pull_request.opened.json',
        eventName: 'pull_request',
        inputs: { 'run-dir': path.join(runs, runId), 'github-token': 'ghs_test' },
        env: { GITHUB_API_URL: github.url },
      });
      runnerTempOf(run.outputs['report-json-file']);
      expect(run.stderr).toBe('');
      const json = readFileSync(run.outputs['report-json-file'] ?? '', 'utf8');
      expect(Buffer.byteLength(json)).toBeGreaterThan(256 * 1024);
      expect((JSON.parse(json) as ReportModel).cells).toHaveLength(400);
      expect(run.outputs['report-json']).toBeUndefined();
      expect(run.stdout).toContain('the report-json output is');
      expect(run.outputs.markdown?.length).toBeLessThanOrEqual(65_536);
      const [comment] = github.commentsOn(42);
      expect(comment?.body.length).toBeLessThanOrEqual(65_536);
      expectWithinLimits(run);
    } finally {
      await github.close();
    }
  }, 120_000);
});
