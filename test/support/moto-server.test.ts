import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMoto } from './moto-fixture.js';
import { motoClientConfig, type MotoServer } from './moto-server.js';

describe('the moto server harness', () => {
  const aws = useMoto();
  let moto: MotoServer;
  beforeAll(async () => {
    moto = aws.moto;
  });

  it('answers S3 calls from the real SDK and can be reset', async () => {
    const s3 = new S3Client(motoClientConfig(moto.endpoint));
    const before = await s3.send(new ListBucketsCommand({}));
    expect(before.Buckets ?? []).toEqual([]);
    expect(await moto.control('/moto-api/config')).toMatchObject({ batch: { use_docker: false } });
  });
});
