import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { captureIo } from './io.js';
import { parseManifest } from '../../src/domain/stored-run/format.js';

const MC = path.resolve(import.meta.dirname, '../../examples/monte-carlo/mc.mjs');

/** Work size, workers and speculation as axes, in one file: run for real on local processes. */
const EXPERIMENT = `version: 1
name: setting-axes
run:
  command: [node, ${JSON.stringify(MC)}, --items, '\${{ matrix.items }}', --samples-per-item, '20000',
            --shard, '\${{ shard.index }}', --shards, '\${{ shard.count }}']
matrix: { items: [4, 8], workers: [1, 2], oversubscribe: [1, 1.5] }
fan-out:
  items: '\${{ matrix.items }}'
  workers: '\${{ matrix.workers }}'
  oversubscribe: '\${{ matrix.oversubscribe }}'
resources: { vcpus: 1, memory: 256MiB, timeout: 2m }
repeats: 3
analysis: { speedup: { over: workers, baseline: 1 } }
`;

describe('fan-out items and oversubscribe as matrix axes, run locally', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bb-axes-'));
    await writeFile(path.join(dir, 'e.yaml'), EXPERIMENT);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'runs each cell with its own items and copies, and gives speedup over workers within each of the others',
    { timeout: 120_000 },
    async () => {
      const runs = path.join(dir, 'runs');
      const run = captureIo(dir);
      const code = await main(
        ['run', path.join(dir, 'e.yaml'), '--runs-dir', runs, '--format', 'json'],
        run.io,
      );
      const model = JSON.parse(run.stdout()) as ReportModel;
      expect(model.run.jobsFailed, run.stderr()).toBe(0);
      expect(code, run.stderr()).toBe(0);
      // Per repeat: 1 job at 1 worker, 2 at 2 workers, 3 with oversubscribe 1.5 (one speculative copy).
      const [runId] = (await readdir(runs)).filter((name) => !['history', 'index'].includes(name));
      const manifest = parseManifest(
        await readFile(path.join(runs, runId as string, 'manifest.json'), 'utf8'),
        runId as string,
      );
      expect(manifest.plan.jobs).toHaveLength(2 * 3 * (1 + 1 + 2 + 3));
      const shardsOf = (cellId: string) =>
        manifest.plan.jobs
          .filter((j) => j.cellId === cellId && j.repeat === 1)
          .map((j) => [j.itemStart, j.itemEnd, j.speculativeOf !== undefined]);
      expect(shardsOf('items-8_workers-2_oversubscribe-1.5')).toEqual([
        [0, 4, false],
        [4, 8, false],
        [4, 8, true],
      ]);
      expect(shardsOf('items-4_workers-2_oversubscribe-1')).toEqual([
        [0, 2, false],
        [2, 4, false],
      ]);
      // One speedup series per combination of the other axes, each against its own 1-worker cell.
      const series = model.scaling!.series;
      expect(series.map((s) => s.fixed)).toEqual([
        { items: 4, oversubscribe: 1 },
        { items: 4, oversubscribe: 1.5 },
        { items: 8, oversubscribe: 1 },
        { items: 8, oversubscribe: 1.5 },
      ]);
      for (const s of series) {
        expect(s.baselineCellId).toBe(
          `items-${s.fixed.items}_workers-1_oversubscribe-${s.fixed.oversubscribe}`,
        );
        expect(s.points.map((p) => [p.p, p.n])).toEqual([
          [1, 3],
          [2, 3],
        ]);
      }
    },
  );
});
