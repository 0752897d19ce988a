import type { StorageCostSpec } from '../experiment/experiment.js';
import type { PriceTable } from './price-table.js';

const GB = 1e9;
/** AWS prices storage per GB-month and counts a month as 730 hours. */
const HOURS_PER_MONTH = 730;

export interface ExtraCost {
  usd: number;
  known: boolean;
  note?: string;
}

/** Storage held for `hours` (a month when absent), priced per GB-month. */
export function storageCost(prices: PriceTable, region: string, spec: StorageCostSpec): ExtraCost {
  const r = prices.regions[region];
  const perGbMonth =
    spec.kind === 's3'
      ? r?.s3?.standardGbMonth
      : spec.kind === 'fsx-lustre'
        ? r?.fsxLustre?.scratch2GbMonth
        : undefined;
  if (perGbMonth == null) {
    return { usd: 0, known: false, note: `no ${spec.kind} price for ${region} in the price table` };
  }
  const months = (spec.hours ?? HOURS_PER_MONTH) / HOURS_PER_MONTH;
  return { usd: (spec.sizeBytes / GB) * perGbMonth * months, known: true };
}

/** Data transfer out to the internet at the first-tier rate (the free 100 GB a month is not assumed). */
export function transferCost(prices: PriceTable, region: string, bytes: number): ExtraCost {
  if (bytes <= 0) return { usd: 0, known: true };
  const perGb = prices.regions[region]?.dataTransferOutGb;
  if (perGb == null) return { usd: 0, known: false, note: `no data transfer price for ${region}` };
  return { usd: (bytes / GB) * perGb, known: true };
}
