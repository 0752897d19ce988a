// src/adapters/local/launcher-main.ts
import { spawn } from "node:child_process";
import fs from "node:fs";
var running = /* @__PURE__ */ new Map();
var after = /* @__PURE__ */ new Map();
var queued = /* @__PURE__ */ new Set();
var baseEnv = { ...process.env };
var outbox = "";
function flush() {
  const text = outbox;
  outbox = "";
  process.stdout.write(text);
}
function send(message) {
  if (outbox === "") process.nextTick(flush);
  outbox += `${JSON.stringify(message)}
`;
}
function quietly(action) {
  try {
    action();
  } catch {
  }
}
var fsize = (fd) => {
  try {
    return fs.fstatSync(fd).size;
  } catch {
    return 0;
  }
};
var size = (file) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
var killGroup = (pid) => quietly(() => process.kill(-pid, "SIGKILL"));
function openLogs(r) {
  const out = fs.openSync(r.out, "w");
  try {
    return [out, fs.openSync(r.err, "w")];
  } catch (error) {
    fs.closeSync(out);
    throw error;
  }
}
function discard(r) {
  if (!r.fds) return;
  for (const fd of r.fds) quietly(() => fs.closeSync(fd));
  for (const file of [r.out, r.err]) quietly(() => fs.unlinkSync(file));
}
function drop(key) {
  for (let k = key, r = after.get(k); r; r = after.get(k)) {
    after.delete(k);
    queued.delete(r.k);
    discard(r);
    k = r.k;
  }
}
function failed(r, code, message) {
  send({ k: r.k, t: "error", code, message, at: Date.now() });
}
function start(r) {
  let fds;
  try {
    fds = r.fds ?? openLogs(r);
  } catch (error) {
    drop(r.k);
    failed(r, "ELOGS", `cannot open log files: ${error.message}`);
    return;
  }
  const [out, err] = fds;
  let child;
  try {
    const env = { ...baseEnv, ...r.env };
    child = spawn(r.file, r.args, {
      cwd: r.cwd,
      env,
      detached: true,
      shell: false,
      stdio: ["ignore", out, err]
    });
  } catch (error) {
    const e = error;
    failed(r, e.code ?? "EINVAL", e.message);
  }
  const at = Date.now();
  if (!child || child.pid === void 0) {
    fs.closeSync(out);
    fs.closeSync(err);
    drop(r.k);
    child?.on("error", (e) => failed(r, e.code ?? "EUNKNOWN", e.message));
    return;
  }
  const pid = child.pid;
  running.set(r.k, pid);
  send({ k: r.k, t: "start", pid, at });
  child.on("exit", (code, signal) => exited(r, pid, fds, code, signal));
}
function exited(r, pid, [out, err], code, signal) {
  const end = Date.now();
  running.delete(r.k);
  killGroup(pid);
  const next = after.get(r.k);
  const handOn = next !== void 0 && code === 0 && signal === null;
  if (handOn) {
    after.delete(r.k);
    queued.delete(next.k);
  } else {
    drop(r.k);
  }
  const sizes = { out: fsize(out), err: fsize(err), metrics: size(r.metrics) };
  quietly(() => fs.closeSync(out));
  quietly(() => fs.closeSync(err));
  send({ k: r.k, t: "exit", code, signal, at: end, ...sizes, ...handOn ? { next: next.k } : {} });
  if (handOn) start(next);
}
function handle(m) {
  if (m.t === "drop") {
    for (const k of [...after.keys()]) drop(k);
    return;
  }
  if (m.t === "unchain") {
    if (!running.has(m.k)) return;
    drop(m.k);
    send({ k: m.k, t: "unchained" });
    return;
  }
  if (m.after === void 0) {
    start(m);
    return;
  }
  if ((running.has(m.after) || queued.has(m.after)) && !after.has(m.after)) {
    const r = m;
    quietly(() => r.fds = openLogs(r));
    after.set(m.after, r);
    queued.add(m.k);
  }
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => void 0);
var buffer = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  buffer += chunk;
  for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
    const line = buffer.slice(0, nl);
    buffer = buffer.slice(nl + 1);
    if (line) handle(JSON.parse(line));
  }
});
process.stdin.on("end", () => {
  for (const pid of running.values()) killGroup(pid);
  for (const r of after.values()) discard(r);
  if (outbox !== "") flush();
  process.exit(0);
});
