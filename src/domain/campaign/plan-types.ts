import type { Capacity } from '../experiment/experiment.js';

/** One job of a campaign week: one repeat of one benchmark variant on one instance type. */
export interface CampaignJob {
  /** "<variant>.<instance type>.r<repeat>", stable across weeks: history is keyed by its parts. */
  id: string;
  instanceType: string;
  family: string;
  size: string;
  cpu: 'intel' | 'amd' | 'graviton' | 'unknown';
  arch: 'x86_64' | 'arm64' | 'unknown';
  /** The instance type's size from the price table; null when the table does not have it. */
  vcpus: number | null;
  memoryGiB: number | null;
  /** Base benchmark (stream) and what runs (stream-avx512). */
  benchmark: string;
  variant: string;
  repeat: number;
  /** 1-based day of the week, Monday first, and its date. */
  day: number;
  date: string;
  window: string;
  wave: number;
  /** 1..max-concurrent: the lane it runs in, so no more than max-concurrent overlap. */
  slot: number;
  /** Seconds after the window opens, and the UTC time that is. */
  startOffsetSeconds: number;
  start: string;
  capacity: Capacity;
  estimatedSeconds: number;
  /** At the capacity asked for (Spot when Spot is used); null when the price table has no price. */
  estimatedUsd: number | null;
  onDemandUsd: number | null;
}

export interface WindowTotal {
  day: number;
  date: string;
  window: string;
  jobs: number;
  /** Sum of estimated job seconds, and the time from the window's start to its last job's end. */
  jobSeconds: number;
  makespanSeconds: number;
  lengthSeconds: number;
  peakConcurrent: number;
  /** Null when a job in it has no price. */
  usd: number | null;
}

export interface DayTotal {
  day: number;
  date: string;
  jobs: number;
  usd: number | null;
}

export interface ConstraintCheck {
  name: string;
  limit: number;
  /** The worst value the plan reaches (e.g. the busiest day's job count). */
  actual: number;
  ok: boolean;
  detail: string;
}

export interface CampaignPlan {
  campaign: string;
  file: string;
  week: string;
  region: string;
  /** Set when the machines are a cluster's node types, not EC2 instance types. */
  nodeTypes?: true;
  priceSnapshot: string;
  jobs: CampaignJob[];
  days: DayTotal[];
  windows: WindowTotal[];
  totals: {
    jobs: number;
    instanceTypes: number;
    variants: string[];
    jobSeconds: number;
    usd: number | null;
    onDemandUsd: number | null;
  };
  constraints: ConstraintCheck[];
  warnings: string[];
}
