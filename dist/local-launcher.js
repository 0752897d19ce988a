// src/adapters/local/launcher-main.ts
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// src/adapters/local/launcher-outbox.ts
var Outbox = class {
  constructor(write, batchMs = 0) {
    this.write = write;
    this.batchMs = batchMs;
  }
  text = "";
  soon = false;
  later;
  send(line, canWait = false) {
    this.text += `${line}
`;
    if (!canWait) {
      if (!this.soon) process.nextTick(() => this.flush());
      this.soon = true;
    } else if (!this.soon && !this.later) {
      this.later = setTimeout(() => this.flush(), this.batchMs);
    }
  }
  flush() {
    clearTimeout(this.later);
    this.later = void 0;
    this.soon = false;
    const text = this.text;
    this.text = "";
    if (text !== "") this.write(text);
  }
};

// src/adapters/local/launcher-main.ts
var running = /* @__PURE__ */ new Map();
var writing = /* @__PURE__ */ new Map();
var after = /* @__PURE__ */ new Map();
var queued = /* @__PURE__ */ new Set();
var baseEnv = { ...process.env };
var outbox = new Outbox((text) => process.stdout.write(text), 20);
var LOW_WATER = 4;
function send(message, canWait = false) {
  outbox.send(JSON.stringify(message), canWait);
}
function queuedBehind(key) {
  let n = 0;
  for (let r = after.get(key); r; r = after.get(r.k)) n++;
  return n;
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
var spare = /* @__PURE__ */ new Map();
var scratchCount = 0;
function takeLogs(r) {
  const dir = path.dirname(r.out);
  const reused = spare.get(dir)?.pop();
  if (reused) return reused;
  const base = path.join(dir, `.scratch-${process.pid}-${scratchCount++}`);
  const files = [`${base}.stdout`, `${base}.stderr`];
  const out = fs.openSync(files[0], "w");
  try {
    return { fds: [out, fs.openSync(files[1], "w")], files };
  } catch (error) {
    fs.closeSync(out);
    throw error;
  }
}
function returnLogs(r, logs) {
  const dir = path.dirname(r.out);
  const list = spare.get(dir);
  if (list) list.push(logs);
  else spare.set(dir, [logs]);
}
function settleLogs(r, logs, out, err) {
  if (out === 0 && err === 0) {
    returnLogs(r, logs);
    return;
  }
  quietly(() => fs.renameSync(logs.files[0], r.out));
  quietly(() => fs.renameSync(logs.files[1], r.err));
  for (const fd of logs.fds) quietly(() => fs.closeSync(fd));
}
function removeSpare() {
  for (const pairs of spare.values())
    for (const { fds, files } of pairs) {
      for (const fd of fds) quietly(() => fs.closeSync(fd));
      for (const file of files) quietly(() => fs.unlinkSync(file));
    }
  spare.clear();
}
function discard(r) {
  if (r.logs) returnLogs(r, r.logs);
  delete r.logs;
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
function start(r, canWait = false) {
  let logs;
  try {
    logs = r.logs ?? takeLogs(r);
  } catch (error) {
    drop(r.k);
    failed(r, "ELOGS", `cannot open log files: ${error.message}`);
    return;
  }
  delete r.logs;
  const [out, err] = logs.fds;
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
    returnLogs(r, logs);
    drop(r.k);
    child?.on("error", (e) => failed(r, e.code ?? "EUNKNOWN", e.message));
    return;
  }
  const pid = child.pid;
  running.set(r.k, pid);
  writing.set(r.k, [r, logs]);
  send({ k: r.k, t: "start", pid, at }, canWait);
  child.on("exit", (code, signal) => exited(r, pid, logs, code, signal));
}
function exited(r, pid, logs, code, signal) {
  const end = Date.now();
  running.delete(r.k);
  writing.delete(r.k);
  killGroup(pid);
  const next = after.get(r.k);
  const handOn = next !== void 0 && code === 0 && signal === null;
  if (handOn) {
    after.delete(r.k);
    queued.delete(next.k);
  } else {
    drop(r.k);
  }
  const sizes = { out: fsize(logs.fds[0]), err: fsize(logs.fds[1]), metrics: size(r.metrics) };
  settleLogs(r, logs, sizes.out, sizes.err);
  const canWait = handOn && queuedBehind(next.k) >= LOW_WATER;
  send({ k: r.k, t: "exit", code, signal, at: end, ...sizes, ...handOn ? { next: next.k } : {} }, canWait);
  if (handOn) start(next, canWait);
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
    quietly(() => r.logs = takeLogs(r));
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
  for (const [r, logs] of writing.values()) settleLogs(r, logs, fsize(logs.fds[0]), fsize(logs.fds[1]));
  for (const r of after.values()) discard(r);
  removeSpare();
  outbox.flush();
  process.exit(0);
});
