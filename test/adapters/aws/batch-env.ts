import { CreateComputeEnvironmentCommand, CreateJobQueueCommand } from '@aws-sdk/client-batch';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { createAwsClients, type AwsClients } from '../../../src/adapters/aws/clients.js';
import { retryPolicy } from '../../../src/adapters/aws/retry.js';
import { S3RunStore } from '../../../src/adapters/aws/s3-run-store.js';
import { RESULT_FORMAT, type ResultObject } from '../../../src/adapters/aws/result-object.js';
import { layoutSize, taskAt, type TaskLayout } from '../../../src/adapters/aws/task-layout.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { parsePriceTable } from '../../../src/domain/cost/price-table.js';
import type { Plan } from '../../../src/domain/plan/plan.js';
import type { Experiment, StageSpec } from '../../../src/domain/experiment/experiment.js';
import { makeExperiment, makeStage } from '../../helpers/experiment.js';
import type { MotoServer } from '../../support/moto-server.js';

export const BUCKET = 'bb-results';
export const STORE_URL = `s3://${BUCKET}/experiments/`;
export const QUEUE = 'bb-spot';
export const FALLBACK = 'bb-ondemand';

export const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

export function clientsFor(endpoint: string): AwsClients {
  return createAwsClients({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
}

/** moto's IAM speaks the query protocol; no IAM client is installed, so this is one plain POST. */
async function createRole(endpoint: string, name: string): Promise<string> {
  const body = new URLSearchParams({
    Action: 'CreateRole',
    Version: '2010-05-08',
    RoleName: name,
    AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [] }),
  });
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization:
        'AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0',
    },
    body,
  });
  const text = await res.text();
  const arn = /<Arn>([^<]+)<\/Arn>/.exec(text)?.[1];
  if (!arn) throw new Error(`CreateRole failed: ${text.slice(0, 300)}`);
  return arn;
}

/** A compute environment, a Spot and an on-demand queue, and the results bucket, on moto. */
export async function createBatchEnvironment(moto: MotoServer, clients: AwsClients): Promise<void> {
  const role = await createRole(moto.endpoint, `batch-service-${Date.now()}`);
  const ce = await clients.batch.send(
    new CreateComputeEnvironmentCommand({
      computeEnvironmentName: `ce-${Date.now()}`,
      type: 'UNMANAGED',
      serviceRole: role,
    }),
  );
  for (const name of [QUEUE, FALLBACK]) {
    await clients.batch.send(
      new CreateJobQueueCommand({
        jobQueueName: name,
        priority: 1,
        state: 'ENABLED',
        computeEnvironmentOrder: [{ order: 1, computeEnvironment: ce.computeEnvironmentArn as string }],
      }),
    );
  }
  await clients.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
}

export function batchStage(overrides: Partial<StageSpec> = {}): StageSpec {
  return makeStage({
    run: {
      command: ['node', 'work.mjs', '--angle', '${{ matrix.angle }}', '--shard', '${{ shard.index }}'],
      env: { ANGLE: '${{ matrix.angle }}' },
    },
    compute: {
      backend: 'aws-batch',
      region: 'us-east-1',
      queue: QUEUE,
      capacity: 'on-demand',
      platform: 'ec2',
      tags: { team: 'radar' },
    },
    ...overrides,
  });
}

export function batchExperiment(
  overrides: Partial<Experiment> = {},
  stage: Partial<StageSpec> = {},
): Experiment {
  return {
    ...makeExperiment({
      name: 'beam-steering-es',
      image: { uri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/beam:1' },
      results: { store: STORE_URL, metrics: [] },
      ...overrides,
    }),
    stages: overrides.stages ?? [batchStage(stage)],
  };
}

export function planOf(exp: Experiment): Plan {
  const { plan, problems } = buildPlan(exp, { prices });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((p) => p.message).join('; '));
  return plan;
}

/** Retries that do not wait: fault tests inject many failures. */
export const fastSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 5)));

export function storeFor(clients: AwsClients, experiment?: string): S3RunStore {
  return new S3RunStore(clients.s3, STORE_URL, {
    ...(experiment ? { experiment } : {}),
    policy: retryPolicy({ sleep: fastSleep }),
  });
}

/** Counts the commands a client sends, by name, as the SDK's middleware sees them (retries included). */
export function countCalls(client: AwsClients['batch']): Record<string, number> {
  const counts: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: `count-${Math.random()}` },
  );
  return counts;
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** What the container runner would have uploaded for one attempt (no container runs without Docker). */
export function fakeResult(
  runId: string,
  jobId: string,
  attempt: number,
  overrides: Partial<ResultObject> = {},
): ResultObject {
  const start = Date.now() - 5_000;
  return {
    format: RESULT_FORMAT,
    runId,
    jobId,
    attempt,
    containerStartedAt: start,
    commandStartedAt: start + 100,
    commandEndedAt: start + 3_100,
    exitCode: 0,
    host: 'ip-10-0-0-1',
    cpuModel: 'Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz',
    cpuCount: 2,
    peakMemoryBytes: 123_456_789,
    metrics: { reward: 0.5 },
    ...overrides,
  };
}

export async function putResults(
  clients: AwsClients,
  base: string,
  results: ResultObject[],
  concurrency = 32,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < results.length) {
        const r = results[next++] as ResultObject;
        await clients.s3.send(
          new PutObjectCommand({
            Bucket: BUCKET,
            Key: `${base}${r.jobId}/${r.attempt}.json`,
            Body: JSON.stringify(r),
          }),
        );
      }
    }),
  );
}

export interface Simulation {
  /** Jobs whose container "crashed" before reporting: no result object. */
  silent?: (jobId: string) => boolean;
  exitCode?: (jobId: string) => number;
}

/**
 * Stands in for the containers moto does not run without Docker: on every SubmitJob it writes
 * the result object the runner would write for each child, before the request goes out (so a
 * request lost on the way still has its results, as a job that did run would).
 */
export function simulateContainers(
  batch: AwsClients['batch'],
  s3: AwsClients['s3'],
  sim: Simulation = {},
): void {
  batch.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'SubmitJobCommand') {
        const input = args.input as {
          containerOverrides?: { environment?: { name?: string; value?: string }[] };
        };
        const env = Object.fromEntries(
          (input.containerOverrides?.environment ?? []).map((e) => [e.name, e.value]),
        );
        const layout = JSON.parse(env.BATCHBENCH_TASKS as string) as TaskLayout;
        const url = env.BATCHBENCH_RESULTS as string;
        const base = url.slice(`s3://${BUCKET}/`.length);
        const results: ResultObject[] = [];
        for (let i = 0; i < layoutSize(layout); i++) {
          const task = taskAt(layout, i);
          if (sim.silent?.(task.jobId)) continue;
          results.push(
            fakeResult(env.BATCHBENCH_RUN_ID as string, task.jobId, 1, {
              exitCode: sim.exitCode?.(task.jobId) ?? 0,
              arrayIndex: i,
            }),
          );
        }
        await putResults({ s3 } as AwsClients, base, results);
      }
      return next(args);
    },
    { step: 'initialize', name: `simulate-containers` },
  );
}
