import { workflowOrigin } from '../adapters/github/run-origin.js';
import * as runner from '../adapters/github/runner-io.js';
import { submitRun } from '../app/submit-run.js';
import { backendForRun, planBackend } from '../compose/backend.js';
import { hostOf } from '../compose/local.js';
import { UserError } from '../domain/user-error.js';
import { workspace } from './action-support.js';
import type { ReadyExperiment } from './ready-experiment.js';

/**
 * The run id of this workflow run's submission of an experiment. It holds the workflow run's
 * id and the experiment's name but not GITHUB_RUN_ATTEMPT: "Re-run jobs" gives the same run id
 * a new attempt number, and it must attach to the jobs the first attempt submitted (they may
 * still be running on Batch) instead of submitting them all again.
 */
export function workflowRunId(experiment: string, env: NodeJS.ProcessEnv): string {
  const run = env.GITHUB_RUN_ID;
  if (!run) throw new UserError('GITHUB_RUN_ID is not set: give the run-id input outside GitHub Actions');
  return `${experiment}-gh${run}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

export interface SubmitOptions {
  runId?: string;
  imageUri?: string;
  store?: string;
  /** The name of the run's check, for the collector that may finish it. */
  checkName: string;
}

/**
 * Submits the jobs of an experiment whose runs are kept in S3 (aws-batch) and returns at once; outputs run-id and store. Shared
 * by the submit action and the root action's aws-batch run.
 */
export async function submitExperiment(
  ready: ReadyExperiment,
  env: NodeJS.ProcessEnv,
  options: SubmitOptions,
) {
  const { experiment } = ready;
  const backend = planBackend(ready.plan);
  if (backend.store !== 's3')
    throw new UserError(
      `${ready.file}: its jobs run on ${backend.label}, which keeps runs in a folder; submit runs experiments whose runs are kept in an S3 results store (aws-batch)`,
      { hint: 'run it in one step with the root action (command: run) or with batchbench run' },
    );
  const host = await hostOf(workspace(env), env);
  const runId = options.runId ?? workflowRunId(experiment.name, env);
  const {
    store,
    backend: submitter,
    plan,
    where: storeUrl,
  } = await backendForRun({
    experiment,
    plan: ready.plan,
    runId,
    ...(options.store ? { storeUrl: options.store } : {}),
    ...(options.imageUri ? { imageUri: options.imageUri } : {}),
    ...(host.gitCommit ? { gitCommit: host.gitCommit } : {}),
    // Submit, look once, return: waiting is the wait action's job.
    deadlineMs: 0,
    cwd: workspace(env),
    env,
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
      host,
      ...(origin ? { origin } : {}),
      signal: new AbortController().signal,
    },
    { store, executor: submitter, now: Date.now },
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
