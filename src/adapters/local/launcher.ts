import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { bundledProgram } from '../bundled-program.js';
import { Outbox } from './launcher-outbox.js';
import type { LauncherMessage, StartMessage } from './launcher-protocol.js';

export interface LaunchRequest {
  file: string;
  args: string[];
  cwd: string;
  /** Laid over the launcher's own environment (the allowlisted host variables it was started with). */
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
  /** Key of the request queued behind this one that the launcher started on this exit. */
  next?: number;
}

export interface LaunchHandlers {
  onStart(pid: number, at: number): void;
  onError(code: string, message: string, at: number): void;
  onExit(exit: LaunchExit): void;
  /** What was queued behind this process is dropped, and the process is still running. */
  onUnchained?(): void;
}

interface Pending {
  handlers: LaunchHandlers;
  /** Asked to start (directly, or by the exit it was queued behind); false while queued. */
  launched: boolean;
  /** The request queued behind this one, if any. */
  next?: number;
}

/**
 * Starts job processes from a small helper process instead of from the run itself. fork()
 * copies the parent's page tables, so its cost grows with the parent's memory: from a CLI that
 * holds a plan, a schema validator and a report model, each spawn costs about twice what it
 * does from a bare node process, and for short jobs that is most of the run's overhead.
 * A request can also be queued behind a running one (`chain`): the launcher starts it the moment
 * its predecessor exits with code 0, so back-to-back short jobs do not wait a round trip to the
 * run between them. Killing is done by the run directly (`kill(-pid)`).
 */
export class Launcher {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly pending = new Map<number, Pending>();
  private nextKey = 1;
  private launched = 0;
  private buffer = '';
  /** Lines written in one turn of the event loop go out in one write. */
  private readonly outbox = new Outbox((text) => {
    if (!this.closed) this.child.stdin.write(text);
  });
  private closed = false;
  private deathHandler: ((error: Error) => void) | undefined;

  constructor(baseEnv: Record<string, string | undefined>) {
    // One V8 worker thread instead of one per core: fork() from a process with fewer threads
    // costs less (fewer CPUs to flush TLBs on), measurably so where page-table work is slow.
    this.child = spawn(process.execPath, ['--v8-pool-size=1', bundledProgram('local-launcher.js')], {
      env: baseEnv,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.receive(chunk));
    this.child.stdin.on('error', () => undefined); // a dead launcher is reported by 'exit'
    this.child.on('exit', (code, signal) => this.died(code, signal));
    this.child.on('error', (error) => this.died(null, null, error));
  }

  /** Processes asked for and not yet reaped (queued requests not counted). */
  get inFlight(): number {
    return this.launched;
  }

  /** Called once if the launcher dies while the run still needs it. */
  onDeath(handler: (error: Error) => void): void {
    this.deathHandler = handler;
  }

  /** Starts a process now; returns its key. */
  launch(request: LaunchRequest, handlers: LaunchHandlers): number {
    const k = this.nextKey++;
    this.pending.set(k, { handlers, launched: true });
    this.launched++;
    this.send(k, request, undefined);
    return k;
  }

  /**
   * Queues a process behind `after` (running, or itself queued): it starts when that one exits
   * with code 0, and the exit says so in `next`. An exit without `next` means it never will.
   */
  chain(after: number, request: LaunchRequest, handlers: LaunchHandlers): number {
    const k = this.nextKey++;
    const predecessor = this.pending.get(after);
    if (predecessor) predecessor.next = k;
    this.pending.set(k, { handlers, launched: false });
    this.send(k, request, after);
    return k;
  }

  /** Drops what is queued behind `key`; onUnchained follows if the process is still running. */
  unchain(key: number): void {
    if (!this.closed) this.outbox.send(JSON.stringify({ t: 'unchain', k: key }));
  }

  /** Drops every queued request: from now on, exits start nothing. */
  dropQueues(): void {
    if (!this.closed) this.outbox.send(JSON.stringify({ t: 'drop' }));
  }

  /**
   * Lets the launcher exit; it kills any process group still running and tidies the log folder
   * (see launcher-main.ts), so the run is over once it has gone (or after `graceMs` at most).
   */
  close(graceMs = 2000): Promise<void> {
    this.outbox.flush();
    this.closed = true;
    this.child.stdin.end();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      timer.unref();
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(k: number, request: LaunchRequest, after: number | undefined): void {
    const message: StartMessage = {
      k,
      file: request.file,
      args: request.args,
      cwd: request.cwd,
      env: request.env,
      out: request.stdoutFile,
      err: request.stderrFile,
      metrics: request.metricsFile,
      ...(after !== undefined ? { after } : {}),
    };
    this.outbox.send(JSON.stringify(message));
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let nl = this.buffer.indexOf('\n'); nl >= 0; nl = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (line !== '') this.dispatch(JSON.parse(line) as LauncherMessage);
    }
  }

  /** Forgets the requests queued behind this one: they will never start. */
  private dropQueue(entry: Pending): void {
    for (let k = entry.next; k !== undefined;) {
      const queued = this.pending.get(k);
      this.pending.delete(k);
      k = queued?.next;
    }
    entry.next = undefined;
  }

  private dispatch(message: LauncherMessage): void {
    const entry = this.pending.get(message.k);
    if (!entry) return;
    const { handlers } = entry;
    switch (message.t) {
      case 'start':
        handlers.onStart(message.pid, message.at);
        break;
      case 'error':
        this.ended(message.k, entry);
        this.dropQueue(entry);
        handlers.onError(message.code, message.message, message.at);
        break;
      case 'unchained':
        this.dropQueue(entry);
        handlers.onUnchained?.();
        break;
      case 'exit': {
        this.ended(message.k, entry);
        const next =
          message.next !== undefined && entry.next === message.next
            ? this.pending.get(message.next)
            : undefined;
        if (next) {
          next.launched = true;
          this.launched++;
        } else {
          this.dropQueue(entry);
        }
        handlers.onExit({
          code: message.code,
          signal: message.signal,
          at: message.at,
          stdoutBytes: message.out,
          stderrBytes: message.err,
          metricsBytes: message.metrics,
          ...(next ? { next: message.next } : {}),
        });
        break;
      }
    }
  }

  private ended(k: number, entry: Pending): void {
    this.pending.delete(k);
    if (entry.launched) this.launched--;
  }

  private died(code: number | null, signal: NodeJS.Signals | null, error?: Error): void {
    if (this.closed && this.launched === 0) return;
    const reason =
      error ?? new Error(`the local backend's launcher process died (${signal ?? `exit code ${code}`})`);
    // Queued requests never started: the exits they wait for, reported lost, name no successor.
    const orphans = [...this.pending.values()].filter((p) => p.launched);
    this.pending.clear();
    this.launched = 0;
    this.closed = true;
    this.deathHandler?.(reason);
    const at = Date.now();
    for (const p of orphans)
      p.handlers.onExit({
        code: null,
        signal: null,
        at,
        stdoutBytes: 0,
        stderrBytes: 0,
        metricsBytes: 0,
        lost: true,
      });
  }
}
