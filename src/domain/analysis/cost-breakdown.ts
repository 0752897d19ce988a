import { storageCost, transferCost } from '../cost/extra-costs.js';
import { priceBasisLine, type PriceTable } from '../cost/price-table.js';
import type { CostBreakdown } from '../report/model.js';
import type { Experiment } from '../spec/experiment.js';
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

  const byStage: CostBreakdown['byStage'] = {};
  for (const stage of experiment.stages)
    byStage[stage.name] = { compute: 0, storage: 0, network: 0, total: 0 };
  const priced = cells.filter((c) => c.report.cost.basis !== 'none');
  for (const cell of priced) {
    const entry = (byStage[cell.report.stage] ??= { compute: 0, storage: 0, network: 0, total: 0 });
    entry.compute += cell.report.cost.usd;
    entry.total += cell.report.cost.usd;
  }

  let storage = 0;
  for (const spec of experiment.costs.storage) {
    const c = storageCost(prices, region, spec);
    storage += c.usd;
    if (!c.known) warnings.push(`cost: ${c.note ?? `${spec.kind} storage is not priced`}; counted as $0`);
  }
  const transfer = transferCost(prices, region, experiment.costs.transferOutBytes);
  if (!transfer.known)
    warnings.push(`cost: ${transfer.note ?? 'data transfer is not priced'}; counted as $0`);
  const network = transfer.usd;

  const compute = priced.reduce((s, c) => s + c.report.cost.usd, 0);
  const totalUsd = compute + storage + network;
  const onDemandCompute = priced.reduce((s, c) => s + (c.report.cost.onDemandUsd ?? c.report.cost.usd), 0);
  const everySpot = priced.length > 0 && priced.every((c) => c.report.cost.spotUsd !== undefined);
  const spotCompute = priced.reduce((s, c) => s + (c.report.cost.spotUsd ?? 0), 0);
  const items = cells.reduce((s, c) => s + c.items, 0);
  const basis: CostBreakdown['basis'] =
    priced.length === 0
      ? 'none'
      : priced.some((c) => c.report.cost.basis === 'cloud-equivalent')
        ? 'cloud-equivalent'
        : 'measured';

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

  return {
    cost: {
      totalUsd,
      byStage,
      byComponent: { compute, storage, network },
      onDemandUsd: onDemandCompute + storage + network,
      ...(everySpot ? { spotUsd: spotCompute + storage + network } : {}),
      ...(items > 0 && basis !== 'none' ? { perItemUsd: totalUsd / items } : {}),
      compare: [],
      basis,
      priceSnapshot: priceBasisLine(prices, region),
    },
    warnings,
  };
}
