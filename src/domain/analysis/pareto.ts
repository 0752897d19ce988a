import type { CellValues } from '../experiment/experiment.js';

/** A configuration measured for time and cost, each with an interval. */
export interface TimeCostPoint {
  id: string;
  seconds: number;
  secondsCi: [number, number];
  usd: number;
  usdCi: [number, number];
}

/** A configuration (a cell, its stages in sequence) with its matrix values. */
export interface ConfigPoint extends TimeCostPoint {
  values: CellValues;
}

/**
 * The Pareto frontier of time against cost: the points no other point beats on both (as fast or
 * faster and as cheap or cheaper, better on at least one). Returned fastest first, so along it
 * each step buys less time for more money. Ties on both keep the first given.
 */
export function paretoFrontier<T extends TimeCostPoint>(points: readonly T[]): T[] {
  const sorted = [...points].sort((a, b) => a.seconds - b.seconds || a.usd - b.usd);
  const out: T[] = [];
  let cheapest = Infinity;
  for (const p of sorted) {
    if (p.usd < cheapest) {
      out.push(p);
      cheapest = p.usd;
    }
  }
  return out;
}
