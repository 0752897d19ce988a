import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchExecutor } from '../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { LocalExecutor } from '../../../src/adapters/local/executor.js';
import { runExperiment } from '../../../src/app/run-experiment.js';
import type { Plan } from '../../../src/domain/plan/plan.js';
import type { MotoServer } from '../../support/moto-server.js';
import { allowedHostEnv } from '../../../src/domain/plan/workload-env.js';
import { useMoto } from '../../support/moto-fixture.js';
import {
  batchExperiment,
  planOf,
  prices,
  simulateContainers,
  storeFor,
} from '../../adapters/aws/batch-env.js';
import { silentProgress } from '../../adapters/aws/silent-progress.js';
import { tempDir } from '../../support/temp-dir.js';

// What a GitHub runner and an AWS role put in the environment of the process that starts the
// workloads. None of it may reach a workload, on any backend.
const SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'ghs_secret_github_token',
  ACTIONS_RUNTIME_TOKEN: 'secret-runtime-token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc-request-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/secret',
  'INPUT_GITHUB-TOKEN': 'ghs_secret_input_token',
  AWS_ACCESS_KEY_ID: 'AKIASECRETSECRET',
  AWS_SECRET_ACCESS_KEY: 'secret-aws-secret-key',
  AWS_SESSION_TOKEN: 'secret-aws-session',
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/secret',
  NPM_TOKEN: 'secret-npm-token',
};

/** The workload: prints the environment it saw as one JSON line. */
const DUMP = "console.log('ENV ' + JSON.stringify(process.env));";

const RUN_ID = 'parity-20260101-000000Z-a1b2';

describe('one workload environment on every backend', () => {
  const aws = useMoto({ batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let dir: string;
  let runner: string;
  let plan: Plan;
  const submitted: Record<string, string>[] = [];
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    ({ moto, clients } = aws);
    dir = tempDir('bb-workload-env-');
    simulateContainers(clients.batch, clients.s3);
    clients.batch.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'SubmitJobCommand') {
          const input = args.input as {
            containerOverrides?: { environment?: { name?: string; value?: string }[] };
          };
          submitted.push(
            Object.fromEntries((input.containerOverrides?.environment ?? []).map((e) => [e.name, e.value])),
          );
        }
        return next(args);
      },
      { step: 'initialize', name: 'record-submitted-env' },
    );
    runner = path.join(dir, 'runner.mjs');
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
    await writeFile(path.join(dir, 'dump.cjs'), DUMP);
    const exp = batchExperiment(
      { name: 'parity', matrix: { axes: { angle: [0, 90] }, include: [], exclude: [] } },
      {
        run: {
          command: ['node', path.join(dir, 'dump.cjs'), '${{ shard.index }}'],
          env: { ANGLE: 'a${{ matrix.angle }}', WHERE: 's${{ shard.index }}-r${{ repeat }}', PLAIN: 'x y' },
        },
        fanOut: { items: 10, workers: 2, oversubscribe: 1 },
      },
    );
    plan = planOf(exp);
    for (const [k, v] of Object.entries(SECRETS)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    // Submitted to moto (the containers simulated), for the environment Batch would give them.
    const store = storeFor(clients);
    const executor = new BatchExecutor({
      clients,
      store,
      plan,
      results: store.location,
      poll: { minMs: 20, maxMs: 100 },
    });
    await runExperiment(
      {
        runId: RUN_ID,
        experiment: exp,
        source: 'name: parity\n',
        plan,
        resume: false,
        signal: new AbortController().signal,
      },
      { store, executor, progress: silentProgress(), prices, host: {}, now: Date.now },
    );
  }, 120_000);

  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const seenLocally = async (jobId: string): Promise<Record<string, string>> => {
    const logDir = path.join(dir, 'local-logs');
    const job = plan.jobs.find((j) => j.id === jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    await new LocalExecutor({ logDir, baseDir: dir, plan, concurrency: 1 }).execute([job], {
      runId: RUN_ID,
      skip: new Set(),
      signal: new AbortController().signal,
      onEvent: () => undefined,
    });
    const files = await readdir(logDir);
    const stdout = files.find((f) => f.startsWith(jobId) && f.endsWith('.stdout'));
    const text = stdout
      ? await readFile(path.join(logDir, stdout), 'utf8')
      : `no stdout in ${files.join(' ')}`;
    return parseDump(text, jobId);
  };

  const seenInRunner = async (jobId: string): Promise<Record<string, string>> => {
    const env = submitted.find((e) => (e.BATCHBENCH_TASKS ?? '').includes(jobId.split('.r')[0] as string));
    if (!env) throw new Error(`no submission for ${jobId}`);
    const shard = Number(/\.s(\d+)/.exec(jobId)?.[1] ?? 0);
    const child = spawn(
      process.execPath,
      [runner, '--', 'node', path.join(dir, 'dump.cjs'), '${{ shard.index }}'],
      {
        env: {
          // The image's own variables, as this machine has them, so both sides start from the same host.
          ...allowedHostEnv(process.env),
          // What AWS Batch and ECS set in a container, and the submission's overrides.
          AWS_BATCH_JOB_ID: `parent-1:${shard}`,
          AWS_BATCH_JOB_ARRAY_INDEX: String(shard),
          AWS_BATCH_JOB_ATTEMPT: '1',
          AWS_BATCH_CE_NAME: 'ce',
          AWS_BATCH_JQ_NAME: 'q',
          ECS_CONTAINER_METADATA_URI_V4: 'http://169.254.170.2/v4/secret',
          AWS_REGION: 'us-east-1',
          AWS_ENDPOINT_URL_S3: moto.endpoint,
          ...SECRETS,
          AWS_ACCESS_KEY_ID: 'testing',
          AWS_SECRET_ACCESS_KEY: 'testing',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, out).toBe(0);
    return parseDump(out, jobId);
  };

  it('the same job sees the same variables locally and in the container runner, and no secret', async () => {
    const jobId = plan.jobs.find((j) => j.cellId.includes('90') && j.shardIndex === 1)?.id as string;
    const local = await seenLocally(jobId);
    const remote = await seenInRunner(jobId);
    for (const seen of [local, remote]) {
      for (const [name, value] of Object.entries(SECRETS)) {
        expect(seen[name], name).toBeUndefined();
        expect(JSON.stringify(seen)).not.toContain(value);
      }
      expect(Object.keys(seen).filter((k) => /^(AWS_|ECS_|GITHUB_|ACTIONS_|INPUT_)/.test(k))).toEqual([]);
      expect(seen.BATCHBENCH_METRICS).toMatch(/metrics/);
    }
    const comparable = (e: Record<string, string>) => {
      const { BATCHBENCH_METRICS: _metrics, ...rest } = e;
      return rest;
    };
    expect(comparable(remote)).toEqual(comparable(local));
    expect(local).toMatchObject({
      BATCHBENCH_RUN_ID: RUN_ID,
      BATCHBENCH_EXPERIMENT: 'parity',
      BATCHBENCH_STAGE: 'main',
      BATCHBENCH_JOB_ID: jobId,
      BATCHBENCH_CELL: 'angle-90',
      BATCHBENCH_MATRIX: '{"angle":90}',
      BATCHBENCH_REPEAT: '1',
      BATCHBENCH_ATTEMPT: '1',
      BATCHBENCH_SHARD_INDEX: '1',
      BATCHBENCH_SHARD_COUNT: '2',
      BATCHBENCH_ITEM_START: '5',
      BATCHBENCH_ITEM_END: '10',
      ANGLE: 'a90',
      WHERE: 's1-r1',
      PLAIN: 'x y',
    });
    // Nothing of batchbench's own submission (where results go, the task layout) is the workload's.
    expect(local.BATCHBENCH_TASKS).toBeUndefined();
    expect(remote.BATCHBENCH_RESULTS).toBeUndefined();
    expect(remote.BATCHBENCH_RUN_ENV_NAMES).toBeUndefined();
  });
});

function parseDump(text: string, jobId: string): Record<string, string> {
  const line = text.split('\n').find((l) => l.startsWith('ENV '));
  if (!line) throw new Error(`${jobId} printed no environment: ${text.slice(0, 500)}`);
  return JSON.parse(line.slice(4)) as Record<string, string>;
}
