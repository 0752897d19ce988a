/**
 * The program of the launcher process (see launcher.ts), run with `node -e` so it needs no file
 * of its own next to a bundle. It reads one JSON message a line on stdin:
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
 */
export const LAUNCHER_SOURCE = String.raw`
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const running = new Map(); // key -> pid
const after = new Map(); // key -> the request to start when that key exits with code 0
const queued = new Set(); // keys of the requests waiting in 'after'
const baseEnv = { ...process.env }; // process.env is read through getenv: copy it once
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => {});
let outbox = '';
const flush = () => { const text = outbox; outbox = ''; process.stdout.write(text); };
const send = (m) => { if (outbox === '') process.nextTick(flush); outbox += JSON.stringify(m) + '\n'; };
const fsize = (fd) => { try { return fs.fstatSync(fd).size; } catch { return 0; } };
const size = (p) => { const s = fs.statSync(p, { throwIfNoEntry: false }); return s ? s.size : 0; };
const killGroup = (pid) => { try { process.kill(-pid, 'SIGKILL'); } catch {} };
const closeQuietly = (fd) => { try { fs.closeSync(fd); } catch {} };
// Log files of a queued request are opened while its predecessor runs, so that only the spawn
// is left between the two; a request that never starts takes its empty files with it.
function openLogs(r) {
  const out = fs.openSync(r.out, 'w');
  try { return [out, fs.openSync(r.err, 'w')]; } catch (e) { fs.closeSync(out); throw e; }
}
function discard(r) {
  if (!r.fds) return;
  for (const fd of r.fds) closeQuietly(fd);
  for (const p of [r.out, r.err]) { try { fs.unlinkSync(p); } catch {} }
}
function drop(k) {
  for (let r = after.get(k); r; r = after.get(k)) { after.delete(k); queued.delete(r.k); discard(r); k = r.k; }
}
function start(r) {
  let out, err;
  try {
    [out, err] = r.fds || openLogs(r);
  } catch (e) {
    drop(r.k);
    send({ k: r.k, t: 'error', code: 'ELOGS', message: 'cannot open log files: ' + e.message, at: Date.now() });
    return;
  }
  let child;
  try {
    child = spawn(r.file, r.args, { cwd: r.cwd, env: { ...baseEnv, ...r.env }, detached: true, shell: false, stdio: ['ignore', out, err] });
  } catch (e) {
    child = undefined;
    send({ k: r.k, t: 'error', code: e.code || 'EINVAL', message: e.message, at: Date.now() });
  }
  const at = Date.now();
  if (!child || child.pid === undefined) {
    fs.closeSync(out);
    fs.closeSync(err);
    drop(r.k);
    if (child) child.on('error', (e) => send({ k: r.k, t: 'error', code: e.code || 'EUNKNOWN', message: e.message, at: Date.now() }));
    return;
  }
  const pid = child.pid;
  running.set(r.k, pid);
  send({ k: r.k, t: 'start', pid, at });
  child.on('exit', (code, signal) => {
    const end = Date.now();
    running.delete(r.k);
    killGroup(pid);
    const next = after.get(r.k);
    const clean = code === 0 && signal === null;
    if (next && clean) {
      after.delete(r.k);
      queued.delete(next.k);
    } else {
      drop(r.k);
    }
    const exit = { k: r.k, t: 'exit', code, signal, at: end, out: fsize(out), err: fsize(err), metrics: size(r.metrics) };
    closeQuietly(out);
    closeQuietly(err);
    if (next && clean) exit.next = next.k;
    send(exit);
    if (next && clean) start(next);
  });
}
function handle(m) {
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
  if (m.after === undefined) return start(m);
  if ((running.has(m.after) || queued.has(m.after)) && !after.has(m.after)) {
    try { m.fds = openLogs(m); } catch {} // start() tries again, and reports it
    after.set(m.after, m);
    queued.add(m.k);
  }
}
let buffer = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
    const line = buffer.slice(0, nl);
    buffer = buffer.slice(nl + 1);
    if (line) handle(JSON.parse(line));
  }
});
process.stdin.on('end', () => {
  for (const pid of running.values()) killGroup(pid);
  for (const r of after.values()) discard(r);
  if (outbox !== '') flush();
  process.exit(0);
});
`;
