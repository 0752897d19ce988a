export interface CappedTask {
  vcpus: number;
  seconds: number;
}

/**
 * How long tasks take when no more than `cap` vCPUs may run at once and they start in the order
 * given, each as soon as it fits and every earlier one has started: the order AWS Batch's FIFO
 * queue and the backends' throttles keep. Without a cap every task starts at once.
 */
export function cappedMakespan(tasks: readonly CappedTask[], cap: number | undefined): number {
  if (tasks.length === 0) return 0;
  if (cap === undefined) return tasks.reduce((max, t) => Math.max(max, t.seconds), 0);
  const running: { end: number; vcpus: number }[] = []; // sorted by end, earliest first
  let now = 0;
  let inUse = 0;
  let makespan = 0;
  for (const task of tasks) {
    // A task asking for more than the cap alone is refused by the budget check; here it runs alone.
    const need = Math.min(task.vcpus, cap);
    while (inUse + need > cap + 1e-9) {
      const first = running.shift() as { end: number; vcpus: number };
      now = Math.max(now, first.end);
      inUse -= first.vcpus;
    }
    const end = now + task.seconds;
    let at = running.length;
    while (at > 0 && (running[at - 1] as { end: number }).end > end) at--;
    running.splice(at, 0, { end, vcpus: need });
    inUse += need;
    makespan = Math.max(makespan, end);
  }
  return makespan;
}
