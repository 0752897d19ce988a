import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AwsClients } from '../../src/adapters/aws/clients.js';
import type { Experiment } from '../../src/domain/experiment/experiment.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';
import type { RunManifest } from '../../src/ports/run-store.js';
import { BUCKET, fakeResult, planOf, putResults } from '../adapters/aws/batch-env.js';
import type { MotoServer } from '../support/moto-server.js';
import { ROOT } from './run-bundled.js';
import { parseManifest } from '../../src/domain/stored-run/format.js';

/** The aws-batch experiment of the action tests, its store, and the PR of the event fixtures. */
export const FILE = 'test/fixtures/actions/batch-pr.yaml';
export const STORE = 's3://bb-results/experiments/';
export const PR_HEAD = 'abcdef0123456789abcdef0123456789abcdef01';
export const PUSH_EVENT = path.join(ROOT, 'test/fixtures/actions/events/push.json');
export const PUSH_SHA = '2222222222222222222222222222222222222222';

/** What a runner's step sees after aws-actions/configure-aws-credentials, pointed at moto. */
export function awsEnv(moto: MotoServer): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
  };
}

/** The env of a step of a workflow run on a pull_request event (PR #42 into main). */
export const PR_STEP = {
  event: 'pull_request.opened.json',
  eventName: 'pull_request',
  env: { GITHUB_REF: 'refs/pull/42/merge' },
};

/** The env of a step of a workflow run on a push to main. */
export const PUSH_STEP = {
  event: PUSH_EVENT,
  eventName: 'push',
  env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: PUSH_SHA },
};

/**
 * What the container runner uploads for every job of a run of FILE. moto's Batch without Docker
 * runs no container and ends jobs at once, so the results are put in place before the submission,
 * where the submitted jobs (array index i = the cell's i-th planned job) find them.
 */
export async function completeJobs(clients: AwsClients, runId: string): Promise<void> {
  const experiment = validateExperimentText(readFileSync(path.join(ROOT, FILE), 'utf8'), FILE)
    .value as Experiment;
  const byCell = new Map<string, string[]>();
  for (const job of planOf(experiment).jobs)
    byCell.set(job.cellId, [...(byCell.get(job.cellId) ?? []), job.id]);
  const results = [...byCell.values()].flatMap((ids) =>
    ids.map((jobId, i) => {
      // A reward near 0.5 in every job: short of the 0.9 the file asks for.
      const start = Date.now() - 10_000;
      return fakeResult(runId, jobId, 1, {
        arrayIndex: i,
        metrics: { reward: 0.5 + 0.01 * i },
        containerStartedAt: start,
        commandStartedAt: start + 100,
        commandEndedAt: start + 3_000 + 37 * i,
      });
    }),
  );
  // Where the runner writes: the jobs' own prefix, apart from the manifest the workflow writes.
  await putResults(clients, `experiments/_jobs/batch-pr/${runId}/`, results);
}

/** An object of the results bucket with what identifies its version, or undefined when absent. */
export async function storedObject(
  clients: AwsClients,
  key: string,
): Promise<{ text: string; etag?: string; modified?: number } | undefined> {
  try {
    const res = await clients.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    return {
      text: (await res.Body?.transformToString()) ?? '',
      ...(res.ETag ? { etag: res.ETag } : {}),
      ...(res.LastModified ? { modified: res.LastModified.getTime() } : {}),
    };
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

export async function keysUnder(clients: AwsClients, prefix: string): Promise<string[]> {
  const res = await clients.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return (res.Contents ?? []).map((o) => o.Key as string).sort();
}

export async function manifestOf(clients: AwsClients, runId: string): Promise<RunManifest> {
  const found = await storedObject(clients, `experiments/batch-pr/${runId}/manifest.json`);
  if (!found) throw new Error(`no manifest of ${runId}`);
  return parseManifest(found.text, runId);
}
