import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/adapters/local/local-executor.ts
import os from "node:os";
import { mkdir } from "node:fs/promises";

// src/adapters/local/local-run.ts
import { statSync } from "node:fs";
import path from "node:path";

// src/domain/plan/workload-env.ts
var HOST_ENV_ALLOWLIST = [
  "PATH",
  "HOME",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  // Where an image's shared libraries are (CUDA images set it); it locates code, it holds no secret.
  "LD_LIBRARY_PATH"
];
function contractEnv(id) {
  return {
    BATCHBENCH_RUN_ID: id.runId,
    BATCHBENCH_EXPERIMENT: id.experiment,
    BATCHBENCH_STAGE: id.stage,
    BATCHBENCH_JOB_ID: id.jobId,
    BATCHBENCH_CELL: id.cellId,
    BATCHBENCH_MATRIX: JSON.stringify(id.matrix),
    BATCHBENCH_REPEAT: String(id.repeat),
    BATCHBENCH_ATTEMPT: String(id.attempt),
    BATCHBENCH_SHARD_INDEX: String(id.shardIndex),
    BATCHBENCH_SHARD_COUNT: String(id.shardCount),
    ...id.itemStart !== void 0 ? { BATCHBENCH_ITEM_START: String(id.itemStart) } : {},
    ...id.itemEnd !== void 0 ? { BATCHBENCH_ITEM_END: String(id.itemEnd) } : {},
    BATCHBENCH_METRICS: id.metricsFile
  };
}
function allowedHostEnv(host) {
  const out = {};
  for (const [name, value] of Object.entries(host)) {
    if (value === void 0) continue;
    if (HOST_ENV_ALLOWLIST.includes(name) || name.startsWith("LC_")) out[name] = value;
  }
  return out;
}
function workloadEnv(host, runEnv, id) {
  return { ...host, ...runEnv, ...contractEnv(id) };
}

// src/adapters/local/attempt-output.ts
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";

// src/domain/results/metrics-lines.ts
var NAME = /^[A-Za-z0-9_.-]{1,64}$/;
var STDOUT_PREFIX = "::metric ";
function isMetricName(name) {
  return NAME.test(name);
}
function parseMetricsJsonLines(text) {
  const values = /* @__PURE__ */ new Map();
  let malformed = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const metric = jsonMetric(line);
    if (metric) values.set(metric.name, metric.value);
    else malformed++;
  }
  return { values: Object.fromEntries(values), malformed };
}
function stdoutMetric(raw) {
  const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  if (!line.startsWith(STDOUT_PREFIX)) return void 0;
  const body = line.slice(STDOUT_PREFIX.length).trim();
  const eq = body.indexOf("=");
  if (eq <= 0) return null;
  const name = body.slice(0, eq).trim();
  const value = toNumber(body.slice(eq + 1).trim());
  return isMetricName(name) && value !== void 0 ? { name, value } : null;
}
function mergeMetrics(...sources) {
  const values = /* @__PURE__ */ new Map();
  let malformed = 0;
  for (const s of sources) {
    for (const [name, value] of Object.entries(s.values)) values.set(name, value);
    malformed += s.malformed;
  }
  return { values: Object.fromEntries(values), malformed };
}
function jsonMetric(line) {
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return void 0;
  const { name, value } = parsed;
  if (typeof name !== "string" || !isMetricName(name)) return void 0;
  if (typeof value !== "number" || !Number.isFinite(value)) return void 0;
  return { name, value };
}
function toNumber(text) {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return void 0;
  const value = Number(text);
  return Number.isFinite(value) ? value : void 0;
}

// src/adapters/local/attempt-output.ts
var TAIL_BYTES = 64 * 1024;
var MAX_METRIC_LINE = 4096;
function hasOutputs(sizes, failed) {
  return sizes.stdoutBytes > 0 || sizes.metricsBytes > 0 || failed && sizes.stderrBytes > 0;
}
async function readAttemptOutputs(files, sizes, failed) {
  const none = { values: {}, malformed: 0 };
  const fromStdout = sizes.stdoutBytes > 0 ? await scanStdoutMetrics(files.stdoutFile) : none;
  const fromFile = sizes.metricsBytes > 0 ? parseMetricsJsonLines(await readFile(files.metricsFile, "utf8")) : none;
  const metrics = mergeMetrics(fromStdout, fromFile);
  if (!failed) return metrics;
  const logTail = sizes.stderrBytes > 0 ? await readLogTail(files.stderrFile, sizes.stderrBytes) : await readLogTail(files.stdoutFile, sizes.stdoutBytes);
  return { ...metrics, logTail };
}
async function scanStdoutMetrics(file) {
  const values = /* @__PURE__ */ new Map();
  let malformed = 0;
  let partial = "";
  let overlong = false;
  const take = (line) => {
    const metric = stdoutMetric(line);
    if (metric === void 0) return;
    if (metric) values.set(metric.name, metric.value);
    else malformed++;
  };
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
    const text = chunk;
    let from = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      if (!overlong) take(partial + text.slice(from, nl));
      partial = "";
      overlong = false;
      from = nl + 1;
    }
    if (!overlong) {
      partial += text.slice(from);
      if (partial.length > MAX_METRIC_LINE) {
        overlong = true;
        partial = "";
      }
    }
  }
  if (!overlong && partial !== "") take(partial);
  return { values: Object.fromEntries(values), malformed };
}
async function readLogTail(file, bytes, lines = 50) {
  if (bytes <= 0) return [];
  const start = Math.max(0, bytes - TAIL_BYTES);
  const handle = await open(file, "r");
  let text;
  try {
    const buffer = Buffer.alloc(bytes - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
    text = buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
  const all = text.split(/\r?\n/);
  if (start > 0) all.shift();
  if (all.at(-1) === "") all.pop();
  return all.slice(-lines);
}

// src/adapters/local/launcher.ts
import { spawn } from "node:child_process";

// src/adapters/local/launcher-source.ts
var LAUNCHER_SOURCE = String.raw`
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

// src/adapters/local/launcher.ts
var Launcher = class {
  child;
  pending = /* @__PURE__ */ new Map();
  nextKey = 1;
  launched = 0;
  buffer = "";
  closed = false;
  deathHandler;
  constructor(baseEnv) {
    this.child = spawn(process.execPath, ["--v8-pool-size=1", "-e", LAUNCHER_SOURCE], {
      env: baseEnv,
      stdio: ["pipe", "pipe", "inherit"]
    });
    this.child.stdout.setEncoding("utf8");
    this.child.stdout.on("data", (chunk) => this.receive(chunk));
    this.child.stdin.on("error", () => void 0);
    this.child.on("exit", (code, signal) => this.died(code, signal));
    this.child.on("error", (error) => this.died(null, null, error));
  }
  /** Processes asked for and not yet reaped (queued requests not counted). */
  get inFlight() {
    return this.launched;
  }
  /** Called once if the launcher dies while the run still needs it. */
  onDeath(handler) {
    this.deathHandler = handler;
  }
  /** Starts a process now; returns its key. */
  launch(request, handlers) {
    const k = this.nextKey++;
    this.pending.set(k, { handlers, launched: true });
    this.launched++;
    this.send(k, request, void 0);
    return k;
  }
  /**
   * Queues a process behind `after` (running, or itself queued): it starts when that one exits
   * with code 0, and the exit says so in `next`. An exit without `next` means it never will.
   */
  chain(after, request, handlers) {
    const k = this.nextKey++;
    const predecessor = this.pending.get(after);
    if (predecessor) predecessor.next = k;
    this.pending.set(k, { handlers, launched: false });
    this.send(k, request, after);
    return k;
  }
  /** Drops what is queued behind `key`; onUnchained follows if the process is still running. */
  unchain(key) {
    if (!this.closed) this.child.stdin.write(`${JSON.stringify({ t: "unchain", k: key })}
`);
  }
  /** Drops every queued request: from now on, exits start nothing. */
  dropQueues() {
    if (!this.closed) this.child.stdin.write(`${JSON.stringify({ t: "drop" })}
`);
  }
  /** Lets the launcher exit; it kills any process group still running. */
  close() {
    this.closed = true;
    this.child.stdin.end();
  }
  send(k, request, after) {
    const message = {
      k,
      file: request.file,
      args: request.args,
      cwd: request.cwd,
      env: request.env,
      out: request.stdoutFile,
      err: request.stderrFile,
      metrics: request.metricsFile,
      ...after !== void 0 ? { after } : {}
    };
    this.child.stdin.write(`${JSON.stringify(message)}
`);
  }
  receive(chunk) {
    this.buffer += chunk;
    for (let nl = this.buffer.indexOf("\n"); nl >= 0; nl = this.buffer.indexOf("\n")) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (line !== "") this.dispatch(JSON.parse(line));
    }
  }
  /** Forgets the requests queued behind this one: they will never start. */
  dropQueue(entry) {
    for (let k = entry.next; k !== void 0; ) {
      const queued = this.pending.get(k);
      this.pending.delete(k);
      k = queued?.next;
    }
    entry.next = void 0;
  }
  dispatch(message) {
    const entry = this.pending.get(message.k);
    if (!entry) return;
    const { handlers } = entry;
    switch (message.t) {
      case "start":
        handlers.onStart(message.pid, message.at);
        break;
      case "error":
        this.ended(message.k, entry);
        this.dropQueue(entry);
        handlers.onError(message.code, message.message, message.at);
        break;
      case "unchained":
        this.dropQueue(entry);
        handlers.onUnchained?.();
        break;
      case "exit": {
        this.ended(message.k, entry);
        const next = message.next !== void 0 && entry.next === message.next ? this.pending.get(message.next) : void 0;
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
          ...next ? { next: message.next } : {}
        });
        break;
      }
    }
  }
  ended(k, entry) {
    this.pending.delete(k);
    if (entry.launched) this.launched--;
  }
  died(code, signal, error) {
    if (this.closed && this.launched === 0) return;
    const reason = error ?? new Error(`the local backend's launcher process died (${signal ?? `exit code ${code}`})`);
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
        lost: true
      });
  }
};

// src/adapters/local/memory-sampler.ts
import { existsSync, readFileSync } from "node:fs";
var MAX_TREE = 256;
var MemorySampler = class {
  constructor(intervalMs = 200, procRoot = "/proc") {
    this.intervalMs = intervalMs;
    this.procRoot = procRoot;
    this.available = process.platform === "linux" && existsSync(`${procRoot}/self/status`);
  }
  peaks = /* @__PURE__ */ new Map();
  timer;
  available;
  track(pid) {
    if (!this.available) return;
    this.peaks.set(pid, 0);
    if (!this.timer) {
      this.timer = setInterval(() => this.tick(), this.intervalMs);
      this.timer.unref();
    }
  }
  /** Stops watching a tree and returns its peak in bytes, if any sample saw it. */
  untrack(pid) {
    const peak = this.peaks.get(pid);
    this.peaks.delete(pid);
    return peak ? peak : void 0;
  }
  close() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
    this.peaks.clear();
  }
  tick() {
    for (const [pid, previous] of this.peaks) {
      const bytes = this.treeBytes(pid);
      if (bytes > previous) this.peaks.set(pid, bytes);
    }
  }
  /**
   * The larger of the tree's summed current RSS and the largest single high-water mark:
   * VmHWM catches a single process's spike between two samples, the sum catches a wide tree.
   */
  treeBytes(root) {
    let rss = 0;
    let hwm = 0;
    const queue = [root];
    for (let seen = 0; queue.length > 0 && seen < MAX_TREE; seen++) {
      const pid = queue.shift();
      const status = readProc(`${this.procRoot}/${pid}/status`);
      const children = readProc(`${this.procRoot}/${pid}/task/${pid}/children`);
      rss += kib(status, "VmRSS");
      hwm = Math.max(hwm, kib(status, "VmHWM"));
      for (const child of children.split(" ")) {
        const n = Number(child);
        if (child.trim() !== "" && Number.isInteger(n)) queue.push(n);
      }
    }
    return Math.max(rss, hwm) * 1024;
  }
};
function readProc(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
function kib(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

// src/adapters/local/process-group.ts
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    const code = error.code;
    if (code === "ESRCH" || code === "EPERM") return;
    try {
      process.kill(pid, signal);
    } catch {
    }
  }
}

// src/adapters/local/retry-decision.ts
function shouldRetry(rules, failure) {
  for (const rule of rules) {
    if (matches(rule, failure)) return rule.action === "retry";
  }
  return true;
}
function matches(rule, failure) {
  const checks = [];
  if (rule.onExitCode !== void 0) {
    checks.push(failure.exitCode !== void 0 && glob(rule.onExitCode, String(failure.exitCode)));
  }
  if (rule.onStatusReason !== void 0) checks.push(glob(rule.onStatusReason, failure.statusReason));
  if (rule.onReason !== void 0) checks.push(glob(rule.onReason, failure.statusReason));
  return checks.length > 0 && checks.every(Boolean);
}
function glob(pattern, text) {
  const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`, "s").test(text);
}

// src/adapters/local/local-run.ts
var QUEUE_DEPTH = 2;
var SHORT_JOB_MS = 50;
var HOLD_MS = 100;
var LocalRun = class {
  constructor(jobs, options, settings) {
    this.options = options;
    this.settings = settings;
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    this.free = settings.concurrency;
    this.sampler = new MemorySampler(settings.memorySampleMs);
    this.baseEnv = allowedHostEnv(process.env);
    this.build(jobs);
    if (options.signal.aborted) this.stopping = true;
    else options.signal.addEventListener("abort", this.onAbort, { once: true });
    this.cancelUnreachable();
    const toRun = [...this.states.values()].filter((s) => s.phase !== "done").length;
    const width = this.stopping ? 0 : Math.min(this.maxLaunchers(), toRun);
    while (this.launchers.length < width) this.addLauncher();
    this.pump();
  }
  done;
  resolveDone;
  rejectDone;
  states = /* @__PURE__ */ new Map();
  groups = [];
  active = /* @__PURE__ */ new Set();
  running = /* @__PURE__ */ new Set();
  sampler;
  launchers = [];
  baseEnv;
  /** How long the last successful attempt of each stage ran: queueing ahead is for short jobs. */
  lastRunMs = /* @__PURE__ */ new Map();
  sweep;
  free;
  /** Index of the first group that may still be waiting for admission. */
  head = 0;
  pendingEvents = 0;
  stopping = false;
  fatal;
  finished = false;
  onAbort = () => this.stop();
  build(jobs) {
    const start = this.settings.now();
    const byGroup = /* @__PURE__ */ new Map();
    for (const job of jobs) {
      let group = byGroup.get(job.groupId);
      if (!group) {
        group = {
          id: job.groupId,
          index: this.groups.length,
          members: [],
          hasCopies: false,
          blocked: 0,
          reserved: 0,
          used: 0,
          phase: "waiting"
        };
        byGroup.set(job.groupId, group);
        this.groups.push(group);
      }
      const vcpus = Math.max(1, Math.ceil(job.resources.vcpus));
      const state = {
        job,
        slots: Math.min(vcpus, this.settings.concurrency),
        group,
        copies: [],
        pendingNeeds: 0,
        dependants: [],
        phase: "waiting",
        attempts: 0,
        won: false,
        resolution: "pending"
      };
      this.states.set(job.id, state);
      group.members.push(state);
      if (job.speculativeOf !== void 0) group.hasCopies = true;
    }
    for (const state of this.states.values()) {
      const of = state.job.speculativeOf;
      if (of === void 0) continue;
      const original = this.states.get(of);
      if (!original) {
        state.phase = "done";
        continue;
      }
      state.original = original;
      original.copies.push(state);
    }
    const skip = this.options.skip;
    for (const state of this.states.values()) {
      if (state.original) continue;
      const copyWon = state.copies.some((c) => skip.has(c.job.id));
      if (skip.has(state.job.id) || copyWon) {
        this.settle(state, "ok");
        state.phase = "done";
        for (const c of state.copies) c.phase = "done";
      }
    }
    for (const state of this.states.values()) {
      if (state.original || state.phase === "done") continue;
      for (const need of state.job.needs) {
        const dep = this.states.get(need);
        if (dep?.resolution === "ok" || !dep && skip.has(need)) continue;
        state.pendingNeeds++;
        dep?.dependants.push(state);
      }
      if (state.pendingNeeds === 0) state.readyAt = start;
      else state.group.blocked++;
    }
  }
  /** Needs naming no job of this run and not finished earlier can never be met. */
  cancelUnreachable() {
    for (const state of this.states.values()) {
      if (state.original || state.phase === "done") continue;
      const missing = state.job.needs.find((n) => !this.states.has(n) && !this.options.skip.has(n));
      if (missing !== void 0) this.cancelWaiting(state, `dependency ${missing} is not part of this run`);
    }
  }
  // ---- scheduling -------------------------------------------------------------------------
  pump() {
    if (!this.stopping) {
      for (const group of this.active) this.fill(group);
      for (let i = this.head; i < this.groups.length; i++) {
        const group = this.groups[i];
        if (group.phase !== "waiting") {
          if (i === this.head) this.head++;
          continue;
        }
        if (group.blocked > 0) continue;
        const wanted = this.wanted(group);
        if (wanted === 0) {
          group.phase = "done";
          continue;
        }
        const need = this.settings.exclusiveGroups ? this.settings.concurrency : wanted;
        if (need > this.free) break;
        this.free -= need;
        group.reserved = need;
        group.phase = "active";
        const admittedAt = this.settings.now();
        for (const m of group.members) m.readyAt = Math.max(m.readyAt ?? admittedAt, admittedAt);
        this.active.add(group);
        this.fill(group);
      }
      this.queueAhead();
    }
    this.checkFinished();
  }
  /** The slots a group asks for: its startable originals', up to the whole machine. */
  wanted(group) {
    let sum = 0;
    for (const m of group.members) if (isStartableOriginal(m)) sum += m.slots;
    return Math.min(this.settings.concurrency, sum);
  }
  /** Starts what fits in a group's reservation, then hands back what it cannot use. */
  fill(group) {
    if (this.stopping) return;
    let waitingOriginals = false;
    for (const m of group.members) {
      if (!isStartableOriginal(m)) continue;
      if (m.slots > group.reserved - group.used) {
        waitingOriginals = true;
        break;
      }
      this.start(m);
    }
    if (waitingOriginals) return;
    for (const m of group.members) {
      const original = m.original;
      if (!original || m.phase !== "waiting") continue;
      if (original.phase !== "running" || original.won) continue;
      if (m.slots <= group.reserved - group.used) this.start(m);
    }
    if (this.settings.exclusiveGroups && group.used > 0) return;
    this.free += group.reserved - group.used;
    group.reserved = group.used;
    if (group.used === 0) {
      group.phase = "done";
      this.active.delete(group);
    }
  }
  start(state) {
    state.phase = "running";
    state.group.used += state.slots;
    if (state.original) state.readyAt = state.original.readyAt;
    this.running.add(state);
    this.spawnAttempt(state);
  }
  // ---- queueing ahead (see QUEUE_DEPTH) -------------------------------------------------------
  /** Tops up the queue behind every running short job. */
  queueAhead() {
    for (const state of this.running) {
      const head = state.current;
      if (!head || head.key === void 0 || head.ended || head.killReason || head.noQueue) continue;
      let tail = { state, attempt: head };
      let depth = 0;
      while (tail.attempt.next) {
        tail = tail.attempt.next;
        depth++;
      }
      for (; depth < QUEUE_DEPTH; depth++) {
        const next = this.successor(tail.state);
        if (!next) break;
        this.enqueue(tail, next);
        tail = next;
      }
    }
  }
  /**
   * What the scheduler would start in `pred`'s slots if it ended now, when that is exactly one
   * job using no other slot: the next original of its own group if it fits, or else, once its
   * group has nothing left to start, the next group in plan order if that group's whole
   * reservation fits in those slots and starts just that job. Otherwise nothing is queued, and
   * the slots are filled the ordinary way when `pred` ends.
   */
  successor(pred) {
    const group = pred.group;
    const last = this.lastRunMs.get(pred.job.stage);
    if (pred.original || group.hasCopies || last === void 0 || last >= SHORT_JOB_MS) return void 0;
    const own = group.members.find(isStartableOriginal);
    if (own) return own.slots <= pred.slots && hasCommand(own) ? this.queued(own) : void 0;
    if (this.settings.exclusiveGroups) return void 0;
    let next;
    let need = 0;
    for (let i = this.head; i < this.groups.length && !next; i++) {
      const g = this.groups[i];
      if (g.phase !== "waiting" || g.blocked > 0) continue;
      need = this.wanted(g);
      if (need > 0) next = g;
    }
    if (!next || next.hasCopies) return void 0;
    const first = next.members.find(isStartableOriginal);
    if (first.slots !== need || need > pred.slots || !hasCommand(first)) return void 0;
    return this.queued(first, { group: next, need });
  }
  queued(state, admits) {
    return { state, attempt: this.newAttempt(state), ...admits ? { admits } : {} };
  }
  enqueue(pred, next) {
    const launcher = pred.attempt.launcher;
    next.state.phase = "queued";
    if (next.admits) next.admits.group.phase = "queued";
    next.attempt.launcher = launcher;
    next.attempt.key = launcher.chain(
      pred.attempt.key,
      this.requestFor(next.state, next.attempt),
      this.handlersFor(next.state, next.attempt)
    );
    pred.attempt.next = next;
    if (!this.sweep) {
      this.sweep = setInterval(() => this.takeBackStale(), HOLD_MS / 2);
      this.sweep.unref();
    }
  }
  /** A queue that will not start: its jobs wait again, and groups it would have admitted too. */
  unqueue(first) {
    for (let q = first; q; q = q.attempt.next) {
      q.state.phase = "waiting";
      if (q.admits) {
        q.admits.group.phase = "waiting";
        this.head = Math.min(this.head, q.admits.group.index);
      }
    }
  }
  /** The launcher started `next` when `from` exited: `from`'s slots are now `next`'s. */
  handOver(from, next, at) {
    const state = next.state;
    from.group.used -= from.slots;
    if (next.admits) {
      const { group, need } = next.admits;
      from.group.reserved -= from.slots;
      this.free += from.slots - need;
      group.reserved = need;
      group.phase = "active";
      this.active.add(group);
      for (const m of group.members) m.readyAt = Math.max(m.readyAt ?? at, at);
    }
    state.phase = "running";
    state.group.used += state.slots;
    state.attempts = next.attempt.number;
    state.current = next.attempt;
    next.attempt.requestedAt = at;
    next.attempt.since = Date.now();
    this.running.add(state);
  }
  /** Takes queues back from processes that turned out not to be short. */
  takeBackStale() {
    const now = Date.now();
    let queues = false;
    for (const state of this.running) {
      const attempt = state.current;
      if (!attempt?.next) continue;
      queues = true;
      if (now - attempt.since > HOLD_MS) this.unchain(attempt);
    }
    if (!queues) this.stopSweep();
  }
  unchain(attempt) {
    attempt.noQueue = true;
    if (attempt.unchaining || attempt.key === void 0) return;
    attempt.unchaining = true;
    attempt.launcher?.unchain(attempt.key);
  }
  /** The launcher dropped what was queued behind a process that is still running. */
  onUnchained(attempt) {
    attempt.unchaining = false;
    const queued = attempt.next;
    attempt.next = void 0;
    if (queued) this.unqueue(queued);
    const reason = attempt.pendingKill;
    attempt.pendingKill = void 0;
    if (reason) this.kill(attempt, reason);
    this.pump();
  }
  stopSweep() {
    clearInterval(this.sweep);
    this.sweep = void 0;
  }
  // ---- one attempt --------------------------------------------------------------------------
  newAttempt(state) {
    const number = state.attempts + 1;
    const base = path.join(this.settings.logDir, `${state.job.id}.${number}`);
    return {
      number,
      requestedAt: this.settings.now(),
      since: Date.now(),
      stdoutFile: `${base}.stdout`,
      stderrFile: `${base}.stderr`,
      metricsFile: `${base}.metrics.jsonl`,
      ended: false
    };
  }
  spawnAttempt(state) {
    const attempt = this.newAttempt(state);
    state.attempts = attempt.number;
    state.current = attempt;
    if (!hasCommand(state)) {
      this.failToStart(state, attempt, "the command is empty", attempt.requestedAt);
      return;
    }
    const launcher = this.launcher();
    attempt.launcher = launcher;
    attempt.key = launcher.launch(this.requestFor(state, attempt), this.handlersFor(state, attempt));
  }
  requestFor(state, attempt) {
    const [file, ...args] = state.job.command;
    return {
      file,
      args,
      cwd: this.cwdOf(state),
      env: this.envFor(state, attempt),
      stdoutFile: attempt.stdoutFile,
      stderrFile: attempt.stderrFile,
      metricsFile: attempt.metricsFile
    };
  }
  handlersFor(state, attempt) {
    return {
      onStart: (pid, at) => this.onStart(state, attempt, pid, at),
      onError: (code, message, at) => this.failToStart(
        state,
        attempt,
        spawnFailure(state.job.command[0], this.cwdOf(state), code, message),
        at
      ),
      onExit: (exit) => this.onExit(state, attempt, exit),
      onUnchained: () => this.onUnchained(attempt)
    };
  }
  cwdOf(state) {
    return path.resolve(this.settings.baseDir, state.job.workdir ?? ".");
  }
  /**
   * The least busy launcher, started on first need. One per core at most: fork() work is done
   * in the launcher, so with one of them short jobs queue behind each other's spawns.
   */
  launcher() {
    const idle = this.launchers.find((l) => l.inFlight === 0);
    if (idle) return idle;
    if (this.launchers.length < this.maxLaunchers()) return this.addLauncher();
    return this.launchers.reduce((a, b) => b.inFlight < a.inFlight ? b : a);
  }
  maxLaunchers() {
    return Math.min(this.settings.concurrency, this.settings.host.cpuCount);
  }
  addLauncher() {
    const launcher = new Launcher(this.baseEnv);
    launcher.onDeath((error) => this.fail(error));
    this.launchers.push(launcher);
    return launcher;
  }
  onStart(state, attempt, pid, at) {
    attempt.pid = pid;
    attempt.startedAt = at;
    this.emit({ type: "job-started", jobId: state.job.id, attempt: attempt.number, at });
    this.sampler.track(pid);
    const timeoutSec = state.job.resources.timeoutSec;
    if (timeoutSec > 0 && Number.isFinite(timeoutSec)) {
      attempt.timeout = setTimeout(
        () => this.kill(attempt, "timed-out"),
        Math.min(timeoutSec * 1e3, 2 ** 31 - 1)
      );
    }
    if (attempt.killReason) this.signal(attempt);
    else if (this.stopping) this.kill(attempt, "cancelled");
  }
  envFor(state, attempt) {
    const { job } = state;
    return workloadEnv(this.baseEnv, job.env, {
      runId: this.options.runId,
      experiment: this.settings.experiment,
      stage: job.stage,
      jobId: job.id,
      cellId: job.cellId,
      matrix: this.settings.cells.get(job.cellId) ?? {},
      repeat: job.repeat,
      attempt: attempt.number,
      shardIndex: job.shardIndex,
      shardCount: job.shardCount,
      ...job.itemStart !== void 0 ? { itemStart: job.itemStart } : {},
      ...job.itemEnd !== void 0 ? { itemEnd: job.itemEnd } : {},
      metricsFile: attempt.metricsFile
    });
  }
  kill(attempt, reason) {
    if (attempt.ended || attempt.killReason) return;
    if (attempt.next || attempt.unchaining) {
      this.unchain(attempt);
      if (reason === "timed-out") {
        attempt.pendingKill ??= reason;
        return;
      }
    }
    attempt.killReason = reason;
    if (attempt.pid !== void 0) this.signal(attempt);
  }
  /** SIGTERM to the tree, SIGKILL if it is still there after the grace period. */
  signal(attempt) {
    const pid = attempt.pid;
    signalGroup(pid, "SIGTERM");
    attempt.grace = setTimeout(() => signalGroup(pid, "SIGKILL"), this.settings.killGraceMs);
  }
  onExit(state, attempt, exit) {
    attempt.ended = true;
    clearTimeout(attempt.timeout);
    clearTimeout(attempt.grace);
    const pid = attempt.pid;
    if (exit.lost && pid !== void 0) signalGroup(pid, "SIGKILL");
    const peak = pid === void 0 ? void 0 : this.sampler.untrack(pid);
    const queued = attempt.next;
    attempt.next = void 0;
    const successor = queued && exit.next === queued.attempt.key ? queued : void 0;
    if (queued && !successor) this.unqueue(queued);
    if (attempt.pendingKill && !successor) attempt.killReason ??= attempt.pendingKill;
    const { code, signal } = exit;
    let status;
    let statusReason;
    const original = state.original ?? state;
    if (exit.lost) {
      status = attempt.killReason === "superseded" ? "superseded" : "failed";
      statusReason = "lost: the launcher process died, the job was killed";
    } else if (attempt.killReason) {
      status = attempt.killReason;
      statusReason = killExplanation(attempt.killReason, state, original);
    } else if (code === 0) {
      status = original.won ? "superseded" : "succeeded";
      if (status === "superseded") statusReason = `${original.winner ?? "its twin"} finished first`;
    } else {
      status = "failed";
      statusReason = code !== null ? `exit code ${code}` : `killed by ${signal ?? "a signal"}`;
    }
    if (status === "succeeded") {
      this.win(state);
      this.lastRunMs.set(state.job.stage, exit.at - (attempt.startedAt ?? exit.at));
    }
    const verdict = {
      status,
      ...statusReason !== void 0 ? { statusReason } : {},
      ...code !== null ? { exitCode: code } : {},
      ...signal !== null ? { signal } : {},
      ...peak !== void 0 ? { peakMemoryBytes: peak } : {}
    };
    this.attemptOver(state, attempt, verdict, exit, successor);
  }
  failToStart(state, attempt, reason, at) {
    if (attempt.ended) return;
    attempt.ended = true;
    const queued = attempt.next;
    attempt.next = void 0;
    if (queued) this.unqueue(queued);
    this.emit({ type: "job-started", jobId: state.job.id, attempt: attempt.number, at });
    attempt.startedAt = at;
    queueMicrotask(
      () => this.attemptOver(state, attempt, { status: "failed", statusReason: reason }, void 0, void 0)
    );
  }
  /**
   * An attempt is over. Unless it may be retried, its slots are freed (or handed to the job the
   * launcher started in them) at once, so the next job starts before this one's outputs are read
   * and its record stored; a retry is decided once they are read, and runs in the same slots.
   */
  attemptOver(state, attempt, verdict, exit, successor) {
    const mayRetry = successor === void 0 && this.retryWanted(state, verdict);
    this.pendingEvents++;
    if (!mayRetry) this.release(state, successor, exit?.at ?? this.settings.now());
    this.report(state, attempt, verdict, exit, mayRetry);
  }
  retryWanted(state, verdict) {
    const original = state.original ?? state;
    return (verdict.status === "failed" || verdict.status === "timed-out") && !this.stopping && !original.won && state.attempts <= state.job.resources.retries && shouldRetry(state.job.resources.retryOn, {
      exitCode: verdict.exitCode,
      statusReason: verdict.statusReason ?? ""
    });
  }
  /** The job holds no slots any more: start what they allow. */
  release(state, successor, at) {
    state.current = void 0;
    state.phase = "done";
    this.running.delete(state);
    if (!state.original) {
      for (const c of state.copies) if (c.phase === "waiting") c.phase = "done";
    }
    if (successor) this.handOver(state, successor, at);
    else state.group.used -= state.slots;
    this.fill(state.group);
    this.pump();
  }
  /** Reads what the attempt left, if anything, then retries it or hands its record over. */
  report(state, attempt, verdict, exit, mayRetry) {
    const failed = verdict.status === "failed" || verdict.status === "timed-out";
    if (!exit || !hasOutputs(exit, failed)) {
      this.conclude(state, attempt, verdict, exit, mayRetry, { values: {}, malformed: 0 });
      return;
    }
    readAttemptOutputs(attempt, exit, failed).catch((error) => ({
      values: {},
      malformed: 0,
      unreadable: error.message
    })).then((outputs) => this.conclude(state, attempt, verdict, exit, mayRetry, outputs)).catch((error) => {
      this.pendingEvents--;
      this.fail(error);
    });
  }
  conclude(state, attempt, verdict, exit, mayRetry, outputs) {
    let statusReason = verdict.statusReason;
    if (outputs.unreadable !== void 0) {
      statusReason ??= `could not read the job's output: ${outputs.unreadable}`;
    } else if (outputs.malformed > 0) {
      const n = outputs.malformed;
      statusReason ??= `ignored ${n} malformed metric line${n === 1 ? "" : "s"}`;
    }
    const at = exit?.at ?? attempt.startedAt;
    const { exitCode, signal, peakMemoryBytes } = verdict;
    const { logTail } = outputs;
    const record = {
      ...this.recordBase(state, attempt.number),
      status: verdict.status,
      ...exitCode !== void 0 ? { exitCode } : {},
      ...signal !== void 0 ? { signal } : {},
      ...statusReason !== void 0 ? { statusReason } : {},
      startedAt: attempt.startedAt ?? at,
      ...exit ? { commandStartedAt: attempt.startedAt ?? at, commandEndedAt: at } : {},
      stoppedAt: at,
      ...peakMemoryBytes !== void 0 ? { peakMemoryBytes } : {},
      metrics: outputs.values,
      ...logTail && logTail.length > 0 ? { logTail } : {}
    };
    this.pendingEvents--;
    if (mayRetry && this.retryWanted(state, verdict)) {
      this.emit({ type: "job-retrying", record });
      this.spawnAttempt(state);
      return;
    }
    if (mayRetry) this.release(state, void 0, at);
    this.emit({ type: "job-finished", record }, () => this.recordStored(state, record));
  }
  /** The first success of a pair: the others are killed and will be recorded superseded. */
  win(state) {
    const original = state.original ?? state;
    original.won = true;
    original.winner = state.job.id;
    for (const other of [original, ...original.copies]) {
      if (other === state) continue;
      if (other.phase === "waiting") other.phase = "done";
      if (other.current) this.kill(other.current, "superseded");
    }
  }
  /** Runs once the store has a job's final record: now dependants may move. */
  recordStored(state, record) {
    const original = state.original ?? state;
    if (original.resolution !== "pending") return;
    if (record.status === "succeeded") {
      this.settle(original, "ok");
    } else if (!original.won && [original, ...original.copies].every((s) => s.phase === "done")) {
      this.settle(original, "failed");
    }
    this.pump();
  }
  settle(original, resolution) {
    original.resolution = resolution;
    if (this.stopping) return;
    const now = this.settings.now();
    for (const dependant of original.dependants) {
      if (dependant.phase !== "waiting" || dependant.pendingNeeds === 0) continue;
      if (resolution === "ok") {
        dependant.pendingNeeds--;
        if (dependant.pendingNeeds === 0) {
          dependant.readyAt = now;
          dependant.group.blocked--;
        }
      } else {
        this.cancelWaiting(dependant, `dependency ${original.job.id} failed`);
      }
    }
  }
  /** Records a job that will never run because something it needs did not succeed. */
  cancelWaiting(state, reason) {
    if (state.phase !== "waiting") return;
    state.phase = "done";
    for (const c of state.copies) if (c.phase === "waiting") c.phase = "done";
    if (state.pendingNeeds > 0) {
      state.pendingNeeds = 0;
      state.group.blocked--;
    }
    const at = this.settings.now();
    const record = {
      ...this.recordBase(state, 1),
      status: "cancelled",
      statusReason: reason,
      queuedAt: at,
      startedAt: at,
      stoppedAt: at,
      metrics: {}
    };
    this.emit({ type: "job-finished", record }, () => {
      state.resolution = "failed";
      if (this.stopping) return;
      for (const d of state.dependants) this.cancelWaiting(d, `dependency ${state.job.id} failed`);
      this.pump();
    });
  }
  recordBase(state, attempt) {
    const { job } = state;
    const { host, cpuModel, cpuCount } = this.settings.host;
    return {
      jobId: job.id,
      runId: this.options.runId,
      stage: job.stage,
      cellId: job.cellId,
      repeat: job.repeat,
      shardIndex: job.shardIndex,
      shardCount: job.shardCount,
      ...job.speculativeOf !== void 0 ? { speculativeOf: job.speculativeOf } : {},
      groupId: job.groupId,
      attempt,
      backend: "local",
      queuedAt: state.readyAt ?? this.settings.now(),
      host,
      ...cpuModel !== void 0 ? { cpuModel } : {},
      cpuCount
    };
  }
  // ---- events, stopping and the end ----------------------------------------------------------
  /** Hands an event to onEvent; `then` runs only after it resolved (the record is stored). */
  emit(event, then) {
    this.pendingEvents++;
    let result;
    try {
      result = this.options.onEvent(event);
    } catch (error) {
      result = Promise.reject(error);
    }
    const after = () => {
      this.pendingEvents--;
      if (then && !this.fatal) then();
      this.checkFinished();
    };
    if (result && typeof result.then === "function") {
      result.then(after, (error) => {
        this.fail(error);
        after();
      });
    } else {
      queueMicrotask(after);
    }
  }
  fail(error) {
    this.fatal ??= { error };
    this.stop();
  }
  stop() {
    if (this.stopping) return;
    this.stopping = true;
    for (const launcher of this.launchers) launcher.dropQueues();
    for (const state of this.running) if (state.current) this.kill(state.current, "cancelled");
    this.checkFinished();
  }
  checkFinished() {
    if (this.finished || this.running.size > 0 || this.pendingEvents > 0) return;
    if (!this.stopping) {
      const stuck = [...this.states.values()].filter(
        (s) => !s.original && s.phase === "waiting" && s.pendingNeeds > 0
      );
      if (stuck.length > 0) {
        for (const s of stuck) this.cancelWaiting(s, "its dependencies never finished");
        return;
      }
    }
    this.finished = true;
    this.stopSweep();
    this.sampler.close();
    for (const launcher of this.launchers) launcher.close();
    this.options.signal.removeEventListener("abort", this.onAbort);
    if (this.fatal) this.rejectDone(this.fatal.error);
    else this.resolveDone();
  }
};
function hasCommand(state) {
  const file = state.job.command[0];
  return file !== void 0 && file !== "";
}
function isStartableOriginal(state) {
  return !state.original && state.phase === "waiting" && state.pendingNeeds === 0;
}
function killExplanation(reason, state, original) {
  switch (reason) {
    case "timed-out":
      return `timed out after ${state.job.resources.timeoutSec}s`;
    case "cancelled":
      return "cancelled: the run was interrupted";
    case "superseded":
      return `${original.winner ?? "its twin"} finished first`;
  }
}
function spawnFailure(file, cwd, code, message) {
  if (code === "ENOENT") {
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      return `working directory ${cwd} does not exist (ENOENT)`;
    }
    return `command not found: ${JSON.stringify(file)} (ENOENT): not an executable on PATH or relative to ${cwd}`;
  }
  if (code === "EACCES") return `cannot execute ${JSON.stringify(file)} (EACCES): permission denied`;
  return `cannot start ${JSON.stringify(file)}: ${message}`;
}

// src/adapters/local/local-executor.ts
var LocalExecutor = class {
  constructor(options) {
    this.options = options;
    const concurrency = options.concurrency ?? os.availableParallelism();
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`concurrency must be a whole number of at least 1, not ${concurrency}`);
    }
    this.concurrency = concurrency;
    const model = os.cpus()[0]?.model.trim();
    this.host = {
      host: os.hostname(),
      cpuCount: os.availableParallelism(),
      ...model ? { cpuModel: model } : {}
    };
  }
  name = "local";
  concurrency;
  host;
  async execute(jobs, options) {
    if (jobs.length === 0) return;
    await mkdir(this.options.logDir, { recursive: true });
    const run = new LocalRun(jobs, options, {
      concurrency: this.concurrency,
      logDir: this.options.logDir,
      baseDir: this.options.baseDir,
      now: this.options.now ?? Date.now,
      killGraceMs: this.options.killGraceMs ?? 5e3,
      memorySampleMs: this.options.memorySampleMs ?? 200,
      host: this.host,
      exclusiveGroups: this.options.exclusiveGroups ?? false,
      experiment: this.options.plan?.experiment ?? "",
      cells: new Map((this.options.plan?.cells ?? []).map((c) => [c.id, c.values]))
    });
    await run.done;
  }
};

export {
  LocalExecutor
};
