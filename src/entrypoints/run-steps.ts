import os from 'node:os';
import path from 'node:path';
import * as runner from '../adapters/github/runner-io.js';
import { runExperiment } from '../app/run-experiment.js';
import { backendForRun } from '../compose/backend.js';
import { hostOf, newRunId } from '../compose/local.js';
import type { ReportModel } from '../domain/report/model.js';
import type { RunStore } from '../ports/run-store.js';
import { input, workspace } from './action-support.js';
import { logProgress } from './log-progress.js';
import { checkNameInput } from './publish-inputs.js';
import type { ReadyExperiment } from './ready-experiment.js';
import { submitExperiment } from './submit-step.js';
import { maxWaitInput, waitForRun } from './wait-step.js';

/** A run the root action drove, ready to publish: its report was built once, when it ended. */
export interface DrivenRun {
  report: ReportModel;
  unfinished: number;
  /** Kept in a runs folder on the runner (its report-dir), not submitted to a store that outlives it. */
  local: boolean;
  store: RunStore;
}

/** A run kept in a runs folder, in one step: its jobs run while this step runs. */
export async function runInStep(
  ready: ReadyExperiment,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<DrivenRun> {
  const cwd = workspace(env);
  const runsDir = path.join(env.RUNNER_TEMP ?? cwd, 'batchbench-runs');
  const runId = newRunId(ready.experiment.name);
  const host = await hostOf(cwd, env);
  const { store, backend } = await backendForRun({
    experiment: ready.experiment,
    plan: ready.plan,
    runId,
    runsDir,
    cwd,
    concurrency: os.availableParallelism(),
    ...(host.gitCommit ? { gitCommit: host.gitCommit } : {}),
    env,
    log: (line) => runner.info(line),
  });
  const outcome = await runExperiment(
    {
      runId,
      experiment: ready.experiment,
      source: ready.source,
      plan: ready.plan,
      resume: false,
      signal,
      variants: ready.variants,
    },
    { store, executor: backend, progress: logProgress, prices: ready.prices, host, now: Date.now },
  );
  runner.setOutput('report-dir', path.join(runsDir, runId));
  runner.setOutput('run-id', runId);
  return { report: outcome.report, unfinished: 0, local: true, store };
}

/** A run kept in an S3 store, in one step: submit, wait (at most max-wait), and report on what finished. */
export async function submitAndWait(
  ready: ReadyExperiment,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<DrivenRun> {
  const imageUri = input('image-uri');
  const store = input('store');
  const prices = input('prices');
  const submitted = await submitExperiment(ready, env, {
    ...(imageUri ? { imageUri } : {}),
    ...(store ? { store } : {}),
    checkName: checkNameInput(ready.experiment.name),
  });
  const waited = await waitForRun(submitted.runId, submitted.storeUrl, env, {
    maxWaitS: maxWaitInput(),
    experiment: ready.experiment.name,
    validated: ready.experiment,
    signal,
    ...(prices ? { prices } : {}),
  });
  runner.setOutput('status', waited.status);
  // The report the wait collected: built once, from what finished.
  return { report: waited.outcome.report, unfinished: waited.unfinished, local: false, store: waited.store };
}
