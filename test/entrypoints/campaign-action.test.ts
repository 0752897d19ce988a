import {
  CreateJobQueueCommand,
  DescribeComputeEnvironmentsCommand,
  DescribeJobsCommand,
} from '@aws-sdk/client-batch';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import { planCampaignText } from '../../src/app/campaign-plan.js';
import { windowJobs } from '../../src/app/campaign-run.js';
import { parseIsoWeek } from '../../src/domain/campaign/week.js';
import { windowRunId } from '../../src/domain/campaign/window-run-id.js';
import { BUCKET, fakeResult, prices, putResults } from '../adapters/aws/batch-env.js';
import type { MotoServer } from '../support/moto-server.js';
import { useMoto } from '../support/moto-fixture.js';
import { awsEnv, keysUnder, storedObject } from './batch-flow.js';
import { errorsOf, parseAnnotation, ROOT, runBundled, startBundled, type ActionRun } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

const SCHEDULE = { event: 'schedule.json', eventName: 'schedule' };
const bench = path.join(ROOT, 'examples/benchmarks');

/** The step's log, summary and outputs, for a failed assertion's message. */
function shown(run: ActionRun): string {
  return `code ${run.code}\n${run.stdout}\n${errorsOf(run)}\n--- summary\n${run.summary}`;
}

describe('the campaign action on AWS Batch (moto), on a schedule event', () => {
  const NAME = 'weekly-two-types';
  const TEXT = `version: 1
kind: campaign
name: ${NAME}
instances: { families: [m7i, c7g], sizes: [large] }
benchmarks: [stream]
repeats: 5
durations: { stream: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 20
  max-concurrent: 10
quality: { max-cv: 0.5 }
regression: { against: previous, test: mann-whitney, threshold: 10% }
results: { store: 's3://${BUCKET}/campaigns/' }
`;
  const aws = useMoto({ batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let dir: string;

  beforeAll(async () => {
    ({ moto, clients } = aws);
    const { computeEnvironments = [] } = await clients.batch.send(new DescribeComputeEnvironmentsCommand({}));
    // One queue per instance type, as infra/README describes: each on a CE of that type alone.
    for (const name of ['bench-m7i-large', 'bench-c7g-large'])
      await clients.batch.send(
        new CreateJobQueueCommand({
          jobQueueName: name,
          priority: 1,
          state: 'ENABLED',
          computeEnvironmentOrder: [
            { order: 1, computeEnvironment: computeEnvironments[0]?.computeEnvironmentArn as string },
          ],
        }),
      );
    dir = tempDir('bb-campaign-action-');
    await writeFile(path.join(dir, 'campaign.yaml'), TEXT);
  }, 60_000);

  /**
   * moto runs no container without Docker, and the action runs in its own process: the result
   * objects each job's runner would upload are put where the window's first attempt run keeps them.
   */
  async function planResults(week: string, triad: (instanceType: string) => number): Promise<string> {
    const checked = planCampaignText('campaign.yaml', TEXT, parseIsoWeek(week)!, prices);
    const plan = checked.plan!;
    const jobs = windowJobs(plan, 1, 'nightly');
    const runId = windowRunId(checked.campaign!, plan, jobs, 1, 'nightly');
    await putResults(
      clients,
      // Where the runners write: the jobs' own prefix.
      `campaigns/_jobs/${NAME}/${runId}-a1/`,
      // Repeats a little apart, as measurements are: no ties within a week.
      jobs.map((j) =>
        fakeResult(`${runId}-a1`, j.id, 1, {
          metrics: { triad_gbps: triad(j.instanceType) + j.repeat / 10 },
        }),
      ),
    );
    return runId;
  }

  const step = (week: string) =>
    runBundled('campaign', {
      ...SCHEDULE,
      cwd: dir,
      inputs: {
        campaign: 'campaign.yaml',
        window: 'nightly',
        day: '1',
        week,
        backend: 'aws-batch',
        queue: 'bench-{instance-type}',
        'image-uri': '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1',
      },
      env: awsEnv(moto),
    });

  it(
    'runs each instance type on its own queue, reports in the job summary, and flags a regression the next week',
    { timeout: 180_000 },
    async () => {
      const runId = await planResults('2026-W47', (t) => (t === 'm7i.large' ? 40 : 30));
      const first = await step('2026-W47');
      expect(first.code, shown(first)).toBe(0);
      expect(first.outputs).toMatchObject({
        conclusion: 'success',
        regressions: '0',
        'failed-jobs': '0',
        'run-id': runId,
        window: 'nightly',
      });
      // The jobs of each instance type went to that type's queue.
      const manifestKey = `campaigns/${NAME}/${runId}-a1/manifest.json`;
      const submissions = async () =>
        (
          JSON.parse((await storedObject(clients, manifestKey))?.text ?? '{}') as {
            submissions: { queue: string; jobIds: string[] }[];
          }
        ).submissions;
      const submitted = await submissions();
      expect(submitted.map((s) => [s.queue, s.jobIds.length]).sort()).toEqual([
        ['bench-c7g-large', 5],
        ['bench-m7i-large', 5],
      ]);
      for (const s of submitted)
        for (const id of s.jobIds) expect(s.queue).toBe(`bench-${id.split('.').slice(1, 3).join('-')}`);
      expect(first.summary).toContain(`## Campaign ${NAME}, week 2026-W47, nightly on day 1 (2026-11-16)`);
      expect(first.summary).toContain('10/10 jobs succeeded (100% success rate)');
      expect(first.summary).not.toContain('not pinned');
      expect(first.stdout).toContain('jobs: 10/10 (100%)');
      const json = JSON.parse(readFileSync(first.outputs['summary-json'] as string, 'utf8')) as {
        runId: string;
        summary: { jobs: number; comparisons: { verdict: string }[] };
      };
      expect(json.runId).toBe(runId);
      expect(json.summary.jobs).toBe(10);
      expect(json.summary.comparisons.map((c) => c.verdict)).toEqual(['new', 'new']);

      // The next scheduled run of the same window attaches, runs nothing, adds nothing, stays green.
      const again = await step('2026-W47');
      expect(again.code, shown(again)).toBe(0);
      expect(again.outputs.conclusion).toBe('already-recorded');
      expect(again.summary).toContain('was recorded by an earlier run');
      expect(await submissions()).toEqual(submitted);
      expect(await keysUnder(clients, 'campaigns/history/')).toHaveLength(2);

      // Week 48: STREAM on m7i halves, c7g is unchanged.
      await planResults('2026-W48', (t) => (t === 'm7i.large' ? 20 : 30));
      const second = await step('2026-W48');
      expect(second.code, shown(second)).toBe(1);
      expect(second.outputs).toMatchObject({
        conclusion: 'regression',
        regressions: '1',
        'failed-jobs': '0',
      });
      const rows = second.summary.split('\n').filter((l) => /^\| (m7i|c7g)/.test(l));
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.startsWith('| m7i.large'))).toContain('| regression |');
      expect(rows.find((r) => r.startsWith('| c7g.large'))).not.toContain('regression');
      // Five samples against five, all of one week below all of the other: exact p = 2/252.
      expect(second.summary).toContain('1 regression: stream-avx512 on m7i.large (p 0.0079)');
      const failure = second.annotations.map(parseAnnotation).find((a) => a.level === 'error');
      expect(failure?.message).toBe(
        `${NAME} 2026-W48, nightly on day 1 (2026-11-23): 1 regression: stream-avx512 on m7i.large (p 0.0079)`,
      );
    },
  );
});

describe('the campaign action on the local backend, two weeks of a tiny campaign', () => {
  /** One instance type, two benchmarks, five repeats (weekly-regression.test.ts, run as the action). */
  function campaignFile(
    streamExtra: string,
    schedule = "days: 1\n  windows: [{ name: nightly, start: '00:00', end: '24:00' }]",
  ) {
    return `version: 1
kind: campaign
name: tiny-action
instances: { families: [m7i], sizes: [large] }
benchmarks: [stream, hpl]
repeats: 5
programs:
  stream: [node, ${bench}/stream.mjs, --elements, 1000000, --times, 3${streamExtra}]
  hpl: [node, ${bench}/hpl.mjs, --n, 250, --times, 3]
durations: { stream: 1m, hpl: 1m }
schedule:
  ${schedule}
  max-daily-jobs: 20
  max-concurrent: 1
# Generous, as in weekly-regression.test.ts: other test files load the machine unevenly.
quality: { max-cv: 1.0 }
regression: { against: previous, test: mann-whitney, threshold: 75% }
`;
  }

  async function week(dir: string, label: string, text: string, inputs: Record<string, string> = {}) {
    await writeFile(path.join(dir, 'tiny.yaml'), text);
    return runBundled('campaign', {
      ...SCHEDULE,
      cwd: dir,
      inputs: {
        campaign: 'tiny.yaml',
        backend: 'local',
        window: 'nightly',
        day: '1',
        week: label,
        'history-dir': 'history',
        ...inputs,
      },
    });
  }

  it(
    "flags week 2's planted slowdown in the job summary and fails the step; the unchanged benchmark is not flagged",
    { timeout: 240_000 },
    async () => {
      const dir = tempDir('bb-campaign-local-');
      const first = await week(dir, '2026-W47', campaignFile(''));
      expect(first.code, shown(first)).toBe(0);
      expect(first.outputs).toMatchObject({ conclusion: 'success', regressions: '0', 'failed-jobs': '0' });
      expect(first.summary).toContain('10/10 jobs succeeded (100% success rate)');
      // Local jobs ran here, not on m7i.large: the report says so first.
      expect(first.summary).toContain(
        '> **Warning:** local backend: every job ran on local processes, not on the instance type it is named after',
      );
      expect(first.stdout).toMatch(
        /^jobs: 10\/10 \(100%\) {2}running 0 {2}queued 0 {2}succeeded 10 {2}failed 0/m,
      );
      expect(await readdir(path.join(dir, 'history', 'm7i.large'))).toEqual(['hpl-mkl', 'stream-avx512']);

      // STREAM does sixteen times the work per timed pass: its GB/s drop about 16x.
      const second = await week(dir, '2026-W48', campaignFile(', --slowdown, 16'));
      expect(second.code, shown(second)).toBe(1);
      expect(second.outputs).toMatchObject({ conclusion: 'regression', regressions: '1' });
      const rows = second.summary.split('\n').filter((l) => l.startsWith('| m7i'));
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.includes('stream-avx512'))).toContain('| regression |');
      expect(rows.find((r) => r.includes('hpl-mkl'))).not.toContain('regression');
      expect(second.summary).toContain('1 regression: stream-avx512 on m7i.large (p 0.0079)');
      expect(second.annotations.some((a) => a.startsWith('::error::tiny-action 2026-W48'))).toBe(true);

      // fail-on-regression: false reports it and keeps the step green. Against week 2 (16x) this
      // is 8x slower again: the mean drops 87.5%, past the 75% threshold, in half the time of 256x.
      const lenient = await week(dir, '2026-W49', campaignFile(', --slowdown, 128'), {
        'fail-on-regression': 'false',
      });
      expect(lenient.code, shown(lenient)).toBe(0);
      expect(lenient.outputs.conclusion).toBe('regression');
    },
  );

  it(
    'ends green when no window is open now, and says so in the job summary',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('bb-campaign-closed-');
      // A window two to three hours from now: whatever the time, it is not open.
      const hour = (new Date().getUTCHours() + 2) % 24;
      const at = (h: number) => `'${String(h).padStart(2, '0')}:00'`;
      const run = await week(
        dir,
        '',
        campaignFile('', `days: 7\n  windows: [{ name: later, start: ${at(hour)}, end: ${at(hour + 1)} }]`),
        {
          window: 'current',
          day: '',
          week: '',
        },
      );
      expect(run.code, shown(run)).toBe(0);
      expect(run.outputs).toMatchObject({ conclusion: 'no-window', regressions: '0' });
      expect(run.outputs['summary-json']).toBeUndefined();
      expect(run.summary).toMatch(
        /Nothing ran: no window is open now \\\(\d\d:\d\d UTC\\\): later \d\d:00-\d\d:00 UTC\./,
      );
      expect(run.stdout).toContain('nothing to run');
      expect(existsSync(path.join(dir, 'history'))).toBe(false);
    },
  );

  it(
    'refuses a backend the actions cannot run (a cluster), with its reason, and runs nothing',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('bb-campaign-cluster-');
      const run = await week(dir, '2026-W47', campaignFile(''), { backend: 'slurm' });
      expect(run.code).toBe(1);
      const errors = run.annotations.map(parseAnnotation).filter((a) => a.level === 'error');
      expect(errors.at(-1)?.message).toContain(
        "input 'backend' slurm: run a slurm experiment with npx batchbench run FILE",
      );
      expect(existsSync(path.join(dir, 'history'))).toBe(false);
    },
  );

  it(
    'fails plainly on a file that is not a campaign, with the problem at its line',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('bb-campaign-bad-');
      const run = await week(dir, '2026-W47', campaignFile('').replace('repeats: 5', 'repeats: five'));
      expect(run.code).toBe(1);
      const errors = run.annotations.map(parseAnnotation).filter((a) => a.level === 'error');
      expect(errors[0]?.props).toMatchObject({ file: 'tiny.yaml', line: '6' });
      expect(errors.at(-1)?.message).toMatch(/^tiny\.yaml: \d+ problems?; nothing was run$/);
      expect(run.stdout).not.toContain('bug of batchbench');
    },
  );
});

describe('the campaign action cancelled while its AWS Batch jobs run (moto)', () => {
  const aws = useMoto({ jobsNeverStart: true, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;

  beforeAll(async () => {
    ({ moto, clients } = aws);
    // Docker mode with no Docker: jobs walk their states on moto's timer, a minute each here.
    await moto.control('/moto-api/state-manager/set-transition', {
      model_name: 'batch::job',
      transition: { progression: 'time', seconds: 60 },
    });
  }, 60_000);

  it(
    'leaves them running and ends at once, so the next run of the window attaches to them',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('bb-campaign-cancel-');
      await writeFile(
        path.join(dir, 'c.yaml'),
        `version: 1
kind: campaign
name: cancelled-window
instances: { families: [m7i], sizes: [large] }
benchmarks: [stream]
repeats: 2
durations: { stream: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 20
  max-concurrent: 4
results: { store: 's3://${BUCKET}/campaigns/' }
`,
      );
      const { child, done } = startBundled('campaign', {
        ...SCHEDULE,
        cwd: dir,
        inputs: {
          campaign: 'c.yaml',
          window: 'nightly',
          day: '1',
          week: '2026-W48',
          queue: 'bb-ondemand',
          'image-uri': '123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1',
        },
        env: awsEnv(moto),
      });
      // Cancel once the jobs are on Batch.
      const remoteId = await new Promise<string>((resolve) => {
        let log = '';
        child.stdout?.on('data', (d: Buffer) => {
          log += d.toString();
          const id = / to bb-ondemand: (\S+)/.exec(log)?.[1];
          if (id) resolve(id);
        });
      });
      child.kill('SIGINT');
      const run = await done;
      expect(run.code, shown(run)).toBe(1);
      const warning = run.annotations.map(parseAnnotation).find((a) => a.level === 'warning');
      expect(warning?.message).toContain("SIGINT: the window's jobs keep running on AWS Batch");
      const { jobs = [] } = await clients.batch.send(new DescribeJobsCommand({ jobs: [remoteId] }));
      expect(jobs[0]?.status).not.toBe('FAILED');
      expect(jobs[0]?.statusReason ?? '').not.toContain('batchbench');
    },
  );
});
