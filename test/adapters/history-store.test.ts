import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { retryPolicy } from '../../src/adapters/aws/retry.js';
import { S3Io } from '../../src/adapters/aws/s3-io.js';
import { FsHistoryStore, S3HistoryStore } from '../../src/adapters/history-store.js';
import type { HistoryEntry, HistoryStore } from '../../src/domain/campaign/history.js';
import { useMoto } from '../support/moto-fixture.js';
import { motoClientConfig, type MotoServer } from '../support/moto-server.js';
import { tempDir } from '../support/temp-dir.js';

const entry = (
  week: string,
  date: string,
  instanceType: string,
  benchmark: string,
  samples: number[],
): HistoryEntry => ({
  week,
  date,
  instanceType,
  benchmark,
  base: benchmark.split('-')[0]!,
  metric: 'gflops',
  better: 'higher',
  unit: 'GFLOP/s',
  samples,
  metrics: { gflops: samples },
  runId: 'r1',
});

async function roundTrip(store: HistoryStore) {
  await store.append([entry('2026-W47', '2026-11-16', 'm7i.large', 'hpl-mkl', [1, 2])]);
  await store.append([
    entry('2026-W48', '2026-11-23', 'm7i.large', 'hpl-mkl', [3]),
    entry('2026-W48', '2026-11-23', 'c7g.large', 'hpl-sve', [4]),
  ]);
  // A second window of the same day adds a file of its own beside that day's.
  await store.append([entry('2026-W48', '2026-11-23', 'm7i.large', 'hpl-mkl', [5])]);
  expect((await store.load()).map((e) => [e.instanceType, e.date, e.samples])).toEqual([
    ['c7g.large', '2026-11-23', [4]],
    ['m7i.large', '2026-11-16', [1, 2]],
    ['m7i.large', '2026-11-23', [3]],
    ['m7i.large', '2026-11-23', [5]],
  ]);
  expect((await store.load('c7g.large', 'hpl-sve')).map((e) => e.samples)).toEqual([[4]]);
  expect(await store.load('r7a.large')).toEqual([]);
  await expect(store.append([entry('2026-W48', '2026-11-23', '../etc', 'hpl', [1])])).rejects.toThrow(
    /instance type "..\/etc" is not safe/,
  );
}

describe('campaign history stores', () => {
  it('keeps a local folder keyed by instance type, benchmark and date', async () => {
    const dir = tempDir('bb-history-');
    await roundTrip(new FsHistoryStore(dir));
    const names = await readdir(path.join(dir, 'm7i.large', 'hpl-mkl'));
    expect(names.sort().map((n) => n.slice(0, 11))).toEqual(['2026-11-16.', '2026-11-23.', '2026-11-23.']);
    expect(names.every((n) => /^\d{4}-\d\d-\d\d\.\d{15}-[0-9a-f]{8}\.json$/.test(n))).toBe(true);
  });

  describe('in S3 (moto)', () => {
    const aws = useMoto();
    let moto: MotoServer;
    beforeAll(async () => {
      moto = aws.moto;
    }, 60_000);

    it('keeps the same layout under the results store prefix', async () => {
      const s3 = new S3Client(motoClientConfig(moto.endpoint));
      await s3.send(new CreateBucketCommand({ Bucket: 'bench-history' }));
      const io = new S3Io(s3, 'bench-history', retryPolicy({}, { maxAttempts: 2, baseMs: 10 }));
      await roundTrip(new S3HistoryStore(io, 'campaigns/'));
      const keys = await io.keys('campaigns/history/m7i.large/');
      expect(keys.map((k) => k.slice(0, 'campaigns/history/m7i.large/hpl-mkl/2026-11-16.'.length))).toEqual([
        'campaigns/history/m7i.large/hpl-mkl/2026-11-16.',
        'campaigns/history/m7i.large/hpl-mkl/2026-11-23.',
        'campaigns/history/m7i.large/hpl-mkl/2026-11-23.',
      ]);
    }, 60_000);
  });
});
