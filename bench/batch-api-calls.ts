// AWS Batch API calls and wall time of one run of 10, 1,000 and 10,000 tasks on a moto server
// (no-Docker mode: jobs end at once, so this measures the client's work, not the jobs'):
// batchbench's BatchExecutor (one array job, tracked through the parent's status summary,
// children listed in pages) beside a naive loop doing the same work (one SubmitJob per task,
// DescribeJobs per job until every job ended, one GetObject per result object). The runner's
// result objects are written by the SDK middleware the integration tests use.
import { createRequire } from 'node:module';
import type { AwsClients } from '../src/adapters/aws/clients.js';
import type { JobRecord } from '../src/domain/results/job-record.js';
import type { Experiment } from '../src/domain/experiment/experiment.js';
import type { MotoServer } from '../test/support/moto-server.js';

// Bundled as ESM, the SDK's require() of Node built-ins goes through a global require: set it
// before the SDK's modules are first evaluated, hence the dynamic imports below.
(globalThis as { require?: NodeJS.Require }).require = createRequire(import.meta.url);
const { DescribeJobsCommand, SubmitJobCommand } = await import('@aws-sdk/client-batch');
const { GetObjectCommand } = await import('@aws-sdk/client-s3');
const { BatchExecutor } = await import('../src/adapters/aws/batch/executor.js');
const { destroyAwsClients } = await import('../src/adapters/aws/clients.js');
const { ensureJobDefinition, jobDefinitionInput } = await import('../src/adapters/aws/job-definition.js');
const { parseResultObject } = await import('../src/adapters/aws/result-object.js');
const { retryPolicy } = await import('../src/adapters/aws/retry.js');
const { mapLimit } = await import('../src/adapters/aws/s3-io.js');
const {
  BUCKET,
  batchExperiment,
  clientsFor,
  countCalls,
  createBatchEnvironment,
  planOf,
  QUEUE,
  simulateContainers,
  storeFor,
  total,
} = await import('../test/adapters/aws/batch-env.js');
const { startMoto } = await import('../test/support/moto-server.js');

const SIZES = [10, 1_000, 10_000];
/** The naive loop gets this long per size; past it, it runs on a sample and is scaled up. */
const NAIVE_BUDGET_MS = 90_000;
const POLL_MS = 500;

interface Measure {
  calls: number;
  byCall: Record<string, number>;
  gets: number;
  ms: number;
  /** Measured on this many tasks and scaled up linearly; equal to n when measured in full. */
  sample: number;
}

function experimentOf(n: number): Experiment {
  return batchExperiment(
    { name: `bench-${n}` },
    n >= 2 ? { fanOut: { items: n, workers: n, oversubscribe: 1 } } : {},
  );
}

function countGets(clients: AwsClients): { n: number } {
  const c = { n: 0 };
  clients.s3.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand') c.n++;
      return next(args);
    },
    { step: 'initialize', name: 'count-gets' },
  );
  return c;
}

async function batchbench(moto: MotoServer, n: number): Promise<Measure> {
  const clients = clientsFor(moto.endpoint);
  simulateContainers(clients.batch, clients.s3);
  const exp = experimentOf(n);
  const plan = planOf(exp);
  const store = storeFor(clients);
  const runId = `bb-${n}`;
  await store.create({
    runId,
    experiment: exp.name,
    experimentFile: exp.file,
    experimentSource: '',
    backend: 'aws-batch',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    status: 'running',
    plan,
  });
  const calls = countCalls(clients.batch);
  const gets = countGets(clients);
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    results: store.location,
    poll: { minMs: POLL_MS, maxMs: POLL_MS * 4 },
  });
  let finished = 0;
  const t0 = performance.now();
  await executor.execute(plan.jobs, {
    runId,
    skip: new Set(),
    signal: new AbortController().signal,
    onEvent: async (e) => {
      if (e.type === 'job-started') return;
      await store.appendRecord(runId, e.record);
      if (e.type === 'job-finished') finished++;
    },
  });
  const ms = performance.now() - t0;
  if (finished !== n) throw new Error(`batchbench recorded ${finished} of ${n} tasks`);
  destroyAwsClients(clients);
  return { calls: total(calls), byCall: { ...calls }, gets: gets.n, ms, sample: n };
}

/** One SubmitJob per task, DescribeJobs per job until all ended, one GetObject per result. */
async function naive(moto: MotoServer, n: number, sample: number): Promise<Measure> {
  const clients = clientsFor(moto.endpoint);
  simulateContainers(clients.batch, clients.s3);
  const exp = experimentOf(n);
  const plan = planOf(exp);
  const jobs = plan.jobs.slice(0, sample);
  const stage = exp.stages[0] as Experiment['stages'][number];
  const calls = countCalls(clients.batch);
  const gets = countGets(clients);
  const base = `experiments/${exp.name}/naive-${n}/`;
  const t0 = performance.now();
  const definition = await ensureJobDefinition(
    clients.batch,
    jobDefinitionInput({ experiment: exp.name, stage, imageUri: exp.image?.uri as string, platform: 'ec2' }),
    retryPolicy(),
  );
  const ids: string[] = [];
  for (const job of jobs) {
    const layout = { v: 1, shardCount: job.shardCount, tasks: [[job.id, job.repeat, job.shardIndex]] };
    const out = await clients.batch.send(
      new SubmitJobCommand({
        jobName: job.id.replace(/[^A-Za-z0-9_-]/g, '-'),
        jobQueue: QUEUE,
        jobDefinition: definition,
        containerOverrides: {
          environment: [
            { name: 'BATCHBENCH_RUN_ID', value: `naive-${n}` },
            { name: 'BATCHBENCH_RESULTS', value: `s3://${BUCKET}/${base}` },
            { name: 'BATCHBENCH_TASKS', value: JSON.stringify(layout) },
          ],
        },
      }),
    );
    ids.push(out.jobId as string);
  }
  let open = ids;
  while (open.length > 0) {
    const still: string[] = [];
    for (const id of open) {
      const { jobs: found } = await clients.batch.send(new DescribeJobsCommand({ jobs: [id] }));
      const status = found?.[0]?.status;
      if (status !== 'SUCCEEDED' && status !== 'FAILED') still.push(id);
    }
    open = still;
    if (open.length > 0) await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const records: Partial<JobRecord>[] = await mapLimit(jobs, 16, async (job) => {
    const out = await clients.s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: `${base}${job.id}/1.json` }),
    );
    const result = parseResultObject((await out.Body?.transformToString()) ?? '');
    return { jobId: job.id, metrics: result?.metrics ?? {} };
  });
  const ms = performance.now() - t0;
  if (records.length !== jobs.length) throw new Error('naive loop lost results');
  destroyAwsClients(clients);
  // RegisterJobDefinition and its lookup are made once, whatever the size: not scaled.
  const once = (calls.DescribeJobDefinitions ?? 0) + (calls.RegisterJobDefinition ?? 0);
  const scale = n / jobs.length;
  return {
    calls: Math.round(once + (total(calls) - once) * scale),
    byCall: Object.fromEntries(
      Object.entries(calls).map(([k, v]) => [k, k.includes('JobDefinition') ? v : Math.round(v * scale)]),
    ),
    gets: Math.round(gets.n * scale),
    ms: ms * scale,
    sample: jobs.length,
  };
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const rows: string[][] = [];
let msPerTask = 0;
for (const n of SIZES) {
  const moto = await startMoto();
  try {
    await createBatchEnvironment(moto, clientsFor(moto.endpoint));
    const bb = await batchbench(moto, n);
    // The naive loop's cost per task from the previous size decides whether it fits the budget.
    const sample =
      msPerTask > 0 && msPerTask * n > NAIVE_BUDGET_MS
        ? Math.max(100, Math.floor(NAIVE_BUDGET_MS / msPerTask))
        : n;
    const nv = await naive(moto, n, Math.min(n, sample));
    msPerTask = nv.ms / n;
    console.log(
      `${fmt(n)} tasks: batchbench ${JSON.stringify(bb.byCall)}; naive${nv.sample < n ? ` (measured on ${fmt(nv.sample)} tasks, scaled x${(n / nv.sample).toFixed(1)})` : ''} ${JSON.stringify(nv.byCall)}`,
    );
    rows.push([
      fmt(n),
      fmt(bb.calls),
      fmt(nv.calls) + (nv.sample < n ? '*' : ''),
      (nv.calls / bb.calls).toFixed(1),
      `${(bb.ms / 1000).toFixed(2)} s`,
      `${(nv.ms / 1000).toFixed(2)} s` + (nv.sample < n ? '*' : ''),
      (nv.ms / bb.ms).toFixed(1),
      `${fmt(bb.gets)} / ${fmt(nv.gets)}`,
    ]);
  } finally {
    await moto.stop();
  }
}

const head = [
  'tasks',
  'Batch calls: batchbench',
  'naive',
  'calls naive/bb',
  'time: batchbench',
  'naive',
  'time naive/bb',
  'GetObject bb / naive',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
console.log(`\nAWS Batch API calls and wall time on moto (no-Docker Batch; poll ${POLL_MS} ms):`);
console.log(line(head));
for (const r of rows) console.log(line(r));
if (rows.some((r) => r.some((c) => c.endsWith('*'))))
  console.log(
    `* the naive loop ran on a sample within ${NAIVE_BUDGET_MS / 1000} s and was scaled up linearly; ` +
      "moto's DescribeJobs scans every job it holds, so the naive figure for the full size would be higher still.",
  );
console.log(
  'Batch calls exclude S3 (result objects, manifest, records); batchbench also writes its records to S3.',
);
