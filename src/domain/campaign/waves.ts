/**
 * Instance sizes in order, and the wave each belongs to (seed 004): large -> xlarge -> 2xlarge
 * -> 4xlarge/8xlarge and larger together, so concurrent jobs are unlikely to share a host.
 */
const SMALL = ['nano', 'micro', 'small', 'medium', 'large'];

/** A number that orders sizes: nano..large, then xlarge = 2, Nxlarge = 2N, metal last. */
export function sizeRank(size: string): number {
  const small = SMALL.indexOf(size);
  if (small >= 0) return (small + 1) / SMALL.length;
  if (size === 'xlarge') return 2;
  const n = /^(\d+)xlarge$/.exec(size);
  if (n) return 2 * Number(n[1]);
  if (size.startsWith('metal')) return 1e6;
  return 1e5;
}

/** 1-based wave of a size among the campaign's sizes; everything from 4xlarge up shares the last wave. */
export function waveOf(size: string, sizes: readonly string[], policy: 'by-size' | 'none'): number {
  if (policy === 'none') return 1;
  const capped = (s: string) => Math.min(sizeRank(s), sizeRank('4xlarge'));
  const ranks = [...new Set(sizes.map(capped))].sort((a, b) => a - b);
  return ranks.indexOf(capped(size)) + 1;
}
