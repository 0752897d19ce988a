import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoClientConfig, startMoto, type MotoServer } from './moto-server.js';

describe('the moto server harness', () => {
  let moto: MotoServer;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => moto?.stop());

  it('answers S3 calls from the real SDK and can be reset', async () => {
    const s3 = new S3Client(motoClientConfig(moto.endpoint));
    const before = await s3.send(new ListBucketsCommand({}));
    expect(before.Buckets ?? []).toEqual([]);
    expect(await moto.control('/moto-api/config')).toMatchObject({ batch: { use_docker: false } });
  });
});
