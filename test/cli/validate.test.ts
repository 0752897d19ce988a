import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from './io.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('batchbench validate', () => {
  it('accepts every shipped example', async () => {
    const c = captureIo(root);
    const files = [
      'experiments/beam-steering.yaml',
      'experiments/monte-carlo-scaling.yaml',
      'experiments/monte-carlo-cloud.yaml',
      'experiments/train-infer-document.yaml',
      'experiments/retrodiction-batch.yaml',
    ];
    expect(await main(['validate', ...files], c.io)).toBe(0);
    expect(c.stdout()).toContain('experiments/beam-steering.yaml: valid, 18 jobs in 6 cells');
    expect(c.stderr()).toBe('');
  });

  it("reads files relative to the directory it was started in, not the test runner's", async () => {
    const c = captureIo(path.join(root, 'experiments'));
    expect(await main(['validate', 'beam-steering.yaml'], c.io)).toBe(0);
    expect(c.stdout()).toContain('beam-steering.yaml: valid, 18 jobs in 6 cells');
  });

  it('prints all five mistakes of a file with their line and column and exits 2', async () => {
    const c = captureIo(root);
    expect(await main(['validate', 'test/fixtures/five-mistakes.yaml'], c.io)).toBe(2);
    const lines = c.stderr().trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines)
      expect(line).toMatch(/^test\/fixtures\/five-mistakes\.yaml:\d+:\d+: error: .+\(.+\)$/);
    expect(c.stdout()).toContain('5 problems');
  });

  it('annotates each problem on a GitHub runner', async () => {
    const c = captureIo(root, { GITHUB_ACTIONS: 'true' });
    await main(['validate', 'test/fixtures/five-mistakes.yaml'], c.io);
    expect(
      c.stdout().match(/^::error file=test\/fixtures\/five-mistakes\.yaml,line=\d+,col=\d+/gm),
    ).toHaveLength(5);
  });

  it('says a missing file is missing, and runs nothing', async () => {
    const c = captureIo(root);
    expect(await main(['run', 'experiments/nope.yaml'], c.io)).toBe(2);
    expect(c.stderr()).toContain('experiments/nope.yaml:1:1: error: no such file');
  });

  it('refuses unknown options and commands with the usage', async () => {
    const c = captureIo(root);
    expect(await main(['validate', '--frobnicate', 'x'], c.io)).toBe(2);
    expect(c.stderr()).toContain("Unknown option '--frobnicate'");
    expect(await main(['explode'], c.io)).toBe(2);
    expect(c.stderr()).toContain('unknown command "explode"');
  });
});

describe('batchbench plan', () => {
  it('shows jobs, time and cost bounds with the price snapshot, and runs nothing', async () => {
    const c = captureIo(root);
    expect(await main(['plan', 'experiments/beam-steering.yaml'], c.io)).toBe(0);
    const out = c.stdout();
    expect(out).toContain('total: 18 jobs in 6 cells x 1 stage');
    expect(out).toContain(
      'prices: EC2 on-demand us-west-2, undated; Spot: typical savings, 2025-06; see data/aws-prices.SOURCES.md',
    );
  });

  it('writes the plan as JSON with every job id', async () => {
    const c = captureIo(root);
    expect(await main(['plan', 'experiments/monte-carlo-scaling.yaml', '--json'], c.io)).toBe(0);
    const plan = JSON.parse(c.stdout()) as { jobs: { id: string }[] };
    expect(plan.jobs.map((j) => j.id)).toContain('main.workers-2.r3.s1');
  });
});
