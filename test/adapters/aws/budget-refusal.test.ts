import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { retryPolicy } from '../../../src/adapters/aws/retry.js';
import { S3Io } from '../../../src/adapters/aws/s3-io.js';
import { main } from '../../../src/cli/main.js';
import type { RunManifest } from '../../../src/ports/run-store.js';
import { BUCKET, QUEUE } from './batch-env.js';
import { startFaultProxy, type FaultProxy, type ProxyRequest } from './batch/fault-proxy.js';
import { captureIo } from '../../cli/io.js';
import { useMoto } from '../../support/moto-fixture.js';

const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1';

/** 4 jobs of 1 vCPU on half a c5.large for at most 5 minutes each: at most $0.0142, over $0.001. */
const EXPERIMENT = `version: 1
name: over-budget
image: { uri: ${IMAGE} }
run: { command: [node, work.mjs, '\${{ matrix.angle }}'] }
matrix: { angle: [0, 90] }
repeats: 2
resources: { timeout: 5m }
compute: { backend: aws-batch, region: us-east-1, queue: ${QUEUE}, instance-type: c5.large }
results: { store: 's3://${BUCKET}/budget/' }
budget: { max-usd: 0.001, max-vcpus: 1 }
`;

/**
 * The CLI against moto through a proxy that counts every request, so "no AWS call" is counted on
 * the wire rather than inferred: a refused plan must not even read the results store.
 */
describe('budget.max-usd refuses before any AWS call; max-vcpus holds Batch to the cap (moto)', () => {
  const aws = useMoto({ batchEnvironment: true });
  let proxy: FaultProxy;
  let side: AwsClients;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  const calls: ProxyRequest[] = [];

  beforeAll(async () => {
    // The test reads the bucket with the fixture's clients, straight to moto: not counted.
    side = aws.clients;
    proxy = await startFaultProxy(aws.endpoint, (req) => {
      calls.push(req);
      return 'pass';
    });
    env = {
      AWS_ENDPOINT_URL: proxy.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
    };
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v as string);
    dir = await mkdtemp(path.join(os.tmpdir(), 'bb-budget-'));
    await writeFile(path.join(dir, 'experiment.yaml'), EXPERIMENT);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await proxy?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exits 2 with the estimate and its basis, having made 0 AWS calls', async () => {
    const cap = captureIo(dir, env);
    const code = await main(['run', path.join(dir, 'experiment.yaml')], cap.io);
    expect(code).toBe(2);
    expect(cap.stderr()).toContain('experiment.yaml:10:');
    expect(cap.stderr()).toContain('the estimated cost $0.01 is over the budget of $0.001');
    expect(cap.stderr()).toContain('basis: every job running to its timeout');
    expect(cap.stderr()).toContain('--allow-over-budget');
    expect(calls).toEqual([]);
    const keys = await new S3Io(side.s3, BUCKET, retryPolicy()).keys('budget/');
    expect(keys).toEqual([]);
  });

  it(
    'runs with --allow-over-budget, one vCPU at a time: each job its own submission after the last ended',
    { timeout: 60_000 },
    async () => {
      const cap = captureIo(dir, env);
      const code = await main(['run', path.join(dir, 'experiment.yaml'), '--allow-over-budget'], cap.io);
      expect(code, cap.stderr()).toBe(0);
      expect(cap.stderr()).toContain('(going ahead: --allow-over-budget)');
      // The counter sees the CLI's traffic: the refusal above was 0 calls, not an unwatched path.
      expect(calls.filter((c) => c.service === 'batch' && c.operation === 'submitjob')).toHaveLength(4);
      const runId = /run (\S+): 4 jobs on AWS Batch/.exec(cap.stderr())?.[1] as string;
      const s3 = new S3Io(side.s3, BUCKET, retryPolicy());
      const manifest = JSON.parse(
        (await s3.get(`budget/over-budget/${runId}/manifest.json`)) as string,
      ) as RunManifest;
      // Without the cap: one array job of 2 per cell. With max-vcpus 1: one job at a time.
      const subs = manifest.submissions ?? [];
      expect(subs.map((s) => s.jobIds.length)).toEqual([1, 1, 1, 1]);
    },
  );
});
