import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorkload } from './run-workload.js';
import { tempDir } from '../support/temp-dir.js';

describe('examples/pipeline: train -> infer -> document', () => {
  it('hands the model and the scores on through --dir and reports what each stage did', async () => {
    const dir = tempDir('bb-pipeline-');
    const train = await runWorkload('pipeline/train.mjs', [
      '--items',
      '3000',
      '--epochs',
      '60',
      '--dir',
      dir,
    ]);
    expect(train.code).toBe(0);
    expect(train.metrics.epochs).toBe(60);
    expect(train.metrics.train_accuracy).toBeGreaterThan(0.75);
    const model = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')) as { weights: number[] };
    expect(model.weights).toHaveLength(17);

    const infer = await runWorkload('pipeline/infer.mjs', ['--items', '5000', '--dir', dir]);
    expect(infer.code).toBe(0);
    expect(infer.metrics.items).toBe(5000);
    expect(infer.metrics.accuracy).toBeGreaterThan(0.75);
    // The true rule bounds what any model can reach on data labelled with noise.
    expect(infer.metrics.accuracy).toBeLessThanOrEqual(infer.metrics.oracle_accuracy! + 0.02);

    const doc = await runWorkload('pipeline/document.mjs', ['--dir', dir]);
    expect(doc.code).toBe(0);
    const report = await readFile(path.join(dir, 'report.md'), 'utf8');
    expect(report).toContain('| items scored | 5000 |');
    expect(doc.metrics.report_bytes).toBe(Buffer.byteLength(report));
  });

  it('keeps each run and repeat in its own folder under the temp dir by default', async () => {
    const env = { BATCHBENCH_RUN_ID: 'run/42', BATCHBENCH_REPEAT: '2' };
    const train = await runWorkload('pipeline/train.mjs', ['--items', '500', '--epochs', '5'], env);
    expect(train.code).toBe(0);
    expect(train.stderr).toMatch(/batchbench-pipeline[/\\]run_42[/\\]r2[/\\]model\.json/);
  });

  it('exits 1 with a message when a stage runs before the one it needs', async () => {
    const dir = tempDir('bb-pipeline-');
    const infer = await runWorkload('pipeline/infer.mjs', ['--dir', dir]);
    expect(infer.code).toBe(1);
    expect(infer.stderr).toContain('run train.mjs first');
    const doc = await runWorkload('pipeline/document.mjs', ['--dir', dir]);
    expect(doc.code).toBe(1);
  });

  it('refuses bad arguments with exit code 2 and prints usage on --help', async () => {
    const bad = await runWorkload('pipeline/train.mjs', ['--epochs', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--epochs must be a positive integer');
    for (const stage of ['train', 'infer', 'document']) {
      const help = await runWorkload(`pipeline/${stage}.mjs`, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: node ${stage}.mjs`);
    }
  });
});
