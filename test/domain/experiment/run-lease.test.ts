import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../src/adapters/aws/batch/executor.js';
import { destroyAwsClients, type AwsClients } from '../../../src/adapters/aws/clients.js';
import { runExperiment } from '../../../src/app/run-experiment.js';
import type { Experiment } from '../../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { UserError } from '../../../src/domain/user-error.js';
import type { RunManifest } from '../../../src/ports/run-store.js';
import type { MotoServer } from '../../support/moto-server.js';
import { useMoto } from '../../support/moto-fixture.js';
import {
  BUCKET,
  clientsFor,
  countCalls,
  planOf,
  prices,
  simulateContainers,
  storeFor,
} from '../../adapters/aws/batch-env.js';
import { silentProgress } from '../../adapters/aws/silent-progress.js';

const SOURCE = `version: 1
name: lease
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/beam:1 }
run: { command: [node, work.mjs, --angle, "\${{ matrix.angle }}"] }
matrix: { angle: [0, 90] }
repeats: 3
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot }
results: { store: "s3://bb-results/experiments/" }
`;
const exp = validateExperimentText(SOURCE, 'experiments/lease.yaml').value as Experiment;

function manifestOf(runId: string): RunManifest {
  const at = new Date().toISOString();
  return {
    runId,
    experiment: exp.name,
    experimentFile: exp.file,
    experimentSource: SOURCE,
    backend: 'aws-batch',
    createdAt: at,
    updatedAt: at,
    status: 'running',
    plan: planOf(exp),
  };
}

/** A pid that certainly no longer exists on this host: a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('one process drives a run on S3 (conditional writes, moto)', () => {
  const aws = useMoto({ batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let calls: Record<string, number>;
  beforeAll(async () => {
    ({ moto, clients } = aws);
    simulateContainers(clients.batch, clients.s3);
    calls = countCalls(clients.batch);
  });

  const attach = (runId: string) => {
    const plan = planOf(exp);
    const store = storeFor(clients);
    const executor = new BatchExecutor({
      clients,
      store,
      plan,
      results: store.location,
      poll: { minMs: 20, maxMs: 100 },
    });
    return runExperiment(
      { runId, experiment: exp, source: SOURCE, plan, resume: true, signal: new AbortController().signal },
      { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
    );
  };

  it('two attaches at once submit every job once; the second is told who holds the run', async () => {
    await storeFor(clients).create(manifestOf('lease-race'));
    const before = calls.SubmitJob ?? 0;
    const [a, b] = await Promise.allSettled([attach('lease-race'), attach('lease-race')]);
    const outcomes = [a.status, b.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const refused = (a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason) as Error;
    expect(refused).toBeInstanceOf(UserError);
    expect(refused.message).toMatch(
      new RegExp(
        `run lease-race is being driven by another process: pid ${process.pid} on ${os.hostname()}, since `,
      ),
    );
    expect(refused.message).toContain('s3://bb-results/experiments/lease/lease-race/lock.json');
    // One array job per cell, each submitted once, each job recorded once.
    expect((calls.SubmitJob ?? 0) - before).toBe(2);
    const store = storeFor(clients);
    const ids = (await store.readRecords('lease-race')).map((r) => r.jobId);
    expect(new Set(ids).size).toBe(6);
    expect(ids).toHaveLength(6);
    // Released: the lease object is gone, and the run can be driven again.
    await expect(
      clients.s3.send(
        new GetObjectCommand({ Bucket: BUCKET, Key: 'experiments/lease/lease-race/lock.json' }),
      ),
    ).rejects.toThrow();
    const lock = await store.lock('lease-race');
    await lock.release();
  });

  it('creates a manifest once: of two creates at once, the second fails cleanly', async () => {
    const results = await Promise.allSettled([
      storeFor(clients).create({ ...manifestOf('lease-create'), createdAt: 'first' }),
      storeFor(clients).create({ ...manifestOf('lease-create'), createdAt: 'second' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toContain('run lease-create exists already in s3://bb-results/');
    const won = results[0]?.status === 'fulfilled' ? 'first' : 'second';
    expect((await storeFor(clients).readManifest('lease-create')).createdAt).toBe(won);
  });

  it('loses no manifest update when another process writes between the read and the write', async () => {
    await storeFor(clients).create(manifestOf('lease-update'));
    const other = storeFor(clients);
    // This store's first read of the manifest is answered, then held until the other store's
    // update is in S3: its write is based on a stale read, which If-Match refuses (412).
    const slowClients = clientsFor(moto.endpoint);
    let held = false;
    slowClients.s3.middlewareStack.add(
      (next, context) => async (args) => {
        const out = await next(args);
        if (
          context.commandName === 'GetObjectCommand' &&
          !held &&
          String((args.input as { Key?: string }).Key).endsWith('manifest.json')
        ) {
          held = true;
          await other.updateManifest('lease-update', { publishedAt: '2026-01-01T00:00:00.000Z' });
        }
        return out;
      },
      { step: 'initialize' },
    );
    try {
      await storeFor(slowClients).updateManifest('lease-update', { status: 'partial' });
    } finally {
      destroyAwsClients(slowClients);
    }
    expect(held).toBe(true);
    const manifest = await storeFor(clients).readManifest('lease-update');
    expect(manifest.status).toBe('partial');
    expect(manifest.publishedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('takes over a lease whose holder is gone, and refuses one renewed lately on another host', async () => {
    await storeFor(clients).create(manifestOf('lease-stale'));
    const key = 'experiments/lease/lease-stale/lock.json';
    const put = (holder: object) =>
      clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: JSON.stringify(holder) }));
    const store = storeFor(clients);

    await put({
      pid: deadPid(),
      host: os.hostname(),
      since: '2026-01-01T00:00:00Z',
      command: 'x',
      token: 'a',
    });
    const taken = await store.lock('lease-stale');
    expect(taken.holder.pid).toBe(process.pid);
    await taken.release();

    const recent = new Date(Date.now() - 60_000).toISOString();
    await put({
      pid: 1,
      host: 'runner-elsewhere',
      since: recent,
      command: 'batchbench run x',
      token: 'b',
      renewedAt: recent,
    });
    await expect(store.lock('lease-stale')).rejects.toThrow(
      /pid 1 on runner-elsewhere, since .*\(batchbench run x\)/,
    );

    const old = new Date(Date.now() - 11 * 60_000).toISOString();
    await put({ pid: 1, host: 'runner-elsewhere', since: old, command: 'x', token: 'c', renewedAt: old });
    const again = await store.lock('lease-stale');
    expect(again.holder.host).toBe(os.hostname());
    await again.release();
  });
});
