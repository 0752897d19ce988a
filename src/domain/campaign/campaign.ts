/**
 * The normalised campaign (docs/weekly-campaign.md): what validateCampaignText returns once
 * a `kind: campaign` file is known to be good. camelCase, durations in seconds, defaults filled.
 */
import type { SlurmPrice } from '../cost/slurm-price.js';
import type { CpuMaker } from './architecture.js';

export type VariantPolicy = 'architecture-aware' | 'none';
export type RegressionTest = 'mann-whitney' | 'welch';

export interface CampaignWindow {
  name: string;
  /** Minutes after midnight; end may be 1440 (24:00). */
  startMinute: number;
  endMinute: number;
  /** Base or variant benchmark names; empty means any benchmark. */
  focus: string[];
}

export interface Campaign {
  version: 1;
  kind: 'campaign';
  name: string;
  description?: string;
  file: string;
  /** EC2 instance families and sizes (`instances`); empty for a campaign on Slurm node types. */
  families: string[];
  sizes: string[];
  /** Node types of a Slurm cluster (`slurm`), standing in for instance types. */
  slurm?: CampaignSlurm;
  benchmarks: string[];
  variants: VariantPolicy;
  repeats: number;
  /** Base benchmark -> argv; `--variant <name>` is appended when a job runs. */
  programs: Record<string, string[]>;
  /** Base benchmark -> estimated seconds of one job. */
  durations: Record<string, number>;
  schedule: {
    days: number;
    windows: CampaignWindow[];
    maxDailyJobs: number;
    maxConcurrent: number;
    waves: 'by-size' | 'none';
    spot?: { fromSize: string; fallback: 'on-demand' | 'none' };
    retries: number;
  };
  quality: { maxCv: number };
  regression: {
    /** 1 for "previous", N for "weeks:N". */
    againstWeeks: number;
    test: RegressionTest;
    /** Fraction, 0.05 for "5%". */
    threshold: number;
    alpha: number;
  };
  region: string;
  results: { store: string };
}

/** Seconds of one job when the file gives no duration: a sized-down STREAM, HPL or micro-benchmark. */
export const DEFAULT_DURATION_SECONDS: Record<string, number> = {
  stream: 600,
  hpl: 1200,
};
export const DEFAULT_MICRO_SECONDS = 300;

/**
 * A node type of a Slurm cluster, the analogue of an instance type: the partition and node
 * features (constraint) its jobs ask for. `name` is what the history and the report call it.
 */
export interface SlurmNodeType {
  name: string;
  partition?: string;
  constraint?: string;
  /** Picks the architecture variant of each benchmark; none: the benchmarks run as themselves. */
  cpu?: CpuMaker;
  /** What each job asks (--cpus-per-task, --mem); one CPU and 512 MiB when absent. */
  cpus?: number;
  memoryGiB?: number;
  /** What the node type costs; the campaign's slurm.price, then the prices file's partition price. */
  price?: SlurmPrice;
}

export interface CampaignSlurm {
  nodes: SlurmNodeType[];
  account?: string;
  qos?: string;
  /** Each job's wall-time limit in Slurm's format; 3x the benchmark's duration when absent. */
  time?: string;
  price?: SlurmPrice;
}
