import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DescribeJobsCommand, ListJobsCommand, type JobStatus } from '@aws-sdk/client-batch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import type { MotoServer } from '../../support/moto-server.js';
import { useMoto } from '../../support/moto-fixture.js';
import { QUEUE, STORE_URL, storeFor } from './batch-env.js';
import { tempDir } from '../../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * The real thing a runner's death does: the `batchbench run` process is SIGKILLed while it
 * waits for its jobs, with no chance to clean up. Running it again with the same run id must
 * attach to the jobs already submitted, submit nothing twice, and collect every task. moto runs
 * in Docker mode with no daemon: jobs walk their states on its timer (so they are still running
 * when the process dies) and then fail to start a container, which the report must show.
 */
describe('a batchbench process killed while it waits', () => {
  const aws = useMoto({ jobsNeverStart: true, jobTransitionSeconds: 2, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  beforeAll(async () => {
    ({ moto, clients } = aws);
  });

  it(
    'is attached to again by a second run with the same id, without resubmitting',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir('bb-kill-');
      const file = path.join(dir, 'killed.yaml');
      writeFileSync(
        file,
        [
          'version: 1',
          'name: killed',
          'image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/w:1 }',
          "run: { command: [node, work.mjs, '${{ matrix.angle }}'] }",
          'matrix: { angle: [0, 90] }',
          'repeats: 3',
          'resources: { timeout: 5m }',
          `compute: { backend: aws-batch, region: us-east-1, queue: ${QUEUE} }`,
          `results: { store: '${STORE_URL}' }`,
        ].join('\n'),
      );
      const env = {
        ...process.env,
        AWS_ENDPOINT_URL: moto.endpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_REGION: 'us-east-1',
      };
      const cli = (args: string[]) =>
        spawn(process.execPath, [path.join(root, 'bin/batchbench.js'), ...args], { cwd: root, env });

      const first = cli(['run', file]);
      let stderr = '';
      first.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const runId = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no run id in: ${stderr}`)), 30_000);
        first.stderr.on('data', () => {
          const m = /run (\S+): \d+ jobs on AWS Batch/.exec(stderr);
          if (m) {
            clearTimeout(timer);
            resolve(m[1] as string);
          }
        });
      });
      const store = storeFor(clients, 'killed');
      // Kill it once both cells' arrays are submitted and recorded, while they still run.
      await waitFor(async () => {
        try {
          const m = await store.readManifest(runId);
          return (m.submissions ?? []).filter((s) => s.remoteId).length === 2;
        } catch {
          return false;
        }
      });
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      const submittedBefore = await jobNames();
      expect(submittedBefore).toHaveLength(2);
      expect(await unfinished()).toBeGreaterThan(0);

      const second = cli(['run', file, '--resume', runId, '--format', 'json']);
      let out = '';
      second.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const code = await new Promise<number | null>((r) => second.once('exit', r));
      // Every task is accounted for (as failed: no container could start), none twice.
      expect(code).toBe(1);
      expect(await jobNames()).toEqual(submittedBefore);
      const report = JSON.parse(out) as {
        run: { jobsPlanned: number; jobsFailed: number; jobsMissing: number };
      };
      expect(report.run).toMatchObject({ jobsPlanned: 6, jobsFailed: 6, jobsMissing: 0 });
      // moto settles an array parent's own status a little after its children.
      expect(await unfinished()).toBe(0);
    },
  );

  /** Every top-level job on the queue, by name: a resubmission would show as a second one. */
  async function jobNames(): Promise<string[]> {
    const statuses: JobStatus[] = [
      'SUBMITTED',
      'PENDING',
      'RUNNABLE',
      'STARTING',
      'RUNNING',
      'SUCCEEDED',
      'FAILED',
    ];
    const names: string[] = [];
    for (const jobStatus of statuses) {
      const r = await clients.batch.send(new ListJobsCommand({ jobQueue: QUEUE, jobStatus }));
      for (const j of r.jobSummaryList ?? []) if (!j.jobId?.includes(':')) names.push(j.jobName as string);
    }
    return names.sort();
  }

  /**
   * Children not yet finished, from each array's own status summary (moto leaves an array
   * parent RUNNING after its children end, which real AWS does not, so the parent's status is
   * not the measure).
   */
  async function unfinished(): Promise<number> {
    const parents: string[] = [];
    const statuses: JobStatus[] = [
      'SUBMITTED',
      'PENDING',
      'RUNNABLE',
      'STARTING',
      'RUNNING',
      'SUCCEEDED',
      'FAILED',
    ];
    for (const jobStatus of statuses) {
      const r = await clients.batch.send(new ListJobsCommand({ jobQueue: QUEUE, jobStatus }));
      for (const j of r.jobSummaryList ?? []) if (!j.jobId?.includes(':')) parents.push(j.jobId as string);
    }
    const described = await clients.batch.send(new DescribeJobsCommand({ jobs: parents }));
    let n = 0;
    for (const job of described.jobs ?? []) {
      const summary = job.arrayProperties?.statusSummary ?? {};
      for (const s of ['SUBMITTED', 'PENDING', 'RUNNABLE', 'STARTING', 'RUNNING']) n += summary[s] ?? 0;
    }
    return n;
  }
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
