import { readSourceFile } from '../adapters/source-file.js';
import os from 'node:os';
import { unreadable, checkExperiment, hasErrors, type CheckedExperiment } from '../app/check-experiment.js';
import { pushedFiles, readEvent, repositoryOf } from '../adapters/github/event.js';
import { changedFiles } from '../adapters/github/pull-request-files.js';
import { createGitHubClient } from '../adapters/github/rest-client.js';
import * as runner from '../adapters/github/runner-io.js';
import { appendSummary, setLargeOutput } from '../adapters/github/step-limits.js';
import { expandPatterns, matchesGlob } from '../adapters/github/workspace-files.js';
import { loadPrices } from '../adapters/prices.js';
import { escapeMarkdown } from '../domain/report/escape.js';
import { renderPlanMarkdown } from '../domain/report/plan-markdown.js';
import { escapeTerminal } from '../domain/terminal-text.js';
import { annotate, input, listInput, positiveIntInput, runAction, workspace } from './action-support.js';
import { ConfigurationError } from './configuration-error.js';

/** Experiment files of a repository, where the workflow templates look for them. */
export const DEFAULT_PATTERN = 'experiments/**/*.{yaml,yml}';

export interface ValidateOptions {
  cwd: string;
  repeats?: number;
  prices?: string;
}

/**
 * Checks experiment files and shows every problem as an annotation at its file, line and
 * column, and every valid file's plan in the job summary. Returns the results; the caller
 * decides whether problems fail the step.
 */
export async function validateFiles(
  files: readonly string[],
  options: ValidateOptions,
): Promise<CheckedExperiment[]> {
  const prices = await loadPrices(options.prices);
  const results: CheckedExperiment[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readSourceFile(file, { root: options.cwd });
    } catch (error) {
      results.push(unreadable(file, error));
      continue;
    }
    results.push(
      checkExperiment(file, text, {
        prices,
        ...(options.repeats ? { repeats: options.repeats } : {}),
        localConcurrency: os.availableParallelism(),
      }),
    );
  }
  for (const r of results) annotate(r.problems);
  const parts = results.map((r) => {
    const errors = r.problems.filter((p) => p.severity === 'error').length;
    const title = escapeMarkdown(r.file);
    if (errors > 0 || !r.plan)
      return {
        title,
        markdown: `### ❌ ${title}\n\n${errors} problem${errors === 1 ? '' : 's'}: see the annotations on the file.\n`,
      };
    return { title, markdown: renderPlanMarkdown(r.plan) };
  });
  if (parts.length > 0)
    await appendSummary(parts, {
      heading: '## batchbench · validate\n\n',
      rest: "Every file's problems are in the annotations, and every plan in the file the `plan-file` output names.",
    });
  return results;
}

/**
 * What the action validates: the `experiments` input, else the experiment files the PR or the
 * push changed, else all of them.
 */
async function filesToValidate(env: NodeJS.ProcessEnv, cwd: string): Promise<string[]> {
  const given = listInput('experiments');
  if (given.length > 0) return expandPatterns(given, cwd);
  const pattern = input('pattern') ?? DEFAULT_PATTERN;
  const event = await readEvent(env);
  const repo = repositoryOf(env);
  const token = input('github-token');
  if (event.pullRequest && repo && token) {
    const changed = await changedFiles(createGitHubClient(token, env), repo, event.pullRequest.number);
    return changed.filter((f) => matchesGlob(f, pattern));
  }
  const pushed = event.name === 'push' ? pushedFiles(event.payload) : undefined;
  if (pushed) return pushed.filter((f) => matchesGlob(f, pattern)).sort();
  return expandPatterns([pattern], cwd);
}

/** The plans as outputs: all of it in `plan-file`; in `plan`, in brief when the whole is too big. */
function setPlanOutput(results: readonly CheckedExperiment[]): void {
  const entries = results.map((r) => ({
    file: r.file,
    valid: !hasErrors(r.problems),
    problems: r.problems,
    ...(r.plan ? { plan: r.plan } : {}),
  }));
  // Too big for an output: each file's validity, first problems and plan totals (plan-file has it all).
  const brief = entries.map((e) => ({
    ...e,
    problems: e.problems.slice(0, 10),
    ...(e.plan ? { plan: { experiment: e.plan.experiment, file: e.plan.file, totals: e.plan.totals } } : {}),
  }));
  setLargeOutput('plan', JSON.stringify(entries), { smaller: () => JSON.stringify(brief) });
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('validate', async () => {
    const cwd = workspace(env);
    const files = await filesToValidate(env, cwd);
    const repeats = positiveIntInput('repeats');
    const prices = input('prices');
    if (files.length === 0) {
      runner.info('no experiment files to validate');
      setLargeOutput('plan', '[]');
      runner.setOutput('files', '[]');
      return;
    }
    const results = await validateFiles(files, {
      cwd,
      ...(repeats ? { repeats } : {}),
      ...(prices ? { prices } : {}),
    });
    setPlanOutput(results);
    runner.setOutput(
      'files',
      JSON.stringify(results.filter((r) => !hasErrors(r.problems)).map((r) => r.file)),
    );
    const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === 'error').length;
    const bad = results.filter((r) => hasErrors(r.problems)).length;
    for (const r of results)
      if (!hasErrors(r.problems))
        runner.info(`${escapeTerminal(r.file)}: valid, ${r.plan?.totals.jobs ?? 0} jobs`);
    if (errors > 0)
      throw new ConfigurationError(
        `${errors} problem${errors === 1 ? '' : 's'} in ${bad} of ${results.length} experiment file${results.length === 1 ? '' : 's'}`,
      );
  });
}
