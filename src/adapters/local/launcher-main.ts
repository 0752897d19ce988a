/**
 * The program of the launcher process (see launcher.ts), bundled on its own into
 * dist/local-launcher.js. It reads one JSON message a line on stdin (launcher-protocol.ts):
 * - a request {k, file, args, cwd, env, out, err, metrics}: start the command now, in its own
 *   process group, with stdout and stderr going straight to files;
 * - the same with `after: k0`: queue it behind k0 (running, or itself queued) and start it the
 *   moment k0 exits with code 0, with no round trip to the run. If k0 exits any other way, or is
 *   gone already when the request arrives, the request and everything queued behind it are
 *   dropped without a word: the run learns it from k0's exit, which then names no `next`;
 * - {t: "unchain", k}: drop what is queued behind k and answer {k, t: "unchained"} if k is still
 *   running (if it is not, its exit, already sent, says whether a successor started);
 * - {t: "drop"}: drop every queued request (the run is stopping); exits then name no `next`.
 * It writes JSON lines back: {k, t:"start", pid, at}, {k, t:"error", code, message, at},
 * {k, t:"exit", code, signal, at, out, err, metrics, next?} (byte sizes of the three files;
 * `next` is the key of the queued request started on this exit, whose start or error follows).
 * Lines written in one turn of the event loop go out in one write.
 * It ignores the terminal's signals, because the run decides what to kill; when stdin closes
 * (the run ended or died) it kills every group it started and exits, so nothing is orphaned.
 * It imports nothing of the project but types: it must start fast and stay small.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { LauncherMessage, RunMessage, StartMessage } from './launcher-protocol.js';

/** A request, with its log files once opened (a queued one opens them while it waits). */
type Request = StartMessage & { fds?: [number, number] };

const running = new Map<number, number>(); // key -> pid
const after = new Map<number, Request>(); // key -> the request to start when that key exits with code 0
const queued = new Set<number>(); // keys of the requests waiting in `after`
const baseEnv = { ...process.env }; // process.env is read through getenv: copy it once

let outbox = '';
function flush(): void {
  const text = outbox;
  outbox = '';
  process.stdout.write(text);
}
function send(message: LauncherMessage): void {
  if (outbox === '') process.nextTick(flush);
  outbox += `${JSON.stringify(message)}\n`;
}

function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // gone already
  }
}
const fsize = (fd: number): number => {
  try {
    return fs.fstatSync(fd).size;
  } catch {
    return 0;
  }
};
const size = (file: string): number => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
const killGroup = (pid: number): void => quietly(() => process.kill(-pid, 'SIGKILL'));

// Log files of a queued request are opened while its predecessor runs, so that only the spawn
// is left between the two; a request that never starts takes its empty files with it.
function openLogs(r: Request): [number, number] {
  const out = fs.openSync(r.out, 'w');
  try {
    return [out, fs.openSync(r.err, 'w')];
  } catch (error) {
    fs.closeSync(out);
    throw error;
  }
}

function discard(r: Request): void {
  if (!r.fds) return;
  for (const fd of r.fds) quietly(() => fs.closeSync(fd));
  for (const file of [r.out, r.err]) quietly(() => fs.unlinkSync(file));
}

/** Drops everything queued behind `key`. */
function drop(key: number): void {
  for (let k = key, r = after.get(k); r; r = after.get(k)) {
    after.delete(k);
    queued.delete(r.k);
    discard(r);
    k = r.k;
  }
}

function failed(r: Request, code: string, message: string): void {
  send({ k: r.k, t: 'error', code, message, at: Date.now() });
}

function start(r: Request): void {
  let fds: [number, number];
  try {
    fds = r.fds ?? openLogs(r);
  } catch (error) {
    drop(r.k);
    failed(r, 'ELOGS', `cannot open log files: ${(error as Error).message}`);
    return;
  }
  const [out, err] = fds;
  let child: ChildProcess | undefined;
  try {
    const env = { ...baseEnv, ...r.env };
    child = spawn(r.file, r.args, {
      cwd: r.cwd,
      env,
      detached: true,
      shell: false,
      stdio: ['ignore', out, err],
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    failed(r, e.code ?? 'EINVAL', e.message);
  }
  const at = Date.now();
  if (!child || child.pid === undefined) {
    fs.closeSync(out);
    fs.closeSync(err);
    drop(r.k);
    child?.on('error', (e: NodeJS.ErrnoException) => failed(r, e.code ?? 'EUNKNOWN', e.message));
    return;
  }
  const pid = child.pid;
  running.set(r.k, pid);
  send({ k: r.k, t: 'start', pid, at });
  child.on('exit', (code, signal) => exited(r, pid, fds, code, signal));
}

function exited(
  r: Request,
  pid: number,
  [out, err]: [number, number],
  code: number | null,
  signal: NodeJS.Signals | null,
): void {
  const end = Date.now();
  running.delete(r.k);
  killGroup(pid);
  const next = after.get(r.k);
  const handOn = next !== undefined && code === 0 && signal === null;
  if (handOn) {
    after.delete(r.k);
    queued.delete(next.k);
  } else {
    drop(r.k);
  }
  const sizes = { out: fsize(out), err: fsize(err), metrics: size(r.metrics) };
  quietly(() => fs.closeSync(out));
  quietly(() => fs.closeSync(err));
  send({ k: r.k, t: 'exit', code, signal, at: end, ...sizes, ...(handOn ? { next: next.k } : {}) });
  if (handOn) start(next);
}

function handle(m: RunMessage): void {
  if (m.t === 'drop') {
    for (const k of [...after.keys()]) drop(k);
    return;
  }
  if (m.t === 'unchain') {
    if (!running.has(m.k)) return;
    drop(m.k);
    send({ k: m.k, t: 'unchained' });
    return;
  }
  if (m.after === undefined) {
    start(m);
    return;
  }
  if ((running.has(m.after) || queued.has(m.after)) && !after.has(m.after)) {
    const r: Request = m;
    quietly(() => (r.fds = openLogs(r))); // start() tries again, and reports it
    after.set(m.after, r);
    queued.add(m.k);
  }
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => undefined);
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  buffer += chunk;
  for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
    const line = buffer.slice(0, nl);
    buffer = buffer.slice(nl + 1);
    if (line) handle(JSON.parse(line) as RunMessage);
  }
});
process.stdin.on('end', () => {
  for (const pid of running.values()) killGroup(pid);
  for (const r of after.values()) discard(r);
  if (outbox !== '') flush();
  process.exit(0);
});
