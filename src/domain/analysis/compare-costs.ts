import { plural } from '../report/format.js';
import { storageCost, transferCost } from '../cost/extra-costs.js';
import { sumKnown } from '../cost/known-sum.js';
import type { PriceTable } from '../cost/price-table.js';
import type { Plan, PlannedJob } from '../plan/plan.js';
import type { CostBreakdown } from '../report/model.js';
import type { JobRecord } from '../results/job-record.js';
import type { Experiment } from '../experiment/experiment.js';
import { recordCost } from './record-cost.js';

/** Another configuration of the same experiment (a `compare:` entry), planned from the file with its overrides. */
export interface CostVariant {
  name: string;
  experiment: Experiment;
  plan: Plan;
}

/**
 * What the measured run would have cost under each variant: the same attempts and run times,
 * priced on the variant's compute, plus the variant's storage and transfer. Jobs are matched by
 * id, which a variant keeps as long as its override does not change the matrix or the stages.
 */
export function compareCosts(args: {
  variants: readonly CostVariant[];
  billed: readonly { record: JobRecord; job: PlannedJob }[];
  prices: PriceTable;
  baseTotalUsd: number | null;
}): { compare: CostBreakdown['compare']; warnings: string[] } {
  const warnings: string[] = [];
  const compare = args.variants.map((variant) => {
    const jobs = new Map(variant.plan.jobs.map((j) => [j.id, j]));
    const parts: (number | null)[] = [];
    let unmatched = 0;
    for (const { record, job } of args.billed) {
      const other = jobs.get(job.id);
      if (!other) {
        unmatched++;
        continue;
      }
      // What ran stays what ran: only the compute it is priced on changes.
      const c = recordCost(args.prices, { ...record, instanceType: undefined, capacity: undefined }, other);
      parts.push(c.basis === 'none' ? null : c.usd);
    }
    const region = variant.experiment.stages[0]?.compute.region ?? 'us-east-1';
    for (const spec of variant.experiment.costs.storage) {
      const c = storageCost(args.prices, region, spec);
      parts.push(c.known ? c.usd : null);
    }
    const transfer = transferCost(args.prices, region, variant.experiment.costs.transferOutBytes);
    parts.push(transfer.known ? transfer.usd : null);
    const usd = sumKnown(parts);
    if (unmatched > 0) {
      warnings.push(
        `compare ${variant.name}: ${plural(unmatched, 'job')} of the run ${unmatched === 1 ? 'has' : 'have'} no counterpart in it and ${unmatched === 1 ? 'is' : 'are'} not priced`,
      );
    }
    const deltaUsd = usd === null || args.baseTotalUsd === null ? null : usd - args.baseTotalUsd;
    return { name: variant.name, usd, deltaUsd };
  });
  return { compare, warnings };
}
