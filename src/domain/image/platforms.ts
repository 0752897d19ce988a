import { archOf, cpuMaker } from '../campaign/architecture.js';
import type { PriceTable } from '../cost/price-table.js';

/** The platforms AWS Batch runs containers on: x86_64 instances and Graviton (arm64) ones. */
export const PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * The platforms an image must be built for so that every instance type of the experiment can
 * run it: a c7g job pulling an amd64-only image fails with "exec format error", and the cheap
 * Graviton types are what seeds 002 and 004 compare. Types of unknown architecture, and jobs
 * with no instance type (Batch's "optimal" picks x86_64), count as amd64.
 */
export function platformsFor(instanceTypes: Iterable<string | undefined>, prices?: PriceTable): Platform[] {
  const wanted = new Set<Platform>();
  for (const type of instanceTypes) {
    const family = type?.split('.')[0];
    wanted.add(family && archOf(cpuMaker(family, prices)) === 'arm64' ? 'linux/arm64' : 'linux/amd64');
  }
  if (wanted.size === 0) wanted.add('linux/amd64');
  return PLATFORMS.filter((p) => wanted.has(p));
}

/** A `platforms` input: comma- or space-separated, each one of PLATFORMS; the mistake otherwise. */
export function parsePlatforms(text: string): { platforms: Platform[] } | { error: string } {
  const given = text.split(/[\s,]+/).filter((p) => p !== '');
  if (given.length === 0) return { error: 'platforms is empty' };
  for (const p of given) {
    if (!(PLATFORMS as readonly string[]).includes(p))
      return { error: `platforms: '${p}' is not one of ${PLATFORMS.join(', ')}` };
  }
  return { platforms: PLATFORMS.filter((p) => given.includes(p)) };
}
