import { existsSync, readFileSync } from 'node:fs';

const MAX_TREE = 256;

/**
 * Peak resident memory of running process trees, read from /proc. One timer serves every
 * running job: a per-job timer would cost more than most short jobs run. A tree is the process
 * and its descendants as listed in /proc/<pid>/task/<pid>/children; orphans that re-parented
 * away are no longer counted. Jobs that end before the first tick get no figure at all.
 * /proc is read synchronously: its files are generated in memory, and a read through the thread
 * pool costs two thread wake-ups, more than the read itself.
 */
export class MemorySampler {
  private readonly peaks = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  readonly available: boolean;

  constructor(
    private readonly intervalMs = 200,
    private readonly procRoot = '/proc',
  ) {
    this.available = process.platform === 'linux' && existsSync(`${procRoot}/self/status`);
  }

  track(pid: number): void {
    if (!this.available) return;
    this.peaks.set(pid, 0);
    if (!this.timer) {
      this.timer = setInterval(() => this.tick(), this.intervalMs);
      this.timer.unref();
    }
  }

  /** Stops watching a tree and returns its peak in bytes, if any sample saw it. */
  untrack(pid: number): number | undefined {
    const peak = this.peaks.get(pid);
    this.peaks.delete(pid);
    return peak ? peak : undefined;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.peaks.clear();
  }

  private tick(): void {
    for (const [pid, previous] of this.peaks) {
      const bytes = this.treeBytes(pid);
      if (bytes > previous) this.peaks.set(pid, bytes);
    }
  }

  /**
   * The larger of the tree's summed current RSS and the largest single high-water mark:
   * VmHWM catches a single process's spike between two samples, the sum catches a wide tree.
   */
  private treeBytes(root: number): number {
    let rss = 0;
    let hwm = 0;
    const queue = [root];
    for (let seen = 0; queue.length > 0 && seen < MAX_TREE; seen++) {
      const pid = queue.shift() as number;
      const status = readProc(`${this.procRoot}/${pid}/status`);
      const children = readProc(`${this.procRoot}/${pid}/task/${pid}/children`);
      rss += kib(status, 'VmRSS');
      hwm = Math.max(hwm, kib(status, 'VmHWM'));
      for (const child of children.split(' ')) {
        const n = Number(child);
        if (child.trim() !== '' && Number.isInteger(n)) queue.push(n);
      }
    }
    return Math.max(rss, hwm) * 1024;
  }
}

/** A /proc file, or '' once the process is gone. */
function readProc(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function kib(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}
