import { BatchClient } from '@aws-sdk/client-batch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { S3Client } from '@aws-sdk/client-s3';
import { recordRequests } from './request-recorder.js';

export interface AwsClients {
  batch: BatchClient;
  s3: S3Client;
  logs: CloudWatchLogsClient;
  region: string;
}

export interface AwsClientOptions {
  /** The experiment's region; the standard chain (AWS_REGION, profile) decides when absent. */
  region?: string;
  /** One endpoint for every service (tests, a proxy). The SDK reads AWS_ENDPOINT_URL[_<SERVICE>] itself. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  env?: NodeJS.ProcessEnv;
}

/**
 * SDK clients from the standard credential and region chain. Retries are ours (retry.ts), with
 * injectable time and a check for duplicate submissions, so the SDK makes one attempt per call.
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const env = options.env ?? process.env;
  // batchbench supports Node 20 with the SDK version it ships; the SDK's notice that its versions
  // from 2027 will need Node 22 is nothing its user can act on, and it repeats per bundle. The SDK's
  // documented switch turns it off, unless the user has set it either way.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const common = {
    region,
    maxAttempts: 1,
    requestHandler: { requestTimeout: 60_000, connectionTimeout: 10_000, httpAgent: { maxSockets: 64 } },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  // S3 emulators and proxies answer on one host name: virtual-hosted bucket names do not resolve.
  const s3Override = options.endpoint ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  return {
    batch: recordRequests(new BatchClient(common), 'batch'),
    s3: recordRequests(
      new S3Client({ ...common, forcePathStyle: s3Override !== undefined && s3Override !== '' }),
      's3',
    ),
    logs: recordRequests(new CloudWatchLogsClient(common), 'logs'),
    region,
  };
}

export function destroyAwsClients(clients: AwsClients): void {
  clients.batch.destroy();
  clients.s3.destroy();
  clients.logs.destroy();
}
