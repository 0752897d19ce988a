import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectRun } from '../app/collect-run.js';
import { composeReport, publishReport, type ReportPublication } from '../app/publish-report.js';
import { reportRun } from '../app/report-run.js';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { readEvent, repositoryOf } from '../adapters/github/event.js';
import { GitHubPublisher } from '../adapters/github/github-publisher.js';
import { createGitHubClient } from '../adapters/github/rest-client.js';
import * as runner from '../adapters/github/runner-io.js';
import { loadPrices } from '../adapters/prices.js';
import type { ReportModel } from '../domain/report/model.js';
import { booleanInput, input, runAction, workspace } from './action-support.js';
import { logProgress } from './log-progress.js';
import { ConfigurationError } from './configuration-error.js';

export interface PublishOptions {
  env: NodeJS.ProcessEnv;
  /** Jobs still running (a run that outlived the wait). */
  unfinished?: number;
  baseline?: ReportModel;
  comment: boolean;
  check: boolean;
  checkName: string;
  token?: string;
  /** The run folder already holds the report files (local backend): no copy, and report-dir stays it. */
  keepReportDir?: boolean;
}

/**
 * Publishes a report everywhere a workflow run shows it, from one rendering: the job summary,
 * the outputs, a file to upload as an artifact, a sticky PR comment and a check on the commit.
 */
export async function publishRunReport(
  report: ReportModel,
  options: PublishOptions,
): Promise<ReportPublication> {
  const { env } = options;
  const publication = composeReport(report, {
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.unfinished ? { unfinished: options.unfinished } : {}),
  });
  const event = await readEvent(env);
  const repo = repositoryOf(env);
  const client = options.token && repo ? createGitHubClient(options.token, env) : undefined;
  // On a PR the check goes on the PR's head commit: GITHUB_SHA is the test merge commit there.
  const sha = event.pullRequest?.headSha ?? env.GITHUB_SHA;
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const publisher = new GitHubPublisher(
    client && repo
      ? {
          client,
          repo,
          ...(options.comment && event.pullRequest ? { pullNumber: event.pullRequest.number } : {}),
          ...(options.check && sha ? { sha } : {}),
          checkName: options.checkName,
          ...(runUrl ? { detailsUrl: runUrl } : {}),
        }
      : undefined,
  );
  if (!options.keepReportDir) {
    const dir = path.join(
      env.RUNNER_TEMP ?? workspace(env),
      'batchbench-report',
      safeName(report.experiment.name),
    );
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'report.json'), publication.json);
    await writeFile(path.join(dir, 'report.md'), publication.markdown);
    runner.setOutput('report-dir', dir);
  }
  for (const line of await publishReport(publication, publisher)) runner.info(line);
  runner.info(`${report.experiment.name}: ${publication.title}`);
  return publication;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '-') || 'experiment';
}

/** A report.json of the base branch: a local file or an s3:// object. */
export async function readBaseline(where: string, env: NodeJS.ProcessEnv): Promise<ReportModel | undefined> {
  let text: string | undefined;
  if (where.startsWith('s3://')) {
    // The AWS SDK loads only when a run or a baseline is in S3: a local report starts faster.
    const { GetObjectCommand } = await import('@aws-sdk/client-s3');
    const { parseS3Url } = await import('../adapters/aws/s3-location.js');
    const { createAwsClients } = await import('../adapters/aws/clients.js');
    const { bucket, prefix } = parseS3Url(where.endsWith('/') ? where : `${where}/`);
    const key = prefix.replace(/\/$/, '');
    const s3 = createAwsClients({ env }).s3;
    try {
      const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      text = await res.Body?.transformToString();
    } catch (error) {
      if ((error as { name?: string }).name !== 'NoSuchKey') throw error;
    } finally {
      s3.destroy();
    }
  } else {
    text = await readFile(path.resolve(workspace(env), where), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      },
    );
  }
  if (text === undefined) {
    runner.info(`no base branch report at ${where}: nothing to compare with`);
    return undefined;
  }
  const model = JSON.parse(text) as ReportModel;
  if (model.schemaVersion !== 1 || !Array.isArray(model.cells))
    throw new ConfigurationError(`${where} is not a batchbench report.json`);
  return model;
}

/** The run's report: from a local run folder, or collected from an S3 store (what finished since). */
async function loadRunReport(env: NodeJS.ProcessEnv): Promise<{ report: ReportModel; unfinished: number }> {
  const prices = await loadPrices(input('prices'));
  const runDir = input('run-dir');
  if (runDir) {
    const folder = path.resolve(workspace(env), runDir.replace(/[/\\]+$/, ''));
    const store = new FsRunStore(path.dirname(folder));
    try {
      return { report: await reportRun(path.basename(folder), { store, prices }), unfinished: 0 };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ConfigurationError(`run-dir ${runDir} holds no batchbench run (no manifest.json)`);
      throw error;
    }
  }
  const runId = input('run-id');
  const storeUrl = input('store');
  if (!runId || !storeUrl)
    throw new ConfigurationError(
      "give either 'run-dir' (a local run folder) or 'run-id' and 'store' (s3://bucket/prefix/)",
    );
  const { attachedExecutor, s3Run } = await import('./aws-wiring.js');
  const { clients, store } = s3Run(storeUrl, env, input('experiment'));
  const manifest = await store.readManifest(runId);
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: attachedExecutor(clients, store, manifest),
      prices,
      progress: logProgress,
      now: Date.now,
      signal: new AbortController().signal,
    },
    { wait: false },
  );
  return { report: outcome.report, unfinished: outcome.unfinished };
}

/**
 * Publishes a report as the action's inputs ask (baseline, comment, check, token) and fails the
 * step on a missed target when `fail-on-miss` says so. Shared by actions/report and the root action.
 */
export async function publishFromInputs(
  report: ReportModel,
  unfinished: number,
  env: NodeJS.ProcessEnv,
  options: { failOnMissByDefault: boolean; keepReportDir?: boolean },
): Promise<void> {
  const baselineAt = input('baseline-report');
  const baseline = baselineAt ? await readBaseline(baselineAt, env) : undefined;
  const token = input('github-token');
  const publication = await publishRunReport(report, {
    env,
    unfinished,
    ...(baseline ? { baseline } : {}),
    comment: booleanInput('comment', true),
    check: booleanInput('check', true),
    checkName: input('check-name') ?? `batchbench / ${report.experiment.name}`,
    ...(token ? { token } : {}),
    ...(options.keepReportDir ? { keepReportDir: true } : {}),
  });
  if (booleanInput('fail-on-miss', options.failOnMissByDefault) && publication.conclusion === 'failure')
    throw new ConfigurationError(`${report.experiment.name}: ${publication.title}`);
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('report', async () => {
    const { report, unfinished } = await loadRunReport(env);
    await publishFromInputs(report, unfinished, env, { failOnMissByDefault: false });
    runner.setOutput('status', unfinished > 0 ? 'pending' : 'complete');
  });
}
