// S3 for the composition root: a run store in an S3 results store, one object as text. Loaded
// only when a run needs it (dynamic import): the SDK is most of a bundle, and a local run or a
// validate should not pay for loading it.
import { createAwsClients } from '../adapters/aws/clients.js';
import { retryPolicy } from '../adapters/aws/retry.js';
import { S3Io } from '../adapters/aws/s3-io.js';
import { parseS3Url } from '../adapters/aws/s3-location.js';
import { S3RunStore } from '../adapters/aws/s3-run-store.js';

/** A run kept in an S3 results store, with credentials from the environment. */
export function s3Store(url: string, env: NodeJS.ProcessEnv, experiment?: string, region?: string) {
  const clients = createAwsClients({ env, ...(region ? { region } : {}) });
  const store = new S3RunStore(clients.s3, url, experiment ? { experiment } : {});
  return { clients, store };
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
