import { pushedFiles, readEvent, repositoryOf } from '../adapters/github/event.js';
import { changedFiles } from '../adapters/github/pull-request-files.js';
import { createGitHubClient } from '../adapters/github/rest-client.js';
import * as runner from '../adapters/github/runner-io.js';
import { setLargeOutput } from '../adapters/github/step-limits.js';
import { expandPatterns, matchesGlob } from '../adapters/github/workspace-files.js';
import { hasErrors } from '../app/check-experiment.js';
import type { LoadedExperiment } from '../compose/experiment.js';
import { escapeTerminal } from '../domain/terminal-text.js';
import { input, listInput, positiveIntInput, runAction, workspace } from './action-support.js';
import { failOnProblems, validateFiles } from './validate-files.js';

/** Experiment files of a repository, where the workflow templates look for them. */
const DEFAULT_PATTERN = 'experiments/**/*.{yaml,yml}';

/** The `experiments` input, else the experiment files the PR or the push changed, else all of them. */
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
function setPlanOutput(results: readonly LoadedExperiment[]): void {
  const entries = results.map((r) => ({
    file: r.file,
    valid: !hasErrors(r.problems),
    problems: r.problems,
    ...(r.plan ? { plan: r.plan } : {}),
  }));
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
    const valid = results.filter((r) => !hasErrors(r.problems));
    runner.setOutput('files', JSON.stringify(valid.map((r) => r.file)));
    for (const r of valid) runner.info(`${escapeTerminal(r.file)}: valid, ${r.plan?.totals.jobs ?? 0} jobs`);
    const n = results.length;
    failOnProblems(results, (bad) => `${bad} of ${n} experiment file${n === 1 ? '' : 's'}`);
  });
}
