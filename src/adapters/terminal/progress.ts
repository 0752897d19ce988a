import { formatDuration } from '../../domain/experiment/units.js';
import type { Progress } from '../../ports/progress.js';
import { escapeTerminal } from '../../domain/terminal-text.js';

type Counts = Parameters<Progress['update']>[0];

/**
 * On a terminal: one line redrawn in place, at most ten times a second. Elsewhere (CI logs,
 * pipes): a plain line whenever a tenth more of the jobs have finished, and at the end.
 */
export class TerminalProgress implements Progress {
  private last = '';
  private lastDraw = 0;
  private lastDecile = -1;
  private latest: Counts | undefined;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly now: () => number = Date.now,
  ) {}

  update(counts: Counts): void {
    this.latest = counts;
    const line = describe(counts);
    if (this.out.isTTY) {
      if (this.now() - this.lastDraw < 100 && counts.queued + counts.running > 0) return;
      this.lastDraw = this.now();
      this.out.write(`\r\x1b[2K${line}`);
      this.last = line;
      return;
    }
    const done = counts.succeeded + counts.failed + (counts.cancelled ?? 0);
    const decile = counts.total === 0 ? 10 : Math.floor((10 * done) / counts.total);
    if (decile !== this.lastDecile && line !== this.last) {
      this.lastDecile = decile;
      this.last = line;
      this.out.write(`${line}\n`);
    }
  }

  log(line: string): void {
    if (this.out.isTTY && this.last) this.out.write('\r\x1b[2K');
    // Log lines carry job failure reasons and names from the file: never raw control bytes.
    this.out.write(`${escapeTerminal(line)}\n`);
    if (this.out.isTTY && this.last) this.out.write(this.last);
  }

  done(): void {
    if (this.out.isTTY) {
      if (this.latest) this.out.write(`\r\x1b[2K${describe(this.latest)}\n`);
    } else if (this.latest && describe(this.latest) !== this.last) {
      this.out.write(`${describe(this.latest)}\n`);
    }
  }
}

function describe(c: Counts): string {
  const cancelled = c.cancelled ?? 0;
  const done = c.succeeded + c.failed + cancelled;
  const pct = c.total === 0 ? 100 : Math.floor((100 * done) / c.total);
  const eta = c.etaSeconds === undefined ? '' : `  ETA ${formatDuration(Math.round(c.etaSeconds))}`;
  const stopped = cancelled > 0 ? `  cancelled ${cancelled}` : '';
  return `jobs: ${done}/${c.total} (${pct}%)  running ${c.running}  queued ${c.queued}  succeeded ${c.succeeded}  failed ${c.failed}${stopped}${eta}`;
}
