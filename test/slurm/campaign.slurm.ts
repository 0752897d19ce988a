import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CampaignRunSummary } from '../../src/domain/campaign/campaign-report.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import { captureIo } from '../cli/io.js';
import { commandCount, repoRoot } from './cli-process.js';
import { clusterOrSkip, workspace } from './cluster.js';

// A weekly campaign on the cluster scripts/slurm-cluster.sh started: two node types (the node's
// features type-a and type-b, given as constraints) stand in for instance types. Two weeks of one
// window each, through `batchbench campaign run --backend slurm` as a user runs it; the second
// week's STREAM is slowed down sixteen-fold, which the comparison with the first must flag.
const cluster = await clusterOrSkip();

let ws: Awaited<ReturnType<typeof workspace>>;
beforeAll(async () => {
  if (cluster.ok) ws = await workspace();
});
afterAll(async () => ws?.cleanup());

// Unique per test run: a window's run id (and so its job names) is the same every time it is computed.
const NAME = `slurm-weekly-${Date.now().toString(36)}`;

function campaignFile(slowdown: number): string {
  return `version: 1
kind: campaign
name: ${NAME}
slurm:
  nodes:
    - { constraint: type-a, cpu: intel, price: { per-node-hour: 2.4 } }
    - { name: type-b-debug, partition: debug, constraint: type-b, cpu: amd }
  price: { per-core-hour: 0.05 }
benchmarks: [stream]
repeats: 5
programs:
  stream: [node, ${repoRoot}/examples/benchmarks/stream.mjs, --elements, 200000, --times, 3, --slowdown, ${slowdown}]
durations: { stream: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 20
  max-concurrent: 2
quality: { max-cv: 1.0 }
regression: { against: previous, test: mann-whitney, threshold: 50% }
`;
}

async function week(label: string, slowdown: number, format: 'json' | 'markdown') {
  await writeFile(path.join(ws.dir, 'weekly.yaml'), campaignFile(slowdown));
  const cap = captureIo(ws.dir, { ...process.env });
  const args = ['campaign', 'run', 'weekly.yaml', '--backend', 'slurm', '--window', 'nightly', '--day', '1'];
  const code = await main(
    [...args, '--week', label, '--runs-dir', 'runs', '--history-dir', 'history', '--format', format],
    cap.io,
  );
  const stderr = cap.stderr();
  const runId = /; run (\S+)$/m.exec(stderr)?.[1] as string;
  return { code, stdout: cap.stdout(), stderr, runId };
}

async function records(runId: string): Promise<JobRecord[]> {
  const text = await readFile(path.join(ws.dir, 'runs', `${runId}-a1`, 'results.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as JobRecord);
}

/** Each array of the run as Slurm saw it: name, the features it asked for, its partition. */
async function arrays(runId: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('squeue', ['-h', '-t', 'all', '-o', '%j %f %P']);
  const mine = stdout.split('\n').filter((l) => l.startsWith(`bb.${runId}-a1.`));
  return [...new Set(mine)].map((l) => l.slice(`bb.${runId}-a1.`.length)).sort();
}

describe.skipIf(!cluster.ok)(
  'a weekly campaign on a real Slurm cluster, node types for instance types',
  () => {
    it('runs a window as one array per node type, prices it, and flags the week that regressed', async () => {
      const first = await week('2026-W47', 1, 'json');
      expect(first.code, first.stderr).toBe(0);
      // 2 node types x 1 benchmark: two arrays of five tasks, one sbatch each.
      expect(commandCount(first.stderr, 'sbatch'), first.stderr).toBe(2);
      expect(await arrays(first.runId)).toEqual([
        'type-a_stream-avx512.stream type-a debug',
        'type-b-debug_stream-avx2.stream type-b debug',
      ]);
      const summary = JSON.parse(first.stdout) as CampaignRunSummary;
      expect(summary).toMatchObject({ jobs: 10, succeeded: 10, failed: 0, attempts: 10 });
      expect(summary.warnings).toBeUndefined();
      const ran = await records(first.runId);
      expect(ran).toHaveLength(10);
      for (const r of ran) {
        expect(r).toMatchObject({ backend: 'slurm', status: 'succeeded', exitCode: 0 });
        expect(r.host).toBeTruthy();
        expect(r.metrics.triad_gbps).toBeGreaterThan(0);
      }
      // type-a at $2.40 a node-hour; type-b-debug at the campaign's $0.05 a core-hour, one core.
      const hours = (type: string) =>
        ran
          .filter((r) => r.jobId.includes(`.${type}.`))
          .reduce((h, r) => h + (r.stoppedAt - r.startedAt) / 3_600_000, 0);
      expect(summary.actualUsd).toBeCloseTo(hours('type-a') * 2.4 + hours('type-b-debug') * 0.05, 9);
      expect(summary.actualUsd).toBeGreaterThan(0);
      expect(summary.comparisons.map((c) => [c.instanceType, c.benchmark, c.verdict])).toEqual([
        ['type-a', 'stream-avx512', 'new'],
        ['type-b-debug', 'stream-avx2', 'new'],
      ]);
      expect((await readdir(path.join(ws.dir, 'history'))).sort()).toEqual(['type-a', 'type-b-debug']);

      // The same window again: every job is recorded already, so nothing is submitted or added.
      const again = await week('2026-W47', 1, 'json');
      expect(again.code, again.stderr).toBe(0);
      expect(again.runId).toBe(first.runId);
      expect(again.stderr).toContain('10 jobs finished there already');
      expect(again.stderr).not.toMatch(/sbatch \d/);

      const second = await week('2026-W48', 16, 'markdown');
      expect(second.code, second.stdout).toBe(1);
      expect(commandCount(second.stderr, 'sbatch')).toBe(2);
      const rows = second.stdout.split('\n').filter((l) => /^\| type-/.test(l));
      expect(rows).toHaveLength(2);
      // Five samples each, all apart: the rank test's p is 0.0079 whatever the noise.
      for (const row of rows) expect(row).toMatch(/\| 0\.0079 \| regression \|/);
      expect(second.stdout).toMatch(/cost: \$\d+\.\d{4} actual against \$\d+\.\d{4} estimated/);
      process.stderr.write(`\n${second.stdout}\n`);
    });

    it('a node type without a price is not priced, never $0', async () => {
      const text = campaignFile(1)
        .replace(', price: { per-node-hour: 2.4 }', '')
        .replace('  price: { per-core-hour: 0.05 }\n', '')
        .replace('repeats: 5', 'repeats: 1')
        .replace(`name: ${NAME}`, `name: ${NAME}-unpriced`);
      await writeFile(path.join(ws.dir, 'unpriced.yaml'), text);
      const cap = captureIo(ws.dir, { ...process.env });
      const code = await main(
        [
          'campaign',
          'run',
          'unpriced.yaml',
          '--backend',
          'slurm',
          '--window',
          'nightly',
          '--day',
          '1',
        ].concat(['--week', '2026-W47', '--runs-dir', 'runs', '--history-dir', 'history-unpriced']),
        cap.io,
      );
      expect(code, cap.stderr()).toBe(0);
      expect(cap.stdout()).toContain('cost: not priced actual against not priced estimated');
      expect(commandCount(cap.stderr(), 'sbatch')).toBe(2);
    });
  },
);
