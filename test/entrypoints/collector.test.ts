import { DescribeJobsCommand } from '@aws-sdk/client-batch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import type { MotoServer } from '../support/moto-server.js';
import { useMoto } from '../support/moto-fixture.js';
import {
  awsEnv,
  FILE,
  keysUnder,
  manifestOf,
  PR_HEAD,
  PR_STEP,
  PUSH_SHA,
  PUSH_STEP,
  STORE,
} from './batch-flow.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { errorsOf, runBundled, type ActionRun } from './run-bundled.js';

const MARKER = '<!-- batchbench:batch-pr -->';
const CHECK = 'batchbench / batch-pr';
/** The CLI logs to stderr; an error is a `batchbench: ...` line or a stack. */
const CLI_ERROR = /^batchbench: |Error\b|^\s+at /m;

/**
 * Gap 2 of issue #4: a run that outlived the workflow's wait is finished by the scheduled
 * collector (workflows-templates/collect-runs.yml runs `batchbench collect RUN --store S3
 * --publish` with GITHUB_TOKEN), which publishes it where the submitting workflow would have.
 * moto runs Batch in Docker mode with no daemon and its transitions frozen, so the jobs wait
 * through the wait; released, they end FAILED (no container can start), which the report shows.
 */
describe('the scheduled collector publishes a run that outlived its workflow (moto, fake GitHub)', () => {
  const aws = useMoto({ jobsNeverStart: true, batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let github: FakeGitHub;
  const transition = (seconds: number) =>
    moto.control('/moto-api/state-manager/set-transition', {
      model_name: 'batch::job',
      transition: { progression: 'time', seconds },
    });

  /** The template's steps up to the report, for a workflow run whose jobs outlive max-wait. */
  async function leftPending(runNumber: string, context: typeof PR_STEP | typeof PUSH_STEP) {
    const env = { ...awsEnv(moto), GITHUB_API_URL: github.url, GITHUB_RUN_ID: runNumber, ...context.env };
    const step = (action: string, inputs: Record<string, string>) =>
      runBundled(action, { event: context.event, eventName: context.eventName, inputs, env });
    const submit = await step('submit', { experiment: FILE });
    expect(errorsOf(submit)).toBe('');
    const runId = submit.outputs['run-id'] as string;
    const wait = await step('wait', { 'run-id': runId, store: STORE, 'max-wait': '3s' });
    expect(wait.outputs).toMatchObject({ status: 'pending', unfinished: '6' });
    const report = await step('report', { 'run-id': runId, store: STORE, 'github-token': 'ghs_test' });
    expect(errorsOf(report)).toBe('');
    expect(report.outputs).toMatchObject({ status: 'pending', conclusion: 'pending' });
    return { runId, report };
  }

  /** One run of the collector workflow's step for one run id, as the template runs it. */
  function collect(runId: string): Promise<ActionRun> {
    return runBundled('collect', {
      script: 'bin/batchbench.js',
      args: ['collect', runId, '--store', STORE, '--publish'],
      event: 'schedule.json',
      eventName: 'schedule',
      env: {
        ...awsEnv(moto),
        GITHUB_API_URL: github.url,
        GITHUB_TOKEN: 'ghs_collector',
        GITHUB_RUN_ID: '9900',
        GITHUB_REF: 'refs/heads/main',
      },
    });
  }

  /** Until every child of the run's array jobs ended (moto leaves a parent of failed children as it was). */
  async function jobsEnded(runId: string): Promise<void> {
    const ids = ((await manifestOf(clients, runId)).submissions ?? []).map((s) => s.remoteId as string);
    for (let i = 0; i < 600; i++) {
      const { jobs } = await clients.batch.send(new DescribeJobsCommand({ jobs: ids }));
      const ended = (jobs ?? []).map((j) => {
        const s = j.arrayProperties?.statusSummary ?? {};
        return (s.SUCCEEDED ?? 0) + (s.FAILED ?? 0) === j.arrayProperties?.size;
      });
      if (ended.length === ids.length && ended.every(Boolean)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the jobs of ${runId} did not end`);
  }

  beforeAll(async () => {
    ({ moto, clients } = aws);
    await transition(86_400);
    github = await startFakeGitHub();
    github.pullHeads.set(42, PR_HEAD);
  }, 60_000);
  afterAll(async () => {
    await github.close();
  });

  it('completes a PR run left pending: its one sticky comment and its check are updated, once', async () => {
    const pr = await leftPending('8101', PR_STEP);
    const push = await leftPending('8102', PUSH_STEP);
    // The submit action recorded where each run came from.
    expect((await manifestOf(clients, pr.runId)).origin).toEqual({
      repository: 'octo-org/bench-repo',
      event: 'pull_request',
      defaultBranch: 'main',
      pullRequest: { number: 42, baseRef: 'main' },
      headSha: PR_HEAD,
      experimentFile: FILE,
      commentKey: 'batch-pr',
      checkName: CHECK,
    });
    expect((await manifestOf(clients, push.runId)).origin).toMatchObject({
      event: 'push',
      branch: 'main',
      headSha: PUSH_SHA,
    });
    // Copies: the fake keeps updating its own objects.
    const [pending] = structuredClone(github.commentsOn(42));
    expect(github.commentsOn(42)).toHaveLength(1);
    expect(pending?.body).toContain('6 jobs were still running');
    expect(github.checkRuns).toEqual([
      expect.objectContaining({ name: CHECK, head_sha: PR_HEAD, status: 'in_progress' }),
      expect.objectContaining({ name: CHECK, head_sha: PUSH_SHA, status: 'in_progress' }),
    ]);

    // An hour later the jobs still run: the collector records nothing new and publishes nothing.
    const early = await collect(pr.runId);
    expect(errorsOf(early)).not.toMatch(CLI_ERROR);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('6 jobs still running; collect again later');
    expect(early.summary).toContain(`${MARKER}\n## batchbench · batch-pr`);
    expect(github.commentsOn(42)).toEqual([pending]);
    expect(github.checkRuns.map((c) => c.status)).toEqual(['in_progress', 'in_progress']);
    expect((await manifestOf(clients, pr.runId)).publishedAt).toBeUndefined();

    await transition(0.1);
    await jobsEnded(pr.runId);
    await jobsEnded(push.runId);
    const requestsBefore = github.requests.length;
    const done = await collect(pr.runId);
    expect(errorsOf(done)).not.toMatch(CLI_ERROR);
    // Every job failed (no container could start), so the verdict fails the step.
    expect(done.code).toBe(1);
    const comments = github.commentsOn(42);
    expect(comments.map((c) => c.id)).toEqual([pending?.id]);
    const body = comments[0]?.body ?? '';
    expect(body).not.toBe(pending?.body);
    expect(body.startsWith(`${MARKER}\n## batchbench · batch-pr`)).toBe(true);
    expect(body).not.toContain('still running');
    expect(body).toContain('_No results of the base branch main yet: nothing to compare with._');
    // The collector's job summary is the comment, rendered once.
    expect(done.summary).toBe(body);
    const newRequests = github.requests.slice(requestsBefore).map((r) => `${r.method} ${r.path}`);
    expect(newRequests).not.toContain('POST /repos/octo-org/bench-repo/issues/42/comments');
    expect(newRequests).not.toContain('POST /repos/octo-org/bench-repo/check-runs');
    // The in-progress check of the PR's head is now the result, in place; the push's is untouched.
    expect(github.checkRuns).toEqual([
      expect.objectContaining({
        name: CHECK,
        head_sha: PR_HEAD,
        status: 'completed',
        conclusion: 'failure',
        details_url: 'https://github.com/octo-org/bench-repo/actions/runs/9900',
      }),
      expect.objectContaining({ head_sha: PUSH_SHA, status: 'in_progress' }),
    ]);
    const manifest = await manifestOf(clients, pr.runId);
    expect(manifest.status).toBe('failed');
    expect(manifest.publishedAt).toBeDefined();

    // The report action, run now on the same run, would publish the very same comment.
    const again = await runBundled('report', {
      ...PR_STEP,
      inputs: {
        'run-id': pr.runId,
        store: STORE,
        'github-token': 'ghs_test',
        comment: 'false',
        check: 'false',
      },
      env: { ...awsEnv(moto), ...PR_STEP.env },
    });
    expect(again.outputs.markdown).toBe(body);
    const json = JSON.parse(again.outputs['report-json'] ?? '') as ReportModel;
    expect(json.run).toMatchObject({ id: pr.runId, jobsPlanned: 6, jobsFailed: 6 });

    // A collector run again (by hand) publishes nothing a second time.
    const { publishedAt } = await manifestOf(clients, pr.runId);
    const requestsThen = github.requests.length;
    const twice = await collect(pr.runId);
    expect(errorsOf(twice)).not.toMatch(CLI_ERROR);
    expect(twice.stderr).toContain(`${pr.runId} was published at ${publishedAt}: not again`);
    expect(github.requests.slice(requestsThen)).toEqual([]);
    expect(github.commentsOn(42).map((c) => c.body)).toEqual([body]);
    expect(github.checkRuns).toHaveLength(2);
  }, 180_000);

  it("finishes a push's run with its check, and a failed collection does not become the branch's latest", async () => {
    const runId = 'batch-pr-gh8102';
    const done = await collect(runId);
    expect(errorsOf(done)).not.toMatch(CLI_ERROR);
    expect(github.checkRuns.find((c) => c.head_sha === PUSH_SHA)).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
    });
    expect((await manifestOf(clients, runId)).publishedAt).toBeDefined();
    expect(await keysUnder(clients, 'experiments/batch-pr/branches/')).toEqual([]);
  }, 60_000);

  it('leaves the comment to a newer push of the PR, and still completes the old commit check', async () => {
    await transition(86_400);
    const old = await leftPending('8103', PR_STEP);
    const before = structuredClone(github.commentsOn(42));
    // The author pushed again: the PR's head moved on, and its newer run owns the comment.
    github.pullHeads.set(42, 'feedfacefeedfacefeedfacefeedfacefeedface');
    await transition(0.1);
    await jobsEnded(old.runId);
    const done = await collect(old.runId);
    expect(errorsOf(done)).not.toMatch(CLI_ERROR);
    expect(done.stderr).toContain(
      'comment on #42 left alone: its head moved on from abcdef012345 to feedfacefeed',
    );
    expect(github.commentsOn(42)).toEqual(before);
    expect(github.checkRuns.filter((c) => c.head_sha === PR_HEAD).map((c) => c.status)).toEqual([
      'completed',
    ]);
  }, 120_000);
});
