import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import type { MotoServer } from '../support/moto-server.js';
import { useMoto } from '../support/moto-fixture.js';
import {
  awsEnv,
  completeJobs,
  FILE,
  keysUnder,
  PR_HEAD,
  PR_STEP,
  PUSH_SHA,
  PUSH_STEP,
  STORE,
  storedObject,
} from './batch-flow.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { errorsOf, runBundled, type ActionRun } from './run-bundled.js';

const MAIN_LATEST = 'experiments/batch-pr/branches/main/latest-report.json';
const COMPARED = '### Compared with the base branch';

/**
 * Gap 1 of issue #4: a PR's report compares with the base branch's results without being
 * given them. A complete run of a branch keeps its report as that branch's latest in the
 * results store; a PR's run looks its base branch up there, and never writes it.
 */
describe("a pull request compares with its base branch's latest report in the results store (moto)", () => {
  const aws = useMoto({ batchEnvironment: true });
  let moto: MotoServer;
  let clients: AwsClients;
  let github: FakeGitHub;

  /** The PR template's steps: submit, wait, report, in one workflow run of its own. */
  async function submitWaitReport(
    runNumber: string,
    context: typeof PR_STEP | typeof PUSH_STEP,
    reportInputs: Record<string, string> = {},
  ): Promise<ActionRun> {
    const env = { ...awsEnv(moto), GITHUB_API_URL: github.url, GITHUB_RUN_ID: runNumber, ...context.env };
    const step = (action: string, inputs: Record<string, string>) =>
      runBundled(action, { event: context.event, eventName: context.eventName, inputs, env });
    const submit = await step('submit', { experiment: FILE });
    expect(errorsOf(submit)).toBe('');
    const runId = submit.outputs['run-id'] as string;
    const wait = await step('wait', {
      'run-id': runId,
      store: STORE,
      experiment: 'batch-pr',
      'max-wait': '2m',
    });
    expect(wait.outputs.status).toBe('complete');
    const report = await step('report', {
      'run-id': runId,
      store: STORE,
      experiment: 'batch-pr',
      'github-token': 'ghs_test',
      ...reportInputs,
    });
    expect(errorsOf(report)).toBe('');
    expect(report.code).toBe(0);
    return report;
  }

  beforeAll(async () => {
    ({ moto, clients } = aws);
    github = await startFakeGitHub();
  }, 60_000);
  afterAll(async () => {
    await github.close();
  });

  it('a push keeps its report as the branch latest; PR runs after it compare with it and leave it alone', async () => {
    // A PR before main has any results: one line says so, nothing fails.
    await completeJobs(clients, 'batch-pr-gh7301');
    const early = await submitWaitReport('7301', PR_STEP);
    const [comment] = github.commentsOn(42);
    expect(github.commentsOn(42)).toHaveLength(1);
    expect(comment?.body).not.toContain(COMPARED);
    expect(comment?.body).toContain('_No results of the base branch main yet: nothing to compare with._');
    expect(early.summary).toBe(comment?.body);
    expect(await keysUnder(clients, 'experiments/batch-pr/branches/')).toEqual([]);

    // A push to main (the root action, as the dispatch template runs it): complete, so kept.
    await completeJobs(clients, 'batch-pr-gh7302');
    const push = await runBundled('main', {
      script: 'dist/main/index.js',
      event: PUSH_STEP.event,
      eventName: PUSH_STEP.eventName,
      inputs: { experiment: FILE, 'max-wait': '2m', 'github-token': 'ghs_test' },
      env: { ...awsEnv(moto), GITHUB_API_URL: github.url, GITHUB_RUN_ID: '7302', ...PUSH_STEP.env },
    });
    expect(errorsOf(push)).toBe('');
    expect(push.outputs).toMatchObject({ status: 'complete', 'run-id': 'batch-pr-gh7302' });
    // The reward target is missed, which fails the step, but the measurement is complete.
    expect(push.code).toBe(1);
    const kept = await storedObject(clients, MAIN_LATEST);
    expect(kept?.text).toBe(push.outputs['report-json']);
    expect((JSON.parse(kept?.text ?? '{}') as ReportModel).run).toMatchObject({
      id: 'batch-pr-gh7302',
      status: 'complete',
      gitCommit: PUSH_SHA,
    });
    expect(push.stdout).toContain(
      `kept as the latest report of branch main: ${STORE}batch-pr/branches/main/`,
    );
    expect(github.commentsOn(42).map((c) => c.id)).toEqual([comment?.id]);
    expect(github.checkRuns.filter((c) => c.head_sha === PUSH_SHA)).toHaveLength(1);

    // The PR's next push, compared without a baseline-report input.
    await completeJobs(clients, 'batch-pr-gh7303');
    const pr = await submitWaitReport('7303', PR_STEP);
    const after = github.commentsOn(42);
    expect(after.map((c) => c.id)).toEqual([comment?.id]);
    const body = after[0]?.body ?? '';
    expect(pr.summary).toBe(body);
    expect(body).toContain(COMPARED);
    expect(body).toContain('base run batch-pr-gh7302 at 2222222222222222222222222222222222222222');
    expect(body).not.toContain('No results of the base branch');
    const json = JSON.parse(pr.outputs['report-json'] ?? '') as ReportModel;
    // Every cell of the head report has its row, the base's mean and samples beside the head's.
    for (const cell of json.cells)
      expect(body).toMatch(
        new RegExp(
          `\\| ${cell.stage} \\| ${cell.cellId} \\| [^|]+ \\\\\\[3\\\\\\] \\| [^|]+ \\\\\\[3\\\\\\] \\|`,
        ),
      );
    expect(github.checkRuns.find((c) => c.head_sha === PR_HEAD)).toMatchObject({ conclusion: 'failure' });
    // The PR wrote no branch report: main's is the push's, byte for byte and not rewritten.
    expect(await storedObject(clients, MAIN_LATEST)).toEqual(kept);
    expect(await keysUnder(clients, 'experiments/batch-pr/branches/')).toEqual([MAIN_LATEST]);

    // The root action on a PR compares too; an explicit baseline-report wins over the store.
    await completeJobs(clients, 'batch-pr-gh7304');
    const root = await runBundled('main', {
      script: 'dist/main/index.js',
      event: PR_STEP.event,
      eventName: PR_STEP.eventName,
      inputs: {
        experiment: FILE,
        'max-wait': '2m',
        'github-token': 'ghs_test',
        'baseline-report': `${STORE}batch-pr/batch-pr-gh7303/report.json`,
      },
      env: { ...awsEnv(moto), GITHUB_API_URL: github.url, GITHUB_RUN_ID: '7304', ...PR_STEP.env },
    });
    expect(errorsOf(root)).toBe('');
    expect(root.outputs.markdown).toContain('base run batch-pr-gh7303');
    expect(github.commentsOn(42).map((c) => [c.id, c.body])).toEqual([[comment?.id, root.outputs.markdown]]);
    expect(await storedObject(clients, MAIN_LATEST)).toEqual(kept);

    const rootStore = await runBundled('main', {
      script: 'dist/main/index.js',
      event: PR_STEP.event,
      eventName: PR_STEP.eventName,
      inputs: { experiment: FILE, 'max-wait': '2m', 'github-token': 'ghs_test' },
      env: { ...awsEnv(moto), GITHUB_API_URL: github.url, GITHUB_RUN_ID: '7304', ...PR_STEP.env },
    });
    expect(rootStore.outputs.markdown).toContain('base run batch-pr-gh7302');
    expect(await storedObject(clients, MAIN_LATEST)).toEqual(kept);
  }, 180_000);
});
