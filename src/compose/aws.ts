// The AWS Batch backend, built for the CLI and the actions alike. Loaded only when a run needs
// it (dynamic import): the SDK is most of a bundle, and a local run or a validate should not pay
// for loading it.
import { withImage, withTemplates } from '../domain/plan/stage-template.js';
import { BatchExecutor } from '../adapters/aws/batch/executor.js';
import { createAwsClients } from '../adapters/aws/clients.js';
import { retryPolicy } from '../adapters/aws/retry.js';
import { S3Io } from '../adapters/aws/s3-io.js';
import { parseS3Url } from '../adapters/aws/s3-location.js';
import { S3RunStore } from '../adapters/aws/s3-run-store.js';
import type { Plan } from '../domain/plan/plan.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import { validateExperimentText } from '../domain/experiment/validate.js';
import { UserError } from '../domain/user-error.js';

/** A run kept in an S3 results store, with credentials from the environment. */
export function s3Store(url: string, env: NodeJS.ProcessEnv, experiment?: string, region?: string) {
  const clients = createAwsClients({ env, ...(region ? { region } : {}) });
  const store = new S3RunStore(clients.s3, url, experiment ? { experiment } : {});
  return { clients, store };
}

export interface BatchRunSettings {
  experiment: Experiment;
  plan: Plan;
  /** The results store; the file's results.store when absent. */
  storeUrl?: string;
  imageUri?: string;
  gitCommit?: string;
  /** 0: submit, look once and return (the submit action); absent: wait for every job. */
  deadlineMs?: number;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** A new run on AWS Batch: jobs on the file's queues, manifest and results in its store. */
export function batchBackend(s: BatchRunSettings) {
  const storeUrl = s.storeUrl ?? s.experiment.results.store;
  if (!storeUrl)
    throw new UserError(`${s.experiment.file}: an aws-batch run needs results.store (s3://bucket/prefix/)`, {
      file: s.experiment.file,
      hint: 'add results.store to the file (or give the store input of the action)',
    });
  const { clients, store } = s3Store(storeUrl, s.env, s.experiment.name, s.plan.jobs[0]?.compute.region);
  // An image given to the run is part of its plan, so a later collect submits with it too.
  const plan = withImage(s.plan, s.imageUri);
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    results: store.location,
    ...(s.gitCommit ? { gitCommit: s.gitCommit } : {}),
    ...(s.deadlineMs !== undefined ? { deadlineMs: s.deadlineMs } : {}),
    ...(s.experiment.budget.maxVcpus !== undefined ? { maxActiveVcpus: s.experiment.budget.maxVcpus } : {}),
    log: s.log,
  });
  return { clients, store, executor, storeUrl, plan };
}

export interface AttachSettings {
  storeUrl: string;
  runId: string;
  experiment?: string;
  /** The run's experiment when this step validated it already (submitted it just now). */
  validated?: Experiment;
  /** How long to wait for the run's jobs; absent: as the executor's default. */
  deadlineMs?: number;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/**
 * A run submitted earlier, from its manifest alone (the file may have changed since): its store
 * and an executor attached to its submissions, to collect, wait for or cancel them.
 */
export async function attachStoredRun(s: AttachSettings) {
  const { clients, store } = s3Store(s.storeUrl, s.env, s.experiment);
  const manifest = await store.readManifest(s.runId);
  const experiment =
    s.validated ?? validateExperimentText(manifest.experimentSource, manifest.experimentFile).value;
  const executor = new BatchExecutor({
    clients,
    store,
    // A run stored before plans carried their stages gets them from the file it was stored with.
    plan: withTemplates(manifest.plan, experiment),
    results: store.location,
    ...(s.deadlineMs !== undefined ? { deadlineMs: s.deadlineMs } : {}),
    log: s.log,
  });
  return { store, executor, manifest };
}

/** One object of S3 as text (a base branch's report.json), or undefined when there is none. */
export async function readS3Text(url: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const { bucket, prefix } = parseS3Url(url.endsWith('/') ? url : `${url}/`);
  const s3 = createAwsClients({ env }).s3;
  try {
    return await new S3Io(s3, bucket, retryPolicy()).get(prefix.replace(/\/$/, ''));
  } finally {
    s3.destroy();
  }
}
