import type { JobCost } from './job-cost.js';
import type { PriceTable } from './price-table.js';

/** What a partition costs, as a centre charges it: per node-hour or per core-hour (exactly one). */
export interface SlurmPrice {
  perNodeHour?: number;
  perCoreHour?: number;
}

/** The partition prices a prices file may carry (`"slurm": { "<partition>": { "perNodeHour": 2.4 } }`). */
export type SlurmPrices = Record<string, SlurmPrice>;

/**
 * The cost of one Slurm task that ran `hours`: the experiment file's price for its partition
 * first, else the prices file's for that partition, else unknown ("not priced", never $0).
 * Per core-hour charges the cores asked (--cpus-per-task, whole cores); per node-hour charges a
 * whole node for the task's time, as a partition that allocates whole nodes bills.
 */
export function slurmJobCost(args: {
  prices: PriceTable;
  partition: string | undefined;
  own: SlurmPrice | undefined;
  vcpus: number;
  hours: number;
}): JobCost {
  const { partition, hours } = args;
  const price = args.own ?? (partition === undefined ? undefined : args.prices.slurm?.[partition]);
  if (price?.perCoreHour !== undefined) {
    const usd = hours * Math.max(1, Math.ceil(args.vcpus)) * price.perCoreHour;
    return { usd, onDemandUsd: usd, known: true };
  }
  if (price?.perNodeHour !== undefined) {
    const usd = hours * price.perNodeHour;
    return { usd, onDemandUsd: usd, known: true };
  }
  return {
    usd: 0,
    known: false,
    note:
      `not priced: no price for Slurm partition ${partition ?? '(the cluster default)'} ` +
      '(compute.slurm.price, or a "slurm" section in the prices file)',
  };
}

/** Problems of a prices file's `slurm` section, each as `slurm.<partition>: what`. */
export function slurmPricesProblems(raw: unknown): string[] {
  if (raw === undefined) return [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return ['"slurm" must map partitions to { "perNodeHour": n } or { "perCoreHour": n }'];
  const out: string[] = [];
  for (const [partition, p] of Object.entries(raw as Record<string, Record<string, unknown>>)) {
    const keys = typeof p === 'object' && p !== null ? Object.keys(p) : [];
    const ok =
      keys.length === 1 &&
      ['perNodeHour', 'perCoreHour'].includes(keys[0] as string) &&
      typeof p[keys[0] as string] === 'number' &&
      (p[keys[0] as string] as number) >= 0;
    if (!ok) out.push(`slurm.${partition} must be { "perNodeHour": n } or { "perCoreHour": n } with n >= 0`);
  }
  return out;
}
