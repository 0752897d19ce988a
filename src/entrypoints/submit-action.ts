import { submitRun } from '../app/submit-run.js';
import { BatchExecutor } from '../adapters/aws/batch/executor.js';
import { workflowOrigin } from '../adapters/github/run-origin.js';
import * as runner from '../adapters/github/runner-io.js';
import { hostInfo } from '../adapters/host-info.js';
import { input, positiveIntInput, runAction, workspace } from './action-support.js';
import { s3Run } from './aws-wiring.js';
import { withImage } from '../domain/plan/stage-template.js';
import { runIdProblem } from '../domain/plan/run-id.js';
import { ConfigurationError } from './configuration-error.js';
import { readyExperiment, type ReadyExperiment } from './ready-experiment.js';
import { checkNameInput } from './report-inputs.js';

/**
 * The run id of this workflow run's submission of an experiment. It holds the workflow run's
 * id and the experiment's name but not GITHUB_RUN_ATTEMPT: "Re-run jobs" gives the same run id
 * a new attempt number, and it must attach to the jobs the first attempt submitted (they may
 * still be running on Batch) instead of submitting them all again.
 */
export function workflowRunId(experiment: string, env: NodeJS.ProcessEnv): string {
  const run = env.GITHUB_RUN_ID;
  if (!run)
    throw new ConfigurationError('GITHUB_RUN_ID is not set: give the run-id input outside GitHub Actions');
  return `${experiment}-gh${run}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

export interface SubmitOptions {
  runId?: string;
  imageUri?: string;
  store?: string;
  /** The name of the run's check, for the collector that may finish it. */
  checkName: string;
}

/** Submits an aws-batch experiment's jobs and returns at once; outputs run-id and store. */
export async function submitExperiment(
  ready: ReadyExperiment,
  env: NodeJS.ProcessEnv,
  options: SubmitOptions,
) {
  const { experiment } = ready;
  // An image given to the run is part of its plan, so a later collect submits with it too.
  const plan = withImage(ready.plan, options.imageUri);
  const local = plan.jobs.filter((j) => j.compute.backend !== 'aws-batch');
  if (local.length > 0)
    throw new ConfigurationError(
      `${ready.file}: ${local.length} jobs run on the local backend; submit runs aws-batch experiments only`,
    );
  const storeUrl = options.store ?? experiment.results.store;
  if (!storeUrl)
    throw new ConfigurationError(
      `${ready.file}: an aws-batch run needs results.store (s3://bucket/prefix/) or the store input`,
    );
  const runId = options.runId ?? workflowRunId(experiment.name, env);
  const { clients, store } = s3Run(storeUrl, env, experiment.name);
  const host = await hostInfo(workspace(env));
  // On a runner the checkout may be a merge commit: record the commit the workflow ran for.
  const gitCommit = env.GITHUB_SHA ?? host.gitCommit;
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    results: store.location,
    ...(gitCommit ? { gitCommit } : {}),
    // Submit, look once, return: waiting is the wait action's job.
    deadlineMs: 0,
    log: (line) => runner.info(line),
  });
  const origin = await workflowOrigin(env, {
    experimentFile: ready.file,
    commentKey: experiment.name,
    checkName: options.checkName,
  });
  const outcome = await submitRun(
    {
      runId,
      experiment,
      source: ready.source,
      plan,
      host: { ...host, ...(gitCommit ? { gitCommit } : {}) },
      ...(origin ? { origin } : {}),
      signal: new AbortController().signal,
    },
    { store, executor, now: Date.now },
  );
  runner.info(
    `${outcome.attached ? 'attached to' : 'submitted'} run ${runId}: ${plan.jobs.length} jobs, ` +
      `${outcome.finished} finished so far, results in ${storeUrl}`,
  );
  runner.setOutput('run-id', runId);
  runner.setOutput('store', storeUrl);
  runner.setOutput('experiment', experiment.name);
  runner.setOutput('jobs', String(plan.jobs.length));
  runner.setOutput('attached', String(outcome.attached));
  return { ...outcome, storeUrl };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('submit', async () => {
    const file = input('experiment', { required: true }) as string;
    const repeats = positiveIntInput('repeats');
    const prices = input('prices');
    const ready = await readyExperiment(file, env, {
      ...(repeats ? { repeats } : {}),
      ...(prices ? { prices } : {}),
    });
    const runId = input('run-id');
    // Checked before anything is submitted: AWS would refuse it in every job name.
    const bad = runId === undefined || runId === '' ? undefined : runIdProblem(runId);
    if (bad)
      throw new ConfigurationError(bad, { hint: 'give a run-id such as my-bench-42, or leave it out' });
    const imageUri = input('image-uri');
    const store = input('store');
    await submitExperiment(ready, env, {
      ...(runId ? { runId } : {}),
      ...(imageUri ? { imageUri } : {}),
      ...(store ? { store } : {}),
      checkName: checkNameInput(ready.experiment.name),
    });
  });
}
