import * as runner from '../adapters/github/runner-io.js';
import { runAction } from './action-support.js';
import { publishFromInputs } from './publish-inputs.js';
import { reportFromInputs } from './report-source.js';

/**
 * actions/report: publishes a run's report (job summary, outputs, report files, PR comment,
 * check) and fails the step on a missed target when fail-on-miss says so.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('report', async () => {
    const { report, unfinished, store, submitted } = await reportFromInputs(env);
    await publishFromInputs(report, unfinished, env, { store, submitted, failOnMissByDefault: false });
    runner.setOutput('status', unfinished > 0 ? 'pending' : 'complete');
  });
}
