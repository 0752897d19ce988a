/** A campaign file as written, once the schema accepts it (kebab-case, units as text). */
export interface CampaignFile {
  version: 1;
  kind: 'campaign';
  name: string;
  description?: string;
  /** EC2 instance types; a campaign names these or Slurm node types (`slurm`), not both. */
  instances?: { families: string[]; sizes: string[] };
  slurm?: {
    nodes: {
      name?: string;
      partition?: string;
      constraint?: string;
      cpu?: 'intel' | 'amd' | 'graviton';
      cpus?: number;
      memory?: string | number;
      price?: SlurmPriceFile;
    }[];
    account?: string;
    qos?: string;
    time?: string;
    price?: SlurmPriceFile;
  };
  benchmarks: string[];
  variants?: 'architecture-aware' | 'none';
  repeats?: number;
  programs?: Record<string, (string | number)[]>;
  durations?: Record<string, string | number>;
  schedule: {
    days?: number;
    windows: { name: string; start: string; end: string; focus?: string[] }[];
    'max-daily-jobs': number;
    'max-concurrent': number;
    waves?: 'by-size' | 'none';
    spot?: { 'from-size': string; fallback?: 'on-demand' | 'none' };
    retries?: number;
  };
  quality?: { 'max-cv'?: number };
  regression?: {
    against?: string;
    test?: 'mann-whitney' | 'welch';
    threshold?: string | number;
    alpha?: number;
  };
  region?: string;
  results?: { store?: string };
}

/** A price as the file writes it: exactly one of the two. */
export interface SlurmPriceFile {
  'per-node-hour'?: number;
  'per-core-hour'?: number;
}
