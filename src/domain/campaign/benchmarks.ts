/**
 * The number each base benchmark is judged by (its headline metric) and which way is better.
 * The programs in examples/benchmarks report these names; others report more metrics, which
 * the history keeps but the regression check does not judge.
 */
export interface Headline {
  metric: string;
  better: 'higher' | 'lower';
  unit: string;
}

const HEADLINES: Record<string, Headline> = {
  stream: { metric: 'triad_gbps', better: 'higher', unit: 'GB/s' },
  hpl: { metric: 'gflops', better: 'higher', unit: 'GFLOP/s' },
  'micro-latency': { metric: 'latency_ns', better: 'lower', unit: 'ns' },
};

/** A benchmark this table does not know is judged by its wall time. */
export const WALL_TIME: Headline = { metric: 'wall_seconds', better: 'lower', unit: 's' };

export function headlineOf(benchmark: string): Headline {
  return HEADLINES[benchmark] ?? WALL_TIME;
}
