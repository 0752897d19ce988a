import type { SlurmPrice } from '../cost/slurm-price.js';
import { parseDuration, parseSize } from '../experiment/units.js';
import type { Campaign, CampaignSlurm } from './campaign.js';
import { DEFAULT_DURATION_SECONDS, DEFAULT_MICRO_SECONDS } from './campaign.js';
import type { CampaignFile, SlurmPriceFile } from './campaign-file.js';

export function minuteOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function parsePercent(value: string | number): number {
  return (typeof value === 'number' ? value : Number(value.replace('%', '').trim())) / 100;
}

/** The file as written, once the schema and checks accept it, in the one shape the rest uses. */
export function normaliseCampaign(f: CampaignFile, file: string): Campaign {
  const programs: Record<string, string[]> = {};
  const durations: Record<string, number> = {};
  for (const b of f.benchmarks) {
    programs[b] = (f.programs?.[b] ?? ['node', `examples/benchmarks/${b}.mjs`]).map(String);
    const written = f.durations?.[b];
    durations[b] =
      (written === undefined ? undefined : parseDuration(written)) ??
      DEFAULT_DURATION_SECONDS[b] ??
      DEFAULT_MICRO_SECONDS;
  }
  const against = f.regression?.against ?? 'previous';
  const s = f.schedule;
  return {
    version: 1,
    kind: 'campaign',
    name: f.name,
    ...(f.description === undefined ? {} : { description: f.description }),
    file,
    families: f.instances?.families ?? [],
    sizes: f.instances?.sizes ?? [],
    ...(f.slurm ? { slurm: normaliseSlurm(f.slurm) } : {}),
    benchmarks: f.benchmarks,
    variants: f.variants ?? 'architecture-aware',
    repeats: f.repeats ?? 1,
    programs,
    durations,
    schedule: {
      days: s.days ?? 7,
      windows: s.windows.map((w) => ({
        name: w.name,
        startMinute: minuteOf(w.start),
        endMinute: minuteOf(w.end),
        focus: w.focus ?? [],
      })),
      maxDailyJobs: s['max-daily-jobs'],
      maxConcurrent: s['max-concurrent'],
      waves: s.waves ?? 'by-size',
      ...(s.spot
        ? { spot: { fromSize: s.spot['from-size'], fallback: s.spot.fallback ?? 'on-demand' } }
        : {}),
      retries: s.retries ?? 2,
    },
    quality: { maxCv: f.quality?.['max-cv'] ?? 0.05 },
    regression: {
      againstWeeks: against === 'previous' ? 1 : Number(against.slice('weeks:'.length)),
      test: f.regression?.test ?? 'mann-whitney',
      threshold: parsePercent(f.regression?.threshold ?? '5%'),
      alpha: f.regression?.alpha ?? 0.05,
    },
    region: f.region ?? 'us-east-1',
    results: { store: f.results?.store ?? '.batchbench/history' },
  };
}

/** The name a node type goes by when the file gives none: its constraint, else its partition. */
export function nodeTypeName(node: { name?: string; partition?: string; constraint?: string }): string {
  return node.name ?? node.constraint ?? node.partition ?? '';
}

function slurmPrice(p: SlurmPriceFile | undefined): SlurmPrice | undefined {
  if (p === undefined) return undefined;
  if (p['per-node-hour'] !== undefined) return { perNodeHour: p['per-node-hour'] };
  return p['per-core-hour'] === undefined ? undefined : { perCoreHour: p['per-core-hour'] };
}

const GIB = 1024 ** 3;

function normaliseSlurm(s: NonNullable<CampaignFile['slurm']>): CampaignSlurm {
  const price = slurmPrice(s.price);
  return {
    nodes: s.nodes.map((n) => {
      const memory = n.memory === undefined ? undefined : parseSize(n.memory);
      const own = slurmPrice(n.price);
      return {
        name: nodeTypeName(n),
        ...(n.partition === undefined ? {} : { partition: n.partition }),
        ...(n.constraint === undefined ? {} : { constraint: n.constraint }),
        ...(n.cpu === undefined ? {} : { cpu: n.cpu }),
        ...(n.cpus === undefined ? {} : { cpus: n.cpus }),
        ...(memory === undefined ? {} : { memoryGiB: memory / GIB }),
        ...(own === undefined ? {} : { price: own }),
      };
    }),
    ...(s.account === undefined ? {} : { account: s.account }),
    ...(s.qos === undefined ? {} : { qos: s.qos }),
    ...(s.time === undefined ? {} : { time: s.time }),
    ...(price === undefined ? {} : { price }),
  };
}
