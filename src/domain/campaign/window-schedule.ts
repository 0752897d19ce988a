/** A job placed in a window: its lane and its start, in seconds after the window opens. */
export interface Placed {
  slot: number;
  start: number;
  end: number;
}

/**
 * Places a window's jobs on `lanes` lanes, wave after wave: a wave starts when the previous one
 * has finished, and within a wave the longest jobs go first onto the lane free soonest (LPT),
 * a simple schedule whose makespan is within 4/3 of the best.
 */
export function scheduleWindow(
  jobs: readonly { wave: number; seconds: number }[],
  lanes: number,
): { placed: Placed[]; makespan: number } {
  const placed: Placed[] = new Array<Placed>(jobs.length);
  const waves = [...new Set(jobs.map((j) => j.wave))].sort((a, b) => a - b);
  let waveStart = 0;
  for (const wave of waves) {
    const members = jobs
      .map((j, i) => ({ ...j, i }))
      .filter((j) => j.wave === wave)
      .sort((a, b) => b.seconds - a.seconds || a.i - b.i);
    const free = new Array<number>(lanes).fill(waveStart);
    for (const j of members) {
      let lane = 0;
      for (let k = 1; k < lanes; k++) if ((free[k] as number) < (free[lane] as number)) lane = k;
      const start = free[lane] as number;
      placed[j.i] = { slot: lane + 1, start, end: start + j.seconds };
      free[lane] = start + j.seconds;
    }
    waveStart = Math.max(waveStart, ...free);
  }
  return { placed, makespan: waveStart };
}

/** Most intervals open at any one time. */
export function peakOverlap(intervals: readonly { start: number; end: number }[]): number {
  const edges = intervals.flatMap((i) => [
    { t: i.start, d: 1 },
    { t: i.end, d: -1 },
  ]);
  // Ends before starts at the same instant: a lane handed over is not two jobs at once.
  edges.sort((a, b) => a.t - b.t || a.d - b.d);
  let open = 0;
  let peak = 0;
  for (const e of edges) {
    open += e.d;
    peak = Math.max(peak, open);
  }
  return peak;
}
