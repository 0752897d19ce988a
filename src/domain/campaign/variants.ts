import type { CpuMaker } from './architecture.js';
import type { VariantPolicy } from './campaign.js';

/**
 * Architecture-specific builds of each base benchmark (seed 004): the SIMD flavour of STREAM
 * and the BLAS library of HPL. Benchmarks without an entry for a CPU run as themselves.
 */
const VARIANTS: Record<string, Partial<Record<CpuMaker, string>>> = {
  stream: { intel: 'stream-avx512', amd: 'stream-avx2', graviton: 'stream-neon' },
  hpl: { intel: 'hpl-mkl', amd: 'hpl-blis', graviton: 'hpl-sve' },
};

export function variantFor(benchmark: string, maker: CpuMaker | undefined, policy: VariantPolicy): string {
  if (policy === 'none' || maker === undefined) return benchmark;
  return VARIANTS[benchmark]?.[maker] ?? benchmark;
}

/** Every name a benchmark may run under, base first: what a window's focus may name. */
export function knownNames(benchmark: string): string[] {
  return [benchmark, ...Object.values(VARIANTS[benchmark] ?? {})];
}
