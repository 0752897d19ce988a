import type { PriceTable } from '../cost/price-table.js';

export type CpuMaker = 'intel' | 'amd' | 'graviton';

/**
 * The CPU maker of an instance family: from the price table's `cpu` field when any size of the
 * family is listed, else from the family's processor letter (m7i, c7g, r7a: the letter after
 * the generation digit), else undefined (no variant is chosen for it).
 */
export function cpuMaker(family: string, prices?: PriceTable, region?: string): CpuMaker | undefined {
  const tables = region ? [prices?.regions[region]] : Object.values(prices?.regions ?? {});
  for (const table of tables) {
    for (const [type, p] of Object.entries(table?.ec2 ?? {})) {
      if (type.split('.')[0] !== family) continue;
      if (p.cpu === 'intel' || p.cpu === 'amd' || p.cpu === 'graviton') return p.cpu;
    }
  }
  const letter = /^[a-z]+\d+([a-z])/.exec(family)?.[1];
  return letter === 'i' ? 'intel' : letter === 'a' ? 'amd' : letter === 'g' ? 'graviton' : undefined;
}

export function archOf(maker: CpuMaker | undefined): 'x86_64' | 'arm64' | undefined {
  if (maker === undefined) return undefined;
  return maker === 'graviton' ? 'arm64' : 'x86_64';
}
