import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const MAX_TREE = 256;

/**
 * Peak resident memory of running process trees, read from /proc. One timer serves every
 * running job: a per-job timer would cost more than most short jobs run. A tree is the process
 * and its descendants as listed in /proc/<pid>/task/<pid>/children; orphans that re-parented
 * away are no longer counted. Jobs that end before the first tick get no figure at all.
 */
export class MemorySampler {
  private readonly peaks = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private sampling = false;
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
      this.timer = setInterval(() => void this.tick(), this.intervalMs);
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

  private async tick(): Promise<void> {
    if (this.sampling || this.peaks.size === 0) return;
    this.sampling = true;
    try {
      await Promise.all(
        [...this.peaks.keys()].map(async (pid) => {
          const bytes = await this.treeBytes(pid);
          const previous = this.peaks.get(pid);
          // The tree may have ended while it was being read; its entry is gone then.
          if (previous !== undefined && bytes > previous) this.peaks.set(pid, bytes);
        }),
      );
    } finally {
      this.sampling = false;
    }
  }

  /**
   * The larger of the tree's summed current RSS and the largest single high-water mark:
   * VmHWM catches a single process's spike between two samples, the sum catches a wide tree.
   */
  private async treeBytes(root: number): Promise<number> {
    let rss = 0;
    let hwm = 0;
    const queue = [root];
    for (let seen = 0; queue.length > 0 && seen < MAX_TREE; seen++) {
      const pid = queue.shift() as number;
      const [status, children] = await Promise.all([
        readFile(`${this.procRoot}/${pid}/status`, 'utf8').catch(() => ''),
        readFile(`${this.procRoot}/${pid}/task/${pid}/children`, 'utf8').catch(() => ''),
      ]);
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

function kib(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}
