import { instancePrice, priceBasisLine, type PriceTable } from '../cost/price-table.js';
import type { SlurmPrice } from '../cost/slurm-price.js';
import type { Capacity } from '../experiment/experiment.js';
import type { JobCompute } from '../plan/plan.js';
import { cpuMaker, type CpuMaker } from './architecture.js';
import type { Campaign, SlurmNodeType } from './campaign.js';
import type { CampaignJob } from './plan-types.js';
import { sizeRank, waveOf } from './waves.js';

/**
 * What a campaign's jobs run on, whatever kind: an EC2 instance type (`instances`) or a Slurm
 * cluster's node type (`slurm.nodes`). The history, the waves and the report know only this.
 */
export interface Machine {
  /** m7i.large, or a node type's name. */
  instanceType: string;
  family: string;
  size: string;
  maker: CpuMaker | undefined;
  /** What one job of it has (EC2: the whole instance; Slurm: what each job asks); null when unknown. */
  vcpus: number | null;
  memoryGiB: number | null;
  wave: number;
  capacity: Capacity;
  /** USD an hour at on-demand (Slurm: its price) and at Spot; null when not priced. */
  onDemandHourly: number | null;
  spotHourly: number | null;
}

/** The campaign's machines in the file's order, and why any cannot be priced or has no variant. */
export function campaignMachines(c: Campaign, prices: PriceTable, warnings: string[]): Machine[] {
  if (c.slurm) return c.slurm.nodes.map((node) => slurmMachine(c, node, prices, warnings));
  const out: Machine[] = [];
  for (const family of c.families) {
    const maker = cpuMaker(family, prices, c.region);
    if (maker === undefined)
      warnings.push(`cannot tell the CPU of ${family}: its benchmarks run without variants`);
    for (const size of c.sizes) {
      const instanceType = `${family}.${size}`;
      const price = instancePrice(prices, c.region, instanceType);
      if (!price)
        warnings.push(`${instanceType} is not in the price table for ${c.region}: its cost is unknown`);
      out.push({
        instanceType,
        family,
        size,
        maker,
        vcpus: price?.vcpus ?? null,
        memoryGiB: price?.memoryGiB ?? null,
        wave: waveOf(size, c.sizes, c.schedule.waves),
        capacity: capacityOf(size, c),
        onDemandHourly: price?.onDemandHourly ?? null,
        spotHourly: price?.spotHourlyTypical ?? null,
      });
    }
  }
  return out;
}

/** The price of a node type: its own, the campaign's, else the prices file's for its partition. */
export function nodeTypePrice(c: Campaign, node: SlurmNodeType, prices: PriceTable): SlurmPrice | undefined {
  return (
    node.price ??
    c.slurm?.price ??
    (node.partition === undefined ? undefined : prices.slurm?.[node.partition])
  );
}

/**
 * A node type as a machine: one wave (a cluster has no sizes to order), on-demand, priced per
 * node-hour or per core-hour of what each job asks, or not priced (never $0).
 */
function slurmMachine(c: Campaign, node: SlurmNodeType, prices: PriceTable, warnings: string[]): Machine {
  const price = nodeTypePrice(c, node, prices);
  const cores = Math.max(1, Math.ceil(node.cpus ?? 1));
  const hourly = price?.perNodeHour ?? (price?.perCoreHour === undefined ? null : price.perCoreHour * cores);
  if (hourly === null)
    warnings.push(
      `${node.name} is not priced (no price of its own, no slurm.price, no prices-file price for partition ` +
        `${node.partition ?? '(the cluster default)'}): its cost is unknown`,
    );
  if (node.cpu === undefined && c.variants === 'architecture-aware')
    warnings.push(`cannot tell the CPU of ${node.name} (give it cpu:): its benchmarks run without variants`);
  return {
    instanceType: node.name,
    family: node.name,
    size: '',
    maker: node.cpu,
    vcpus: node.cpus ?? null,
    memoryGiB: node.memoryGiB ?? null,
    wave: 1,
    capacity: 'on-demand',
    onDemandHourly: hourly,
    spotHourly: null,
  };
}

export function capacityOf(size: string, c: Campaign): Capacity {
  const spot = c.schedule.spot;
  if (!spot || sizeRank(size) < sizeRank(spot.fromSize)) return 'on-demand';
  return spot.fallback === 'on-demand' ? 'spot-then-on-demand' : 'spot';
}

/** One line on what the plan's dollars rest on. */
export function campaignPriceBasis(c: Campaign, prices: PriceTable): string {
  if (!c.slurm) return priceBasisLine(prices, c.region);
  return 'Slurm: per node-hour or core-hour from the campaign file (slurm.price) or the prices file (by partition)';
}

/** The machines are a cluster's node types (the file's slurm.nodes), not EC2 instance types. */
export function onNodeTypes(c: Pick<Campaign, 'slurm'>): boolean {
  return c.slurm !== undefined;
}

const MIB = 1024 * 1024;

/**
 * What one job of a node type asks: the CPUs and memory the file gives it (one CPU and 512 MiB
 * when it gives none); undefined for an instance type, whose ask depends on where it runs.
 */
export function nodeTypeAsk(
  job: CampaignJob,
  c: Campaign,
): { vcpus: number; memoryBytes: number } | undefined {
  if (!c.slurm) return undefined;
  return {
    vcpus: job.vcpus ?? 1,
    memoryBytes: job.memoryGiB === null ? 512 * MIB : Math.round(job.memoryGiB * 1024) * MIB,
  };
}

/**
 * A node type's job placed on it, as its backend's compute settings: partition and features,
 * the campaign's account, qos, time and price; max-concurrent bounds each node type's array
 * (%N), and the cluster schedules the arrays. Empty for an instance type.
 */
export function nodeTypeCompute(job: CampaignJob, c: Campaign): Pick<JobCompute, 'slurm'> {
  const s = c.slurm;
  const node = s?.nodes.find((n) => n.name === job.instanceType);
  if (!s || !node) return {};
  const price = node.price ?? s.price;
  return {
    slurm: {
      ...(node.partition === undefined ? {} : { partition: node.partition }),
      ...(node.constraint === undefined ? {} : { constraint: node.constraint }),
      ...(s.account === undefined ? {} : { account: s.account }),
      ...(s.qos === undefined ? {} : { qos: s.qos }),
      ...(s.time === undefined ? {} : { time: s.time }),
      throttle: c.schedule.maxConcurrent,
      ...(price === undefined ? {} : { price }),
    },
  };
}

/** A job's compute without what places it on one machine: what a stage spanning machines shares. */
export function withoutMachine(
  compute: JobCompute,
): Omit<JobCompute, 'queue' | 'fallbackQueue' | 'instanceType' | 'slurm'> {
  const { queue: _q, fallbackQueue: _f, instanceType: _i, slurm: _s, ...rest } = compute;
  return rest;
}

/**
 * The CPUs a job is priced for: an instance type's whole (null when the price table lacks it), a
 * node type's job the CPUs it asked.
 */
export function pricedCpus(job: CampaignJob, c: Campaign): number | null {
  return c.slurm ? (job.vcpus ?? 1) : job.vcpus;
}

/** How an unknown cost reads: a node type without a price is "not priced", as a cluster run is. */
export function unpricedWord(c: Campaign): string | undefined {
  return c.slurm ? 'not priced' : undefined;
}
