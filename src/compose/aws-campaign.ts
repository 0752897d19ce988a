// A campaign's runs and history in its S3 results store, for a window on a backend that keeps
// its runs in S3 (through campaign-backend.ts). Loaded only then: the SDK is most of the bundle.
import { createAwsClients, type AwsClients } from '../adapters/aws/clients.js';
import { retryPolicy } from '../adapters/aws/retry.js';
import { S3Io } from '../adapters/aws/s3-io.js';
import { S3RunStore } from '../adapters/aws/s3-run-store.js';
import { S3HistoryStore } from '../adapters/history-store.js';
import type { Campaign } from '../domain/campaign/campaign.js';

/** The run store and the history under the campaign's results.store (s3://bucket/prefix/). */
export function s3CampaignStores(c: Campaign, env: NodeJS.ProcessEnv, clients?: AwsClients) {
  const s3 = (clients ?? createAwsClients({ region: c.region, env })).s3;
  const store = new S3RunStore(s3, c.results.store, { experiment: c.name });
  const { bucket, prefix } = store.location;
  const history = new S3HistoryStore(new S3Io(s3, bucket, retryPolicy()), prefix);
  return { store, history };
}
