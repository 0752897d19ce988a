import { appendSummary, setLargeOutput } from '../adapters/github/step-limits.js';
import { expandPatterns } from '../adapters/github/workspace-files.js';
import { planBackend } from '../compose/backend.js';
import { renderPlanMarkdown } from '../domain/report/plan-markdown.js';
import { UserError } from '../domain/user-error.js';
import { booleanInput, input, listInput, positiveIntInput, runAction, workspace } from './action-support.js';
import { cancelSignal } from './cancel-signal.js';
import { publishFromInputs } from './publish-inputs.js';
import { readyExperiment } from './ready-experiment.js';
import { runInStep, submitAndWait } from './run-steps.js';
import { failOnProblems, validateFiles } from './validate-files.js';

/** The root action: validate, plan or run an experiment in one step, and publish its report. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runAction('action', async () => {
    const command = input('command') ?? 'run';
    const repeats = positiveIntInput('repeats');
    const prices = input('prices');
    const options = { ...(repeats ? { repeats } : {}), ...(prices ? { prices } : {}) };
    if (command === 'validate') {
      const files = await expandPatterns(listInput('experiment'), workspace(env));
      if (files.length === 0) throw new UserError('experiment names no file');
      failOnProblems(
        await validateFiles(files, { cwd: workspace(env), ...options }),
        () => 'the experiment files',
      );
      return;
    }
    if (command !== 'plan' && command !== 'run')
      throw new UserError(`command must be validate, plan or run, not '${command}'`);
    const file = input('experiment', { required: true }) as string;
    const backend = input('backend') ?? 'auto';
    if (backend !== 'auto' && backend !== 'local')
      throw new UserError(`backend takes auto (what the file says) or local, not '${backend}'`);
    // A fork's PR gets no cloud credentials: a maintainer can still let it run on the runner.
    const ready = await readyExperiment(file, env, { ...options, forceLocal: backend === 'local' });
    setLargeOutput('plan', JSON.stringify(ready.plan), {
      smaller: () => JSON.stringify({ ...ready.plan, jobs: undefined }),
    });
    if (command === 'plan' || booleanInput('dry-run', false)) {
      await appendSummary([{ title: 'the plan', markdown: renderPlanMarkdown(ready.plan) }], {
        rest: 'The whole plan is in the file the `plan-file` output names.',
      });
      return;
    }
    const where = planBackend(ready.plan);
    if (where.notInActions)
      throw new UserError(`${ready.file}: this action does not run ${where.name} experiments`, {
        hint: where.notInActions,
      });
    const signal = cancelSignal();
    // A run kept in S3 outlives the step: submitted, then waited for; one in a folder runs here.
    const driven =
      where.store === 's3' ? await submitAndWait(ready, env, signal) : await runInStep(ready, env, signal);
    await publishFromInputs(driven.report, driven.unfinished, env, {
      store: driven.store,
      submitted: !driven.local,
      failOnMissByDefault: true,
      keepReportDir: driven.local,
    });
  });
}
