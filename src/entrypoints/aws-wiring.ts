import { BatchExecutor } from '../adapters/aws/batch/executor.js';
import { createAwsClients, type AwsClients } from '../adapters/aws/clients.js';
import { S3RunStore } from '../adapters/aws/s3-run-store.js';
import * as runner from '../adapters/github/runner-io.js';
import { withTemplates } from '../domain/plan/stage-template.js';
import { validateExperimentText } from '../domain/spec/validate.js';
import type { RunManifest } from '../ports/run-store.js';

/** Adapters for a run kept in an S3 results store, with credentials from the runner's environment. */
export function s3Run(url: string, env: NodeJS.ProcessEnv, experiment?: string) {
  const clients = createAwsClients({ env });
  const store = new S3RunStore(clients.s3, url, experiment ? { experiment } : {});
  return { clients, store };
}

/** An executor that attaches to a run's submissions from its manifest alone (collect, wait, cancel). */
export function attachedExecutor(
  clients: AwsClients,
  store: S3RunStore,
  manifest: RunManifest,
  extra: { deadlineMs?: number } = {},
): BatchExecutor {
  const experiment = validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  return new BatchExecutor({
    clients,
    store,
    // A run stored before plans carried their stages gets them from the file it was stored with.
    plan: withTemplates(manifest.plan, experiment),
    results: store.location,
    ...extra,
    log: (line) => runner.info(line),
  });
}
