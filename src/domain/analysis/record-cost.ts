import { jobCost } from '../cost/job-cost.js';
import type { PriceTable } from '../cost/price-table.js';
import type { JobCompute, PlannedJob } from '../plan/plan.js';
import type { CellCost } from '../report/model.js';
import type { JobRecord } from '../results/job-record.js';

export interface RecordCost {
  usd: number;
  onDemandUsd?: number;
  spotUsd?: number;
  basis: CellCost['basis'];
  /** Why the attempt could not be priced, when it could not. */
  note?: string;
}

/**
 * What one attempt cost: its running time (start to stop; waiting in the queue is not billed)
 * priced on what it actually ran on. AWS Batch may pick another instance type or fall back
 * from Spot, and the record says so; otherwise the planned compute applies. A local run is
 * priced as the same job would cost on the planned instance type ("cloud-equivalent"), and is
 * not priced at all without one.
 */
export function recordCost(prices: PriceTable, record: JobRecord, job: PlannedJob): RecordCost {
  const local = job.compute.backend === 'local';
  // A copy only when the record says it ran on something else: reports price 100,000 records.
  const compute: JobCompute =
    local || (!record.instanceType && !record.capacity)
      ? job.compute
      : {
          ...job.compute,
          ...(record.instanceType ? { instanceType: record.instanceType } : {}),
          ...(record.capacity ? { capacity: record.capacity } : {}),
        };
  if (local && !compute.instanceType) return { usd: 0, basis: 'none' };
  const cost = jobCost({
    prices,
    compute,
    vcpus: job.resources.vcpus,
    memoryBytes: job.resources.memoryBytes,
    gpus: job.resources.gpus,
    seconds: Math.max(0, record.stoppedAt - record.startedAt) / 1000,
  });
  if (!cost.known) {
    return { usd: 0, basis: 'none', note: cost.note ?? `no price for job ${record.jobId}` };
  }
  return {
    usd: cost.usd,
    ...(cost.onDemandUsd !== undefined ? { onDemandUsd: cost.onDemandUsd } : {}),
    ...(cost.spotUsd !== undefined ? { spotUsd: cost.spotUsd } : {}),
    basis: local ? 'cloud-equivalent' : 'measured',
  };
}

/** Adds attempt costs; a total has on-demand/Spot figures only when every part has them. */
export function sumCosts(costs: readonly RecordCost[]): CellCost {
  const priced = costs.filter((c) => c.basis !== 'none');
  if (priced.length === 0) return { usd: 0, basis: 'none' };
  const all = (pick: (c: RecordCost) => number | undefined): number | undefined =>
    priced.every((c) => pick(c) !== undefined)
      ? priced.reduce((s, c) => s + (pick(c) as number), 0)
      : undefined;
  const onDemandUsd = all((c) => c.onDemandUsd);
  const spotUsd = all((c) => c.spotUsd);
  return {
    usd: priced.reduce((s, c) => s + c.usd, 0),
    ...(onDemandUsd !== undefined ? { onDemandUsd } : {}),
    ...(spotUsd !== undefined ? { spotUsd } : {}),
    basis: priced.some((c) => c.basis === 'cloud-equivalent') ? 'cloud-equivalent' : 'measured',
  };
}
