import { UserError } from '../../../domain/user-error.js';
import type { BackendFactory } from '../../../ports/backend.js';
import { createAwsClients } from '../clients.js';
import { parseS3Url } from '../s3-location.js';
import { BatchExecutor } from './executor.js';

/** The AWS Batch backend from the registry's setup (src/adapters/backends.ts); credentials from the standard chain. */
export const createBatchBackend: BackendFactory = (setup) => {
  if (!setup.resultsStore?.startsWith('s3://'))
    throw new UserError('an aws-batch run needs results.store (s3://bucket/prefix/) in the file', {
      hint: 'add results.store: s3://bucket/prefix/ to the experiment file',
    });
  return new BatchExecutor({
    clients: createAwsClients({ region: setup.plan.jobs[0]?.compute.region, env: setup.env }),
    store: setup.store,
    results: parseS3Url(setup.resultsStore),
    plan: setup.plan,
    log: setup.log,
    ...(setup.gitCommit ? { gitCommit: setup.gitCommit } : {}),
    ...(setup.deadlineMs !== undefined ? { deadlineMs: setup.deadlineMs } : {}),
    ...(setup.maxActive !== undefined ? { maxActive: setup.maxActive } : {}),
    ...(setup.maxVcpus !== undefined ? { maxActiveVcpus: setup.maxVcpus } : {}),
  });
};
