import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CampaignPlan } from '../../src/domain/campaign/plan-types.js';
import { captureIo } from './io.js';
import { tempDir } from '../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const SEED = path.join(root, 'experiments/weekly-instance-benchmarks.yaml');

describe('batchbench campaign plan', () => {
  it('writes the week as JSON with --output plan.json', async () => {
    const dir = tempDir('bb-cplan-');
    const cap = captureIo(dir);
    const code = await main(
      ['campaign', 'plan', SEED, '--week', '2026-W48', '--output', 'plan.json'],
      cap.io,
    );
    expect(code).toBe(0);
    expect(cap.stderr()).toContain('120 jobs for 2026-W48 written to plan.json');
    const plan = JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8')) as CampaignPlan;
    expect(plan.week).toBe('2026-W48');
    expect(plan.jobs).toHaveLength(120);
  });

  it('prints totals per day and window and the constraints honoured', async () => {
    const cap = captureIo(root);
    expect(await main(['campaign', 'plan', SEED, '--week', '2026-W48'], cap.io)).toBe(0);
    expect(cap.stdout()).toContain(
      'weekly-instance-benchmarks, week 2026-W48 (us-east-1): 120 jobs on 12 instance types',
    );
    expect(cap.stdout()).toMatch(/^1 +2026-11-23 +morning +\d+ /m);
    expect(cap.stdout()).toContain('ok   max-concurrent: most jobs at once in any window:');
    // The price basis in one line, its provenance left to the sources file; a day a line.
    expect(cap.stdout()).toContain(
      '\nprices: EC2 on-demand us-east-1, 2026-07-20; Spot: typical savings, 2025-06; see data/aws-prices.SOURCES.md\n',
    );
    expect(cap.stdout()).toMatch(/^per day:\n( {2}2026-11-(2[3-9]|30) +\d+ jobs {2}\$\d+\.\d\d\n){7}/m);
  });

  it('exits 2 with a located problem when the week cannot fit', async () => {
    const dir = tempDir('bb-cplan-');
    const text = (await readFile(SEED, 'utf8')).replace('max-daily-jobs: 30', 'max-daily-jobs: 10');
    await writeFile(path.join(dir, 'tight.yaml'), text);
    const cap = captureIo(dir);
    expect(await main(['campaign', 'plan', 'tight.yaml', '--week', '2026-W48'], cap.io)).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('max-daily-jobs')) + 1;
    expect(cap.stderr()).toContain(
      `tight.yaml:${line}:19: error: does not fit: 120 jobs > 70 = 7 days x 10 a day (short by 50) (raise max-daily-jobs to 18`,
    );
    expect(cap.stdout()).toBe('');
  });

  it('refuses a week that is not an ISO week, and an unknown subcommand', async () => {
    const cap = captureIo(root);
    expect(await main(['campaign', 'plan', SEED, '--week', '2026-48'], cap.io)).toBe(2);
    expect(cap.stderr()).toContain('--week takes an ISO week such as 2026-W48, not "2026-48"');
    const other = captureIo(root);
    expect(await main(['campaign', 'fly', SEED], other.io)).toBe(2);
    expect(other.stderr()).toContain('campaign takes "plan", "run" or "queues", not "fly"');
  });
});

describe('batchbench campaign run --window current', () => {
  it("runs the window open now on today's day, appends to the history and reports", async () => {
    const dir = tempDir('bb-crun-');
    await writeFile(
      path.join(dir, 'latency.yaml'),
      `version: 1
kind: campaign
name: latency-now
instances: { families: [c7g], sizes: [large] }
benchmarks: [micro-latency]
repeats: 7
programs:
  micro-latency: [node, ${root}/examples/benchmarks/micro-latency.mjs, --bytes, 1000000, --steps, 200000]
durations: { micro-latency: 1m }
schedule:
  windows: [{ name: always, start: '00:00', end: '24:00' }]
  max-daily-jobs: 1
  max-concurrent: 2
quality: { max-cv: 1 }
`,
    );
    const cap = captureIo(dir);
    const code = await main(
      ['campaign', 'run', 'latency.yaml', '--window', 'current', '--history-dir', 'h', '--runs-dir', 'runs'],
      cap.io,
    );
    // Seven repeats at one a day: whatever today is, its window has exactly one job.
    expect(cap.stderr()).toContain('jobs: 1/1 (100%)  running 0  queued 0  succeeded 1  failed 0');
    expect(code).toBe(0);
    expect(cap.stdout()).toMatch(/c7g\.large +micro-latency +\d+(\.\d+)? ns \[1\] +- +- +- +new/);
    const types = await readdir(path.join(dir, 'h'));
    expect(types).toEqual(['c7g.large']);
  }, 60_000);

  it('refuses a window the campaign does not have', async () => {
    const cap = captureIo(root);
    expect(
      await main(
        ['campaign', 'run', SEED, '--window', 'midnight', '--day', '1', '--week', '2026-W48'],
        cap.io,
      ),
    ).toBe(2);
    expect(cap.stderr()).toContain(
      '--window takes current or one of morning, afternoon, evening, not "midnight"',
    );
  });
});
