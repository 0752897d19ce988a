import type { AwsClients } from '../../../src/adapters/aws/clients.js';
import { runCampaignWindow } from '../../../src/app/campaign-run.js';
import type { PriceTable } from '../../../src/domain/cost/price-table.js';
import { awsCampaign } from '../../../src/compose/aws-campaign.js';
import { silentProgress } from './silent-progress.js';

type WindowArgs = Parameters<typeof awsCampaign>[0] & Parameters<typeof runCampaignWindow>[0];

/**
 * One campaign window on AWS Batch (moto), wired as actions/campaign and `campaign run` wire it,
 * with fast polling and no real sleeping; its log lines are collected.
 */
export async function runBatchWindow(
  args: WindowArgs,
  deps: {
    clients: AwsClients;
    prices: PriceTable;
    sleep?: (ms: number) => Promise<void>;
    backoffMs?: number;
  },
) {
  const lines: string[] = [];
  const backend = await awsCampaign(
    args,
    { env: {}, stderr: { write: (s: string) => lines.push(s) } },
    { clients: deps.clients, poll: { minMs: 20, maxMs: 100 } },
  );
  const outcome = await runCampaignWindow(args, {
    executor: backend.executor,
    history: backend.history,
    runs: backend.runs,
    prices: deps.prices,
    progress: silentProgress(lines),
    now: Date.now,
    sleep: deps.sleep ?? (async () => undefined),
    signal: new AbortController().signal,
    ...(deps.backoffMs !== undefined ? { backoffMs: deps.backoffMs } : {}),
  });
  return { outcome, lines, backend };
}
