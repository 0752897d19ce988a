import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  allowedHostEnv,
  bundledProgram,
  hasOutputs,
  readAttemptOutputs,
  workloadEnv
} from "./chunk-LKLUTI5L.js";
import "./chunk-U5BFUXIM.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/adapters/local/executor.ts
import os from "node:os";
import { mkdir } from "node:fs/promises";

// src/adapters/local/attempt.ts
import { statSync } from "node:fs";
import path from "node:path";

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

// src/adapters/local/attempt.ts
var Attempt = class {
  constructor(job, number, settings) {
    this.job = job;
    this.number = number;
    this.settings = settings;
    const base = path.join(settings.logDir, `${job.id}.${number}`);
    this.stdoutFile = `${base}.stdout`;
    this.stderrFile = `${base}.stderr`;
    this.metricsFile = `${base}.metrics.jsonl`;
  }
  stdoutFile;
  stderrFile;
  metricsFile;
  /** Date.now() when it was handed to a launcher to start now (not queued), or handed a slot. */
  since = Date.now();
  pid;
  startedAt;
  launcher;
  /** Its key in the launcher. */
  key;
  /** The attempt queued behind it in its launcher. */
  next;
  killReason;
  ended = false;
  peakMemoryBytes;
  timeout;
  grace;
  get cwd() {
    return path.resolve(this.settings.baseDir, this.job.workdir ?? ".");
  }
  /** Has the launcher start the process now. */
  launch(launcher, env, handlers) {
    this.launcher = launcher;
    this.key = launcher.launch(this.request(env), handlers);
  }
  /** Has `pred`'s launcher start the process the moment `pred`'s exits with code 0. */
  queueBehind(pred, env, handlers) {
    const launcher = pred.launcher;
    this.launcher = launcher;
    this.key = launcher.chain(pred.key, this.request(env), handlers);
    pred.next = this;
  }
  request(env) {
    const [file, ...args] = this.job.command;
    const { stdoutFile, stderrFile, metricsFile } = this;
    return { file, args, cwd: this.cwd, env, stdoutFile, stderrFile, metricsFile };
  }
  /** The process runs: its memory is watched and its timeout set; a kill asked for meanwhile is sent. */
  started(pid, at, onTimeout) {
    this.pid = pid;
    this.startedAt = at;
    this.settings.sampler.track(pid);
    const timeoutSec = this.job.resources.timeoutSec;
    if (timeoutSec > 0 && Number.isFinite(timeoutSec)) {
      const left = timeoutSec * 1e3 - Math.max(0, Date.now() - at);
      this.timeout = setTimeout(onTimeout, Math.min(Math.max(left, 0), 2 ** 31 - 1));
    }
    if (this.killReason) this.signal();
  }
  kill(reason) {
    if (this.ended || this.killReason) return;
    this.killReason = reason;
    if (this.pid !== void 0) this.signal();
  }
  /** The process is gone: timers stop, and the launcher's death takes the tree down with it. */
  exited(exit) {
    this.ended = true;
    clearTimeout(this.timeout);
    clearTimeout(this.grace);
    if (this.pid === void 0) return;
    if (exit.lost) signalGroup(this.pid, "SIGKILL");
    this.peakMemoryBytes = this.settings.sampler.untrack(this.pid);
  }
  /** Why the command could not be started, in words that say what to fix. */
  spawnFailure(code, message) {
    const file = this.job.command[0];
    const { cwd } = this;
    if (code === "ENOENT") {
      if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        return `working directory ${cwd} does not exist (ENOENT)`;
      }
      return `command not found: ${JSON.stringify(file)} (ENOENT): not an executable on PATH or relative to ${cwd}`;
    }
    if (code === "EACCES") return `cannot execute ${JSON.stringify(file)} (EACCES): permission denied`;
    return `cannot start ${JSON.stringify(file)}: ${message}`;
  }
  /**
   * What the attempt left. Sizes come from the launcher, so empty outputs, the common case for
   * short jobs, cost no file access and no wait at all: they are answered at once, not promised.
   */
  outputs(exit, verdict) {
    const failed = verdict.status === "failed" || verdict.status === "timed-out";
    if (!exit || !hasOutputs(exit, failed)) return { values: {}, malformed: 0 };
    return readAttemptOutputs(this, exit, failed).catch((error) => ({
      values: {},
      malformed: 0,
      unreadable: error.message
    }));
  }
  /** SIGTERM to the tree, SIGKILL if it is still there after the grace period. */
  signal() {
    const pid = this.pid;
    signalGroup(pid, "SIGTERM");
    this.grace = setTimeout(() => signalGroup(pid, "SIGKILL"), this.settings.killGraceMs);
  }
};
function recordBase(job, run) {
  const { host, cpuModel, cpuCount } = run.host;
  return {
    jobId: job.id,
    runId: run.runId,
    stage: job.stage,
    cellId: job.cellId,
    repeat: job.repeat,
    shardIndex: job.shardIndex,
    shardCount: job.shardCount,
    ...job.speculativeOf !== void 0 ? { speculativeOf: job.speculativeOf } : {},
    groupId: job.groupId,
    attempt: run.attempt,
    backend: "local",
    queuedAt: run.queuedAt,
    host,
    ...cpuModel !== void 0 ? { cpuModel } : {},
    cpuCount
  };
}
function attemptRecord(base, attempt, verdict, exit, outputs) {
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
  return {
    ...base,
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
}

// src/adapters/local/launcher.ts
import { spawn } from "node:child_process";

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

// src/adapters/local/launcher.ts
var Launcher = class {
  child;
  pending = /* @__PURE__ */ new Map();
  nextKey = 1;
  launched = 0;
  buffer = "";
  /** Lines written in one turn of the event loop go out in one write. */
  outbox = new Outbox((text) => {
    if (!this.closed) this.child.stdin.write(text);
  });
  closed = false;
  deathHandler;
  constructor(baseEnv) {
    this.child = spawn(process.execPath, ["--v8-pool-size=1", bundledProgram("local-launcher.js")], {
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
    if (!this.closed) this.outbox.send(JSON.stringify({ t: "unchain", k: key }));
  }
  /** Drops every queued request: from now on, exits start nothing. */
  dropQueues() {
    if (!this.closed) this.outbox.send(JSON.stringify({ t: "drop" }));
  }
  /**
   * Lets the launcher exit; it kills any process group still running and tidies the log folder
   * (see launcher-main.ts), so the run is over once it has gone (or after `graceMs` at most).
   */
  close(graceMs = 2e3) {
    this.outbox.flush();
    this.closed = true;
    this.child.stdin.end();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      timer.unref();
      this.child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
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
    this.outbox.send(JSON.stringify(message));
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
      const queued2 = this.pending.get(k);
      this.pending.delete(k);
      k = queued2?.next;
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

// src/adapters/local/launcher-pool.ts
var LauncherPool = class {
  constructor(baseEnv, max, onDeath) {
    this.baseEnv = baseEnv;
    this.max = max;
    this.onDeath = onDeath;
  }
  launchers = [];
  /** Starts launchers up to `count` now, so none boots while a job waits for it. */
  warm(count) {
    while (this.launchers.length < Math.min(count, this.max)) this.add();
  }
  /** An idle launcher, a new one while there may be more, or else the least busy. */
  pick() {
    const idle = this.launchers.find((l) => l.inFlight === 0);
    if (idle) return idle;
    if (this.launchers.length < this.max) return this.add();
    return this.launchers.reduce((a, b) => b.inFlight < a.inFlight ? b : a);
  }
  dropQueues() {
    for (const launcher of this.launchers) launcher.dropQueues();
  }
  async close() {
    await Promise.all(this.launchers.map((launcher) => launcher.close()));
  }
  add() {
    const launcher = new Launcher(this.baseEnv);
    launcher.onDeath(this.onDeath);
    this.launchers.push(launcher);
    return launcher;
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

// src/adapters/local/scheduler-state.ts
function hasCommand(job) {
  const file = job.command[0];
  return file !== void 0 && file !== "";
}
function firstWaiting(group) {
  const { originals } = group;
  while (group.cursor < originals.length && originals[group.cursor].phase !== "waiting") {
    group.cursor++;
  }
  for (let i = group.cursor; i < originals.length; i++) {
    const m = originals[i];
    if (m.phase === "waiting") return m;
  }
  return void 0;
}
function rewind(state) {
  if (!state.original && state.position < state.group.cursor) state.group.cursor = state.position;
}
function wantedSlots(group, capacity) {
  firstWaiting(group);
  let sum = 0;
  for (let i = group.cursor; i < group.originals.length && sum < capacity; i++) {
    const m = group.originals[i];
    if (m.phase === "waiting" && m.pendingNeeds === 0) sum += m.slots;
  }
  return Math.min(capacity, sum);
}
function capacityOf(input) {
  if (input.maxVcpus === void 0) return input.concurrency;
  return Math.max(1, Math.min(input.concurrency, Math.floor(input.maxVcpus)));
}
function buildStates(jobs, capacity) {
  const states = /* @__PURE__ */ new Map();
  const groups = [];
  const byGroup = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    let group = byGroup.get(job.groupId);
    if (!group) {
      group = {
        id: job.groupId,
        index: groups.length,
        members: [],
        originals: [],
        cursor: 0,
        copies: [],
        blocked: 0,
        reserved: 0,
        used: 0,
        phase: "waiting"
      };
      byGroup.set(job.groupId, group);
      groups.push(group);
    }
    const vcpus = Math.max(1, Math.ceil(job.resources.vcpus));
    const state = {
      job,
      slots: Math.min(vcpus, capacity),
      group,
      copies: [],
      pendingNeeds: 0,
      dependants: [],
      phase: "waiting",
      attempts: 0,
      won: false,
      resolution: "pending",
      position: -1
    };
    states.set(job.id, state);
    group.members.push(state);
  }
  for (const state of states.values()) {
    const of = state.job.speculativeOf;
    if (of === void 0) {
      state.position = state.group.originals.push(state) - 1;
      continue;
    }
    state.group.copies.push(state);
    const original = states.get(of);
    if (!original) {
      state.phase = "done";
      continue;
    }
    state.original = original;
    original.copies.push(state);
  }
  return { states, groups };
}

// src/adapters/local/needs.ts
var Needs = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  /** Marks what an earlier attempt of the run finished, and counts every job's open needs. */
  count(states, groups, skip, now) {
    for (const state of states.values()) {
      if (state.original) continue;
      if (skip.has(state.job.id) || state.copies.some((c) => skip.has(c.job.id))) {
        state.resolution = "ok";
        state.phase = "done";
        for (const c of state.copies) c.phase = "done";
      }
    }
    for (const state of states.values()) {
      if (state.original || state.phase === "done") continue;
      for (const need of state.job.needs) {
        const dep = states.get(need);
        if (dep?.resolution === "ok" || !dep && skip.has(need)) continue;
        state.pendingNeeds++;
        dep?.dependants.push(state);
      }
      if (state.pendingNeeds === 0) state.readyAt = now;
      else state.group.blocked++;
    }
    for (const group of groups) if (group.blocked === 0) this.ctx.ready.add(group);
  }
  /** Needs naming no job of this run and not finished earlier can never be met. */
  cancelUnreachable(states, skip, now) {
    for (const state of states.values()) {
      if (state.original || state.phase === "done") continue;
      const missing = state.job.needs.find((n) => !states.has(n) && !skip.has(n));
      if (missing !== void 0)
        this.cancelWaiting(state, `dependency ${missing} is not part of this run`, now);
    }
  }
  /** What an original came to is stored: its dependants move on, or are cancelled. */
  settle(original, resolution, now) {
    original.resolution = resolution;
    if (this.ctx.stopping()) return;
    for (const dependant of original.dependants) {
      if (dependant.phase !== "waiting" || dependant.pendingNeeds === 0) continue;
      if (resolution === "failed") {
        this.cancelWaiting(dependant, `dependency ${original.job.id} failed`, now);
        continue;
      }
      dependant.pendingNeeds--;
      if (dependant.pendingNeeds === 0) {
        dependant.readyAt = now;
        rewind(dependant);
        this.unblock(dependant.group);
      }
    }
  }
  /** A job that will never run because something it needs did not succeed. */
  cancelWaiting(state, reason, now) {
    if (state.phase !== "waiting") return;
    state.phase = "done";
    for (const c of state.copies) if (c.phase === "waiting") c.phase = "done";
    if (state.pendingNeeds > 0) {
      state.pendingNeeds = 0;
      this.unblock(state.group);
    }
    this.ctx.decide({ do: "cancel", jobId: state.job.id, reason, at: now });
  }
  unblock(group) {
    group.blocked--;
    if (group.blocked === 0 && group.phase === "waiting") this.ctx.ready.add(group);
  }
};

// src/adapters/local/queue-ahead.ts
var QUEUE_DEPTH = 2;
var SHORT_JOB_MS = 50;
var QUEUE_HORIZON_MS = 32;
var MAX_QUEUE_DEPTH = 16;
var QueueAhead = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  /** How long the last successful attempt of each stage ran: queueing ahead is for short jobs. */
  lastRunMs = /* @__PURE__ */ new Map();
  succeeded(stage, ranMs) {
    this.lastRunMs.set(stage, ranMs);
  }
  /** Tops up the queue behind every running short job. */
  topUp(running) {
    for (const state of running) {
      const head = state.current;
      if (!head?.launched || head.ended || head.killing || head.noQueue) continue;
      let tail = { state, run: head };
      let depth = 0;
      while (tail.run.next) {
        tail = tail.run.next;
        depth++;
      }
      const wanted = this.depthBehind(state);
      for (; depth < wanted; depth++) {
        const next = this.successor(tail.state);
        if (!next) break;
        this.enqueue(tail, next);
        tail = next;
      }
    }
  }
  depthBehind(state) {
    const last = this.lastRunMs.get(state.job.stage) ?? SHORT_JOB_MS;
    return Math.min(MAX_QUEUE_DEPTH, Math.max(QUEUE_DEPTH, Math.floor(QUEUE_HORIZON_MS / Math.max(last, 1))));
  }
  /** A queue that will not start: its jobs wait again, and groups it would have admitted too. */
  unqueue(first) {
    for (let q = first; q; q = q.run.next) {
      q.state.phase = "waiting";
      rewind(q.state);
      if (q.admits) {
        q.admits.group.phase = "waiting";
        this.ctx.ready.add(q.admits.group);
      }
    }
  }
  /** Nothing more goes behind this attempt; what is queued is asked back from its launcher. */
  unchain(state, run) {
    run.noQueue = true;
    if (run.unchaining || !run.launched) return;
    run.unchaining = true;
    this.ctx.decide({ do: "unchain", jobId: state.job.id });
  }
  /**
   * What the scheduler would start in `pred`'s slots if it ended now, when that is exactly one
   * job using no other slot: the next original of its own group if it fits, or else, once its
   * group has nothing left to start, the next group in plan order if that group's whole
   * reservation fits in those slots and starts just that job. Otherwise nothing is queued.
   */
  successor(pred) {
    const group = pred.group;
    const last = this.lastRunMs.get(pred.job.stage);
    if (pred.original || group.copies.length > 0 || last === void 0 || last >= SHORT_JOB_MS)
      return void 0;
    const own = firstWaiting(group);
    if (own) return own.slots <= pred.slots && hasCommand(own.job) ? queued(own) : void 0;
    if (this.ctx.exclusiveGroups) return void 0;
    let next;
    let need = 0;
    for (const g of this.ctx.ready.inOrder()) {
      need = wantedSlots(g, this.ctx.capacity);
      if (need > 0) {
        next = g;
        break;
      }
    }
    if (!next || next.copies.length > 0) return void 0;
    const first = firstWaiting(next);
    if (first.slots !== need || need > pred.slots || !hasCommand(first.job)) return void 0;
    return queued(first, { group: next, need });
  }
  enqueue(pred, next) {
    next.state.phase = "queued";
    if (next.admits) {
      next.admits.group.phase = "queued";
      this.ctx.ready.delete(next.admits.group);
    }
    pred.run.next = next;
    const { job } = next.state;
    this.ctx.decide({ do: "queue", jobId: job.id, attempt: next.run.number, after: pred.state.job.id });
  }
};
function queued(state, admits) {
  const run = { number: state.attempts + 1, launched: true, ended: false };
  return { state, run, ...admits ? { admits } : {} };
}

// src/adapters/local/ready-groups.ts
var ReadyGroups = class {
  list = [];
  /** Where the list begins: everything before it was passed. */
  head = 0;
  members = /* @__PURE__ */ new Set();
  add(group) {
    if (this.members.has(group)) return;
    this.members.add(group);
    let lo = this.head;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.list[mid].index < group.index) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.list.length) this.list.push(group);
    else this.list.splice(lo, 0, group);
  }
  delete(group) {
    this.members.delete(group);
  }
  /** The first group in plan order that still waits for admission. */
  first() {
    for (; this.head < this.list.length; this.head++) {
      const group = this.list[this.head];
      if (this.members.has(group)) {
        if (isReady(group)) return group;
        this.members.delete(group);
      }
    }
    if (this.head > 0) {
      this.list = [];
      this.head = 0;
    }
    return void 0;
  }
  *inOrder() {
    for (let i = this.head; i < this.list.length; i++) {
      const group = this.list[i];
      if (this.members.has(group) && isReady(group)) yield group;
    }
  }
};
function isReady(group) {
  return group.phase === "waiting" && group.blocked === 0;
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

// src/adapters/local/verdict.ts
function classify(state, run, end) {
  const original = state.original ?? state;
  const { code, signal } = end;
  const facts = { ...code !== null ? { exitCode: code } : {}, ...signal !== null ? { signal } : {} };
  if (end.lost) {
    const status = run.killing === "superseded" ? "superseded" : "failed";
    return { status, statusReason: "lost: the launcher process died, the job was killed", ...facts };
  }
  if (run.killing) return { status: run.killing, statusReason: explain(run.killing, state), ...facts };
  if (code === 0) {
    if (!original.won) return { status: "succeeded", ...facts };
    return {
      status: "superseded",
      statusReason: `${original.winner ?? "its twin"} finished first`,
      ...facts
    };
  }
  const statusReason = code !== null ? `exit code ${code}` : `killed by ${signal ?? "a signal"}`;
  return { status: "failed", statusReason, ...facts };
}
function explain(reason, state) {
  switch (reason) {
    case "timed-out":
      return `timed out after ${state.job.resources.timeoutSec}s`;
    case "cancelled":
      return "cancelled: the run was interrupted";
    case "superseded":
      return `${(state.original ?? state).winner ?? "its twin"} finished first`;
  }
}
function retryWanted(state, verdict, stopping) {
  const original = state.original ?? state;
  return (verdict.status === "failed" || verdict.status === "timed-out") && !stopping && !original.won && state.attempts <= state.job.resources.retries && shouldRetry(state.job.resources.retryOn, {
    exitCode: verdict.exitCode,
    statusReason: verdict.statusReason ?? ""
  });
}

// src/adapters/local/scheduler.ts
var Scheduler = class {
  constructor(input) {
    this.input = input;
    this.capacity = capacityOf(input);
    this.free = this.capacity;
    this.queues = new QueueAhead({
      ready: this.ready,
      capacity: this.capacity,
      exclusiveGroups: input.exclusiveGroups,
      decide: (d) => this.out.push(d)
    });
    this.needs = new Needs({
      ready: this.ready,
      decide: (d) => this.out.push(d),
      stopping: () => this.stopping
    });
    ({ states: this.states, groups: this.groups } = buildStates(input.jobs, this.capacity));
    this.needs.count(this.states, this.groups, input.skip, input.now);
  }
  states;
  groups;
  ready = new ReadyGroups();
  active = /* @__PURE__ */ new Set();
  running = /* @__PURE__ */ new Set();
  queues;
  needs;
  capacity;
  free;
  stopping = false;
  out = [];
  /** Slots in all: the concurrency under the vCPU cap. */
  get slots() {
    return this.capacity;
  }
  /** Something still runs (or holds slots for a retry). */
  get busy() {
    return this.running.size > 0;
  }
  /** Jobs that may still run. */
  get toRun() {
    let n = 0;
    for (const s of this.states.values()) if (s.phase !== "done") n++;
    return n;
  }
  /** Records jobs whose needs can never be met; `stopped` when the run was aborted before it began. */
  begin(stopped, now) {
    if (stopped) this.stopping = true;
    this.needs.cancelUnreachable(this.states, this.input.skip, now);
    return this.take();
  }
  /** Starts whatever the free slots allow. */
  proceed(now) {
    this.pump(now);
    return this.take();
  }
  queuedAt(jobId, now) {
    return this.get(jobId).readyAt ?? now;
  }
  /** The attempt has a process: if the run is stopping meanwhile, it is killed. */
  started(jobId) {
    const state = this.get(jobId);
    if (this.stopping && !state.current?.killing) this.kill(state, "cancelled");
    return this.take();
  }
  timedOut(jobId) {
    this.kill(this.get(jobId), "timed-out");
    return this.take();
  }
  /** Running jobs with something queued behind them. */
  *queueHeads() {
    for (const state of this.running) if (state.current?.next) yield state.job.id;
  }
  /** Takes back the queue behind a job that turned out not to be short. */
  takeBack(jobId) {
    const state = this.get(jobId);
    if (state.current) this.queues.unchain(state, state.current);
    return this.take();
  }
  /** The launcher dropped what was queued behind a process that is still running. */
  unchained(jobId, now) {
    const state = this.get(jobId);
    const run = state.current;
    if (!run) return [];
    run.unchaining = false;
    const queued2 = run.next;
    run.next = void 0;
    if (queued2) this.queues.unqueue(queued2);
    const reason = run.pendingKill;
    run.pendingKill = void 0;
    if (reason) this.kill(state, reason);
    this.pump(now);
    return this.take();
  }
  /** The attempt could not be started: nothing queued behind it will start either. */
  failedToStart(jobId) {
    const run = this.get(jobId).current;
    if (!run || run.ended) return;
    run.ended = true;
    const queued2 = run.next;
    run.next = void 0;
    if (queued2) this.queues.unqueue(queued2);
  }
  /** The attempt's process ended. */
  exited(jobId, end, now) {
    const state = this.get(jobId);
    const run = state.current;
    run.ended = true;
    const queued2 = run.next;
    run.next = void 0;
    const successor = queued2 && end.handedTo === queued2.state.job.id ? queued2 : void 0;
    if (queued2 && !successor) this.queues.unqueue(queued2);
    if (run.pendingKill && !successor) run.killing ??= run.pendingKill;
    const verdict = classify(state, run, end);
    if (verdict.status === "succeeded") {
      this.win(state);
      this.queues.succeeded(state.job.stage, end.ranMs);
    }
    return this.over(state, verdict, end.at, now, successor);
  }
  /** The attempt that failed to start, as an ended attempt. */
  notStarted(jobId, statusReason, now) {
    return this.over(this.get(jobId), { status: "failed", statusReason }, now, now, void 0);
  }
  /** A held attempt's outputs are read: retry it in its slots, or give them up. */
  concluded(jobId, verdict, at, now) {
    const state = this.get(jobId);
    const retry = retryWanted(state, verdict, this.stopping);
    if (retry) this.startAttempt(state);
    else this.release(state, void 0, at, now);
    return { retry, decisions: this.take() };
  }
  /** The store has a job's final record: now dependants may move. */
  recordStored(jobId, status, now) {
    const state = this.get(jobId);
    const original = state.original ?? state;
    if (original.resolution !== "pending") return [];
    if (status === "succeeded") {
      this.needs.settle(original, "ok", now);
    } else if (!original.won && [original, ...original.copies].every((s) => s.phase === "done")) {
      this.needs.settle(original, "failed", now);
    }
    this.pump(now);
    return this.take();
  }
  /** The store has the record of a job cancelled without running: its dependants follow. */
  cancelStored(jobId, now) {
    const state = this.get(jobId);
    state.resolution = "failed";
    if (this.stopping) return [];
    for (const d of state.dependants) this.needs.cancelWaiting(d, `dependency ${jobId} failed`, now);
    this.pump(now);
    return this.take();
  }
  /** Stops the run: nothing new starts, running attempts are killed. */
  stop() {
    if (this.stopping) return [];
    this.stopping = true;
    this.out.push({ do: "drop-queues" });
    for (const state of this.running) this.kill(state, "cancelled");
    return this.take();
  }
  /** Nothing runs or is being stored: jobs still waiting for needs never get them (a cycle, say). */
  quiet(now) {
    if (this.stopping) return [];
    for (const s of this.states.values()) {
      if (!s.original && s.phase === "waiting" && s.pendingNeeds > 0) {
        this.needs.cancelWaiting(s, "its dependencies never finished", now);
      }
    }
    return this.take();
  }
  // ---- slots ----------------------------------------------------------------------------------
  pump(now) {
    if (this.stopping) return;
    for (const group of this.active) this.fill(group);
    for (let group = this.ready.first(); group; group = this.ready.first()) {
      const wanted = wantedSlots(group, this.capacity);
      if (wanted === 0) {
        group.phase = "done";
        continue;
      }
      const need = this.input.exclusiveGroups ? this.capacity : wanted;
      if (need > this.free) break;
      this.ready.delete(group);
      this.free -= need;
      group.reserved = need;
      this.admit(group, now);
      this.fill(group);
    }
    this.queues.topUp(this.running);
  }
  admit(group, at) {
    group.phase = "active";
    for (const m of group.members) m.readyAt = Math.max(m.readyAt ?? at, at);
    this.active.add(group);
  }
  /** Starts what fits in a group's reservation, then hands back what it cannot use. */
  fill(group) {
    if (this.stopping) return;
    firstWaiting(group);
    for (let i = group.cursor; i < group.originals.length; i++) {
      const m = group.originals[i];
      if (m.phase !== "waiting" || m.pendingNeeds > 0) continue;
      if (m.slots > group.reserved - group.used) return;
      this.start(m);
    }
    for (const m of group.copies) {
      const original = m.original;
      if (!original || m.phase !== "waiting") continue;
      if (original.phase !== "running" || original.won) continue;
      if (m.slots <= group.reserved - group.used) this.start(m);
    }
    if (this.input.exclusiveGroups && group.used > 0) return;
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
    this.startAttempt(state);
  }
  startAttempt(state) {
    const number = state.attempts + 1;
    state.attempts = number;
    state.current = { number, launched: hasCommand(state.job), ended: false };
    this.out.push({ do: "start", jobId: state.job.id, attempt: number });
  }
  over(state, verdict, at, now, successor) {
    const mayRetry = successor === void 0 && retryWanted(state, verdict, this.stopping);
    if (!mayRetry) this.release(state, successor, at, now);
    return { verdict, mayRetry, decisions: this.take() };
  }
  /** The job holds no slots any more: start what they allow. */
  release(state, successor, at, now) {
    state.current = void 0;
    state.phase = "done";
    this.running.delete(state);
    if (!state.original) {
      for (const c of state.copies) if (c.phase === "waiting") c.phase = "done";
    }
    if (successor) this.handOver(state, successor, at);
    else state.group.used -= state.slots;
    this.fill(state.group);
    this.pump(now);
  }
  /** The first success of a pair: the others are killed and will be recorded superseded. */
  win(state) {
    const original = state.original ?? state;
    original.won = true;
    original.winner = state.job.id;
    for (const other of [original, ...original.copies]) {
      if (other === state) continue;
      if (other.phase === "waiting") other.phase = "done";
      this.kill(other, "superseded");
    }
  }
  kill(state, reason) {
    const run = state.current;
    if (!run || run.ended || run.killing) return;
    if (run.next || run.unchaining) {
      this.queues.unchain(state, run);
      if (reason === "timed-out") {
        run.pendingKill ??= reason;
        return;
      }
    }
    run.killing = reason;
    this.out.push({ do: "kill", jobId: state.job.id, reason });
  }
  /** The launcher started `next` when `from` exited: `from`'s slots are now `next`'s. */
  handOver(from, next, at) {
    const { state } = next;
    from.group.used -= from.slots;
    if (next.admits) {
      const { group, need } = next.admits;
      from.group.reserved -= from.slots;
      this.free += from.slots - need;
      group.reserved = need;
      this.admit(group, at);
    }
    state.phase = "running";
    state.group.used += state.slots;
    state.attempts = next.run.number;
    state.current = next.run;
    this.running.add(state);
  }
  get(jobId) {
    const state = this.states.get(jobId);
    if (!state) throw new Error(`the scheduler has no job ${jobId}`);
    return state;
  }
  take() {
    return this.out.splice(0);
  }
};

// src/adapters/local/execution.ts
var HOLD_MS = 100;
var Execution = class {
  constructor(jobs, options, settings) {
    this.options = options;
    this.settings = settings;
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    for (const job of jobs) this.jobs.set(job.id, job);
    this.sampler = new MemorySampler(settings.memorySampleMs);
    this.baseEnv = allowedHostEnv(process.env);
    this.scheduler = new Scheduler({
      jobs,
      skip: options.skip,
      concurrency: settings.concurrency,
      ...settings.maxVcpus !== void 0 ? { maxVcpus: settings.maxVcpus } : {},
      exclusiveGroups: settings.exclusiveGroups,
      now: settings.now()
    });
    const aborted = options.signal.aborted;
    if (!aborted) options.signal.addEventListener("abort", this.onAbort, { once: true });
    this.apply(this.scheduler.begin(aborted, settings.now()), false);
    const width = Math.min(this.scheduler.slots, settings.host.cpuCount);
    this.launchers = new LauncherPool(this.baseEnv, width, (error) => this.fail(error));
    this.launchers.warm(aborted ? 0 : Math.min(width, this.scheduler.toRun));
    this.apply(this.scheduler.proceed(settings.now()));
  }
  done;
  resolveDone;
  rejectDone;
  scheduler;
  jobs = /* @__PURE__ */ new Map();
  /** Each job's live attempt: running, or queued in a launcher. */
  live = /* @__PURE__ */ new Map();
  sampler;
  launchers;
  baseEnv;
  sweep;
  pendingEvents = 0;
  fatal;
  finished = false;
  onAbort = () => this.stop();
  /** Carries out the scheduler's decisions, in order. */
  apply(decisions, check = true) {
    for (const d of decisions) {
      switch (d.do) {
        case "start":
          this.start(d.jobId, d.attempt);
          break;
        case "queue":
          this.enqueue(d.jobId, d.attempt, d.after);
          break;
        case "kill":
          this.live.get(d.jobId)?.kill(d.reason);
          break;
        case "unchain": {
          const attempt = this.live.get(d.jobId);
          if (attempt?.key !== void 0) attempt.launcher?.unchain(attempt.key);
          break;
        }
        case "drop-queues":
          this.launchers.dropQueues();
          break;
        case "cancel":
          this.cancelled(d.jobId, d.reason, d.at);
          break;
      }
    }
    if (check) this.checkFinished();
  }
  start(jobId, number) {
    const attempt = this.attempt(jobId, number);
    if (!hasCommand(attempt.job)) {
      this.failToStart(attempt, "the command is empty", this.settings.now());
      return;
    }
    attempt.launch(this.launchers.pick(), this.envFor(attempt), this.handlersFor(attempt));
  }
  /** Queues the attempt behind `after`'s live attempt, in the same launcher. */
  enqueue(jobId, number, after) {
    const pred = this.live.get(after);
    const attempt = this.attempt(jobId, number);
    attempt.queueBehind(pred, this.envFor(attempt), this.handlersFor(attempt));
    if (!this.sweep) {
      this.sweep = setInterval(() => this.takeBackStale(), HOLD_MS / 2);
      this.sweep.unref();
    }
  }
  attempt(jobId, number) {
    const job = this.jobs.get(jobId);
    const { logDir, baseDir, killGraceMs } = this.settings;
    const attempt = new Attempt(job, number, { logDir, baseDir, killGraceMs, sampler: this.sampler });
    this.live.set(jobId, attempt);
    return attempt;
  }
  handlersFor(attempt) {
    const id = attempt.job.id;
    return {
      onStart: (pid, at) => {
        this.emit({ type: "job-started", jobId: id, attempt: attempt.number, at });
        attempt.started(pid, at, () => this.apply(this.scheduler.timedOut(id), false));
        this.apply(this.scheduler.started(id), false);
      },
      onError: (code, message, at) => this.failToStart(attempt, attempt.spawnFailure(code, message), at),
      onExit: (exit) => this.onExit(attempt, exit),
      onUnchained: () => {
        this.forget(attempt.next);
        attempt.next = void 0;
        this.apply(this.scheduler.unchained(id, this.settings.now()));
      }
    };
  }
  /**
   * The job's part of its environment. A launcher runs with the allowlisted host variables
   * (baseEnv) and lays these over them, which makes workloadEnv(baseEnv, ...), without sending
   * the host's part with every job.
   */
  envFor(attempt) {
    const { job } = attempt;
    return workloadEnv({}, job.env, {
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
  /** Attempts queued in a launcher that will never start. */
  forget(first) {
    for (let q = first; q; q = q.next) if (this.live.get(q.job.id) === q) this.live.delete(q.job.id);
  }
  /** Takes queues back from processes that turned out not to be short. */
  takeBackStale() {
    const now = Date.now();
    const heads = [...this.scheduler.queueHeads()];
    if (heads.length === 0) this.stopSweep();
    for (const id of heads) {
      const attempt = this.live.get(id);
      if (attempt && now - attempt.since > HOLD_MS) this.apply(this.scheduler.takeBack(id), false);
    }
  }
  stopSweep() {
    clearInterval(this.sweep);
    this.sweep = void 0;
  }
  // ---- the end of an attempt ---------------------------------------------------------------
  onExit(attempt, exit) {
    attempt.exited(exit);
    const queued2 = attempt.next;
    attempt.next = void 0;
    const successor = queued2 && exit.next === queued2.key ? queued2 : void 0;
    if (successor) successor.since = Date.now();
    else this.forget(queued2);
    const id = attempt.job.id;
    if (this.live.get(id) === attempt) this.live.delete(id);
    this.pendingEvents++;
    const over = this.scheduler.exited(
      id,
      {
        code: exit.code,
        signal: exit.signal,
        lost: exit.lost === true,
        ...successor ? { handedTo: successor.job.id } : {},
        at: exit.at,
        ranMs: exit.at - (attempt.startedAt ?? exit.at)
      },
      this.settings.now()
    );
    this.over(attempt, over, exit);
  }
  failToStart(attempt, reason, at) {
    if (attempt.ended) return;
    attempt.ended = true;
    this.forget(attempt.next);
    attempt.next = void 0;
    const id = attempt.job.id;
    this.scheduler.failedToStart(id);
    this.emit({ type: "job-started", jobId: id, attempt: attempt.number, at });
    attempt.startedAt = at;
    queueMicrotask(() => {
      if (this.live.get(id) === attempt) this.live.delete(id);
      this.pendingEvents++;
      this.over(attempt, this.scheduler.notStarted(id, reason, this.settings.now()), void 0);
    });
  }
  /**
   * Unless the attempt may be retried, its slots were freed (or handed to the job the launcher
   * started in them) at once, so the next job starts before this one's outputs are read and its
   * record stored; a retry is decided once they are read, and runs in the same slots.
   */
  over(attempt, over, exit) {
    this.apply(over.decisions);
    const peak = attempt.peakMemoryBytes;
    const verdict = { ...over.verdict, ...peak !== void 0 ? { peakMemoryBytes: peak } : {} };
    const outputs = attempt.outputs(exit, verdict);
    if (!(outputs instanceof Promise)) {
      this.conclude(attempt, verdict, exit, over.mayRetry, outputs);
      return;
    }
    outputs.then((read) => this.conclude(attempt, verdict, exit, over.mayRetry, read)).catch((error) => {
      this.pendingEvents--;
      this.fail(error);
    });
  }
  conclude(attempt, verdict, exit, mayRetry, outputs) {
    const id = attempt.job.id;
    const record = attemptRecord(this.recordBase(id, attempt.number), attempt, verdict, exit, outputs);
    if (mayRetry) {
      const { retry, decisions } = this.scheduler.concluded(
        id,
        verdict,
        record.stoppedAt,
        this.settings.now()
      );
      if (retry) {
        this.pendingEvents--;
        this.emit({ type: "job-retrying", record });
        this.apply(decisions);
        return;
      }
      this.apply(decisions);
    }
    this.emit(
      { type: "job-finished", record },
      () => this.apply(this.scheduler.recordStored(id, record.status, this.settings.now()))
    );
    this.pendingEvents--;
  }
  /** Records a job that will never run because something it needs did not succeed. */
  cancelled(jobId, reason, at) {
    const record = {
      ...this.recordBase(jobId, 1),
      status: "cancelled",
      statusReason: reason,
      queuedAt: at,
      startedAt: at,
      stoppedAt: at,
      metrics: {}
    };
    this.emit(
      { type: "job-finished", record },
      () => this.apply(this.scheduler.cancelStored(jobId, this.settings.now()))
    );
  }
  recordBase(jobId, attempt) {
    const job = this.jobs.get(jobId);
    const queuedAt = this.scheduler.queuedAt(jobId, this.settings.now());
    return recordBase(job, { runId: this.options.runId, attempt, queuedAt, host: this.settings.host });
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
    this.apply(this.scheduler.stop());
  }
  checkFinished() {
    if (this.finished || this.scheduler.busy || this.pendingEvents > 0) return;
    const stuck = this.scheduler.quiet(this.settings.now());
    if (stuck.length > 0) {
      this.apply(stuck);
      return;
    }
    this.finished = true;
    this.stopSweep();
    this.sampler.close();
    this.options.signal.removeEventListener("abort", this.onAbort);
    void this.launchers.close().then(() => {
      if (this.fatal) this.rejectDone(this.fatal.error);
      else this.resolveDone();
    });
  }
};

// src/adapters/local/executor.ts
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
    const run = new Execution(jobs, options, {
      concurrency: this.concurrency,
      ...this.options.maxVcpus !== void 0 ? { maxVcpus: this.options.maxVcpus } : {},
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

// src/adapters/local/local-backend.ts
var LocalBackend = class {
  name = "local";
  executor;
  constructor(options) {
    this.executor = new LocalExecutor(options);
  }
  execute(jobs, options) {
    return this.executor.execute(jobs, options);
  }
  async collect(manifest, _options) {
    throw notAttachable(manifest, "collect");
  }
  async cancel(manifest) {
    throw notAttachable(manifest, "cancel");
  }
};
function notAttachable(manifest, what) {
  return new UserError(
    `run ${manifest.runId} ran on local processes, which end with the batchbench that started them: there is nothing to ${what}`,
    {
      hint: what === "collect" ? `run what it lacks with: batchbench run ${manifest.experimentFile} --resume ${manifest.runId}` : "stop a local run with Ctrl-C in the terminal that runs it"
    }
  );
}
var createLocalBackend = (setup) => new LocalBackend({
  logDir: setup.logDir,
  baseDir: setup.cwd,
  plan: setup.plan,
  ...setup.concurrency !== void 0 ? { concurrency: setup.concurrency } : {},
  ...setup.exclusiveGroups ? { exclusiveGroups: true } : {},
  ...setup.maxVcpus !== void 0 ? { maxVcpus: setup.maxVcpus } : {}
});
export {
  LocalBackend,
  createLocalBackend
};
