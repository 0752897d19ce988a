import type { CellReport, Recommendation } from '../report/model.js';
import { adviceLines } from './advice.js';
import { byInstanceType } from './by-instance-type.js';
import { paretoFrontier, type ConfigPoint } from './pareto.js';

export interface RecommendInput {
  cells: readonly CellReport[];
  /** decide.budget-usd (or --budget): most one run of the configuration may cost. */
  budgetUsd?: number;
  /** decide.deadline (or --deadline), seconds: longest one run of the configuration may take. */
  deadlineSec?: number;
  /** decide.scale or analysis.extrapolate.factor: the work of the full run against the measured one. */
  scale?: number;
  /** The machine of a local run, for "more workers than cores". */
  cpuCount?: number;
  /** The axis that holds the degree of parallelism (analysis.speedup.over). */
  workersAxis?: string;
  /** vCPUs one run of each cell asks for (all its stages' jobs), for throughput per vCPU. */
  vcpusByCell?: Readonly<Record<string, number>>;
}

/**
 * From measured cells to a decision: every configuration (a cell, its stages in sequence) with
 * its time and cost per run, the Pareto frontier, the fastest within a budget and the cheapest
 * within a deadline, a projection of the recommended configuration to the full size, and advice
 * only where the data shows its cause. Pure. Cost per run is what a successful repeat cost
 * (failed attempts included); its interval is the time interval scaled, since billed time
 * follows run time. Cells without a known cost are left out of every cost question, and said so.
 */
export function recommend(input: RecommendInput): Recommendation | undefined {
  const { points, unpriced } = configurations(input.cells);
  if (points.length === 0) return undefined;
  const frontier = paretoFrontier(points);
  const within = <K extends 'usd' | 'seconds'>(key: K, limit: number | undefined) =>
    limit === undefined ? undefined : points.filter((p) => p[key] <= limit);
  const affordable = within('usd', input.budgetUsd);
  const inTime = within('seconds', input.deadlineSec);
  const fastest = affordable && best(affordable, (p) => [p.seconds, p.usd]);
  const cheapest = inTime && best(inTime, (p) => [p.usd, p.seconds]);
  // Without a budget or deadline: the frontier point with the least time x cost.
  const balanced = best(frontier, (p) => [p.seconds * p.usd]) as ConfigPoint;
  const chosen = fastest ?? cheapest ?? balanced;
  const scale = input.scale ?? 1;
  return {
    points: points.map(({ id, values, seconds, secondsCi, usd, usdCi }) => ({
      cellId: id,
      values,
      seconds,
      secondsCi,
      usd,
      usdCi,
      onFrontier: frontier.some((f) => f.id === id),
    })),
    frontier: frontier.map((p) => p.id),
    ...(input.budgetUsd !== undefined
      ? { withinBudget: answer(input.budgetUsd, fastest, (p) => p.usdCi[1] <= (input.budgetUsd as number)) }
      : {}),
    ...(input.deadlineSec !== undefined
      ? {
          withinDeadline: answer(
            input.deadlineSec,
            cheapest,
            (p) => p.secondsCi[1] <= (input.deadlineSec as number),
          ),
        }
      : {}),
    recommended: chosen.id,
    why: fastest
      ? 'the fastest within the budget'
      : cheapest
        ? 'the cheapest within the deadline'
        : 'on the frontier, the least time x cost (set decide.budget-usd or decide.deadline to ask another question)',
    projection: projection(input.cells, chosen.id, scale),
    advice: adviceLines(input),
    byInstanceType: byInstanceType(input.cells, points, input.vcpusByCell ?? {}),
    unpriced,
  };
}

function answer(
  limit: number,
  p: ConfigPoint | undefined,
  holdsAtUpperBound: (p: ConfigPoint) => boolean,
): NonNullable<Recommendation['withinBudget']> {
  return p ? { limit, cellId: p.id, sure: holdsAtUpperBound(p) } : { limit };
}

/** The least by `key`, compared in order (ties on the first go to the second); first given wins a full tie. */
function best<T>(xs: readonly T[], key: (x: T) => number[]): T | undefined {
  let out: T | undefined;
  const less = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
    return false;
  };
  for (const x of xs) if (out === undefined || less(key(x), key(out))) out = x;
  return out;
}

/** One point per cell: its stages' mean wall times and costs per run added up. */
export function configurations(cells: readonly CellReport[]): { points: ConfigPoint[]; unpriced: string[] } {
  const byCell = new Map<string, CellReport[]>();
  for (const c of cells) byCell.set(c.cellId, [...(byCell.get(c.cellId) ?? []), c]);
  const points: ConfigPoint[] = [];
  const unpriced: string[] = [];
  for (const [id, stages] of byCell) {
    if (stages.some((s) => s.wall.n === 0)) continue;
    if (stages.some((s) => s.cost.basis === 'none')) {
      unpriced.push(id);
      continue;
    }
    let seconds = 0;
    let usd = 0;
    const secondsCi: [number, number] = [0, 0];
    const usdCi: [number, number] = [0, 0];
    for (const s of stages) {
      const perRun = s.cost.usd / s.wall.n;
      seconds += s.wall.mean;
      usd += perRun;
      secondsCi[0] += s.wall.ci[0];
      secondsCi[1] += s.wall.ci[1];
      const scale = (x: number) => (s.wall.mean > 0 ? (perRun * x) / s.wall.mean : perRun);
      usdCi[0] += scale(s.wall.ci[0]);
      usdCi[1] += scale(s.wall.ci[1]);
    }
    points.push({ id, values: (stages[0] as CellReport).values, seconds, secondsCi, usd, usdCi });
  }
  return { points, unpriced };
}

/** Time and cost of the recommended cell at `scale` times the measured work, per stage, on one basis. */
function projection(
  cells: readonly CellReport[],
  cellId: string,
  scale: number,
): Recommendation['projection'] {
  const stages = cells.filter((c) => c.cellId === cellId && c.wall.n > 0);
  return {
    cellId,
    scale,
    stages: stages.map((s) => ({
      stage: s.stage,
      seconds: s.wall.mean * scale,
      secondsCi: [s.wall.ci[0] * scale, s.wall.ci[1] * scale] as [number, number],
      usd: s.cost.basis === 'none' ? null : (s.cost.usd / s.wall.n) * scale,
    })),
  };
}
