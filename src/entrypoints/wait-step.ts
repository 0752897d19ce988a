import * as runner from '../adapters/github/runner-io.js';
import { cancelRun } from '../app/cancel-run.js';
import type { CollectOutcome } from '../app/collect-run.js';
import { attachRun } from '../compose/backend.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import type { RunStore } from '../ports/run-store.js';
import { durationInput, workspace } from './action-support.js';
import { collectStoredRun } from './collect-step.js';

/**
 * A job on a GitHub-hosted runner may run at most 6 hours. Waiting 5 h 30 m leaves the job's
 * other steps (checkout, submit, report) half an hour; longer than 5 h 50 m would leave them nothing.
 */
export const DEFAULT_MAX_WAIT_S = 5.5 * 3600;
export const MAX_WAIT_CAP_S = 5 * 3600 + 50 * 60;

/** Names of what the main step leaves for the post step (GITHUB_STATE -> STATE_<name>). */
export const STATE = {
  runId: 'run-id',
  store: 'store',
  experiment: 'experiment',
  settled: 'settled',
} as const;

export interface WaitResult {
  status: 'complete' | 'pending' | 'cancelled';
  unfinished: number;
  /** What was collected: the run's report as it stands, built once. */
  outcome: CollectOutcome;
  store: RunStore;
}

/**
 * Waits for a submitted run until every job finished or max-wait ran out. Running out is not
 * a failure: the step ends green with status=pending and a scheduled collect picks the run up.
 * Cancelling the workflow aborts the wait and stops the run's jobs.
 */
export async function waitForRun(
  runId: string,
  storeUrl: string,
  env: NodeJS.ProcessEnv,
  options: {
    maxWaitS: number;
    experiment?: string;
    /** The experiment, when this step validated it already: not validated again from the manifest. */
    validated?: Experiment;
    signal: AbortSignal;
    prices?: string;
  },
): Promise<WaitResult> {
  runner.saveState(STATE.runId, runId);
  runner.saveState(STATE.store, storeUrl);
  if (options.experiment) runner.saveState(STATE.experiment, options.experiment);
  const { outcome, store } = await collectStoredRun(
    {
      storeUrl,
      runId,
      ...(options.experiment ? { experiment: options.experiment } : {}),
      ...(options.validated ? { validated: options.validated } : {}),
      deadlineMs: options.maxWaitS * 1000,
      cwd: workspace(env),
      env,
    },
    { prices: options.prices, signal: options.signal, wait: true },
  );
  if (options.signal.aborted) {
    // The executor stopped the jobs it watched; the post step makes sure of the rest.
    await store.updateManifest(runId, { status: 'cancelled', updatedAt: new Date().toISOString() });
    return { status: 'cancelled', unfinished: outcome.unfinished, outcome, store };
  }
  const status = outcome.unfinished > 0 ? 'pending' : 'complete';
  // Only now may a cancel of the workflow leave the jobs alone: they are done or handed to the collector.
  runner.saveState(STATE.settled, 'true');
  if (status === 'pending')
    runner.notice(
      `${outcome.unfinished} jobs of ${runId} still run after ${Math.round(options.maxWaitS / 60)} minutes; ` +
        'the scheduled collect workflow (collect-runs.yml) reports them when they finish.',
      { title: 'batchbench: run continues' },
    );
  return { status, unfinished: outcome.unfinished, outcome, store };
}

export function maxWaitInput(): number {
  const seconds = durationInput('max-wait', DEFAULT_MAX_WAIT_S);
  if (seconds > MAX_WAIT_CAP_S) {
    runner.warning(
      `max-wait ${Math.round(seconds / 60)}m does not fit in a GitHub-hosted job's 6 hours; waiting ${MAX_WAIT_CAP_S / 60}m`,
    );
    return MAX_WAIT_CAP_S;
  }
  return seconds;
}

/** Stops every unfinished job of a run the workflow was cancelled while waiting for. */
export async function stopWaitedRun(
  runId: string,
  storeUrl: string,
  env: NodeJS.ProcessEnv,
  experiment?: string,
) {
  const { store, backend } = await attachRun({
    storeUrl,
    runId,
    ...(experiment ? { experiment } : {}),
    cwd: workspace(env),
    env,
    log: (line) => runner.info(line),
  });
  return cancelRun(runId, { store, canceller: backend, now: Date.now });
}
