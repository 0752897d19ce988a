/**
 * Quantile with linear interpolation between order statistics: Hyndman & Fan type 7, the
 * default of numpy.quantile and R's quantile(), so numbers match what a reader recomputes.
 */
export function quantile(samples: readonly number[], q: number): number {
  return quantileSorted(
    [...samples].sort((a, b) => a - b),
    q,
  );
}

/** As quantile(), for samples already sorted ascending (saves a sort per quantile). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0 || !(q >= 0 && q <= 1)) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo + 1 >= n) return below;
  const above = sorted[lo + 1] as number;
  return below + (h - lo) * (above - below);
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}
