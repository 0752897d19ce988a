/** What a partition costs, as a centre charges it: per node-hour or per core-hour (exactly one). */
export interface SlurmPrice {
  perNodeHour?: number;
  perCoreHour?: number;
}

/** The partition prices a prices file may carry (`"slurm": { "<partition>": { "perNodeHour": 2.4 } }`). */
export type SlurmPrices = Record<string, SlurmPrice>;

/** Problems of a prices file's `slurm` section, each as `slurm.<partition>: what`. */
export function slurmPricesProblems(raw: unknown): string[] {
  if (raw === undefined) return [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return ['"slurm" must map partitions to { "perNodeHour": n } or { "perCoreHour": n }'];
  const out: string[] = [];
  for (const [partition, p] of Object.entries(raw as Record<string, Record<string, unknown>>)) {
    const keys = typeof p === 'object' && p !== null ? Object.keys(p) : [];
    const ok =
      keys.length === 1 &&
      ['perNodeHour', 'perCoreHour'].includes(keys[0] as string) &&
      typeof p[keys[0] as string] === 'number' &&
      (p[keys[0] as string] as number) >= 0;
    if (!ok) out.push(`slurm.${partition} must be { "perNodeHour": n } or { "perCoreHour": n } with n >= 0`);
  }
  return out;
}
