// The AWS Batch wiring of a campaign window, shared by `batchbench campaign run` and the campaign
// action (through campaign-window.ts). Loaded only when a window
// runs on AWS Batch: the SDK is most of the bundle.
import { BatchExecutor, type BatchExecutorOptions } from '../adapters/aws/batch-executor.js';
import { createAwsClients, type AwsClients } from '../adapters/aws/clients.js';
import { retryPolicy } from '../adapters/aws/retry.js';
import { S3Io } from '../adapters/aws/s3-io.js';
import { S3RunStore } from '../adapters/aws/s3-run-store.js';
import { S3HistoryStore } from '../adapters/history-store.js';
import { RUN_FORMAT_VERSION } from '../app/stored-run.js';
import { campaignBatchPlan, windowJobs, type AttemptRuns, type BatchTarget } from '../app/campaign-run.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import type { CampaignPlan } from '../domain/campaign/plan-types.js';
import type { Plan } from '../domain/plan/plan.js';
import { UserError } from '../domain/user-error.js';

/**
 * A campaign window on AWS Batch: the executor submitting one array job per instance type x
 * variant, at most max-concurrent jobs at once, the attempt runs and the history in the
 * campaign's results store.
 */
export async function awsCampaign(
  args: {
    campaign: Campaign;
    plan: CampaignPlan;
    day: number;
    window: string;
    batch: BatchTarget;
    imageUri?: string;
  },
  io: { env: NodeJS.ProcessEnv; stderr: { write(text: string): unknown } },
  options: { clients?: AwsClients; poll?: BatchExecutorOptions['poll'] } = {},
) {
  const c = args.campaign;
  if (!c.results.store.startsWith('s3://'))
    throw new UserError(
      `${c.file}: a campaign on aws-batch keeps its runs and history in results.store, which must be s3://bucket/prefix/, not ${c.results.store}`,
    );
  const clients = options.clients ?? createAwsClients({ region: c.region, env: io.env });
  const store = new S3RunStore(clients.s3, c.results.store, { experiment: c.name });
  const { experiment, plan } = campaignBatchPlan(
    c,
    args.plan,
    windowJobs(args.plan, args.day, args.window),
    args.batch,
  );
  const executor = new BatchExecutor({
    clients,
    store,
    plan,
    experiment,
    maxActive: c.schedule.maxConcurrent,
    ...(args.imageUri ? { imageUri: args.imageUri } : {}),
    ...(options.poll ? { poll: options.poll } : {}),
    log: (line) => io.stderr.write(`${line}\n`),
  });
  const { bucket, prefix } = store.location;
  const objects = new S3Io(clients.s3, bucket, retryPolicy());
  const runs: AttemptRuns = {
    open: async (runId) => {
      if (!(await objects.exists(`${await store.runBase(runId)}manifest.json`))) {
        const now = new Date().toISOString();
        await store.create({
          formatVersion: RUN_FORMAT_VERSION,
          runId,
          experiment: c.name,
          experimentFile: c.file,
          experimentSource: '',
          backend: 'aws-batch',
          createdAt: now,
          updatedAt: now,
          status: 'running',
          plan,
        });
        return [];
      }
      const manifest = await store.readManifest(runId);
      const ids = (p: Plan) => p.jobs.map((j) => j.id).join('\n');
      if (ids(manifest.plan) !== ids(plan))
        throw new UserError(`run ${runId} in ${c.results.store} holds other jobs than this window's`, {
          hint: 'the campaign file changed since the window was submitted: cancel that run, or run the window again next week',
        });
      await store.updateManifest(runId, { status: 'running', updatedAt: new Date().toISOString() });
      return store.readRecords(runId);
    },
    finished: (runId, record) => store.appendRecord(runId, record),
    close: (runId, status) => store.updateManifest(runId, { status, updatedAt: new Date().toISOString() }),
  };
  const history = new S3HistoryStore(objects, prefix);
  return { clients, store, executor, history, runs };
}
