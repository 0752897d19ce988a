import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-YTWLBMZJ.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";

// src/adapters/terminal/progress.ts
var TerminalProgress = class {
  constructor(out, now = Date.now) {
    this.out = out;
    this.now = now;
  }
  last = "";
  lastDraw = 0;
  lastDecile = -1;
  latest;
  update(counts) {
    this.latest = counts;
    const line = describe(counts);
    if (this.out.isTTY) {
      if (this.now() - this.lastDraw < 100 && counts.queued + counts.running > 0) return;
      this.lastDraw = this.now();
      this.out.write(`\r\x1B[2K${line}`);
      this.last = line;
      return;
    }
    const done = counts.succeeded + counts.failed + (counts.cancelled ?? 0);
    const decile = counts.total === 0 ? 10 : Math.floor(10 * done / counts.total);
    if (decile !== this.lastDecile && line !== this.last) {
      this.lastDecile = decile;
      this.last = line;
      this.out.write(`${line}
`);
    }
  }
  log(line) {
    if (this.out.isTTY && this.last) this.out.write("\r\x1B[2K");
    this.out.write(`${escapeTerminal(line)}
`);
    if (this.out.isTTY && this.last) this.out.write(this.last);
  }
  done() {
    if (this.out.isTTY) {
      if (this.latest) this.out.write(`\r\x1B[2K${describe(this.latest)}
`);
    } else if (this.latest && describe(this.latest) !== this.last) {
      this.out.write(`${describe(this.latest)}
`);
    }
  }
};
function describe(c) {
  const cancelled = c.cancelled ?? 0;
  const done = c.succeeded + c.failed + cancelled;
  const pct = c.total === 0 ? 100 : Math.floor(100 * done / c.total);
  const eta = c.etaSeconds === void 0 ? "" : `  ETA ${formatDuration(Math.round(c.etaSeconds))}`;
  const stopped = cancelled > 0 ? `  cancelled ${cancelled}` : "";
  return `jobs: ${done}/${c.total} (${pct}%)  running ${c.running}  queued ${c.queued}  succeeded ${c.succeeded}  failed ${c.failed}${stopped}${eta}`;
}

export {
  TerminalProgress
};
