/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same stream on every
 * machine, so a bootstrap interval printed today is the one a reader recomputes tomorrow.
 * test/reference/compare_reference.py implements the same generator in Python to check the
 * bootstrap index for index. Not for cryptography.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
