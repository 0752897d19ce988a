import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DescribeJobsCommand, ListJobsCommand, type JobStatus } from '@aws-sdk/client-batch';
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { destroyAwsClients, type AwsClients } from '../../src/adapters/aws/clients.js';
import { S3RunStore } from '../../src/adapters/aws/s3-run-store.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { clientsFor, createBatchEnvironment, FALLBACK, QUEUE, STORE_URL } from '../adapters/aws/batch-env.js';
import type { MotoServer } from '../support/moto-server.js';
import { docker } from './engine.js';
import { startMotoDocker, type MotoDocker } from './moto-docker.js';

const engine = inject('engine');
const EXPERIMENT = 'e2e-primes';
const BELOW = [200_000, 400_000];
/** pi(x), the number of primes below x: what the workload must find in every container. */
const PRIMES: Record<number, number> = { 200_000: 17_984, 400_000: 33_860 };
const REPEATS = 3;
const UNFINISHED: JobStatus[] = ['SUBMITTED', 'PENDING', 'RUNNABLE', 'STARTING', 'RUNNING'];

/**
 * Two cells x three repeats, in two stages (`check` needs `count`), written as a user would
 * commit it. The job environment carries moto's endpoint: with host networking the runner in
 * each container reaches moto's S3 on 127.0.0.1, as a real job reaches S3 through its VPC.
 */
function experimentFile(image: string, endpoint: string): string {
  return `version: 1
name: ${EXPERIMENT}
description: primes counted in real containers on moto's AWS Batch
image: { uri: '${image}' }
matrix:
  below: [${BELOW.join(', ')}]
repeats: ${REPEATS}
resources: { vcpus: 1, memory: 256MiB, timeout: 2m, retries: 0 }
compute:
  backend: aws-batch
  region: us-east-1
  queue: ${QUEUE}
  instance-type: c7i.large
  capacity: on-demand
stages:
  count:
    run:
      command: [node, work.mjs, count, --below, '\${{ matrix.below }}']
      env: &aws
        AWS_ENDPOINT_URL: '${endpoint}'
        AWS_ACCESS_KEY_ID: testing
        AWS_SECRET_ACCESS_KEY: testing
        AWS_REGION: us-east-1
  check:
    needs: [count]
    run:
      command: [node, work.mjs, check, --below, '\${{ matrix.below }}']
      env: *aws
results:
  store: ${STORE_URL}
  metrics:
    - { name: primes, better: higher }
    - { name: checked, better: higher }
budget: { max-usd: 1, max-jobs: 20 }
`;
}

interface CliRun {
  code: number | null;
  stderr: string;
  seconds: number;
}

/** `batchbench run FILE` as a user runs it, with AWS pointed at moto the standard way. */
function batchbenchRun(args: string[], endpoint: string): Promise<CliRun> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['bin/batchbench.js', 'run', ...args], {
    env: {
      ...process.env,
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
      AWS_PROFILE: '',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stderr, seconds: (performance.now() - t0) / 1000 })),
  );
}

describe.skipIf(!engine.ok)(
  `AWS Batch end to end: moto in Docker mode runs the array children as real containers${engine.ok ? '' : ` (skipped: ${engine.reason})`}`,
  () => {
    let moto: MotoDocker;
    let clients: AwsClients;
    let work: string;
    let cli: CliRun;
    let runId: string;
    let records: JobRecord[];
    let report: ReportModel;

    beforeAll(async () => {
      if (!engine.ok) return;
      work = await mkdtemp(path.join(os.tmpdir(), 'batchbench-e2e-run-'));
      moto = await startMotoDocker(engine.dockerHost, engine.dir);
      clients = clientsFor(moto.endpoint);
      await createBatchEnvironment({ endpoint: moto.endpoint } as MotoServer, clients);
      const file = path.join(work, 'e2e-primes.yaml');
      await writeFile(file, experimentFile(engine.image, moto.endpoint));
      const reportFile = path.join(work, 'report.json');
      cli = await batchbenchRun([file, '--format', 'json', '--output', reportFile], moto.endpoint);
      process.stderr.write(`e2e: batchbench run took ${cli.seconds.toFixed(1)} s\n`);
      if (cli.code !== 0)
        throw new Error(
          `batchbench run exited ${cli.code}:\n${cli.stderr.slice(-4000)}\nmoto:\n${moto.output().slice(-4000)}`,
        );
      runId = /^run (\S+):/m.exec(cli.stderr)?.[1] ?? '';
      const store = new S3RunStore(clients.s3, STORE_URL, { experiment: EXPERIMENT });
      records = await store.readRecords(runId);
      report = JSON.parse(await readFile(reportFile, 'utf8')) as ReportModel;
    });

    afterAll(async () => {
      if (clients) destroyAwsClients(clients);
      await moto?.stop();
      if (work) await rm(work, { recursive: true, force: true });
    });

    it('gets a record for every task, timed and measured inside its container', async () => {
      expect(runId).toMatch(/^e2e-primes-/);
      expect(records).toHaveLength(2 * BELOW.length * REPEATS);
      const hostCpu = /^model name\s*:\s*(.+)$/m.exec(await readFile('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
      for (const r of records) {
        const below = Number(/below-(\d+)/.exec(r.cellId)?.[1]);
        expect(r, r.jobId).toMatchObject({
          status: 'succeeded',
          backend: 'aws-batch',
          exitCode: 0,
          attempt: 1,
        });
        // The workload ran in a container (Docker's marker file, a PID of the container's own
        // namespace) and found the right answer there.
        expect(r.metrics.in_container, r.jobId).toBe(1);
        expect(r.metrics.container_pid, r.jobId).toBeLessThan(1000);
        expect(r.metrics[r.stage === 'count' ? 'primes' : 'checked'], r.jobId).toBe(PRIMES[below]);
        expect(r.metrics.repeat, r.jobId).toBe(r.repeat);
        expect(r.metrics.work_done, r.jobId).toBe(1);
        // The runner's clock and Batch's agree: the command ran inside the job's start and stop.
        expect(r.commandStartedAt, r.jobId).toBeGreaterThanOrEqual(r.startedAt);
        expect(r.commandEndedAt, r.jobId).toBeGreaterThanOrEqual(r.commandStartedAt as number);
        expect(r.stoppedAt, r.jobId).toBeGreaterThanOrEqual(r.commandEndedAt as number);
        expect(r.startedAt, r.jobId).toBeGreaterThanOrEqual(r.queuedAt);
        expect(r.collectedAt, r.jobId).toBeGreaterThanOrEqual(r.stoppedAt);
        expect(r.cpuModel, r.jobId).toBe(hostCpu);
        expect(r.cpuCount, r.jobId).toBeGreaterThan(0);
      }
      const ids = records.map((r) => r.jobId);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('starts each check task after the count task it depends on ended', () => {
      for (const check of records.filter((r) => r.stage === 'check')) {
        const count = records.find(
          (r) => r.stage === 'count' && r.cellId === check.cellId && r.repeat === check.repeat,
        );
        expect(count, check.jobId).toBeDefined();
        expect(check.commandStartedAt, check.jobId).toBeGreaterThan(count?.commandEndedAt as number);
      }
    });

    it('builds the report from them: every cell has n = repeats and container-measured metrics', () => {
      expect(report.run).toMatchObject({
        id: runId,
        backend: 'aws-batch',
        status: 'complete',
        jobsPlanned: 12,
        jobsSucceeded: 12,
        jobsFailed: 0,
        jobsMissing: 0,
      });
      expect(report.failures).toEqual([]);
      expect(report.cells.map((c) => `${c.stage}/${c.cellId}`).sort()).toEqual(
        ['check', 'count'].flatMap((s) => BELOW.map((b) => `${s}/below-${b}`)).sort(),
      );
      for (const cell of report.cells) {
        const metric = cell.stage === 'count' ? 'primes' : 'checked';
        expect(cell.wall.n, cell.cellId).toBe(REPEATS);
        expect(cell.succeeded, cell.cellId).toBe(REPEATS);
        expect(cell.metrics[metric]?.n, cell.cellId).toBe(REPEATS);
        expect(cell.metrics[metric]?.mean, cell.cellId).toBe(PRIMES[cell.values.below as number]);
        expect(cell.cpuModels.length, cell.cellId).toBeGreaterThan(0);
        expect(cell.split.compute, cell.cellId).toBeGreaterThan(0);
        expect(cell.split.startup, cell.cellId).toBeGreaterThanOrEqual(0);
        expect(cell.cost.basis, cell.cellId).toBe('measured');
      }
    });

    it('leaves no job unfinished and no container behind, and the output reached CloudWatch Logs', async () => {
      // moto works out an array parent's status from its children only when the parent is
      // described (Batch keeps it up to date itself): describe whatever is listed unfinished first.
      const listed: string[] = [];
      for (const jobQueue of [QUEUE, FALLBACK])
        for (const jobStatus of UNFINISHED) {
          const out = await clients.batch.send(new ListJobsCommand({ jobQueue, jobStatus }));
          listed.push(...(out.jobSummaryList ?? []).flatMap((j) => (j.jobId ? [j.jobId] : [])));
        }
      if (listed.length > 0)
        await clients.batch.send(new DescribeJobsCommand({ jobs: listed.slice(0, 100) }));
      for (const jobQueue of [QUEUE, FALLBACK])
        for (const jobStatus of UNFINISHED) {
          const out = await clients.batch.send(new ListJobsCommand({ jobQueue, jobStatus }));
          expect(out.jobSummaryList ?? [], `${jobQueue} ${jobStatus}`).toEqual([]);
        }
      expect((await docker(engine.ok ? engine.dockerHost : '', 'ps', '-aq')).trim()).toBe('');
      const logs = await clients.logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/batch/job' }));
      const lines = (logs.events ?? []).map((e) => e.message ?? '');
      expect(lines.filter((l) => l.startsWith('count below 200000: 17984 primes'))).toHaveLength(REPEATS);
    });
  },
);
