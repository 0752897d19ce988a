/**
 * Karp-Flatt experimentally determined serial fraction e = (1/S - 1/p) / (1 - 1/p), where p is
 * the parallelism relative to the baseline's (p_cell / p_baseline). A fraction that grows with
 * p points at overhead (communication, stragglers) rather than at inherently serial work.
 * Undefined at p = 1, where the formula is 0/0.
 */
export function karpFlatt(speedupValue: number, relativeP: number): number | undefined {
  if (relativeP === 1 || !(relativeP > 0) || !(speedupValue > 0)) return undefined;
  return (1 / speedupValue - 1 / relativeP) / (1 - 1 / relativeP);
}
