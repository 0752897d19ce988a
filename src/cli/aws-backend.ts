// The AWS Batch wiring, loaded only when a command needs it: the SDK is most of the CLI bundle, and
// a local run or a validate should not pay for loading it.
import { BatchExecutor } from '../adapters/aws/batch/executor.js';
import { createAwsClients } from '../adapters/aws/clients.js';
import { S3RunStore } from '../adapters/aws/s3-run-store.js';
import type { Plan } from '../domain/plan/plan.js';
import type { Experiment } from '../domain/spec/experiment.js';
import { withTemplates } from '../domain/plan/stage-template.js';
import { validateExperimentText } from '../domain/spec/validate.js';
import { single, usageError } from './flags.js';
import type { Io } from './io.js';
import { escapeTerminal } from '../domain/terminal-text.js';

/** The AWS Batch backend: results and manifest in the file's results.store, jobs on its queues. */
export function awsBatch(experiment: Experiment, plan: Plan, io: Io, gitCommit?: string) {
  if (!experiment.results.store)
    throw usageError('run', 'an aws-batch run needs results.store (s3://bucket/prefix/) in the file');
  const clients = createAwsClients({ region: plan.jobs[0]?.compute.region, env: io.env });
  const store = new S3RunStore(clients.s3, experiment.results.store, { experiment: experiment.name });
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    results: store.location,
    ...(gitCommit ? { gitCommit } : {}),
    log: (line) => io.stderr.write(`${escapeTerminal(line)}\n`),
  });
  return { clients, store, executor };
}

/** collect and cancel work from the run's manifest alone: the file may have changed since. */
export async function storedRun(args: string[], storeUrl: string | undefined, io: Io, command: string) {
  const runId = single(args, command, 'run id');
  const url = storeUrl ?? io.env.BATCHBENCH_STORE;
  if (!url)
    throw usageError(command, `${command} needs --store s3://bucket/prefix/ (the file's results.store)`);
  const clients = createAwsClients({ env: io.env });
  const store = new S3RunStore(clients.s3, url);
  const manifest = await store.readManifest(runId);
  const experiment = validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  const executor = new BatchExecutor({
    clients,
    store,
    // A run stored before plans carried their stages gets them from the file it was stored with.
    plan: withTemplates(manifest.plan, experiment),
    results: store.location,
    log: (line) => io.stderr.write(`${escapeTerminal(line)}\n`),
  });
  return { runId, store, executor };
}
