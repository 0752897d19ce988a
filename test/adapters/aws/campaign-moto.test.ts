import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { S3Io } from '../../../src/adapters/aws/s3-io.js';
import { retryPolicy } from '../../../src/adapters/aws/retry.js';
import type { ResultObject } from '../../../src/adapters/aws/result-object.js';
import { layoutSize, taskAt, type TaskLayout } from '../../../src/adapters/aws/task-layout.js';
import { planCampaignText } from '../../../src/app/campaign-plan.js';
import { main } from '../../../src/cli/main.js';
import { campaignMarkdown } from '../../../src/domain/campaign/campaign-report.js';
import type { HistoryEntry } from '../../../src/domain/campaign/history.js';
import { parseIsoWeek } from '../../../src/domain/campaign/week.js';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { BUCKET, fakeResult, fastSleep, prices, putResults, QUEUE } from './batch-env.js';
import { runBatchWindow } from './batch-window.js';
import { captureIo } from '../../cli/io.js';
import { useMoto } from '../../support/moto-fixture.js';
import { tempDir } from '../../support/temp-dir.js';

const CAMPAIGN = `version: 1
kind: campaign
name: tiny-moto
instances: { families: [m7i], sizes: [large] }
benchmarks: [stream, hpl]
repeats: 3
durations: { stream: 1m, hpl: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 20
  max-concurrent: 6
quality: { max-cv: 0.5 }
regression: { against: previous, test: mann-whitney, threshold: 20% }
results: { store: 's3://${BUCKET}/campaigns/' }
`;

/** The headline number a benchmark's container reports, by base benchmark. */
const HEADLINE: Record<string, Record<string, number>> = {
  stream: { triad_gbps: 41.5 },
  hpl: { gflops: 88.25 },
};

/**
 * moto runs no container without Docker: on each SubmitJob this writes the result objects the
 * runner would have uploaded, with the benchmark's headline metric from the stage environment.
 */
function simulateBenchmarks(clients: AwsClients, submitted: { name: string; size: number }[]): void {
  clients.batch.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'SubmitJobCommand') {
        const input = args.input as {
          jobName?: string;
          containerOverrides?: { environment?: { name?: string; value?: string }[] };
        };
        const env = Object.fromEntries(
          (input.containerOverrides?.environment ?? []).map((e) => [e.name, e.value]),
        );
        const layout = JSON.parse(env.BATCHBENCH_TASKS as string) as TaskLayout;
        const base = (env.BATCHBENCH_RESULTS as string).slice(`s3://${BUCKET}/`.length);
        const results: ResultObject[] = [];
        for (let i = 0; i < layoutSize(layout); i++) {
          results.push(
            fakeResult(env.BATCHBENCH_RUN_ID as string, taskAt(layout, i).jobId, 1, {
              arrayIndex: i,
              metrics: HEADLINE[env.BATCHBENCH_BENCHMARK as string] ?? {},
            }),
          );
        }
        submitted.push({ name: input.jobName ?? '', size: results.length });
        await putResults(clients, base, results);
      }
      return next(args);
    },
    { step: 'initialize', name: 'simulate-benchmarks' },
  );
}

describe('a campaign window on AWS Batch (moto)', () => {
  const aws = useMoto({ batchEnvironment: true });
  let clients: AwsClients;

  beforeAll(async () => {
    clients = aws.clients;
  }, 30_000);

  it('runs one array job per instance type x benchmark and keeps the history in S3', async () => {
    const week = parseIsoWeek('2026-W48')!;
    const checked = planCampaignText('campaigns/tiny.yaml', CAMPAIGN, week, prices);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const campaign = checked.campaign!;
    const plan = checked.plan!;
    const submitted: { name: string; size: number }[] = [];
    simulateBenchmarks(clients, submitted);
    const args = {
      campaign,
      plan,
      day: 1,
      window: 'nightly',
      runId: 'tiny-moto-20261123-0000-abcd',
      batch: { queue: QUEUE },
      imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1',
    };
    const { outcome, backend } = await runBatchWindow(args, { clients, prices, sleep: fastSleep });

    // 1 instance type x 2 benchmarks, 3 repeats each: two arrays of three.
    expect(submitted.map((s) => s.size)).toEqual([3, 3]);
    expect(outcome.summary.jobs).toBe(6);
    expect(outcome.summary.succeeded).toBe(6);
    expect(outcome.records.every((r) => r.status === 'succeeded')).toBe(true);

    const io2 = new S3Io(clients.s3, BUCKET, retryPolicy({ sleep: fastSleep }));
    const keys = (await io2.keys('campaigns/history/')).sort();
    expect(keys).toHaveLength(2);
    const stored: HistoryEntry[] = [];
    for (const key of keys) stored.push(...(JSON.parse((await io2.get(key))!) as HistoryEntry[]));
    expect(stored.map((e) => e.base).sort()).toEqual(['hpl', 'stream']);
    const stream = stored.find((e) => e.base === 'stream')!;
    expect(stream.instanceType).toBe('m7i.large');
    expect(stream.metric).toBe('triad_gbps');
    expect(stream.week).toBe('2026-W48');
    expect(JSON.stringify(stream)).toContain('41.5');
    expect(await backend.history.load()).toHaveLength(2);

    const md = campaignMarkdown(outcome.summary);
    expect(md).toContain('6/6 jobs succeeded (100% success rate)');
    const rows = md.split('\n').filter((l) => l.startsWith('| m7i'));
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.includes('stream'))).toBe(true);
    expect(rows.some((r) => r.includes('hpl'))).toBe(true);
  }, 30_000);
});

describe('campaign run --backend on the command line', () => {
  async function run(backend: string, env: NodeJS.ProcessEnv = {}) {
    const dir = tempDir('bb-campaign-cli-');
    const file = path.join(dir, 'tiny.yaml');
    await writeFile(file, CAMPAIGN);
    const cap = captureIo(dir, env);
    const code = await main(
      [
        'campaign',
        'run',
        file,
        '--window',
        'nightly',
        '--day',
        '1',
        '--week',
        '2026-W48',
        '--backend',
        backend,
      ],
      cap.io,
    );
    return { code, err: cap.stderr() };
  }

  it('asks for the queue an aws-batch campaign needs, and names the backends it takes', async () => {
    const noQueue = await run('aws-batch');
    expect(noQueue.code).toBe(2);
    expect(noQueue.err).toContain('BATCHBENCH_QUEUE');
    const other = await run('kubernetes');
    expect(other.code).toBe(2);
    expect(other.err).toContain('--backend takes local, aws-batch or slurm, not "kubernetes"');
  });
});
