import type { JobCompute } from '../plan/plan.js';
import type { Capacity } from '../experiment/experiment.js';
import { instancePrice, type PriceTable } from './price-table.js';
import type { SlurmPrice } from './slurm-price.js';

export interface JobCost {
  /** At the capacity the job asked for (spot-then-on-demand is priced as spot). */
  usd: number;
  /**
   * At on-demand and typical Spot prices: only for prices with an EC2 capacity (instances,
   * Fargate); a price model without one (a partition's own price) leaves both absent.
   */
  onDemandUsd?: number;
  spotUsd?: number;
  /** Why a cost is unknown or approximate; absent when it is priced from the table as is. */
  note?: string;
  known: boolean;
}

const GIB = 1024 ** 3;
const HOUR = 3600;

/**
 * The compute cost of one job that ran `seconds`.
 *
 * EC2: AWS Batch packs jobs onto instances, so a job is charged its share of the instance,
 * max(vCPU share, memory share), never more than the whole instance. That is what a full
 * instance costs divided among the jobs that fill it; a half-empty instance costs more, which
 * the plan cannot know. Fargate: per vCPU-hour plus per GB-hour, as billed.
 */
export function jobCost(args: {
  prices: PriceTable;
  compute: JobCompute;
  vcpus: number;
  memoryBytes: number;
  gpus?: number;
  seconds: number;
}): JobCost {
  const { prices, compute, vcpus, memoryBytes, seconds } = args;
  const gpus = args.gpus ?? 0;
  const hours = Math.max(0, seconds) / HOUR;
  if (compute.backend === 'slurm')
    return slurmJobCost({
      prices,
      partition: compute.slurm?.partition,
      own: compute.slurm?.price,
      vcpus,
      hours,
    });
  if (compute.platform === 'fargate') {
    const f = prices.regions[compute.region]?.fargate;
    if (f?.vcpuHourly == null || f.gbHourly == null) {
      return { usd: 0, known: false, note: `no Fargate price for ${compute.region} in the price table` };
    }
    const onDemand = hours * (vcpus * f.vcpuHourly + (memoryBytes / GIB) * f.gbHourly);
    const spot = f.spotDiscount == null ? undefined : onDemand * (1 - f.spotDiscount);
    const usd = usesSpot(compute.capacity) && spot !== undefined ? spot : onDemand;
    const note =
      usesSpot(compute.capacity) && spot === undefined
        ? 'Fargate Spot discount is not published; priced at on-demand'
        : undefined;
    return { usd, onDemandUsd: onDemand, spotUsd: spot, known: true, ...(note ? { note } : {}) };
  }
  if (!compute.instanceType) return { usd: 0, known: false, note: 'no instance-type to price' };
  const p = instancePrice(prices, compute.region, compute.instanceType);
  if (!p) {
    return {
      usd: 0,
      known: false,
      note: `${compute.instanceType} in ${compute.region} is not in the price table`,
    };
  }
  const gpuShare = gpus > 0 ? (p.gpus > 0 ? gpus / p.gpus : Infinity) : 0;
  const share = Math.min(1, Math.max(vcpus / p.vcpus, memoryBytes / GIB / p.memoryGiB, gpuShare));
  const onDemand = p.onDemandHourly == null ? undefined : hours * share * p.onDemandHourly;
  const spot = p.spotHourlyTypical == null ? undefined : hours * share * p.spotHourlyTypical;
  const wanted = usesSpot(compute.capacity) ? spot : onDemand;
  if (wanted === undefined) {
    return {
      usd: 0,
      onDemandUsd: onDemand,
      spotUsd: spot,
      known: false,
      note: `no ${usesSpot(compute.capacity) ? 'Spot' : 'on-demand'} price for ${compute.instanceType} in ${compute.region}`,
    };
  }
  return { usd: wanted, onDemandUsd: onDemand, spotUsd: spot, known: true };
}

export function usesSpot(capacity: Capacity): boolean {
  return capacity === 'spot' || capacity === 'spot-then-on-demand';
}

/**
 * The line a report shows for what priced jobs on `compute` when their price model is not the
 * price table's instances (whose line is priceBasisLine's): a Slurm partition's own price, as the
 * EC2 line names the region and the prices' date. Undefined: the table's line applies.
 */
export function ownPriceBasis(prices: PriceTable, compute: JobCompute): string | undefined {
  if (compute.backend !== 'slurm') return undefined;
  const partition = compute.slurm?.partition;
  const own = compute.slurm?.price;
  const price = own ?? (partition === undefined ? undefined : prices.slurm?.[partition]);
  const where = `Slurm partition ${partition ?? '(the cluster default)'}`;
  const from = own ? 'compute.slurm.price' : 'the prices file';
  if (price?.perCoreHour !== undefined) return `${where}, $${price.perCoreHour} per core-hour (${from})`;
  if (price?.perNodeHour !== undefined) return `${where}, $${price.perNodeHour} per node-hour (${from})`;
  return `${where}, not priced`;
}

/**
 * A run's one-line price basis from its cells' (or jobs') own lines: each price model's own line
 * once, and the table's line when something is priced from the table, or nothing says otherwise.
 */
export function runPriceBasis(own: readonly (string | undefined)[], tableLine: string): string {
  const lines = [...new Set(own.filter((l): l is string => l !== undefined))];
  const fromTable = lines.length === 0 || own.some((l) => l === undefined);
  return [...lines, ...(fromTable ? [tableLine] : [])].join('; ');
}

/**
 * The cost of one Slurm task that ran `hours`: the experiment file's price for its partition
 * first, else the prices file's for that partition, else unknown ("not priced", never $0).
 * Per core-hour charges the cores asked (--cpus-per-task, whole cores); per node-hour charges a
 * whole node for the task's time, as a partition that allocates whole nodes bills.
 */
function slurmJobCost(args: {
  prices: PriceTable;
  partition: string | undefined;
  own: SlurmPrice | undefined;
  vcpus: number;
  hours: number;
}): JobCost {
  const { partition, hours } = args;
  const price = args.own ?? (partition === undefined ? undefined : args.prices.slurm?.[partition]);
  if (price?.perCoreHour !== undefined) {
    return { usd: hours * Math.max(1, Math.ceil(args.vcpus)) * price.perCoreHour, known: true };
  }
  if (price?.perNodeHour !== undefined) return { usd: hours * price.perNodeHour, known: true };
  return {
    usd: 0,
    known: false,
    note:
      `not priced: no price for Slurm partition ${partition ?? '(the cluster default)'} ` +
      '(compute.slurm.price, or a "slurm" section in the prices file)',
  };
}
