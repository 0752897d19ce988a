import { UserError } from '../user-error.js';

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

export interface PriceTable {
  snapshot: string;
  currency: string;
  regions: Record<string, RegionPrices>;
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
  return t as PriceTable;
}

export function instancePrice(
  table: PriceTable,
  region: string,
  instanceType: string,
): InstancePrice | undefined {
  return table.regions[region]?.ec2[instanceType];
}
