/**
 * The program of the launcher process (see launcher.ts), bundled on its own into
 * dist/local-launcher.js. It reads one JSON message a line on stdin (launcher-protocol.ts):
 * - a request {k, file, args, cwd, env, out, err, metrics}: start the command now, in its own
 *   process group, with stdout and stderr going straight to files (a pair of scratch files
 *   renamed to `out` and `err` when the command wrote anything to either; see takeLogs);
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
 * Lines written in one turn of the event loop go out in one write; the ends of very short jobs
 * handed on down a long queue wait up to 20 ms and go out together (launcher-outbox.ts).
 * It ignores the terminal's signals, because the run decides what to kill; when stdin closes
 * (the run ended or died) it kills every group it started and exits, so nothing is orphaned.
 * It imports nothing of the project but types and its outbox: it must start fast and stay small.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LauncherMessage, RunMessage, StartMessage } from './launcher-protocol.js';
import { Outbox } from './launcher-outbox.js';

/** A pair of open scratch files in a log folder, that one command's stdout and stderr go to. */
interface Logs {
  fds: [number, number];
  files: [string, string];
}

/** A request, with its log files once taken (a queued one takes them while it waits). */
type Request = StartMessage & { logs?: Logs };

const running = new Map<number, number>(); // key -> pid
const writing = new Map<number, [Request, Logs]>(); // key -> the logs a running command writes
const after = new Map<number, Request>(); // key -> the request to start when that key exits with code 0
const queued = new Set<number>(); // keys of the requests waiting in `after`
const baseEnv = { ...process.env }; // process.env is read through getenv: copy it once

/** The run is told at once of anything it must act on; of ends handed on down a long queue, in batches. */
const outbox = new Outbox((text) => process.stdout.write(text), 20);
/** A queue this short is reported at once, so the run tops it up before it runs dry. */
const LOW_WATER = 4;
function send(message: LauncherMessage, canWait = false): void {
  outbox.send(JSON.stringify(message), canWait);
}

/** How many requests are queued behind `key`. */
function queuedBehind(key: number): number {
  let n = 0;
  for (let r = after.get(key); r; r = after.get(r.k)) n++;
  return n;
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

// Most short jobs print nothing, and creating two files a job cost more than the job itself
// (ext4 allocates inodes slowly next to ones freed recently). So a command writes into a pair
// of scratch files; the pair is renamed to the job's log names only when it wrote something,
// and an untouched pair serves the next command. Its process group is killed on exit, so
// nothing is left to write into a pair once it is handed on.
const spare = new Map<string, Logs[]>(); // log folder -> untouched pairs
let scratchCount = 0;

function takeLogs(r: Request): Logs {
  const dir = path.dirname(r.out);
  const reused = spare.get(dir)?.pop();
  if (reused) return reused;
  const base = path.join(dir, `.scratch-${process.pid}-${scratchCount++}`);
  const files: [string, string] = [`${base}.stdout`, `${base}.stderr`];
  const out = fs.openSync(files[0], 'w');
  try {
    return { fds: [out, fs.openSync(files[1], 'w')], files };
  } catch (error) {
    fs.closeSync(out);
    throw error;
  }
}

function returnLogs(r: Request, logs: Logs): void {
  const dir = path.dirname(r.out);
  const list = spare.get(dir);
  if (list) list.push(logs);
  else spare.set(dir, [logs]);
}

/** After the command: its output, if any, under the job's names; an untouched pair back to spare. */
function settleLogs(r: Request, logs: Logs, out: number, err: number): void {
  if (out === 0 && err === 0) {
    returnLogs(r, logs);
    return;
  }
  quietly(() => fs.renameSync(logs.files[0], r.out));
  quietly(() => fs.renameSync(logs.files[1], r.err));
  for (const fd of logs.fds) quietly(() => fs.closeSync(fd));
}

function removeSpare(): void {
  for (const pairs of spare.values())
    for (const { fds, files } of pairs) {
      for (const fd of fds) quietly(() => fs.closeSync(fd));
      for (const file of files) quietly(() => fs.unlinkSync(file));
    }
  spare.clear();
}

function discard(r: Request): void {
  if (r.logs) returnLogs(r, r.logs);
  delete r.logs;
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

function start(r: Request, canWait = false): void {
  let logs: Logs;
  try {
    logs = r.logs ?? takeLogs(r);
  } catch (error) {
    drop(r.k);
    failed(r, 'ELOGS', `cannot open log files: ${(error as Error).message}`);
    return;
  }
  delete r.logs;
  const [out, err] = logs.fds;
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
    returnLogs(r, logs);
    drop(r.k);
    child?.on('error', (e: NodeJS.ErrnoException) => failed(r, e.code ?? 'EUNKNOWN', e.message));
    return;
  }
  const pid = child.pid;
  running.set(r.k, pid);
  writing.set(r.k, [r, logs]);
  send({ k: r.k, t: 'start', pid, at }, canWait);
  child.on('exit', (code, signal) => exited(r, pid, logs, code, signal));
}

function exited(
  r: Request,
  pid: number,
  logs: Logs,
  code: number | null,
  signal: NodeJS.Signals | null,
): void {
  const end = Date.now();
  running.delete(r.k);
  writing.delete(r.k);
  killGroup(pid);
  const next = after.get(r.k);
  const handOn = next !== undefined && code === 0 && signal === null;
  if (handOn) {
    after.delete(r.k);
    queued.delete(next.k);
  } else {
    drop(r.k);
  }
  const sizes = { out: fsize(logs.fds[0]), err: fsize(logs.fds[1]), metrics: size(r.metrics) };
  settleLogs(r, logs, sizes.out, sizes.err);
  const canWait = handOn && queuedBehind(next.k) >= LOW_WATER;
  send({ k: r.k, t: 'exit', code, signal, at: end, ...sizes, ...(handOn ? { next: next.k } : {}) }, canWait);
  if (handOn) start(next, canWait);
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
    quietly(() => (r.logs = takeLogs(r))); // start() tries again, and reports it
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
  // What the killed commands printed stays under their names.
  for (const [r, logs] of writing.values()) settleLogs(r, logs, fsize(logs.fds[0]), fsize(logs.fds[1]));
  for (const r of after.values()) discard(r);
  removeSpare();
  outbox.flush();
  process.exit(0);
});
