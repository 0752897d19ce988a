import { sumKnown } from '../domain/cost/known-sum.js';
import type { Campaign } from '../domain/campaign/campaign.js';
import { entriesFromRecords, type HistoryEntry, type HistoryStore } from '../domain/campaign/history.js';
import type { CampaignJob } from '../domain/campaign/plan-types.js';
import { jobCost } from '../domain/cost/job-cost.js';
import { pricedCpus } from '../domain/campaign/machines.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { JobRecord } from '../domain/results/job-record.js';
import { computeOf, type CampaignTarget } from './campaign-jobs.js';

/**
 * Records of jobs the runner saw on another instance type than their own: they measured that
 * type, so their samples would be compared under the wrong name. Returns them and the warning.
 */
export function misplacedRecords(
  records: readonly JobRecord[],
  byId: ReadonlyMap<string, CampaignJob>,
): { misplaced: Set<JobRecord>; warning?: string } {
  const misplaced = new Set(
    records.filter((r) => r.instanceType !== undefined && r.instanceType !== byId.get(r.jobId)?.instanceType),
  );
  if (misplaced.size === 0) return { misplaced };
  const shown = [...misplaced].slice(0, 3).map((r) => `${r.jobId} on ${r.instanceType}`);
  const warning =
    `${misplaced.size} job${misplaced.size === 1 ? '' : 's'} ran on another instance type than ` +
    `${misplaced.size === 1 ? 'its own' : 'their own'} (${shown.join(', ')}${misplaced.size > 3 ? ', ...' : ''}): ` +
    'their samples are left out of the history';
  return { misplaced, warning };
}

/**
 * Adds this window's samples to the history, once: a window run again once it finished (its
 * workflow re-run) adds nothing twice. Returns the history the week is compared with and what was added.
 */
export async function recordHistory(
  history: HistoryStore,
  jobs: readonly CampaignJob[],
  entries: readonly HistoryEntry[],
): Promise<{ all: HistoryEntry[]; fresh: HistoryEntry[] }> {
  const before: HistoryEntry[] = [];
  for (const key of new Set(jobs.map((j) => `${j.instanceType}\n${j.variant}`))) {
    const [instanceType, variant] = key.split('\n') as [string, string];
    before.push(...(await history.load(instanceType, variant)));
  }
  const fresh = entries.filter(
    (e) =>
      !before.some(
        (b) =>
          b.runId === e.runId &&
          b.instanceType === e.instanceType &&
          b.benchmark === e.benchmark &&
          b.date === e.date,
      ),
  );
  if (fresh.length > 0) await history.append(fresh);
  return { all: [...before, ...fresh], fresh };
}

/** The window's history entries: the deciding records, less the misplaced ones. */
export function windowEntries(
  jobs: readonly CampaignJob[],
  records: readonly JobRecord[],
  misplaced: ReadonlySet<JobRecord>,
  week: string,
  runId: string,
): HistoryEntry[] {
  return entriesFromRecords(
    jobs,
    records.filter((r) => !misplaced.has(r)),
    week,
    runId,
  );
}

/**
 * What every attempt cost by the one job-cost formula: an EC2 job on its whole instance type (a
 * campaign job asks for all of it) at the capacity it ran on (a Spot job that fell back ran
 * on-demand); a node type's job by its price for the cores it asked. Null when any attempt
 * cannot be priced: unknown is not $0.
 */
export function windowCost(
  c: Campaign,
  prices: PriceTable,
  tries: readonly JobRecord[],
  byId: ReadonlyMap<string, CampaignJob>,
  target: CampaignTarget,
): number | null {
  let usd = 0;
  for (const r of tries) {
    const job = byId.get(r.jobId);
    const vcpus = job ? pricedCpus(job, c) : null;
    if (!job || vcpus === null) return null;
    const capacity = r.capacity ?? (job.capacity === 'on-demand' ? 'on-demand' : 'spot');
    const cost = jobCost({
      prices,
      compute: { ...computeOf(job, c, '', target), capacity, tags: {} },
      vcpus,
      memoryBytes: 0,
      seconds: (r.stoppedAt - r.startedAt) / 1000,
    });
    if (!cost.known) return null;
    usd += cost.usd;
  }
  return usd;
}

/** The jobs' estimated cost, or null when the price table lacks one of them. */
export function estimatedCost(jobs: readonly CampaignJob[]): number | null {
  return sumKnown(jobs.map((j) => j.estimatedUsd));
}
