/**
 * The run history stores keep every metric's per-repeat samples as written, and read entries
 * of older versions (without samples) beside new ones: in a folder and in S3 (moto).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { retryPolicy } from '../../src/adapters/aws/retry.js';
import { S3Io } from '../../src/adapters/aws/s3-io.js';
import { FsRunHistoryStore, RUNS_FOLDER, S3RunHistoryStore } from '../../src/adapters/run-history-store.js';
import { WALL_METRIC, type RunHistoryEntry } from '../../src/domain/history/run-entry.js';
import { buildHistoryView } from '../../src/domain/history/trend.js';
import { useMoto } from '../support/moto-fixture.js';
import { tempDir } from '../support/temp-dir.js';

const OLD_ENTRY = {
  schemaVersion: 1,
  experiment: 'exp',
  runId: 'old-run',
  commit: 'a'.repeat(40),
  ref: 'main',
  date: '2026-10-01T00:00:00.000Z',
  cells: [
    {
      cell: 'main/workers=4',
      metrics: {
        wall_seconds: {
          n: 3,
          median: 10,
          mean: 10,
          ci: [9.8, 10.2],
          better: 'lower',
          unit: 's',
          samples: [10, 9.9, 10.1],
        },
        items_per_s: { n: 3, median: 50, mean: 50, ci: [49, 51], better: 'higher' },
      },
    },
  ],
};

const NEW_ENTRY: RunHistoryEntry = {
  schemaVersion: 1,
  experiment: 'exp',
  runId: 'new-run',
  commit: 'b'.repeat(40),
  ref: 'main',
  date: '2026-11-01T00:00:00.000Z',
  cells: [
    {
      cell: 'main/workers=4',
      metrics: {
        [WALL_METRIC]: {
          n: 3,
          median: 10,
          mean: 10,
          ci: [9.8, 10.2],
          better: 'lower',
          unit: 's',
          samples: [10, 10.1, 9.9],
        },
        items_per_s: {
          n: 3,
          median: 40,
          mean: 40,
          ci: [39, 41],
          better: 'higher',
          samples: [40, 40.5, 39.5],
        },
      },
    },
  ],
};

/** What a reader of the two entries sees: the new samples, and no test against the old entry. */
function expectRead(entries: RunHistoryEntry[]): void {
  const byRun = Object.fromEntries(entries.map((e) => [e.runId, e]));
  expect(byRun['new-run']).toEqual(NEW_ENTRY);
  expect(byRun['old-run']!.cells[0]!.metrics.items_per_s!.samples).toBeUndefined();
  const items = buildHistoryView('exp', entries).trends.find((t) => t.metric === 'items_per_s')!;
  expect(items.points.map((p) => p.runId)).toEqual(['old-run', 'new-run']);
  expect(items.points[1]!.verdict).toBeUndefined();
  expect(items.points[1]!.untested).toMatch(/no per-repeat samples stored/);
}

describe('the run history in a folder', () => {
  it('keeps every metric’s samples and reads an older entry without them', async () => {
    const root = tempDir('bb-run-history-');
    const store = new FsRunHistoryStore(root);
    const file = await store.append(NEW_ENTRY);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(NEW_ENTRY);
    const dir = path.join(root, RUNS_FOLDER, 'exp');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, '20261001000000000-old-run-00000000.json'),
      `${JSON.stringify(OLD_ENTRY)}\n`,
    );
    expect(readdirSync(dir)).toHaveLength(2);
    expectRead(await store.load('exp'));
  });
});

describe('the run history in S3 (moto)', () => {
  const aws = useMoto();

  it('keeps every metric’s samples and reads an older object without them', async () => {
    const bucket = 'history-samples';
    const s3 = aws.clients.s3;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const store = new S3RunHistoryStore(
      new S3Io(s3, bucket, retryPolicy({}, { maxAttempts: 3, baseMs: 10 })),
      'r/',
    );
    await store.append(NEW_ENTRY);
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `r/history/${RUNS_FOLDER}/exp/20261001000000000-old-run-00000000.json`,
        Body: JSON.stringify(OLD_ENTRY),
      }),
    );
    expectRead(await store.load('exp'));
  }, 60_000);
});
