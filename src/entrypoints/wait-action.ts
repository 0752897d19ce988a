import { cancelRun } from '../app/cancel-run.js';
import { collectRun } from '../app/collect-run.js';
import * as runner from '../adapters/github/runner-io.js';
import { loadPrices } from '../adapters/prices.js';
import { durationInput, input, runAction } from './action-support.js';
import { attachedExecutor, s3Run } from './aws-wiring.js';
import { cancelSignal } from './cancel-signal.js';
import { logProgress } from './log-progress.js';
import { ConfigurationError } from './configuration-error.js';

/**
 * A job on a GitHub-hosted runner may run at most 6 hours (platform facts, GitHub 1). Waiting
 * 5 h 30 m leaves the job's other steps (checkout, submit, report) half an hour; longer than
 * 5 h 50 m would leave them nothing.
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
  options: { maxWaitS: number; experiment?: string; signal: AbortSignal; prices?: string },
): Promise<WaitResult> {
  runner.saveState(STATE.runId, runId);
  runner.saveState(STATE.store, storeUrl);
  if (options.experiment) runner.saveState(STATE.experiment, options.experiment);
  const { clients, store } = s3Run(storeUrl, env, options.experiment);
  const manifest = await store.readManifest(runId);
  const outcome = await collectRun(
    runId,
    {
      store,
      collector: attachedExecutor(clients, store, manifest, { deadlineMs: options.maxWaitS * 1000 }),
      prices: await loadPrices(options.prices),
      progress: logProgress,
      now: Date.now,
      signal: options.signal,
    },
    { wait: true },
  );
  if (options.signal.aborted) {
    // The executor stopped the jobs it watched; the post step makes sure of the rest.
    await store.updateManifest(runId, { status: 'cancelled', updatedAt: new Date().toISOString() });
    return { status: 'cancelled', unfinished: outcome.unfinished };
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
  return { status, unfinished: outcome.unfinished };
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

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('wait', async () => {
    const runId = input('run-id', { required: true }) as string;
    const storeUrl = input('store', { required: true }) as string;
    if (!storeUrl.startsWith('s3://'))
      throw new ConfigurationError(`store must be s3://bucket/prefix/, not '${storeUrl}'`);
    const experiment = input('experiment');
    const prices = input('prices');
    const result = await waitForRun(runId, storeUrl, env, {
      maxWaitS: maxWaitInput(),
      signal: cancelSignal(),
      ...(experiment ? { experiment } : {}),
      ...(prices ? { prices } : {}),
    });
    runner.setOutput('status', result.status);
    runner.setOutput('unfinished', String(result.unfinished));
    if (result.status === 'cancelled')
      throw new ConfigurationError(`the workflow was cancelled: the jobs of run ${runId} were stopped`);
  });
}

/**
 * The post step (`post-if: cancelled()`): when the workflow was cancelled while the main step
 * waited, stop every unfinished job of the run, so cancelled workflows do not leave Batch
 * jobs running (and billing). The main step's state says which run, and whether it settled.
 */
export async function post(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('wait (post)', async () => {
    const runId = runner.getState(STATE.runId);
    const storeUrl = runner.getState(STATE.store);
    if (!runId || !storeUrl) {
      runner.info('no run was being waited for: nothing to stop');
      return;
    }
    if (runner.getState(STATE.settled) === 'true') {
      runner.info(`run ${runId} was settled before the cancel: nothing to stop`);
      return;
    }
    const experiment = runner.getState(STATE.experiment);
    const { clients, store } = s3Run(storeUrl, env, experiment || undefined);
    const manifest = await store.readManifest(runId);
    const { cancelled, terminated } = await cancelRun(runId, {
      store,
      canceller: attachedExecutor(clients, store, manifest),
      now: Date.now,
    });
    runner.info(
      `workflow cancelled: run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs`,
    );
    runner.setOutput('cancelled', String(cancelled + terminated));
  });
}
