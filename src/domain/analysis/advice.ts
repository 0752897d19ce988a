import type { CellReport } from '../report/model.js';

/** Start-up above this share of a task's time is worth a warm pool. */
const STARTUP_SHARE = 0.25;

interface AdviceInput {
  cells: readonly CellReport[];
  cpuCount?: number;
  workersAxis?: string;
}

/** Advice only where the measurements show its cause; nothing is said on a hunch. */
export function adviceLines(input: AdviceInput): string[] {
  const out: string[] = [];
  for (const c of input.cells) {
    const name = c.stage === 'main' ? c.cellId : `${c.stage}/${c.cellId}`;
    const { startup, compute } = c.split;
    if (
      c.backend === 'aws-batch' &&
      startup !== undefined &&
      compute !== undefined &&
      startup + compute > 0
    ) {
      const share = startup / (startup + compute);
      if (share > STARTUP_SHARE) {
        out.push(
          `${name}: start-up is ${Math.round(share * 100)}% of each task (${startup.toFixed(1)} s of ${(startup + compute).toFixed(1)} s); ` +
            `a warm pool (minvCpus on the compute environment, as many vCPUs as one repeat uses) would save about ` +
            `${startup.toFixed(1)} s of each ${c.wall.mean.toFixed(1)} s repeat, at the price of those vCPUs while idle`,
        );
      }
    }
    const slow = repeatedStragglers(c);
    if (slow.length > 0) {
      out.push(
        `${name}: shard${slow.length === 1 ? '' : 's'} ${slow.join(', ')} ${slow.length === 1 ? 'was a straggler' : 'were stragglers'} in all ${c.wall.n} repeats: ` +
          'their items take longer, not their hosts; rebalance them (smaller shards for those items, or split by cost, not count)',
      );
    }
    const wins = c.fanOut?.speculativeWins ?? 0;
    if (wins > 0) {
      out.push(
        `${name}: speculative copies finished first ${wins} time${wins === 1 ? '' : 's'}: oversubscribe paid for itself there`,
      );
    }
    const workers = input.workersAxis === undefined ? undefined : c.values[input.workersAxis];
    if (
      c.backend === 'local' &&
      input.cpuCount !== undefined &&
      typeof workers === 'number' &&
      workers > input.cpuCount
    ) {
      out.push(
        `${name}: ${workers} workers on a ${input.cpuCount}-core machine: beyond ${input.cpuCount} they take turns on the cores, ` +
          'so its time says nothing about how they would scale with cores of their own',
      );
    }
  }
  return out;
}

/** Shard indexes that were stragglers in every repeat of a cell (at least 2 repeats). */
function repeatedStragglers(c: CellReport): string[] {
  if (!c.fanOut || c.wall.n < 2) return [];
  const repeatsBy = new Map<string, Set<string>>();
  for (const s of c.fanOut.stragglers) {
    const shard = /\.(s\d+)(?:\.|$)/.exec(s.jobId)?.[1];
    const repeat = /\.(r\d+)(?:\.|$)/.exec(s.jobId)?.[1];
    if (!shard || !repeat) continue;
    repeatsBy.set(shard, (repeatsBy.get(shard) ?? new Set()).add(repeat));
  }
  return [...repeatsBy].filter(([, repeats]) => repeats.size >= c.wall.n).map(([shard]) => shard);
}
