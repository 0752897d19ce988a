/**
 * Both run stores write a run in the current format (the plan's jobs as a table of rows) and
 * read every format: an S3 bucket on moto and a folder, one contract.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { FsRunStore } from '../../../src/adapters/fs-run-store.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { RUN_FORMAT_VERSION } from '../../../src/domain/stored-run/format.js';
import type { RunManifest, RunStore } from '../../../src/ports/run-store.js';
import { storedObject } from '../../entrypoints/batch-flow.js';
import { useMoto } from '../../support/moto-fixture.js';
import { tempDir } from '../../support/temp-dir.js';
import { BUCKET, prices, storeFor } from './batch-env.js';

const SOURCE = `version: 1
name: format
repeats: 4
matrix: { workers: [2, 4] }
run: { command: [work, '\${{ shard.index }}'] }
fan-out: { items: 8, workers: '\${{ matrix.workers }}' }
compute: { backend: aws-batch, instance-type: c7i.large, region: us-east-1 }
results: { store: 's3://${BUCKET}/experiments/' }
`;

function manifest(runId: string): RunManifest {
  const experiment = validateExperimentText(SOURCE, 'format.yaml').value;
  if (!experiment) throw new Error('the test file does not validate');
  return {
    runId,
    experiment: 'format',
    experimentFile: 'format.yaml',
    experimentSource: SOURCE,
    backend: 'aws-batch',
    createdAt: '2026-12-03T10:00:00.000Z',
    updatedAt: '2026-12-03T10:00:00.000Z',
    status: 'running',
    plan: buildPlan(experiment, { prices }).plan,
  };
}

const OLD_RUN = 'old-format-20261203-155326Z-f9f8';
const oldText = readFileSync(
  path.join(import.meta.dirname, '../../fixtures/stored-run-v2', OLD_RUN, 'manifest.json'),
  'utf8',
);

/** The contract; `raw` reads the manifest as stored, `putRaw` stores one as an older batchbench did. */
async function contract(
  store: RunStore,
  raw: (runId: string) => Promise<string>,
  putRaw: (runId: string, text: string) => Promise<void>,
): Promise<void> {
  const written = manifest('format-20261203-100000Z-abcd');
  await store.create(written);
  const stored = JSON.parse(await raw(written.runId)) as {
    formatVersion: number;
    plan: Record<string, unknown>;
  };
  expect(stored.formatVersion).toBe(RUN_FORMAT_VERSION);
  expect(stored.plan.jobs).toBeUndefined();
  expect((stored.plan.jobTable as { rows: unknown[] }).rows).toHaveLength(written.plan.jobs.length);
  expect(await store.readManifest(written.runId)).toEqual({ ...written, formatVersion: RUN_FORMAT_VERSION });

  // An update (a submission, the run's end) keeps the format and the plan.
  await store.updateManifest(written.runId, { status: 'complete', updatedAt: '2026-12-03T11:00:00.000Z' });
  const updated = await store.readManifest(written.runId);
  expect(updated.status).toBe('complete');
  expect(updated.plan).toEqual(written.plan);
  expect((JSON.parse(await raw(written.runId)) as { plan: object }).plan).toEqual(stored.plan);

  // A run an older batchbench stored reads as it was written.
  await putRaw(OLD_RUN, oldText);
  const old = await store.readManifest(OLD_RUN);
  expect(old.formatVersion).toBe(2);
  expect(old.plan.jobs).toEqual((JSON.parse(oldText) as RunManifest).plan.jobs);
}

describe('the stored format of a run', () => {
  const aws = useMoto();
  let clients: AwsClients;
  beforeAll(async () => {
    clients = aws.clients;
    await clients.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  }, 30_000);

  it('S3: written as rows, every format read', async () => {
    const key = (experiment: string, runId: string) => `experiments/${experiment}/${runId}/manifest.json`;
    await contract(
      storeFor(clients),
      async (runId) => (await storedObject(clients, key(runId.split('-')[0] as string, runId)))?.text ?? '',
      async (runId, text) => {
        await clients.s3.send(
          new PutObjectCommand({ Bucket: BUCKET, Key: key('old-format', runId), Body: text }),
        );
      },
    );
  });

  it('a folder: written as rows, every format read', async () => {
    const root = tempDir('bb-run-format-');
    const file = (runId: string) => path.join(root, runId, 'manifest.json');
    await contract(
      new FsRunStore(root),
      (runId) => Promise.resolve(readFileSync(file(runId), 'utf8')),
      (runId, text) => {
        mkdirSync(path.dirname(file(runId)), { recursive: true });
        writeFileSync(file(runId), text);
        return Promise.resolve();
      },
    );
  });
});
