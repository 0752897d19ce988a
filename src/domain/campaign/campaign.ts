/**
 * The normalised campaign (docs/weekly-campaign.md): what validateCampaignText returns once
 * a `kind: campaign` file is known to be good. camelCase, durations in seconds, defaults filled.
 */
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
  families: string[];
  sizes: string[];
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
