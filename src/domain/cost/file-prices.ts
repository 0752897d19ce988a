import { parseSize } from '../experiment/units.js';
import type { InstancePrice, PriceTable } from './price-table.js';

/** What a file says of an instance type the price table lacks (costs.instance-types), normalised. */
export interface FileInstanceType {
  vcpus: number;
  memoryGiB: number;
  gpus: number;
  onDemandHourly: number;
  spotHourly?: number;
}

/**
 * The price table with the file's own instance types added in every region (a file's price is
 * its author's, whatever the region): one table, so every cost goes through the one formula.
 */
export function withFileInstanceTypes(
  table: PriceTable,
  own: Readonly<Record<string, FileInstanceType>>,
): PriceTable {
  if (Object.keys(own).length === 0) return table;
  const added = Object.fromEntries(Object.entries(own).map(([name, t]) => [name, asInstancePrice(t)]));
  const regions = Object.fromEntries(
    Object.entries(table.regions).map(([region, r]) => [region, { ...r, ec2: { ...r.ec2, ...added } }]),
  );
  return { ...table, regions };
}

function asInstancePrice(t: FileInstanceType): InstancePrice {
  return {
    vcpus: t.vcpus,
    memoryGiB: t.memoryGiB,
    gpus: t.gpus,
    arch: 'x86_64',
    cpu: 'unknown',
    onDemandHourly: t.onDemandHourly,
    spotHourlyTypical: t.spotHourly ?? null,
  };
}

/** costs.instance-types of a file as written (before normalising), for validation. */
export function fileInstanceTypes(data: Record<string, unknown>): Record<string, InstancePrice> {
  const costs = data.costs as Record<string, unknown> | undefined;
  const raw = costs?.['instance-types'];
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, InstancePrice> = {};
  for (const [name, v] of Object.entries(raw as Record<string, Record<string, unknown>>)) {
    if (typeof v !== 'object' || v === null || typeof v.vcpus !== 'number') continue;
    const bytes = parseSize(v.memory as string | number);
    out[name] = asInstancePrice({
      vcpus: v.vcpus,
      memoryGiB: bytes === undefined ? Infinity : bytes / 1024 ** 3,
      gpus: typeof v.gpus === 'number' ? v.gpus : 0,
      onDemandHourly: typeof v['on-demand-hourly'] === 'number' ? v['on-demand-hourly'] : 0,
    });
  }
  return out;
}
