import { Launcher } from './launcher.js';

/**
 * The run's launcher processes. One per core at most: fork() work is done in the launcher, so
 * with one of them short jobs queue behind each other's spawns.
 */
export class LauncherPool {
  private readonly launchers: Launcher[] = [];

  constructor(
    private readonly baseEnv: Record<string, string>,
    private readonly max: number,
    private readonly onDeath: (error: Error) => void,
  ) {}

  /** Starts launchers up to `count` now, so none boots while a job waits for it. */
  warm(count: number): void {
    while (this.launchers.length < Math.min(count, this.max)) this.add();
  }

  /** An idle launcher, a new one while there may be more, or else the least busy. */
  pick(): Launcher {
    const idle = this.launchers.find((l) => l.inFlight === 0);
    if (idle) return idle;
    if (this.launchers.length < this.max) return this.add();
    return this.launchers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  }

  dropQueues(): void {
    for (const launcher of this.launchers) launcher.dropQueues();
  }

  async close(): Promise<void> {
    await Promise.all(this.launchers.map((launcher) => launcher.close()));
  }

  private add(): Launcher {
    const launcher = new Launcher(this.baseEnv);
    launcher.onDeath(this.onDeath);
    this.launchers.push(launcher);
    return launcher;
  }
}
