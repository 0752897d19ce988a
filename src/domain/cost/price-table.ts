import { UserError } from '../user-error.js';
import { slurmPricesProblems, type SlurmPrices } from './slurm-price.js';

/**
 * The price table shipped in data/aws-prices.json (a user may point to a newer file with
 * --prices). Null means "no source found": it is never guessed, and a cost that needs it is
 * reported as unknown instead of zero.
 */
export interface InstancePrice {
  vcpus: number;
  memoryGiB: number;
  gpus: number;
  arch: 'x86_64' | 'arm64';
  cpu: 'intel' | 'amd' | 'graviton' | string;
  onDemandHourly: number | null;
  spotHourlyTypical: number | null;
}

export interface RegionPrices {
  ec2: Record<string, InstancePrice>;
  fargate?: {
    vcpuHourly: number | null;
    gbHourly: number | null;
    arm64VcpuHourly?: number | null;
    arm64GbHourly?: number | null;
    spotDiscount?: number | null;
  };
  s3?: { standardGbMonth: number | null; putPer1000?: number | null; getPer1000?: number | null };
  fsxLustre?: { scratch2GbMonth: number | null; persistent1_200GbMonth?: number | null };
  dataTransferOutGb?: number | null;
  cloudwatchLogsIngestGb?: number | null;
}

/** When the prices were taken, for the report's one-line cost basis. */
export interface PriceBasis {
  /** Date of the on-demand prices by region, e.g. "2026-07-20", or "undated". */
  onDemand: Record<string, string>;
  /** Date of the typical Spot savings. */
  spot?: string;
  /** Where a user can check each figure, e.g. data/aws-prices.SOURCES.md. */
  sources?: string;
}

export interface PriceTable {
  snapshot: string;
  basis?: PriceBasis;
  currency: string;
  regions: Record<string, RegionPrices>;
  /** A Slurm cluster's partitions, by name (the experiment file's compute.slurm.price wins). */
  slurm?: SlurmPrices;
}

/** Checks the shape of a price file so that a bad --prices file fails with a clear message. */
export function parsePriceTable(json: unknown, source: string): PriceTable {
  const fail = (what: string): never => {
    throw new UserError(`${source}: not a batchbench price table: ${what}`, {
      hint: 'a price table has the shape of data/aws-prices.json',
    });
  };
  if (typeof json !== 'object' || json === null) fail('expected a JSON object');
  const t = json as Partial<PriceTable>;
  if (typeof t.snapshot !== 'string') fail('"snapshot" (where and when the prices come from) is missing');
  if (t.basis !== undefined) {
    const b = t.basis as Partial<PriceBasis> | null;
    if (typeof b !== 'object' || b === null || typeof b.onDemand !== 'object' || b.onDemand === null)
      fail('"basis.onDemand" must map regions to dates');
    for (const k of ['spot', 'sources'] as const) {
      if (b![k] !== undefined && typeof b![k] !== 'string') fail(`"basis.${k}" must be a string`);
    }
  }
  if (t.currency !== 'USD') fail('"currency" must be "USD"');
  if (typeof t.regions !== 'object' || t.regions === null) fail('"regions" is missing');
  for (const [region, prices] of Object.entries(t.regions as Record<string, RegionPrices>)) {
    if (typeof prices?.ec2 !== 'object' || prices.ec2 === null) fail(`regions.${region}.ec2 is missing`);
    for (const [type, p] of Object.entries(prices.ec2)) {
      if (typeof p.vcpus !== 'number' || p.vcpus <= 0)
        fail(`regions.${region}.ec2.${type}.vcpus must be > 0`);
      for (const k of ['onDemandHourly', 'spotHourlyTypical'] as const) {
        if (p[k] !== null && (typeof p[k] !== 'number' || p[k] < 0))
          fail(`regions.${region}.ec2.${type}.${k} must be a number >= 0 or null`);
      }
    }
  }
  for (const problem of slurmPricesProblems(t.slurm)) fail(problem);
  return t as PriceTable;
}

export function instancePrice(
  table: PriceTable,
  region: string,
  instanceType: string,
): InstancePrice | undefined {
  return table.regions[region]?.ec2[instanceType];
}

/**
 * What a report's prices rest on, in one line: "EC2 on-demand us-east-1, 2026-07-20; Spot:
 * typical savings, 2025-06; see data/aws-prices.SOURCES.md". A table without `basis` (a
 * user's own file) is described by its whole `snapshot`, never a cut one.
 */
export function priceBasisLine(table: PriceTable, region: string): string {
  const basis = table.basis;
  if (basis == null) return table.snapshot;
  const date = basis.onDemand[region];
  return [
    `EC2 on-demand ${region}, ${date ?? 'no prices for this region'}`,
    basis.spot != null ? `Spot: typical savings, ${basis.spot}` : undefined,
    basis.sources != null ? `see ${basis.sources}` : undefined,
  ]
    .filter((part) => part != null)
    .join('; ');
}
