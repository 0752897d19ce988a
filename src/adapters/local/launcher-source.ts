/**
 * The program of the launcher process (see launcher.ts), run with `node -e` so it needs no file
 * of its own next to a bundle. It reads one JSON request a line on stdin, starts the command in
 * its own process group with stdout and stderr going straight to files, and writes JSON lines
 * back: {k, t:"start", pid, at}, {k, t:"error", code, message, at} or
 * {k, t:"exit", code, signal, at, out, err, metrics} (byte sizes of the three files).
 * It ignores the terminal's signals, because the run decides what to kill; when stdin closes
 * (the run ended or died) it kills every group it started and exits, so nothing is orphaned.
 */
export const LAUNCHER_SOURCE = String.raw`
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const running = new Map();
const baseEnv = { ...process.env }; // process.env is read through getenv: copy it once
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => {});
const send = (m) => process.stdout.write(JSON.stringify(m) + '\n');
const size = (p) => { const s = fs.statSync(p, { throwIfNoEntry: false }); return s ? s.size : 0; };
const killGroup = (pid) => { try { process.kill(-pid, 'SIGKILL'); } catch {} };
function handle(r) {
  let out = -1, err = -1;
  try {
    out = fs.openSync(r.out, 'w');
    err = fs.openSync(r.err, 'w');
  } catch (e) {
    if (out >= 0) fs.closeSync(out);
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
  fs.closeSync(out);
  fs.closeSync(err);
  if (!child) return;
  child.on('error', (e) => {
    if (child.pid === undefined) send({ k: r.k, t: 'error', code: e.code || 'EUNKNOWN', message: e.message, at: Date.now() });
  });
  if (child.pid === undefined) return;
  const pid = child.pid;
  running.set(r.k, pid);
  send({ k: r.k, t: 'start', pid, at });
  child.on('exit', (code, signal) => {
    const end = Date.now();
    running.delete(r.k);
    killGroup(pid);
    send({ k: r.k, t: 'exit', code, signal, at: end, out: size(r.out), err: size(r.err), metrics: size(r.metrics) });
  });
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
  process.exit(0);
});
`;
