import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { captureIo } from './io.js';
import { tempDir } from '../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const FILE = 'test/fixtures/cli/spin.yaml';

function runsDir(): string {
  return tempDir('bb-cli-');
}

function onlyRun(dir: string): string {
  // The runs folder also keeps the history of complete runs (batchbench history).
  const [id] = readdirSync(dir).filter((d) => !['history', 'index'].includes(d));
  if (!id) throw new Error(`no run in ${dir}`);
  return id;
}

describe('batchbench run on the local backend', () => {
  it('runs every job, keeps the run folder and prints the report with intervals', async () => {
    const dir = runsDir();
    const c = captureIo(root);
    const code = await main(['run', FILE, '--runs-dir', dir, '--concurrency', '2'], c.io);
    expect(c.stderr()).toContain('jobs: 15/15 (100%)');
    expect(code).toBe(0);
    const runId = onlyRun(dir);
    const folder = path.join(dir, runId);
    expect(readdirSync(folder).sort()).toEqual(
      [
        'logs',
        'manifest.json',
        'report.html',
        'report.json',
        'report.md',
        'report.txt',
        'results.jsonl',
      ].sort(),
    );
    const lines = readFileSync(path.join(folder, 'results.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(15);
    const report = JSON.parse(readFileSync(path.join(folder, 'report.json'), 'utf8')) as ReportModel;
    expect(report.run).toMatchObject({
      jobsPlanned: 15,
      jobsSucceeded: 15,
      jobsFailed: 0,
      jobsMissing: 0,
      status: 'complete',
    });
    expect(report.cells.map((cell) => [cell.cellId, cell.wall.n])).toEqual([
      ['workers-1', 5],
      ['workers-2', 5],
    ]);
    expect(report.cells[1]?.metrics.items?.mean).toBe(4);
    const point = report.scaling?.series[0]?.points.find((p) => p.p === 2);
    expect(point?.speedup.ci).toHaveLength(2);
    expect(report.cost.basis).toBe('cloud-equivalent');
    expect(c.stdout()).toContain('workers-2');
  });

  it('re-renders a finished run from its folder in every format', async () => {
    const dir = runsDir();
    await main(['run', FILE, '--runs-dir', dir, '--repeats', '1'], captureIo(root).io);
    const folder = path.join(dir, onlyRun(dir));
    for (const [format, needle] of [
      ['markdown', '| workers-2'],
      ['json', '"schemaVersion": 1'],
      ['html', '<!doctype html>'],
      ['terminal', 'workers-2'],
    ] as const) {
      const c = captureIo(root);
      await main(['report', folder, '--format', format], c.io);
      expect(c.stdout().toLowerCase()).toContain(needle.toLowerCase());
    }
  });

  it('stops every job on interrupt, keeps what finished, and a resume runs only the rest', async () => {
    const dir = runsDir();
    const controller = new AbortController();
    const first = captureIo(root, {}, controller.signal);
    const running = main(['run', FILE, '--runs-dir', dir, '--concurrency', '1'], first.io);
    // Interrupt once the first record is on disk.
    await waitFor(() => {
      const ids = readdirSync(dir).filter((d) => d !== 'index');
      if (ids.length === 0) return false;
      try {
        return readFileSync(path.join(dir, ids[0] as string, 'results.jsonl'), 'utf8').trim().length > 0;
      } catch {
        return false;
      }
    });
    controller.abort();
    expect(await running).toBe(130);
    const runId = onlyRun(dir);
    const records = () =>
      readFileSync(path.join(dir, runId, 'results.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { jobId: string; status: string });
    const before = records()
      .filter((r) => r.status === 'succeeded')
      .map((r) => r.jobId);
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(15);

    const second = captureIo(root);
    expect(await main(['run', FILE, '--runs-dir', dir, '--resume', runId], second.io)).toBe(0);
    const after = records();
    const succeeded = after.filter((r) => r.status === 'succeeded').map((r) => r.jobId);
    expect(new Set(succeeded).size).toBe(15);
    // Nothing that had succeeded ran again.
    for (const id of before) expect(succeeded.filter((s) => s === id)).toHaveLength(1);
  });
});

async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
