import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultObject } from '../../../src/adapters/aws/result-object.js';
import { useMoto } from '../../support/moto-fixture.js';
import { motoClientConfig, type MotoServer } from '../../support/moto-server.js';
import { tempDir } from '../../support/temp-dir.js';

const LAYOUT = JSON.stringify({
  v: 1,
  group: 'main.default',
  firstRepeat: 1,
  repeats: 1,
  shardCount: 3,
  copies: [],
  items: 30,
});

describe('the container runner (dist/runner.js) against moto S3', () => {
  const aws = useMoto();
  let moto: MotoServer;
  let s3: S3Client;
  let dir: string;
  let runner: string;
  beforeAll(async () => {
    moto = aws.moto;
    s3 = new S3Client(motoClientConfig(moto.endpoint));
    await s3.send(new CreateBucketCommand({ Bucket: 'results' }));
    dir = tempDir('bb-runner-');
    runner = path.join(dir, 'runner.js');
    await build({
      entryPoints: ['src/entrypoints/container-runner.ts'],
      outfile: runner,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
      banner: {
        js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
      },
    });
  });
  afterAll(async () => {
    s3?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const start = (workload: string[], env: Record<string, string>) => {
    const child = spawn(process.execPath, [runner, '--', ...workload], {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_ENDPOINT_URL_S3: moto.endpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_REGION: 'us-east-1',
        BATCHBENCH_RUN_ID: 'run-1',
        BATCHBENCH_RESULTS: 's3://results/experiments/exp/run-1/',
        BATCHBENCH_TASKS: LAYOUT,
        BATCHBENCH_CELL: '{}',
        BATCHBENCH_RUN_ENV_NAMES: '["EXTRA"]',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const done = new Promise<{ code: number | null; out: string }>((resolve) =>
      child.on('close', (code) => resolve({ code, out })),
    );
    return { child, done };
  };

  const readResult = async (key: string): Promise<ResultObject> => {
    const obj = await s3.send(new GetObjectCommand({ Bucket: 'results', Key: key }));
    return JSON.parse(await (obj.Body?.transformToString() ?? '')) as ResultObject;
  };

  it('runs the task of its array index, passes the output through, uploads the result and exits with the workload code', async () => {
    const script = [
      "const fs = require('node:fs');",
      "console.log('shard=' + process.argv[1] + ' of ' + process.env.BATCHBENCH_SHARD_COUNT + ' items ' + process.env.BATCHBENCH_ITEM_START + '-' + process.env.BATCHBENCH_ITEM_END + ' extra=' + process.env.EXTRA);",
      "console.log('::metric reward=0.93');",
      "fs.appendFileSync(process.env.BATCHBENCH_METRICS, JSON.stringify({ name: 'items', value: 10 }) + '\\n');",
      'process.exit(3);',
    ].join('\n');
    // No AWS_BATCH_JOB_ARRAY_INDEX: the index comes from the "<parent>:<index>" job id, as in moto's Docker mode.
    const { done } = start(['node', '-e', script, '${{ shard.index }}'], {
      AWS_BATCH_JOB_ID: 'abc-parent:2',
      AWS_BATCH_JOB_ATTEMPT: '2',
      EXTRA: 'r${{ repeat }}',
    });
    const { code, out } = await done;
    expect(out).toContain('shard=2 of 3 items 20-30 extra=r1');
    expect(code).toBe(3);
    const result = await readResult('experiments/exp/run-1/main.default.r1.s2/2.json');
    expect(result).toMatchObject({
      format: 'batchbench-result/1',
      runId: 'run-1',
      jobId: 'main.default.r1.s2',
      attempt: 2,
      arrayIndex: 2,
      exitCode: 3,
      batchJobId: 'abc-parent:2',
    });
    expect(result.metrics).toEqual({ reward: 0.93, items: 10 });
    expect(result.cpuCount).toBeGreaterThan(0);
    expect(result.commandEndedAt).toBeGreaterThanOrEqual(result.commandStartedAt);
    expect(result.commandStartedAt).toBeGreaterThanOrEqual(result.containerStartedAt);
    expect(result.logTail?.[0]).toContain('shard=2 of 3');
  });

  it('passes SIGTERM on to the workload and still reports', async () => {
    const script =
      "process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(143); }); console.log('ready'); setInterval(() => {}, 1000);";
    const { child, done } = start(['node', '-e', script], { AWS_BATCH_JOB_ARRAY_INDEX: '0' });
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()),
    );
    child.kill('SIGTERM');
    const { code, out } = await done;
    expect(out).toContain('got SIGTERM');
    expect(code).toBe(143);
    const result = await readResult('experiments/exp/run-1/main.default.r1.s0/1.json');
    expect(result.exitCode).toBe(143);
    expect(result.logTail).toContain('got SIGTERM');
  });

  it('reports a command that cannot start as exit 127 with the reason', async () => {
    const { done } = start(['/no/such/program'], { AWS_BATCH_JOB_ARRAY_INDEX: '1' });
    const { code } = await done;
    expect(code).toBe(127);
    const result = await readResult('experiments/exp/run-1/main.default.r1.s1/1.json');
    expect(result.error).toContain('could not start /no/such/program');
  });
});
