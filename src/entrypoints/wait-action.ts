import * as runner from '../adapters/github/runner-io.js';
import { UserError } from '../domain/user-error.js';
import { input, runAction } from './action-support.js';
import { cancelSignal } from './cancel-signal.js';
import { maxWaitInput, STATE, stopWaitedRun, waitForRun } from './wait-step.js';

/** actions/wait: waits for a submitted run, at most max-wait; a cancelled workflow stops its jobs. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('wait', async () => {
    const runId = input('run-id', { required: true }) as string;
    const storeUrl = input('store', { required: true }) as string;
    if (!storeUrl.startsWith('s3://'))
      throw new UserError(`store must be s3://bucket/prefix/, not '${storeUrl}'`);
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
      throw new UserError(`the workflow was cancelled: the jobs of run ${runId} were stopped`);
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
    const experiment = runner.getState(STATE.experiment) || undefined;
    const { cancelled, terminated } = await stopWaitedRun(runId, storeUrl, env, experiment);
    runner.info(
      `workflow cancelled: run ${runId}: cancelled ${cancelled} waiting and terminated ${terminated} running jobs`,
    );
    runner.setOutput('cancelled', String(cancelled + terminated));
  });
}
