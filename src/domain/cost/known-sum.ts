/**
 * Adds dollar amounts of which some may be unknown (null or undefined). One unknown part makes
 * the whole unknown: a total that silently counted it as $0 would look cheaper than it is and
 * pass a budget it may not hold.
 */
export function sumKnown(values: Iterable<number | null | undefined>): number | null {
  let total = 0;
  for (const v of values) {
    if (v == null || !Number.isFinite(v)) return null;
    total += v;
  }
  return total;
}
