/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same stream on every
 * machine, so a bootstrap interval printed today is the one a reader recomputes tomorrow.
 * test/reference/compare_reference.py implements the same generator in Python to check the
 * bootstrap index for index. Not for cryptography.
 */
export function mulberry32(seed: number): () => number {
  const stream = new Mulberry32(seed);
  return () => stream.next();
}

/** The same stream, drawn one at a time or a block at a time (a block keeps the state in a local). */
export class Mulberry32 {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    return output(this.state);
  }

  /** The next out.length draws, in order, into out. */
  fill(out: Float64Array): void {
    let a = this.state;
    for (let i = 0; i < out.length; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      out[i] = output(a);
    }
    this.state = a;
  }
}

function output(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
