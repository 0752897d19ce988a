import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { S3RunStore } from '../../../src/adapters/aws/s3-run-store.js';
import { FsRunStore } from '../../../src/adapters/fs-run-store.js';
import type { RunStore } from '../../../src/ports/run-store.js';
import { useMoto } from '../../support/moto-fixture.js';
import { BUCKET, storeFor } from './batch-env.js';
import { keysUnder } from '../../entrypoints/batch-flow.js';
import { tempDir } from '../../support/temp-dir.js';

/** The branch reports of both run stores: one contract, an S3 bucket on moto and a folder. */
describe('a branch latest report in the run stores', () => {
  const aws = useMoto();
  let clients: AwsClients;
  beforeAll(async () => {
    clients = aws.clients;
    await clients.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  }, 30_000);

  const contract = async (store: RunStore) => {
    expect(await store.readBranchReport('beam', 'main')).toBeUndefined();
    await store.writeBranchReport('beam', 'main', '{"v":1}');
    await store.writeBranchReport('beam', 'main', '{"v":2}');
    await store.writeBranchReport('beam', 'feature/x', '{"v":3}');
    await store.writeBranchReport('beam', 'feature', '{"v":4}');
    await store.writeBranchReport('other', 'main', '{"v":5}');
    expect(await store.readBranchReport('beam', 'main')).toBe('{"v":2}');
    // A branch with a slash is one name, not a folder of another branch's.
    expect(await store.readBranchReport('beam', 'feature/x')).toBe('{"v":3}');
    expect(await store.readBranchReport('beam', 'feature')).toBe('{"v":4}');
    expect(await store.readBranchReport('other', 'main')).toBe('{"v":5}');
    for (const bad of ['', '.', '..'])
      await expect(store.writeBranchReport('beam', bad, '{}')).rejects.toThrow('not a branch name');
    // Branch reports are not runs.
    expect(await store.list()).toEqual([]);
  };

  it('S3: <prefix><experiment>/branches/<url-encoded branch>/latest-report.json, not listed as a run', async () => {
    await contract(storeFor(clients));
    expect(await keysUnder(clients, 'experiments/beam/')).toEqual([
      'experiments/beam/branches/feature%2Fx/latest-report.json',
      'experiments/beam/branches/feature/latest-report.json',
      'experiments/beam/branches/main/latest-report.json',
    ]);
    expect(
      await new S3RunStore(clients.s3, 's3://bb-results/experiments/', { experiment: 'beam' }).list(),
    ).toEqual([]);
  });

  it('a folder: <root>/branches/<experiment>/<url-encoded branch>/latest-report.json, not listed as a run', async () => {
    const root = tempDir('bb-branches-');
    await contract(new FsRunStore(root));
    expect(readdirSync(path.join(root, 'branches', 'beam')).sort()).toEqual([
      'feature',
      'feature%2Fx',
      'main',
    ]);
    await expect(new FsRunStore(root).writeBranchReport('../up', 'main', '{}')).rejects.toThrow(
      'not an experiment name',
    );
  });
});
