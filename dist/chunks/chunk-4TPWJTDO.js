import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/domain/run-busy.ts
var RunBusyError = class extends UserError {
  name = "RunBusyError";
};

// src/adapters/fs-run-store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { constants as constants2 } from "node:fs";
import { mkdir, open as open3, readdir, rename as rename2, rm, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// src/adapters/branch-segment.ts
function branchSegment(branch) {
  const segment = encodeURIComponent(branch);
  if (segment === "" || segment === "." || segment === "..")
    throw new Error(`not a branch name: ${JSON.stringify(branch)}`);
  return segment;
}
var BRANCH_REPORT = "latest-report.json";
var BRANCHES = "branches";

// src/adapters/fs-run-lock.ts
import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, unlinkSync } from "node:fs";
import { open, readFile, rename, stat, unlink, utimes } from "node:fs/promises";

// src/adapters/run-holder.ts
import os from "node:os";
var STALE_AFTER_MS = 10 * 6e4;
var RENEW_MS = 6e4;
function thisHolder(now = Date.now()) {
  const command = process.argv.slice(1).map((a) => /[\s"']/.test(a) ? JSON.stringify(a) : a).join(" ");
  return {
    pid: process.pid,
    host: os.hostname(),
    since: new Date(now).toISOString(),
    command: command.length > 300 ? `${command.slice(0, 299)}\u2026` : command
  };
}
function holderGone(holder, renewedAt, now = Date.now()) {
  if (holder.host === os.hostname()) return !pidAlive(holder.pid);
  return now - renewedAt > STALE_AFTER_MS;
}
function pidAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function runBusy(runId, holder, where, release) {
  const clean = (s) => escapeTerminal(String(s));
  return new RunBusyError(
    `run ${runId} is being driven by another process: pid ${holder.pid} on ${clean(holder.host)}, since ${clean(holder.since)} (${clean(holder.command)}); its lock is ${where}`,
    {
      hint: `wait for that process to finish, or stop it (Ctrl-C) and run this again; if it is gone and ran on another host, the lock is taken over ${STALE_AFTER_MS / 6e4} minutes after its last renewal, or ${release} now`
    }
  );
}
function parseHolder(text) {
  try {
    const v = JSON.parse(text);
    if (typeof v.pid !== "number" || typeof v.host !== "string" || typeof v.token !== "string")
      return void 0;
    return {
      pid: v.pid,
      host: v.host,
      since: typeof v.since === "string" ? v.since : "an unknown time",
      command: typeof v.command === "string" ? v.command : "",
      token: v.token,
      ...typeof v.renewedAt === "string" ? { renewedAt: v.renewedAt } : {}
    };
  } catch {
    return void 0;
  }
}

// src/adapters/fs-run-lock.ts
var held = /* @__PURE__ */ new Map();
var exitHookInstalled = false;
async function lockRunFolder(runId, file) {
  for (let tries = 0; tries < 40; tries++) {
    const holder = thisHolder();
    const token = randomBytes(8).toString("hex");
    const text = `${JSON.stringify({ ...holder, token })}
`;
    if (await createExclusive(file, text)) return heldLock(file, holder, token);
    const current = await readLock(file);
    if (!current) continue;
    if (current.text === "" && Date.now() - current.mtime < 5e3) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      continue;
    }
    if (current.holder && !holderGone(current.holder, current.mtime))
      throw runBusy(runId, current.holder, file, `remove ${file}`);
    await breakStale(file, current.text);
  }
  throw new Error(`could not take the lock ${file}: it keeps changing hands`);
}
async function createExclusive(file, text) {
  let handle;
  try {
    handle = await open(file, "wx");
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}
async function readLock(file) {
  try {
    const [text, s] = await Promise.all([readFile(file, "utf8"), stat(file)]);
    return { text, holder: parseHolder(text), mtime: s.mtimeMs };
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function breakStale(file, staleText) {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  if (readFileSync(aside, "utf8") !== staleText) {
    try {
      linkSync(aside, file);
    } catch {
    }
  }
  await unlink(aside).catch(() => void 0);
}
function heldLock(file, holder, token) {
  held.set(file, token);
  installExitHook();
  const timer = setInterval(() => {
    const now = /* @__PURE__ */ new Date();
    void utimes(file, now, now).catch(() => void 0);
  }, RENEW_MS);
  timer.unref();
  let released = false;
  return {
    holder,
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      held.delete(file);
      removeIfOurs(file, token);
    }
  };
}
function removeIfOurs(file, token) {
  try {
    if (parseHolder(readFileSync(file, "utf8"))?.token === token) unlinkSync(file);
  } catch {
  }
}
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const [file, token] of held) removeIfOurs(file, token);
  });
}

// src/adapters/read-user-file.ts
import { constants } from "node:fs";
import { open as open2, realpath } from "node:fs/promises";
import path from "node:path";

// src/domain/unreadable-file.ts
var UnreadableFile = class extends UserError {
  constructor(file, reason, hint, cause) {
    super(`${file}: ${reason}`, {
      file,
      ...hint ? { hint } : {},
      ...cause === void 0 ? {} : { cause }
    });
    this.reason = reason;
    this.code = cause?.code;
    this.kind = this.code === "ENOENT" ? "missing" : this.code === void 0 ? "refused" : "system";
  }
  name = "UnreadableFile";
  /** The error code of the read that failed (ENOENT, EACCES...), when it was the system's refusal. */
  code;
  kind;
};

// src/adapters/read-user-file.ts
var MAX_USER_FILE_BYTES = 16 * 1024 * 1024;
var PSEUDO_FILE_SYSTEMS = ["/proc", "/sys", "/dev"];
async function readUserFile(file, options) {
  return (await readUserBytes(file, options)).toString("utf8");
}
async function readUserBytes(file, options) {
  const refuse = (reason, cause) => new UnreadableFile(file, reason, options.hint, cause);
  if (file.includes("\0")) throw refuse("a file name cannot contain a NUL byte");
  const root = path.resolve(options.root);
  const named = path.resolve(root, file);
  let confine = root;
  if (!isInside(root, named)) {
    if (!options.allowNamedOutside)
      throw refuse("is outside the workspace; batchbench reads only files inside it");
    confine = path.dirname(named);
  }
  const real = await realpath(named).catch((error) => {
    throw refuse(
      error.code === "ENOENT" ? "no such file" : `cannot read the file (${error.code ?? "error"})`,
      error
    );
  });
  const realConfine = await realpath(confine).catch(() => confine);
  if (!isInside(realConfine, real))
    throw refuse("is a symbolic link to a place outside the workspace; batchbench does not follow it");
  if (PSEUDO_FILE_SYSTEMS.some((fs) => isInside(fs, real)))
    throw refuse("is a system file (/proc, /sys or /dev), not a file of yours; batchbench does not read it");
  return readRegularFile(real, options.maxBytes ?? MAX_USER_FILE_BYTES, refuse);
}
async function readRegularFile(file, maxBytes, refuse) {
  const handle = await open2(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    (error) => {
      throw refuse(`cannot read the file (${error.code ?? "error"})`, error);
    }
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refuse("is not a regular file (a folder, device, FIFO or socket)");
    if (info.size > maxBytes)
      throw refuse(`is ${info.size} bytes, more than the ${maxBytes} bytes batchbench reads`);
    const buffer = Buffer.alloc(info.size);
    let at = 0;
    while (at < buffer.length) {
      const { bytesRead } = await handle.read(buffer, at, buffer.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buffer.subarray(0, at);
  } finally {
    await handle.close();
  }
}
function isInside(folder, file) {
  const rel = path.relative(folder, file);
  return rel === "" || !rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel);
}

// src/adapters/fs-run-store.ts
var RUN_ID = /^[A-Za-z0-9._-]+$/;
var MANIFEST = "manifest.json";
var RESULTS = "results.jsonl";
var LOCK = "lock";
var MAX_RUN_FILE_BYTES = 256 * 1024 * 1024;
var DSYNC = constants2.O_DSYNC;
var APPEND_FLAGS = DSYNC === void 0 ? "a+" : constants2.O_RDWR | constants2.O_CREAT | constants2.O_APPEND | DSYNC;
var IDLE_CLOSE_MS = 1e3;
var COMMIT_INTERVAL_MS = 10;
var FsRunStore = class {
  root;
  journals = /* @__PURE__ */ new Map();
  manifestQueues = /* @__PURE__ */ new Map();
  constructor(root = ".batchbench/runs") {
    this.root = path2.resolve(root);
  }
  async create(manifest) {
    const dir = this.runDir(manifest.runId);
    await mkdir(this.root, { recursive: true });
    try {
      await mkdir(dir);
    } catch (error) {
      if (isCode(error, "EEXIST"))
        throw new UserError(`run ${manifest.runId} exists already in ${this.root}`);
      throw error;
    }
    await writeAtomic(path2.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}
`);
  }
  async readManifest(runId) {
    const file = path2.join(this.runDir(runId), MANIFEST);
    let text;
    try {
      text = await this.readRunFile(file);
    } catch (error) {
      if (isCode(error, "ENOENT") || isCode(error, "ENOTDIR"))
        throw new UserError(`no run ${runId} in ${this.root}`, {
          hint: "batchbench list shows the runs kept there"
        });
      throw error;
    }
    return JSON.parse(text);
  }
  /** `<run>/lock`, created atomically (see fs-run-lock.ts); the run must exist. */
  async lock(runId) {
    await this.readManifest(runId);
    return lockRunFolder(runId, path2.join(this.runDir(runId), LOCK));
  }
  updateManifest(runId, patch) {
    let dir;
    try {
      dir = this.runDir(runId);
    } catch (error) {
      return Promise.reject(error);
    }
    const previous = this.manifestQueues.get(runId) ?? Promise.resolve();
    const next = previous.catch(() => void 0).then(async () => {
      const current = await this.readManifest(runId);
      const updated = { ...current, ...patch, runId: current.runId, plan: current.plan };
      await writeAtomic(path2.join(dir, MANIFEST), `${JSON.stringify(updated, null, 2)}
`);
    });
    this.manifestQueues.set(runId, next);
    return next;
  }
  appendRecord(runId, record) {
    let file;
    try {
      file = path2.join(this.runDir(runId), RESULTS);
    } catch (error) {
      return Promise.reject(error);
    }
    let journal = this.journals.get(runId);
    if (!journal) {
      journal = { pending: [], flushing: false, repaired: false, lastWrite: 0 };
      this.journals.set(runId, journal);
    }
    const line = `${JSON.stringify(record)}
`;
    const j = journal;
    return new Promise((resolve, reject) => {
      j.pending.push({ line, resolve, reject });
      if (!j.flushing) {
        j.flushing = true;
        void flushJournal(file, j);
      }
    });
  }
  async readRecords(runId) {
    const file = path2.join(this.runDir(runId), RESULTS);
    let bytes;
    try {
      bytes = await readUserBytes(file, { root: this.root, maxBytes: MAX_RUN_FILE_BYTES });
    } catch (error) {
      if (isCode(error, "ENOENT")) {
        await this.readManifest(runId);
        return [];
      }
      throw error;
    }
    return parseRecordLines(bytes, file);
  }
  async writeArtifact(runId, name, content) {
    const file = path2.join(this.runDir(runId), artifactPath(name));
    await mkdir(path2.dirname(file), { recursive: true });
    await writeAtomic(file, content);
    return file;
  }
  /** Run ids, oldest first by the last change of their manifest. */
  async list() {
    let names;
    try {
      names = (await readdir(this.root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch (error) {
      if (isCode(error, "ENOENT")) return [];
      throw error;
    }
    const runs = await Promise.all(
      names.filter((n) => RUN_ID.test(n)).map(async (name) => {
        const s = await stat2(path2.join(this.root, name, MANIFEST)).catch(() => void 0);
        return s ? { name, mtime: s.mtimeMs } : void 0;
      })
    );
    return runs.filter((r) => r !== void 0).sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name)).map((r) => r.name);
  }
  async readBranchReport(experiment, branch) {
    try {
      return await this.readRunFile(this.branchReportFile(experiment, branch));
    } catch (error) {
      if (isCode(error, "ENOENT")) return void 0;
      throw error;
    }
  }
  async writeBranchReport(experiment, branch, reportJson) {
    const file = this.branchReportFile(experiment, branch);
    await mkdir(path2.dirname(file), { recursive: true });
    await writeAtomic(file, reportJson);
    return file;
  }
  /**
   * A file of the store through the safe reader: a regular file, under the cap, whose symlinks
   * stay inside the store's folder (a manifest linked to /proc/self/environ, or to a file of
   * another project, is refused with its name). A missing file keeps its code (ENOENT).
   */
  readRunFile(file) {
    return readUserFile(file, { root: this.root, maxBytes: MAX_RUN_FILE_BYTES });
  }
  branchReportFile(experiment, branch) {
    if (!RUN_ID.test(experiment) || experiment === "." || experiment === "..")
      throw new Error(`not an experiment name: ${JSON.stringify(experiment)}`);
    return path2.join(this.root, BRANCHES, experiment, branchSegment(branch), BRANCH_REPORT);
  }
  runDir(runId) {
    if (!RUN_ID.test(runId) || runId === "." || runId === "..") {
      throw new UserError(`not a run id: ${JSON.stringify(runId)}`, {
        hint: 'a run id has letters, digits, ".", "_" and "-" only; batchbench list shows them'
      });
    }
    return path2.join(this.root, runId);
  }
};
async function flushJournal(file, journal) {
  clearTimeout(journal.idle);
  while (journal.pending.length > 0) {
    const wait = journal.lastWrite + COMMIT_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    journal.lastWrite = Date.now();
    const batch = journal.pending.splice(0);
    try {
      if (!journal.handle) {
        journal.handle = await open3(file, APPEND_FLAGS);
        if (!journal.repaired) {
          await dropTornTail(journal.handle);
          journal.repaired = true;
        }
      }
      await journal.handle.write(batch.map((p) => p.line).join(""));
      if (DSYNC === void 0) await journal.handle.sync();
      for (const p of batch) p.resolve();
    } catch (error) {
      await journal.handle?.close().catch(() => void 0);
      journal.handle = void 0;
      journal.repaired = false;
      for (const p of batch) p.reject(error);
    }
  }
  journal.flushing = false;
  journal.idle = setTimeout(() => {
    const handle = journal.handle;
    journal.handle = void 0;
    void handle?.close().catch(() => void 0);
  }, IDLE_CLOSE_MS);
  journal.idle.unref();
}
async function dropTornTail(handle) {
  const { size } = await handle.stat();
  if (size === 0) return;
  const chunk = 64 * 1024;
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - chunk);
    const buffer = Buffer.alloc(end - start);
    await handle.read(buffer, 0, buffer.length, start);
    const nl = buffer.lastIndexOf(10);
    if (nl === buffer.length - 1 && end === size) return;
    if (nl >= 0) {
      await handle.truncate(start + nl + 1);
      return;
    }
    end = start;
  }
  await handle.truncate(0);
}
async function writeAtomic(file, content) {
  const temp = `${file}.${process.pid}.${randomBytes2(4).toString("hex")}.tmp`;
  const handle = await open3(temp, "w");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename2(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(path2.dirname(file));
}
async function syncDir(dir) {
  const handle = await open3(dir, "r").catch(() => void 0);
  if (!handle) return;
  await handle.sync().catch(() => void 0);
  await handle.close();
}
function artifactPath(name) {
  const parts = name.split("/");
  const ok = parts.every((p) => RUN_ID.test(p) && p !== "." && p !== "..");
  if (!ok || parts.includes(MANIFEST) || parts.includes(RESULTS) || parts.includes(LOCK)) {
    throw new Error(
      `not an artifact name: ${JSON.stringify(name)} (a relative path of letters, digits, ".", "_" and "-")`
    );
  }
  return path2.join(...parts);
}
function isCode(error, code) {
  return typeof error === "object" && error !== null && error.code === code;
}
function parseRecordLines(bytes, file) {
  const records = [];
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(10, start);
    if (end < 0) break;
    const text = bytes.toString("utf8", start, end);
    start = end + 1;
    if (text.trim() === "") continue;
    try {
      records.push(JSON.parse(text));
    } catch {
      throw new Error(
        `${file}:${line}: not a JSON record; the file was changed by something other than batchbench`
      );
    }
  }
  return records;
}

export {
  UnreadableFile,
  MAX_USER_FILE_BYTES,
  readUserFile,
  readUserBytes,
  isInside,
  branchSegment,
  BRANCH_REPORT,
  BRANCHES,
  RunBusyError,
  RENEW_MS,
  thisHolder,
  holderGone,
  runBusy,
  parseHolder,
  FsRunStore,
  writeAtomic
};
