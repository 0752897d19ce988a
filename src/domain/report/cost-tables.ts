/**
 * The cost section's text and tables, plain and unescaped like the other tables: the total
 * (or "unknown" and why, never $0 for a run without prices), its split by stage and
 * component, and the `compare:` alternatives.
 */
import { formatTotalUsd, formatUsd, formatUsdDelta, plural } from './format.js';
import type { CellReport, CostBreakdown } from './model.js';
import type { Table, TableCell } from './tables.js';

/** What the unpriced cells ran on, for "no prices for …". */
function unpricedWhat(cells: readonly CellReport[]): string {
  const types = [...new Set(cells.flatMap((c) => (c.instanceType != null ? [c.instanceType] : [])))];
  const untyped = cells.some((c) => c.instanceType == null);
  return [
    ...types.map((t) => `instance type ${t}`),
    ...(untyped ? ['cells without compute.instance-type'] : []),
  ].join(', ');
}

export function costSummaryLine(cost: CostBreakdown, cells: readonly CellReport[] = []): string {
  const unpriced = cells.filter((c) => c.cost.basis === 'none');
  // An unpriced run has an unknown cost, never $0.
  if (cost.basis === 'none')
    return `Total unknown (no prices for ${unpriced.length > 0 ? unpricedWhat(unpriced) : 'this run'})`;
  const parts = [
    `Total ${formatTotalUsd(cost.totalUsd)} (${basisText(cost.basis)})`,
    ...capacityParts(cost, cells),
  ];
  if (cost.perItemUsd != null) parts.push(`per item ${formatUsd(cost.perItemUsd)}`);
  if (unpriced.length > 0)
    parts.push(`not included: ${plural(unpriced.length, 'cell')} with no prices (${unpricedWhat(unpriced)})`);
  return parts.join(' · ');
}

/** A cell priced with an EC2 capacity (on-demand or Spot), as opposed to a price of its own. */
const hasCapacity = (c: CellReport) => c.cost.onDemandUsd !== undefined || c.cost.spotUsd !== undefined;

/**
 * The on-demand and Spot figures, only when some priced cell has that capacity: words of EC2
 * capacity say nothing of a run priced otherwise (a partition's price per core-hour), and a run
 * that mixes both says which cells the figures are about. Without cells (a summary alone), the
 * figures are shown as before.
 */
function capacityParts(cost: CostBreakdown, cells: readonly CellReport[]): string[] {
  const priced = cells.filter((c) => c.cost.basis !== 'none');
  const withCapacity = priced.filter(hasCapacity).length;
  if (priced.length > 0 && withCapacity === 0) return [];
  const parts = [`on-demand ${formatUsd(cost.onDemandUsd)}`, `Spot ${formatUsd(cost.spotUsd)}`];
  if (withCapacity < priced.length)
    parts.push(
      `on-demand/Spot prices apply to ${withCapacity} of ${plural(priced.length, 'priced cell')}; the others at their own price`,
    );
  return parts;
}

export function basisText(basis: CostBreakdown['basis']): string {
  switch (basis) {
    case 'measured':
      return 'measured run times';
    case 'cloud-equivalent':
      return 'local run priced as if on the cloud instance';
    case 'none':
      return 'no prices known';
  }
}

export function costByStageTable(cost: CostBreakdown): Table {
  const rows: TableCell[][] = Object.entries(cost.byStage).map(([stage, c]) => [
    stage,
    formatUsd(c.compute),
    formatUsd(c.storage),
    formatUsd(c.network),
    formatUsd(c.total),
  ]);
  const all = cost.byComponent;
  rows.push([
    'All stages',
    formatUsd(all.compute),
    formatUsd(all.storage),
    formatUsd(all.network),
    formatUsd(cost.totalUsd),
  ]);
  return {
    headers: ['Stage', 'Compute', 'Storage', 'Network', 'Total'],
    align: ['l', 'r', 'r', 'r', 'r'],
    rows,
  };
}

export function costCompareTable(cost: CostBreakdown): Table | undefined {
  if (cost.compare.length === 0) return undefined;
  return {
    headers: ['Alternative', 'Cost', 'Δ vs this run'],
    align: ['l', 'r', 'r'],
    rows: cost.compare.map((c) => [
      c.name,
      formatUsd(c.usd),
      {
        text: formatUsdDelta(c.deltaUsd),
        tone: c.deltaUsd === null ? 'warn' : c.deltaUsd < 0 ? 'good' : c.deltaUsd > 0 ? 'bad' : 'warn',
      },
    ]),
  };
}
