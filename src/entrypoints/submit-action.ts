import { runIdProblem } from '../domain/plan/run-id.js';
import { UserError } from '../domain/user-error.js';
import { input, positiveIntInput, runAction } from './action-support.js';
import { checkNameInput } from './publish-inputs.js';
import { readyExperiment } from './ready-experiment.js';
import { submitExperiment } from './submit-step.js';

/** actions/submit: submits an aws-batch experiment's jobs and returns at once (wait and report follow). */
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
    if (bad) throw new UserError(bad, { hint: 'give a run-id such as my-bench-42, or leave it out' });
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
