import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitHubPublisher, originTarget } from '../adapters/github/github-publisher.js';
import { workflowOrigin } from '../adapters/github/run-origin.js';
import * as runner from '../adapters/github/runner-io.js';
import { readUserFile, UnreadableFile } from '../adapters/read-user-file.js';
import {
  parseReport,
  publishRun,
  type ReportPublication,
  type ReportPublisher,
} from '../app/publish-report.js';
import type { ReportModel } from '../domain/report/model.js';
import { escapeTerminal } from '../domain/terminal-text.js';
import type { RunStore } from '../ports/run-store.js';
import { booleanInput, input, workspace } from './action-support.js';

/**
 * The check-name input, or `batchbench / <experiment>`. The submit action records it with the
 * run, so the scheduled collector names the check as the report action does.
 */
export function checkNameInput(experiment: string): string {
  return input('check-name') ?? `batchbench / ${experiment}`;
}

export interface PublishOptions {
  env: NodeJS.ProcessEnv;
  /** The run's store: where the base branch's latest report is looked up, and a branch's is kept. */
  store: RunStore;
  /** Jobs still running (a run that outlived the wait). */
  unfinished?: number;
  /** Given explicitly (the baseline-report input): wins over the base branch's stored report. */
  baseline?: ReportModel;
  baselineNote?: string;
  comment: boolean;
  check: boolean;
  checkName: string;
  token?: string;
  /** The run folder already holds the report files (local backend): no copy, and report-dir stays it. */
  keepReportDir?: boolean;
  /** A submitted run: record on it that its finished report went out, so the collector does not publish it again. */
  markPublished?: boolean;
}

/**
 * Publishes a report everywhere a workflow run shows it, from one rendering: the job summary,
 * the outputs, a file to upload as an artifact, a sticky PR comment and a check on the commit.
 * On a PR it compares with the base branch's latest report in the run's store; a complete run
 * of a branch becomes that branch's latest.
 */
export async function publishRunReport(
  report: ReportModel,
  options: PublishOptions,
): Promise<ReportPublication> {
  const { env } = options;
  const origin = await workflowOrigin(env, {
    experimentFile: report.experiment.file,
    commentKey: report.experiment.name,
    checkName: options.checkName,
  });
  const target = origin
    ? originTarget(origin, { token: options.token, env, comment: options.comment, check: options.check })
    : undefined;
  const github = new GitHubPublisher(target);
  const dir = options.keepReportDir ? undefined : reportDir(report, env);
  const publisher: ReportPublisher = {
    summary: (markdown) => github.summary(markdown),
    outputs: (values) => github.outputs(values),
    ...(github.comment ? { comment: github.comment } : {}),
    ...(github.check ? { check: github.check } : {}),
    ...(dir ? { artifacts: (publication) => writeReportFiles(dir, publication) } : {}),
  };
  const publication = await publishRun(
    {
      report,
      unfinished: options.unfinished ?? 0,
      ...(origin ? { origin } : {}),
      ...(options.baseline ? { baseline: options.baseline } : {}),
      ...(options.baselineNote ? { baselineNote: options.baselineNote } : {}),
      markPublished: options.markPublished === true,
    },
    { store: options.store, publisher, log: (line) => runner.info(line), now: Date.now },
  );
  runner.info(`${report.experiment.name}: ${publication.title}`);
  return publication;
}

async function writeReportFiles(dir: string, publication: ReportPublication): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'report.json'), publication.json);
  await writeFile(path.join(dir, 'report.md'), publication.markdown);
  runner.setOutput('report-dir', dir);
}

function reportDir(report: ReportModel, env: NodeJS.ProcessEnv): string {
  return path.join(env.RUNNER_TEMP ?? workspace(env), 'batchbench-report', safeName(report.experiment.name));
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '-') || 'experiment';
}

/** A report.json of the base branch, a local file or an s3:// object; a missing one gives a note instead. */
export async function readBaseline(
  where: string,
  env: NodeJS.ProcessEnv,
): Promise<{ baseline?: ReportModel; note?: string }> {
  let text: string | undefined;
  if (where.startsWith('s3://')) {
    // The AWS SDK loads only when a run or a baseline is in S3: a local report starts faster.
    const { readS3Text } = await import('../compose/aws.js');
    text = await readS3Text(where, env);
  } else {
    // The workflow names this path (it may be a download outside the workspace); symlinks in it
    // still never lead out of the folder it names.
    text = await readUserFile(where, { root: workspace(env), allowNamedOutside: true }).catch(
      (error: unknown) => {
        if (error instanceof UnreadableFile && error.code === 'ENOENT') return undefined;
        throw error;
      },
    );
  }
  if (text === undefined) return { note: `No base branch report at ${where}: nothing to compare with.` };
  return { baseline: parseReport(text, where) };
}

/**
 * Publishes a report as the action's inputs ask (baseline, comment, check, token) and fails the
 * step on a missed target when `fail-on-miss` says so. Shared by actions/report and the root action (neither imports the other).
 */
export async function publishFromInputs(
  report: ReportModel,
  unfinished: number,
  env: NodeJS.ProcessEnv,
  options: { store: RunStore; submitted: boolean; failOnMissByDefault: boolean; keepReportDir?: boolean },
): Promise<ReportPublication> {
  const baselineAt = input('baseline-report');
  const { baseline, note } = baselineAt ? await readBaseline(baselineAt, env) : {};
  const token = input('github-token');
  const publication = await publishRunReport(report, {
    env,
    store: options.store,
    unfinished,
    ...(baseline ? { baseline } : {}),
    ...(note ? { baselineNote: note } : {}),
    comment: booleanInput('comment', true),
    check: booleanInput('check', true),
    checkName: checkNameInput(report.experiment.name),
    ...(token ? { token } : {}),
    ...(options.keepReportDir ? { keepReportDir: true } : {}),
    markPublished: options.submitted,
  });
  // A missed target is the run's outcome, not an error: the step fails on it when asked to, and
  // everything was published first.
  if (booleanInput('fail-on-miss', options.failOnMissByDefault) && publication.conclusion === 'failure')
    runner.setFailed(escapeTerminal(`${report.experiment.name}: ${publication.title}`));
  return publication;
}
