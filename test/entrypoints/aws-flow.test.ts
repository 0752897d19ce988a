import { DescribeJobsCommand } from '@aws-sdk/client-batch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL_REASON } from '../../src/adapters/aws/batch-records.js';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import type { MotoServer } from '../support/moto-server.js';
import { useMoto } from '../support/moto-fixture.js';
import { awsEnv, completeJobs, FILE, manifestOf, STORE } from './batch-flow.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { errorsOf, parseAnnotation, runBundled, startBundled, type RunOptions } from './run-bundled.js';

describe('submit, wait and report on AWS Batch (moto), on a pull_request event', () => {
  const aws = useMoto({ batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let github: FakeGitHub;
  const step = (action: string, options: RunOptions) =>
    runBundled(action, {
      event: 'pull_request.opened.json',
      eventName: 'pull_request',
      ...options,
      env: { ...awsEnv(moto), GITHUB_API_URL: github.url, ...options.env },
    });

  beforeAll(async () => {
    ({ moto, clients } = aws);
    github = await startFakeGitHub();
  }, 60_000);
  afterAll(async () => {
    await github.close();
  });

  it('runs the template steps in order and ends with one PR comment matching the report JSON and a failing check', async () => {
    const validate = await step('validate', { inputs: { experiments: FILE } });
    expect(validate.code).toBe(0);
    expect(validate.summary).toContain('### Plan · batch-pr');

    await completeJobs(clients, 'batch-pr-gh7001');
    const submit = await step('submit', { inputs: { experiment: FILE } });
    expect(errorsOf(submit)).toBe('');
    expect(submit.code).toBe(0);
    expect(submit.outputs).toMatchObject({
      'run-id': 'batch-pr-gh7001',
      store: STORE,
      jobs: '6',
      attached: 'false',
    });
    const runId = submit.outputs['run-id'] as string;
    const first = await manifestOf(clients, runId);
    expect(first.submissions?.map((s) => s.remoteId)).toHaveLength(2);

    // "Re-run jobs": a new attempt of the same workflow run attaches, it does not submit again.
    const rerun = await step('submit', { inputs: { experiment: FILE }, env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun.outputs).toMatchObject({ 'run-id': runId, attached: 'true' });
    expect((await manifestOf(clients, runId)).submissions?.map((s) => s.remoteId)).toEqual(
      first.submissions?.map((s) => s.remoteId),
    );

    const wait = await step('wait', {
      inputs: { 'run-id': runId, store: STORE, experiment: 'batch-pr', 'max-wait': '2m' },
    });
    expect(errorsOf(wait)).toBe('');
    expect(wait.outputs).toMatchObject({ status: 'complete', unfinished: '0' });
    expect(wait.state).toMatchObject({ 'run-id': runId, store: STORE, settled: 'true' });

    const report = await step('report', {
      inputs: { 'run-id': runId, store: STORE, 'github-token': 'ghs_test' },
    });
    expect(errorsOf(report)).toBe('');
    expect(report.code).toBe(0);
    const json = JSON.parse(report.outputs['report-json'] ?? '') as ReportModel;
    expect(json.run).toMatchObject({ id: runId, jobsPlanned: 6, jobsSucceeded: 6, status: 'complete' });
    const comments = github.commentsOn(42);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.startsWith('<!-- batchbench:batch-pr -->')).toBe(true);
    for (const cell of json.cells)
      expect(body).toMatch(new RegExp(`\\| ${cell.cellId} \\| .*\\| ${cell.wall.n} \\|`));
    expect(report.summary).toBe(body);
    expect(json.targets[0]?.status, JSON.stringify([json.targets, json.cells.map((c) => c.wall)])).toBe(
      'missed',
    );
    expect(github.checkRuns.at(-1)).toMatchObject({ name: 'batchbench / batch-pr', conclusion: 'failure' });
  }, 120_000);
});

describe('the root action on AWS Batch (moto): submit, wait and report in one step', () => {
  const aws = useMoto({ batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let github: FakeGitHub;

  beforeAll(async () => {
    ({ moto, clients } = aws);
    github = await startFakeGitHub();
  }, 60_000);
  afterAll(async () => {
    await github.close();
  });

  it('publishes the comment and the check, and fails the step on the missed target', async () => {
    await completeJobs(clients, 'batch-pr-gh7100');
    const run = await runBundled('main', {
      script: 'dist/main/index.js',
      event: 'pull_request.opened.json',
      eventName: 'pull_request',
      inputs: { experiment: FILE, 'max-wait': '2m', 'github-token': 'ghs_test' },
      env: { ...awsEnv(moto), GITHUB_API_URL: github.url, GITHUB_RUN_ID: '7100' },
    });
    expect(errorsOf(run)).toBe('');
    expect(run.outputs).toMatchObject({
      status: 'complete',
      'run-id': 'batch-pr-gh7100',
      conclusion: 'failure',
    });
    expect(github.commentsOn(42)).toHaveLength(1);
    expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure' });
    expect(run.state).toMatchObject({ 'run-id': 'batch-pr-gh7100', settled: 'true' });
    expect(run.code).toBe(1);
  }, 60_000);
});

describe('wait when jobs outlive it, and the post step of a cancelled workflow', () => {
  // Docker mode with no Docker and frozen transitions: jobs stay SUBMITTED for a day.
  const aws = useMoto({ jobsNeverStart: true, jobTransitionSeconds: 86_400, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;

  beforeAll(async () => {
    ({ moto, clients } = aws);
  }, 60_000);

  it('ends green with status=pending when max-wait runs out, and the post step then leaves the jobs alone', async () => {
    const env = awsEnv(moto);
    const submit = await runBundled('submit', {
      event: 'schedule.json',
      inputs: { experiment: FILE },
      env: { ...env, GITHUB_RUN_ID: '8001' },
    });
    expect(submit.code).toBe(0);
    const runId = submit.outputs['run-id'] as string;
    const wait = await runBundled('wait', {
      event: 'schedule.json',
      inputs: { 'run-id': runId, store: STORE, 'max-wait': '3s' },
      env,
    });
    expect(wait.code).toBe(0);
    expect(wait.outputs).toMatchObject({ status: 'pending', unfinished: '6' });
    expect(
      wait.annotations
        .map(parseAnnotation)
        .some((a) => a.level === 'notice' && a.message.includes('collect')),
    ).toBe(true);
    const post = await runBundled('wait', { script: 'dist/wait/post.js', state: wait.state, env });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to stop');
    expect((await manifestOf(clients, runId)).status).toBe('running');
  }, 60_000);

  it('the post step stops every job of a run whose wait was cancelled', async () => {
    const env = awsEnv(moto);
    const submit = await runBundled('submit', {
      event: 'schedule.json',
      inputs: { experiment: FILE },
      env: { ...env, GITHUB_RUN_ID: '8002' },
    });
    const runId = submit.outputs['run-id'] as string;
    // The main step was killed mid-wait: it saved which run, never that it settled.
    const post = await runBundled('wait', {
      script: 'dist/wait/post.js',
      state: { 'run-id': runId, store: STORE, experiment: 'batch-pr' },
      env,
    });
    expect(errorsOf(post)).toBe('');
    expect(post.code).toBe(0);
    expect(post.outputs.cancelled).toBe('6');
    const manifest = await manifestOf(clients, runId);
    expect(manifest.status).toBe('cancelled');
    const ids = (manifest.submissions ?? []).map((s) => s.remoteId as string);
    const { jobs } = await clients.batch.send(new DescribeJobsCommand({ jobs: ids }));
    // moto marks the cancelled parent with the reason and leaves its status as it was.
    expect(jobs?.map((j) => j.statusReason)).toEqual([CANCEL_REASON, CANCEL_REASON]);
  }, 60_000);
});

describe('a workflow cancelled while wait waits', () => {
  const aws = useMoto({ jobsNeverStart: true, jobTransitionSeconds: 86_400, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;

  beforeAll(async () => {
    ({ moto, clients } = aws);
  }, 60_000);

  it('stops the jobs on SIGINT (the runner cancelling the step), and the post step finds nothing left', async () => {
    const env = awsEnv(moto);
    const submit = await runBundled('submit', {
      event: 'schedule.json',
      inputs: { experiment: FILE },
      env: { ...env, GITHUB_RUN_ID: '9001' },
    });
    const runId = submit.outputs['run-id'] as string;
    const { child, done } = startBundled('wait', {
      event: 'schedule.json',
      inputs: { 'run-id': runId, store: STORE, 'max-wait': '10m' },
      env,
    });
    // Cancel once it is waiting: its first look has logged the jobs' statuses.
    await new Promise<void>((resolve) => {
      child.stdout?.on('data', (d: Buffer) => {
        if (d.toString().includes('aws-batch:')) resolve();
      });
    });
    child.kill('SIGINT');
    const wait = await done;
    expect(wait.code).toBe(1);
    expect(wait.outputs.status).toBe('cancelled');
    expect(wait.state.settled).toBeUndefined();
    const manifest = await manifestOf(clients, runId);
    expect(manifest.status).toBe('cancelled');
    const ids = (manifest.submissions ?? []).map((s) => s.remoteId as string);
    const { jobs } = await clients.batch.send(new DescribeJobsCommand({ jobs: ids }));
    expect(jobs?.map((j) => j.statusReason)).toEqual([CANCEL_REASON, CANCEL_REASON]);
    const post = await runBundled('wait', { script: 'dist/wait/post.js', state: wait.state, env });
    expect(post.code).toBe(0);
  }, 60_000);
});
