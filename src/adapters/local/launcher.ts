import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { LAUNCHER_SOURCE } from './launcher-source.js';

export interface LaunchRequest {
  file: string;
  args: string[];
  cwd: string;
  /** Added to the launcher's own environment (the run's, without BATCHBENCH_* variables). */
  env: Record<string, string>;
  stdoutFile: string;
  stderrFile: string;
  metricsFile: string;
}

export interface LaunchExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
  stdoutBytes: number;
  stderrBytes: number;
  metricsBytes: number;
  /** The launcher died, so how the process ended is unknown. */
  lost?: boolean;
}

export interface LaunchHandlers {
  onStart(pid: number, at: number): void;
  onError(code: string, message: string, at: number): void;
  onExit(exit: LaunchExit): void;
}

type LauncherMessage =
  | { k: number; t: 'start'; pid: number; at: number }
  | { k: number; t: 'error'; code: string; message: string; at: number }
  | {
      k: number;
      t: 'exit';
      code: number | null;
      signal: NodeJS.Signals | null;
      at: number;
      out: number;
      err: number;
      metrics: number;
    };

/**
 * Starts job processes from a small helper process instead of from the run itself. fork()
 * copies the parent's page tables, so its cost grows with the parent's memory: from a CLI that
 * holds a plan, a schema validator and a report model, each spawn costs about twice what it
 * does from a bare node process, and for short jobs that is most of the run's overhead.
 * Killing is done by the run directly (`kill(-pid)`); only starting and reaping go through here.
 */
export class Launcher {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly pending = new Map<number, LaunchHandlers>();
  private nextKey = 1;
  private buffer = '';
  private closed = false;
  private deathHandler: ((error: Error) => void) | undefined;

  constructor(baseEnv: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, ['-e', LAUNCHER_SOURCE], {
      env: baseEnv,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.receive(chunk));
    this.child.stdin.on('error', () => undefined); // a dead launcher is reported by 'exit'
    this.child.on('exit', (code, signal) => this.died(code, signal));
    this.child.on('error', (error) => this.died(null, null, error));
  }

  /** Processes asked for and not yet reaped. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Called once if the launcher dies while the run still needs it. */
  onDeath(handler: (error: Error) => void): void {
    this.deathHandler = handler;
  }

  launch(request: LaunchRequest, handlers: LaunchHandlers): void {
    const k = this.nextKey++;
    this.pending.set(k, handlers);
    const message = {
      k,
      file: request.file,
      args: request.args,
      cwd: request.cwd,
      env: request.env,
      out: request.stdoutFile,
      err: request.stderrFile,
      metrics: request.metricsFile,
    };
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  /** Lets the launcher exit; it kills any process group still running. */
  close(): void {
    this.closed = true;
    this.child.stdin.end();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let nl = this.buffer.indexOf('\n'); nl >= 0; nl = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (line !== '') this.dispatch(JSON.parse(line) as LauncherMessage);
    }
  }

  private dispatch(message: LauncherMessage): void {
    const handlers = this.pending.get(message.k);
    if (!handlers) return;
    switch (message.t) {
      case 'start':
        handlers.onStart(message.pid, message.at);
        break;
      case 'error':
        this.pending.delete(message.k);
        handlers.onError(message.code, message.message, message.at);
        break;
      case 'exit':
        this.pending.delete(message.k);
        handlers.onExit({
          code: message.code,
          signal: message.signal,
          at: message.at,
          stdoutBytes: message.out,
          stderrBytes: message.err,
          metricsBytes: message.metrics,
        });
        break;
    }
  }

  private died(code: number | null, signal: NodeJS.Signals | null, error?: Error): void {
    if (this.closed && this.pending.size === 0) return;
    const reason =
      error ?? new Error(`the local backend's launcher process died (${signal ?? `exit code ${code}`})`);
    const orphans = [...this.pending.values()];
    this.pending.clear();
    this.closed = true;
    this.deathHandler?.(reason);
    const at = Date.now();
    for (const h of orphans)
      h.onExit({ code: null, signal: null, at, stdoutBytes: 0, stderrBytes: 0, metricsBytes: 0, lost: true });
  }
}
