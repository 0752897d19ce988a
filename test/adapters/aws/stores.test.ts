/**
 * The history stores under concurrent appends: two real processes on one local folder, and
 * two writers at once on one S3 prefix (moto). No entry may be lost or torn.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { retryPolicy } from '../../../src/adapters/aws/retry.js';
import { S3Io } from '../../../src/adapters/aws/s3-io.js';
import { FsHistoryStore, S3HistoryStore } from '../../../src/adapters/history-store.js';
import { FsRunHistoryStore, S3RunHistoryStore } from '../../../src/adapters/run-history-store.js';
import type { RunHistoryEntry } from '../../../src/domain/history/run-entry.js';
import { useMoto } from '../../support/moto-fixture.js';

const COUNT = 60;

function entry(runId: string, i: number): RunHistoryEntry {
  return {
    schemaVersion: 1,
    experiment: 'race',
    runId,
    commit: `c${i}`,
    date: `2026-12-03T10:00:${String(i % 60).padStart(2, '0')}Z`,
    cells: [
      { cell: 'main/a', metrics: { wall_seconds: { n: 1, median: i, mean: i, ci: [i, i], samples: [i] } } },
    ],
  };
}

function exit(child: ReturnType<typeof spawn>): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('two processes appending to one local history at once', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every entry of both, run history and campaign history alike', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bb-history-race-'));
    const driver = path.join(dir, 'driver.mjs');
    buildSync({
      entryPoints: [path.join(import.meta.dirname, 'append-driver.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: driver,
      logLevel: 'silent',
    });
    const root = path.join(dir, 'history');
    const go = path.join(dir, 'go');
    const children = ['a', 'b'].map((tag) =>
      spawn(process.execPath, [driver, root, tag, String(COUNT), go], {
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    const done = children.map(exit);
    writeFileSync(go, '');
    for (const r of await Promise.all(done)) expect(r.code, r.stderr).toBe(0);

    const runs = await new FsRunHistoryStore(root).load('race');
    expect(runs).toHaveLength(2 * COUNT);
    expect(new Set(runs.map((e) => e.runId)).size).toBe(2 * COUNT);
    const campaign = await new FsHistoryStore(root).load();
    expect(campaign).toHaveLength(2 * COUNT);
    expect(new Set(campaign.map((e) => e.runId)).size).toBe(2 * COUNT);
    // The campaign store does not read the runs' folder as an instance type, nor the reverse.
    expect(campaign.every((e) => e.instanceType === 'm7i.large')).toBe(true);
  }, 60_000);

  it('counts an entry appended twice for one run once, and names a damaged file', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'bb-history-dup-'));
    try {
      const store = new FsRunHistoryStore(root);
      await store.append(entry('r1', 1));
      await store.append(entry('r1', 1));
      await store.append(entry('r2', 2));
      expect((await store.load('race')).map((e) => e.runId)).toEqual(['r1', 'r2']);
      const bad = path.join(root, 'experiments', 'race', '99999999999999999-bad.json');
      writeFileSync(bad, '{"half":');
      await expect(store.load('race')).rejects.toThrow(`${bad} is not a batchbench history entry`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('two writers appending to one S3 history at once (moto)', () => {
  const aws = useMoto();

  it('creates one object per entry with If-None-Match and loses none', async () => {
    const bucket = 'history-race';
    const policy = retryPolicy({}, { maxAttempts: 3, baseMs: 10 });
    // Two writers, each with its own clients (as two processes would be) on the one server.
    const clients = [0, 1].map(() => aws.moreClients().s3);
    await clients[0]!.send(new CreateBucketCommand({ Bucket: bucket }));
    const stores = clients.map((s3) => new S3RunHistoryStore(new S3Io(s3, bucket, policy), 'results/'));
    await Promise.all(
      stores.map((store, w) =>
        Promise.all(Array.from({ length: COUNT / 2 }, (_, i) => store.append(entry(`w${w}-${i}`, i)))),
      ),
    );
    const io = new S3Io(clients[0]!, bucket, policy);
    const keys = await io.keys('results/history/experiments/race/');
    expect(keys).toHaveLength(COUNT);
    const loaded = await stores[1]!.load('race');
    expect(new Set(loaded.map((e) => e.runId)).size).toBe(COUNT);
    // Campaign appends at once: one object each, none replaced.
    const campaign = new S3HistoryStore(io, 'results/');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        campaign.append([
          {
            week: '2026-W49',
            date: '2026-12-03',
            instanceType: 'm7i.large',
            benchmark: 'stream',
            base: 'stream',
            metric: 'triad',
            better: 'higher',
            unit: 'GB/s',
            samples: [i],
            metrics: { triad: [i] },
            runId: `c${i}`,
          },
        ]),
      ),
    );
    expect(await campaign.load()).toHaveLength(10);
    expect(await stores[0]!.load('race')).toHaveLength(COUNT);
  }, 60_000);
});
