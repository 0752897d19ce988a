import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { hasErrors } from '../app/check-experiment.js';
import { costVariants } from '../app/cost-variants.js';
import { reportRun } from '../app/report-run.js';
import { runExperiment } from '../app/run-experiment.js';
import { FsRunStore } from '../adapters/fs-run-store.js';
import * as runner from '../adapters/github/runner-io.js';
import { appendSummary, setLargeOutput } from '../adapters/github/step-limits.js';
import { expandPatterns } from '../adapters/github/workspace-files.js';
import { hostInfo } from '../adapters/host-info.js';
import { LocalExecutor } from '../adapters/local/local-executor.js';
import { loadPrices } from '../adapters/prices.js';
import { makeRunId } from '../domain/plan/run-id.js';
import { renderPlanMarkdown } from '../domain/report/plan-markdown.js';
import { booleanInput, input, listInput, positiveIntInput, runAction, workspace } from './action-support.js';
import { logProgress } from './log-progress.js';
import { ConfigurationError } from './configuration-error.js';
import { publishFromInputs } from './report-action.js';
import { checkNameInput } from './report-inputs.js';
import { readyExperiment, type ReadyExperiment } from './ready-experiment.js';
import { validateFiles } from './validate-action.js';
import { cancelSignal } from './cancel-signal.js';

/** The local backend in one step: the jobs run on the runner's own cores. */
async function runLocally(ready: ReadyExperiment, env: NodeJS.ProcessEnv, signal: AbortSignal) {
  const cwd = workspace(env);
  const runsDir = path.join(env.RUNNER_TEMP ?? cwd, 'batchbench-runs');
  const prices = await loadPrices(input('prices'));
  const runId = makeRunId(ready.experiment.name, new Date(), randomBytes(2).toString('hex'));
  const host = await hostInfo(cwd);
  const repeats = positiveIntInput('repeats');
  const concurrency = os.availableParallelism();
  const store = new FsRunStore(runsDir);
  const outcome = await runExperiment(
    {
      runId,
      experiment: ready.experiment,
      source: ready.source,
      plan: ready.plan,
      resume: false,
      signal,
      variants: costVariants(ready.source, ready.experiment, { prices, ...(repeats ? { repeats } : {}) }),
    },
    {
      store,
      executor: new LocalExecutor({
        concurrency,
        ...(ready.experiment.budget.maxVcpus !== undefined
          ? { maxVcpus: ready.experiment.budget.maxVcpus }
          : {}),
        logDir: path.join(runsDir, runId, 'logs'),
        baseDir: cwd,
        // Cells compared for speedup each get the machine to themselves, so they are measured alike.
        exclusiveGroups: ready.experiment.analysis.speedup !== undefined,
        plan: ready.plan,
      }),
      progress: logProgress,
      prices,
      host: { ...host, ...(env.GITHUB_SHA ? { gitCommit: env.GITHUB_SHA } : {}) },
      now: Date.now,
    },
  );
  runner.setOutput('report-dir', path.join(runsDir, runId));
  runner.setOutput('run-id', runId);
  return { report: outcome.report, unfinished: 0, local: true, store };
}

/** aws-batch in one step: submit, wait (at most max-wait), and report on what finished. */
async function runOnBatch(ready: ReadyExperiment, env: NodeJS.ProcessEnv, signal: AbortSignal) {
  // The AWS SDK loads only for aws-batch runs: validate, plan and local runs start faster.
  const { submitExperiment } = await import('./submit-action.js');
  const { maxWaitInput, waitForRun } = await import('./wait-action.js');
  const { s3Run } = await import('./aws-wiring.js');
  const imageUri = input('image-uri');
  const store = input('store');
  const submitted = await submitExperiment(ready, env, {
    ...(imageUri ? { imageUri } : {}),
    ...(store ? { store } : {}),
    checkName: checkNameInput(ready.experiment.name),
  });
  const waited = await waitForRun(submitted.runId, submitted.storeUrl, env, {
    maxWaitS: maxWaitInput(),
    experiment: ready.experiment.name,
    signal,
  });
  runner.setOutput('status', waited.status);
  const { store: runStore } = s3Run(submitted.storeUrl, env, ready.experiment.name);
  const report = await reportRun(submitted.runId, {
    store: runStore,
    prices: await loadPrices(input('prices')),
  });
  return { report, unfinished: waited.unfinished, local: false, store: runStore };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('action', async () => {
    const command = input('command') ?? 'run';
    const repeats = positiveIntInput('repeats');
    const prices = input('prices');
    const options = { ...(repeats ? { repeats } : {}), ...(prices ? { prices } : {}) };
    if (command === 'validate') {
      const files = await expandPatterns(listInput('experiment'), workspace(env));
      if (files.length === 0) throw new ConfigurationError('experiment names no file');
      const results = await validateFiles(files, { cwd: workspace(env), ...options });
      const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === 'error').length;
      if (results.some((r) => hasErrors(r.problems)))
        throw new ConfigurationError(`${errors} problem${errors === 1 ? '' : 's'} in the experiment files`);
      return;
    }
    if (command !== 'plan' && command !== 'run')
      throw new ConfigurationError(`command must be validate, plan or run, not '${command}'`);
    const file = input('experiment', { required: true }) as string;
    const ready = await readyExperiment(file, env, options);
    setLargeOutput('plan', JSON.stringify(ready.plan), {
      smaller: () => JSON.stringify({ ...ready.plan, jobs: undefined }),
    });
    if (command === 'plan' || booleanInput('dry-run', false)) {
      await appendSummary([{ title: 'the plan', markdown: renderPlanMarkdown(ready.plan) }], {
        rest: 'The whole plan is in the file the `plan-file` output names.',
      });
      return;
    }
    const backend = input('backend') ?? 'auto';
    if (backend !== 'auto' && backend !== 'local')
      throw new ConfigurationError(`backend takes auto (what the file says) or local, not '${backend}'`);
    // A fork's PR gets no cloud credentials: a maintainer can still let it run on the runner.
    if (backend === 'local') for (const job of ready.plan.jobs) job.compute.backend = 'local';
    const signal = cancelSignal();
    const cloud = ready.plan.jobs.some((j) => j.compute.backend === 'aws-batch');
    const { report, unfinished, local, store } = cloud
      ? await runOnBatch(ready, env, signal)
      : await runLocally(ready, env, signal);
    await publishFromInputs(report, unfinished, env, {
      store,
      submitted: !local,
      failOnMissByDefault: true,
      keepReportDir: local,
    });
  });
}
