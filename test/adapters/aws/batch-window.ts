import { BatchExecutor } from '../../../src/adapters/aws/batch/executor.js';
import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { parseS3Url } from '../../../src/adapters/aws/s3-location.js';
import { runCampaignWindow, type BatchTarget, type WindowArgs } from '../../../src/app/campaign-run.js';
import { campaignBackend, type CampaignSeams } from '../../../src/compose/campaign-backend.js';
import { s3CampaignStores } from '../../../src/compose/aws-campaign.js';
import type { PriceTable } from '../../../src/domain/cost/price-table.js';
import type { Progress } from '../../../src/ports/progress.js';
import { silentProgress } from './silent-progress.js';

/**
 * The registry's aws-batch backend as campaign-backend.ts makes it, on these (moto) clients and
 * polling fast: what a test replaces of the wiring, and nothing else.
 */
export function batchSeams(clients: AwsClients): CampaignSeams {
  return {
    make: async (_name, setup) =>
      new BatchExecutor({
        clients,
        store: setup.store,
        plan: setup.plan,
        results: parseS3Url(setup.resultsStore as string),
        log: setup.log,
        ...(setup.maxActive !== undefined ? { maxActive: setup.maxActive } : {}),
        poll: { minMs: 20, maxMs: 100 },
      }),
    s3Stores: async (c) => s3CampaignStores(c, {}, clients),
  };
}

type BatchWindowArgs = Omit<WindowArgs, 'target'> & { batch: BatchTarget; imageUri?: string };

/**
 * One campaign window on AWS Batch (moto), wired through the composition root as actions/campaign
 * and `campaign run` wire it (campaign-backend.ts), under the run id given; its log lines are
 * collected.
 */
export async function runBatchWindow(
  args: BatchWindowArgs,
  deps: {
    clients: AwsClients;
    prices: PriceTable;
    sleep?: (ms: number) => Promise<void>;
    backoffMs?: number;
    /** Where the backend's lines and the progress's log lines go (a fresh list when absent). */
    lines?: string[];
    progress?: Progress;
  },
) {
  const lines = deps.lines ?? [];
  const target = { backend: 'aws-batch', label: 'AWS Batch', batch: args.batch };
  const made = await campaignBackend(
    {
      ...args,
      target,
      historyDirName: '--history-dir',
      runsDir: '.batchbench/runs',
      cwd: process.cwd(),
      env: {},
      log: (line) => void lines.push(line),
    },
    batchSeams(deps.clients),
  );
  const outcome = await runCampaignWindow(
    { ...args, target },
    {
      executor: made.backend,
      history: made.history,
      runs: made.runs,
      prices: deps.prices,
      progress: deps.progress ?? silentProgress(lines),
      now: Date.now,
      sleep: deps.sleep ?? (async () => undefined),
      signal: new AbortController().signal,
      ...(deps.backoffMs !== undefined ? { backoffMs: deps.backoffMs } : {}),
    },
  );
  return { outcome, lines, backend: { ...made, executor: made.backend } };
}
