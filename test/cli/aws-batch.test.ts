import { ListJobsCommand } from '@aws-sdk/client-batch';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import { retryPolicy } from '../../src/adapters/aws/retry.js';
import { S3Io } from '../../src/adapters/aws/s3-io.js';
import { main } from '../../src/cli/main.js';
import type { HistoryEntry } from '../../src/domain/campaign/history.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import type { RunManifest } from '../../src/ports/run-store.js';
import { BUCKET, createBatchEnvironment, FALLBACK, QUEUE } from '../adapters/aws/batch-env.js';
import type { MotoServer } from '../support/moto-server.js';
import { useMoto } from '../support/moto-fixture.js';
import { captureIo } from './io.js';
import { tempDir } from '../support/temp-dir.js';

const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1';

const EXPERIMENT = `version: 1
name: cli-batch
image: { uri: ${IMAGE} }
run: { command: [node, work.mjs, '\${{ matrix.angle }}'] }
matrix: { angle: [0, 90] }
repeats: 2
resources: { timeout: 5m }
compute: { backend: aws-batch, region: us-east-1, queue: ${QUEUE} }
results: { store: 's3://${BUCKET}/experiments/' }
`;

/** "spin" is no benchmark the history knows: it is judged by wall time, which Batch reports itself. */
const CAMPAIGN = `version: 1
kind: campaign
name: cli-campaign
instances: { families: [m7i], sizes: [large, xlarge] }
benchmarks: [spin]
repeats: 2
durations: { spin: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 10
  max-concurrent: 2
  spot: { from-size: xlarge, fallback: on-demand }
results: { store: 's3://${BUCKET}/campaigns/' }
`;

/**
 * The command line against moto as against AWS: the SDK finds the endpoint and the credentials
 * in the environment (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, ...), as a workflow's OIDC step leaves
 * them. moto's no-Docker mode ends every job at once, successfully.
 */
describe('batchbench run and campaign run with --backend aws-batch (moto)', () => {
  const aws = useMoto();
  let moto: MotoServer;
  let side: AwsClients;
  let env: NodeJS.ProcessEnv;
  let dir: string;

  beforeAll(async () => {
    moto = aws.moto;
    side = aws.moreClients();
    await createBatchEnvironment(moto, side);
    env = {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
    };
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v as string);
    dir = tempDir('bb-cli-batch-');
    await writeFile(path.join(dir, 'experiment.yaml'), EXPERIMENT);
    await writeFile(path.join(dir, 'campaign.yaml'), CAMPAIGN);
  }, 30_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
  });

  const s3 = () => new S3Io(side.s3, BUCKET, retryPolicy());
  async function parentJobs(queue: string): Promise<number> {
    const { jobSummaryList = [] } = await side.batch.send(
      new ListJobsCommand({ jobQueue: queue, jobStatus: 'SUCCEEDED' }),
    );
    return jobSummaryList.filter((j) => !j.jobId?.includes(':')).length;
  }

  it(
    'runs an experiment on Batch and leaves its report in the results store',
    { timeout: 60_000 },
    async () => {
      const cap = captureIo(dir, env);
      // `run` reads its file from the process's directory, not io.cwd: give the whole path.
      const code = await main(['run', path.join(dir, 'experiment.yaml')], cap.io);
      expect(code, cap.stderr()).toBe(0);
      const runId = /run (\S+): 4 jobs on AWS Batch/.exec(cap.stderr())?.[1];
      expect(runId).toBeDefined();
      expect(cap.stderr()).toContain('jobs: 4/4 (100%)');
      const keys = (await s3().keys(`experiments/cli-batch/${runId}/`)).map((k) => k.split('/').pop());
      expect(keys).toEqual(
        expect.arrayContaining(['manifest.json', 'report.md', 'report.json', 'report.html']),
      );
      const report = JSON.parse(
        (await s3().get(`experiments/cli-batch/${runId}/report.json`))!,
      ) as ReportModel;
      expect(report.run).toMatchObject({
        jobsPlanned: 4,
        jobsSucceeded: 4,
        jobsFailed: 0,
        backend: 'aws-batch',
      });
    },
  );

  it('run, collect and cancel print JSON alone on stdout with --json', { timeout: 60_000 }, async () => {
    const cap = captureIo(dir, env);
    expect(await main(['run', path.join(dir, 'experiment.yaml'), '--json'], cap.io), cap.stderr()).toBe(0);
    const runId = (JSON.parse(cap.stdout()) as ReportModel).run.id;
    const store = `s3://${BUCKET}/experiments/`;
    const collect = captureIo(dir, env);
    expect(await main(['collect', runId, '--store', store, '--json'], collect.io), collect.stderr()).toBe(0);
    expect((JSON.parse(collect.stdout()) as ReportModel).run).toMatchObject({ id: runId, jobsSucceeded: 4 });
    const cancel = captureIo(dir, env);
    expect(await main(['cancel', runId, '--store', store, '--json'], cancel.io), cancel.stderr()).toBe(0);
    expect(JSON.parse(cancel.stdout())).toEqual({ runId, cancelled: 0, terminated: 0 });
  });

  it('refuses a Spot campaign without a Spot queue, and one without an image, changing nothing', async () => {
    const noSpot = captureIo(dir, env);
    const args = [
      'campaign',
      'run',
      'campaign.yaml',
      '--window',
      'nightly',
      '--day',
      '1',
      '--week',
      '2026-W48',
    ];
    expect(
      await main([...args, '--backend', 'aws-batch', '--queue', FALLBACK, '--image-uri', IMAGE], noSpot.io),
    ).toBe(2);
    expect(noSpot.stderr()).toContain(
      'cli-campaign runs xlarge and larger on Spot (schedule.spot); give --spot-queue (or BATCHBENCH_SPOT_QUEUE)',
    );
    const noImage = captureIo(dir, env);
    expect(await main([...args, '--backend', 'aws-batch', '--queue', FALLBACK], noImage.io)).toBe(2);
    expect(noImage.stderr()).toContain('needs --image-uri');
    expect(await s3().keys('campaigns/')).toEqual([]);
  });

  it(
    'runs a campaign window on Batch, keeps its history in S3, and run again adds nothing twice',
    { timeout: 90_000 },
    async () => {
      const args = [
        'campaign',
        'run',
        'campaign.yaml',
        '--window',
        'nightly',
        '--day',
        '1',
        '--week',
        '2026-W48',
        '--backend',
        'aws-batch',
        '--queue',
        FALLBACK,
        '--image-uri',
        IMAGE,
      ];
      // The experiment above used the Spot queue too.
      const before = { onDemand: await parentJobs(FALLBACK), spot: await parentJobs(QUEUE) };
      const cap = captureIo(dir, { ...env, BATCHBENCH_SPOT_QUEUE: QUEUE });
      const code = await main(args, cap.io);
      expect(code, cap.stderr()).toBe(0);
      expect(cap.stdout()).toContain(
        '4/4 jobs succeeded (100% success rate), 0 failed, 4 attempts (0 retries)',
      );
      expect(cap.stderr()).toMatch(
        /^jobs: 0\/4 \(0%\) {2}running 0 {2}queued 4 {2}succeeded 0 {2}failed 0 {2}ETA 2m$/m,
      );
      expect(cap.stderr()).toMatch(
        /^jobs: 4\/4 \(100%\) {2}running 0 {2}queued 0 {2}succeeded 4 {2}failed 0 {2}ETA 0s$/m,
      );
      // large on the on-demand queue; xlarge on Spot (which did not reclaim it here).
      expect(await parentJobs(FALLBACK)).toBe(before.onDemand + 1);
      expect(await parentJobs(QUEUE)).toBe(before.spot + 1);

      const runId = /run (cli-campaign-2026-W48-d1-nightly-[0-9a-f]{8})$/m.exec(cap.stderr())?.[1];
      expect(runId).toBeDefined();
      const manifest = JSON.parse(
        (await s3().get(`campaigns/cli-campaign/${runId}-a1/manifest.json`))!,
      ) as RunManifest;
      expect(manifest.status).toBe('complete');
      const historyKeys = (await s3().keys('campaigns/history/')).sort();
      // One object per append (no read-modify-write), named after the day and what appended it.
      expect(historyKeys).toEqual([
        expect.stringMatching(/^campaigns\/history\/m7i\.large\/spin\/2026-11-23\.[\w.-]+\.json$/),
        expect.stringMatching(/^campaigns\/history\/m7i\.xlarge\/spin\/2026-11-23\.[\w.-]+\.json$/),
      ]);
      const entries: HistoryEntry[] = [];
      for (const key of historyKeys) entries.push(...(JSON.parse((await s3().get(key))!) as HistoryEntry[]));
      expect(entries.map((e) => [e.metric, e.samples.length, e.week])).toEqual([
        ['wall_seconds', 2, '2026-W48'],
        ['wall_seconds', 2, '2026-W48'],
      ]);

      // The same window again (its workflow re-run): it finds the finished attempt run, submits nothing.
      const again = captureIo(dir, { ...env, BATCHBENCH_SPOT_QUEUE: QUEUE });
      expect(await main(args, again.io), again.stderr()).toBe(0);
      expect(again.stderr()).toContain(`${runId}-a1: 4 jobs finished there already`);
      expect(await parentJobs(FALLBACK)).toBe(before.onDemand + 1);
      expect(await parentJobs(QUEUE)).toBe(before.spot + 1);
      const after: HistoryEntry[] = [];
      for (const key of historyKeys) after.push(...(JSON.parse((await s3().get(key))!) as HistoryEntry[]));
      expect(after).toEqual(entries);
    },
  );
});
