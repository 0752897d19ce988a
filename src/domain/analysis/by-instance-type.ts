import type { CellReport, InstanceTypeSummary } from '../report/model.js';
import type { ConfigPoint } from './pareto.js';

/**
 * The configurations grouped by instance type: each type's fastest cell, what a run of it costs,
 * and throughput per dollar and per vCPU-hour (runs of the measured work), so types of different
 * sizes and prices compare on one footing. CPU models are those the runs reported.
 */
export function byInstanceType(
  cells: readonly CellReport[],
  points: readonly ConfigPoint[],
  vcpusByCell: Readonly<Record<string, number>>,
): InstanceTypeSummary[] {
  const typeOf = new Map(cells.map((c) => [c.cellId, c.instanceType]));
  const groups = new Map<string, ConfigPoint[]>();
  for (const p of points) {
    const type = typeOf.get(p.id);
    if (type !== undefined) groups.set(type, [...(groups.get(type) ?? []), p]);
  }
  if (groups.size < 2) return [];
  return [...groups].map(([instanceType, ps]) => {
    const fastest = ps.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const vcpus = vcpusByCell[fastest.id];
    const models = cells.filter((c) => c.instanceType === instanceType).flatMap((c) => c.cpuModels);
    return {
      instanceType,
      cpuModels: [...new Set(models)].sort(),
      cells: ps.length,
      fastestCellId: fastest.id,
      seconds: fastest.seconds,
      usd: fastest.usd,
      runsPerDollar: fastest.usd > 0 ? 1 / fastest.usd : null,
      runsPerVcpuHour: vcpus && fastest.seconds > 0 ? 3600 / (fastest.seconds * vcpus) : null,
    };
  });
}
