import { DescribeJobsCommand } from '@aws-sdk/client-batch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CANCEL_REASON } from '../../../src/adapters/aws/batch-records.js';
import { destroyAwsClients, type AwsClients } from '../../../src/adapters/aws/clients.js';
import { S3RunStore } from '../../../src/adapters/aws/s3-run-store.js';
import { planCampaignText } from '../../../src/app/campaign-plan.js';
import { windowJobs } from '../../../src/app/campaign-run.js';
import { main } from '../../../src/cli/main.js';
import { parseIsoWeek } from '../../../src/domain/campaign/week.js';
import { windowRunId } from '../../../src/domain/campaign/window-run-id.js';
import { UserError } from '../../../src/domain/user-error.js';
import type { RunManifest } from '../../../src/ports/run-store.js';
import { captureIo } from '../../cli/io.js';
import { runBatchWindow } from './batch-window.js';
import type { MotoServer } from '../../support/moto-server.js';
import { useMoto } from '../../support/moto-fixture.js';
import { BUCKET, clientsFor, createBatchEnvironment, prices, QUEUE } from './batch-env.js';

const WEEK = parseIsoWeek('2026-W48')!;
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1';
const STORE = `s3://${BUCKET}/campaigns/`;
const TERMINAL = ['SUCCEEDED', 'FAILED'];

/** Two instance types, two repeats: one wave of two array jobs of two, retried once. */
const CAMPAIGN = `version: 1
kind: campaign
name: nightly-cancel
instances: { families: [m7i, c7g], sizes: [large] }
benchmarks: [stream]
repeats: 2
durations: { stream: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 50
  max-concurrent: 4
  retries: 1
quality: { max-cv: 0.5 }
results: { store: '${STORE}' }
`;

/**
 * `batchbench cancel` on the runs a campaign window leaves on AWS Batch when its runner is gone
 * (a cancelled workflow, a lost runner): the jobs go on paying until someone stops them.
 *
 * moto in Docker mode with no Docker daemon: jobs walk SUBMITTED..STARTING on moto's timer and
 * then fail to start a container. Attempt 1 runs on a short timer, so its jobs fail and the
 * window retries them as attempt 2; during the backoff the timer becomes long, so attempt 2's
 * jobs stay unfinished for a minute, and the runner dies on its first look at them.
 */
describe('batchbench cancel on a campaign window run on AWS Batch (moto)', () => {
  const aws = useMoto({ jobsNeverStart: true });
  let moto: MotoServer;
  let side: AwsClients;
  let runner: AwsClients;
  let env: NodeJS.ProcessEnv;
  let windowRun: string;
  let a2Parents: string[];

  const transition = (seconds: number) =>
    moto.control('/moto-api/state-manager/set-transition', {
      model_name: 'batch::job',
      transition: { progression: 'time', seconds },
    });
  const sideStore = () => new S3RunStore(side.s3, STORE, { experiment: 'nightly-cancel' });
  const manifest = (runId: string): Promise<RunManifest> => sideStore().readManifest(runId);
  const parents = async (runId: string) =>
    (await manifest(runId)).submissions?.map((s) => s.remoteId as string) ?? [];
  const describe_ = async (ids: string[]) =>
    (await side.batch.send(new DescribeJobsCommand({ jobs: ids }))).jobs ?? [];

  beforeAll(async () => {
    moto = aws.moto;
    side = aws.moreClients();
    await createBatchEnvironment(moto, side);
    await transition(0.1);
    env = {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
    };
    // The SDK reads the endpoint and credentials from the process environment, as on a runner.
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v as string);

    // The window's runner: once the retry round is submitted, it dies on its first look at Batch.
    runner = clientsFor(moto.endpoint);
    let armed = false;
    let dead = false;
    runner.batch.middlewareStack.add(
      (next, context) => async (args) => {
        if (armed && context.commandName === 'DescribeJobsCommand') dead = true;
        if (dead) throw new Error('runner died');
        return next(args);
      },
      { step: 'initialize', name: 'kill-switch' },
    );
    runner.s3.middlewareStack.add(
      (next) => async (args) => {
        if (dead) throw new Error('runner died');
        return next(args);
      },
      { step: 'initialize', name: 'kill-switch' },
    );

    const checked = planCampaignText('campaigns/nightly.yaml', CAMPAIGN, WEEK, prices);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const campaign = checked.campaign!;
    const plan = checked.plan!;
    windowRun = windowRunId(campaign, plan, windowJobs(plan, 1, 'nightly'), 1, 'nightly');
    const args = {
      campaign,
      plan,
      day: 1,
      window: 'nightly',
      runId: windowRun,
      batch: { queue: QUEUE },
      imageUri: IMAGE,
    };
    await expect(
      runBatchWindow(args, {
        clients: runner,
        prices,
        sleep: async () => {
          // The backoff before attempt 2: from now on jobs stay unfinished for a minute.
          await transition(20);
          armed = true;
        },
        backoffMs: 1000,
      }),
    ).rejects.toThrow('runner died');

    // What the dead runner left: attempt 1 ended, attempt 2 submitted and running on Batch.
    const a1 = await sideStore().readRecords(`${windowRun}-a1`);
    expect(a1.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    a2Parents = await parents(`${windowRun}-a2`);
    expect(a2Parents).toHaveLength(2);
    const live = await describe_(a2Parents);
    expect(live.every((j) => !TERMINAL.includes(j.status as string))).toBe(true);
    expect((await manifest(`${windowRun}-a2`)).status).toBe('running');
  }, 90_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    if (runner) destroyAwsClients(runner);
  });

  it('the window run id alone names its attempt runs and cancels nothing', { timeout: 30_000 }, async () => {
    const cap = captureIo(process.cwd(), env);
    const code = await main(['cancel', windowRun, '--store', STORE], cap.io);
    // Not a bare "no run": the attempt runs, the latest last, and what to do with them.
    expect(cap.stderr()).toBe(
      `batchbench: no run ${windowRun} in ${STORE}; runs whose id begins with it: ${windowRun}-a1, ` +
        `${windowRun}-a2 (a campaign window runs each attempt as a run of its own: give one)\n`,
    );
    expect(code).toBe(2); // an unknown run id is a user mistake
    expect((await manifest(`${windowRun}-a2`)).status).toBe('running');
    expect((await describe_(a2Parents)).map((j) => j.statusReason)).not.toContain(CANCEL_REASON);
  });

  it(
    'batchbench cancel RUN-aK --store stops every unfinished job of the attempt',
    { timeout: 30_000 },
    async () => {
      const attempt = `${windowRun}-a2`;
      const cap = captureIo(process.cwd(), env);
      const code = await main(['cancel', attempt, '--store', STORE], cap.io);
      expect(cap.stderr()).toContain(`run ${attempt}: cancelled 4 waiting and terminated 0 running jobs\n`);
      expect(code).toBe(0);
      // moto marks only an array's parent (AWS passes the cancel on to the children).
      expect((await describe_(a2Parents)).map((j) => j.statusReason)).toEqual([CANCEL_REASON, CANCEL_REASON]);
      expect((await manifest(attempt)).status).toBe('cancelled');
    },
  );

  it('any run id that names no run lists the latest runs it begins, or just says so', async () => {
    const store = new S3RunStore(side.s3, STORE);
    const base = await manifest(`${windowRun}-a1`);
    for (let i = 1; i <= 7; i++)
      await store.create({ ...base, runId: `bench-2026112${i}`, experiment: 'bench' });
    // An unknown run id is the user's mistake: a UserError, exit 2 from the CLI.
    await expect(store.readManifest('bench')).rejects.toThrow(
      new UserError(
        `no run bench in ${STORE}; 7 runs have ids that begin with it, the latest: ` +
          'bench-20261123, bench-20261124, bench-20261125, bench-20261126, bench-20261127',
      ),
    );
    await expect(store.readManifest('nothing')).rejects.toThrow(new UserError(`no run nothing in ${STORE}`));
    // With the experiment known, as the window's own store has it.
    await expect(sideStore().readManifest(windowRun)).rejects.toThrow(
      /runs whose id begins with it: .*-a1, .*-a2 \(/,
    );
  });
});
