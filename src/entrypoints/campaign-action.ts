import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as runner from '../adapters/github/runner-io.js';
import { TerminalProgress } from '../adapters/terminal/progress.js';
import { weekOf } from '../compose/campaign-file.js';
import { chooseBackend, pickWindow, runWindow } from '../compose/campaign-window.js';
import { booleanInput, input, runAction, workspace } from './action-support.js';
import {
  failOnOutcome,
  leaveJobsRunning,
  NAMES,
  noWindow,
  optional,
  publishWindow,
  readyCampaign,
} from './campaign-step.js';
import { cancelSignal } from './cancel-signal.js';
import { UserError } from '../domain/user-error.js';

/**
 * The campaign action: runs the window of a `kind: campaign` file that is open now (or the one
 * named), on AWS Batch or on the runner, puts the campaign report in the job summary, and fails
 * the step on a regression or on failed jobs. A scheduled run between windows ends green.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('campaign', async () => {
    const file = input('campaign', { required: true }) as string;
    const choice = chooseBackend(
      {
        backend: input('backend') ?? 'aws-batch',
        ...optional('queue', input('queue')),
        ...optional('spotQueue', input('spot-queue')),
        ...optional('imageUri', input('image-uri')),
      },
      env,
      NAMES,
    );
    const { entry } = choice;
    if (entry.notInActions) throw new UserError(`${NAMES.backend} ${entry.name}: ${entry.notInActions}`);
    const fail = {
      regression: booleanInput('fail-on-regression', true),
      failedJobs: booleanInput('fail-on-failed-jobs', true),
    };
    const now = Date.now();
    const week = weekOf(input('week'), now, "input 'week'");
    const { campaign, plan, prices } = await readyCampaign(file, week, env);
    const given = { ...optional('window', input('window')), ...optional('day', input('day')) };
    const picked = pickWindow(campaign, week, now, given, NAMES);
    if ('closed' in picked) return noWindow(campaign, week, picked.closed);
    // A backend keeping its runs in S3 has jobs that outlive the step; the others' end with it.
    const signal = entry.store === 's3' ? leaveJobsRunning() : cancelSignal();
    const { runId, outcome } = await runWindow(
      {
        ...{ campaign, plan, ...picked, choice, names: NAMES },
        ...optional('historyDir', input('history-dir')),
        runsDir: path.join(env.RUNNER_TEMP || os.tmpdir(), 'batchbench-runs'),
        cwd: workspace(env),
        env,
        log: (line) => runner.info(line),
      },
      {
        prices,
        // A runner's log is not a terminal: a line each tenth of the jobs, and the end.
        progress: new TerminalProgress(process.stdout),
        now: Date.now,
        sleep: (ms) => delay(ms, undefined, { signal }).catch(() => undefined),
        signal,
      },
    );
    const result = { campaign, runId, ...picked, outcome, aborted: signal.aborted, env };
    failOnOutcome(result, await publishWindow(result), fail);
  });
}
