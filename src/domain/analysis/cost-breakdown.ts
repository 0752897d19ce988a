import { storageCost, transferCost } from '../cost/extra-costs.js';
import { sumKnown } from '../cost/known-sum.js';
import { runPriceBasis } from '../cost/job-cost.js';
import { priceBasisLine, type PriceTable } from '../cost/price-table.js';
import type { CostBreakdown } from '../report/model.js';
import type { Experiment } from '../experiment/experiment.js';
import type { CellAnalysis } from './cell-analysis.js';

/**
 * The run's cost by stage and by component. `byStage` holds each stage's compute; storage and
 * network are declared for the whole experiment (`costs:`), so they appear in `byComponent`
 * and the totals and are not split among stages by a guess. On-demand and Spot totals price
 * the same measured run times both ways and include the same storage and network.
 */
export function costBreakdown(args: {
  experiment: Experiment;
  cells: readonly CellAnalysis[];
  prices: PriceTable;
}): { cost: CostBreakdown; warnings: string[] } {
  const { experiment, cells, prices } = args;
  const warnings: string[] = [];
  const region = experiment.stages[0]?.compute.region ?? 'us-east-1';

  // A cell that ran where the table has no price makes every total it is part of unknown;
  // local cells without an instance type are not priced at all (they are not part of a bill).
  const priced = cells.filter((c) => c.report.cost.basis !== 'none');
  const unpricedCloud = cells.filter((c) => c.report.cost.basis === 'none' && c.report.backend !== 'local');
  const cellUsd = (c: CellAnalysis) => (c.report.cost.basis === 'none' ? null : c.report.cost.usd);
  const counted = [...priced, ...unpricedCloud];
  const byStage: CostBreakdown['byStage'] = {};
  for (const stage of experiment.stages) {
    const compute = sumKnown(counted.filter((c) => c.report.stage === stage.name).map(cellUsd));
    byStage[stage.name] = { compute, storage: 0, network: 0, total: compute };
  }

  const storageCosts = experiment.costs.storage.map((spec) => storageCost(prices, region, spec));
  for (const [i, c] of storageCosts.entries()) {
    const kind = experiment.costs.storage[i]?.kind ?? 'storage';
    if (!c.known) warnings.push(`cost: ${c.note ?? `${kind} storage is not priced`}; the total is unknown`);
  }
  const storage = sumKnown(storageCosts.map((c) => (c.known ? c.usd : null)));
  const transfer = transferCost(prices, region, experiment.costs.transferOutBytes);
  if (!transfer.known)
    warnings.push(`cost: ${transfer.note ?? 'data transfer is not priced'}; the total is unknown`);
  const network = transfer.known ? transfer.usd : null;
  if (unpricedCloud.length > 0) {
    warnings.push(
      `cost: ${unpricedCloud.length} cell${unpricedCloud.length === 1 ? '' : 's'} ran where the price table has no price; the total is unknown`,
    );
  }

  const compute = priced.length === 0 ? null : sumKnown(counted.map(cellUsd));
  const totalUsd = sumKnown([compute, storage, network]);
  const onDemandCompute = sumKnown(
    counted.map((c) =>
      c.report.cost.basis === 'none' ? null : (c.report.cost.onDemandUsd ?? c.report.cost.usd),
    ),
  );
  const everySpot = priced.length > 0 && counted.every((c) => c.report.cost.spotUsd !== undefined);
  const spotCompute = sumKnown(counted.map((c) => c.report.cost.spotUsd));
  const items = cells.reduce((s, c) => s + c.items, 0);
  const basis: CostBreakdown['basis'] =
    priced.length === 0
      ? 'none'
      : priced.some((c) => c.report.cost.basis === 'cloud-equivalent')
        ? 'cloud-equivalent'
        : 'measured';

  warnings.push(...localPricingNotes(cells, priced, basis));

  return {
    cost: {
      totalUsd,
      byStage,
      byComponent: { compute, storage, network },
      onDemandUsd: priced.length === 0 ? null : sumKnown([onDemandCompute, storage, network]),
      ...(everySpot ? { spotUsd: sumKnown([spotCompute, storage, network]) } : {}),
      ...(items > 0 && totalUsd !== null ? { perItemUsd: totalUsd / items } : {}),
      compare: [],
      basis,
      priceSnapshot: runPriceBasis(
        cells.map((c) => c.priceBasis),
        priceBasisLine(prices, region),
      ),
    },
    warnings,
  };
}

/** What a report says about local cells' prices: priced as if on a cloud type, or not at all. */
function localPricingNotes(
  cells: readonly CellAnalysis[],
  priced: readonly CellAnalysis[],
  basis: CostBreakdown['basis'],
): string[] {
  const warnings: string[] = [];
  if (basis === 'cloud-equivalent') {
    const types = [
      ...new Set(
        priced.flatMap((c) =>
          c.report.backend === 'local' && c.report.instanceType ? [c.report.instanceType] : [],
        ),
      ),
    ];
    warnings.push(
      `cost: local runs are priced as if they had run on ${types.join(', ')} (cloud-equivalent); ` +
        'no money was spent on them',
    );
  }
  const unpricedLocal = cells.some((c) => c.report.backend === 'local' && c.report.cost.basis === 'none');
  if (unpricedLocal) {
    warnings.push(
      'cost: local cells without compute.instance-type are not priced (set one to see a cloud-equivalent cost)',
    );
  }
  return warnings;
}
