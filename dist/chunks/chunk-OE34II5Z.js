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
import { mkdir as mkdir2, open as open3, readdir as readdir2, rename as rename2, rm, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";

// src/adapters/branch-segment.ts
function branchSegment(branch) {
  const segment = encodeURIComponent(branch);
  if (segment === "" || segment === "." || segment === "..")
    throw new Error(`not a branch name: ${JSON.stringify(branch)}`);
  return segment;
}
var BRANCH_REPORT = "latest-report.json";
var BRANCHES = "branches";

// src/domain/stored-run/job-table.ts
var FIELDS = {
  id: "own",
  groupId: "own",
  stage: "shared",
  cellId: "shared",
  repeat: "own",
  shardIndex: "own",
  shardCount: "own",
  command: "shared",
  env: "shared",
  resources: "shared",
  compute: "shared",
  needs: "shared",
  itemStart: "own",
  itemEnd: "own",
  speculativeOf: "own",
  workdir: "own"
};
var ORDER = Object.keys(FIELDS);
function jobTable(jobs) {
  const shared = [];
  const byRef = /* @__PURE__ */ new Map();
  const byJson = /* @__PURE__ */ new Map();
  const share = (value) => {
    const known = byRef.get(value);
    if (known !== void 0) return known;
    const json = JSON.stringify(value);
    let index = byJson.get(json);
    if (index === void 0) {
      index = shared.push(value) - 1;
      byJson.set(json, index);
    }
    if (typeof value === "object" && value !== null) byRef.set(value, index);
    return index;
  };
  const rows = jobs.map((job) => {
    const row = ORDER.map((field) => {
      const value = job[field];
      if (value === void 0) return null;
      return FIELDS[field] === "shared" ? share(value) : value;
    });
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  return { fields: [...ORDER], shared, rows };
}
function expandJobs(table, manifest) {
  const damaged = (what) => new UserError(`the run's job table (plan.jobTable) ${what}`, {
    file: manifest,
    hint: "the manifest was edited or damaged, or written by a newer batchbench: read the run with the batchbench that ran it, or run the experiment again"
  });
  const { fields: names2, shared, rows } = table ?? {};
  if (!Array.isArray(names2) || !Array.isArray(shared) || !Array.isArray(rows) || !rows.every(Array.isArray))
    throw damaged("lacks its fields, shared values or rows");
  const fields = names2.map((name) => {
    const kind = FIELDS[name];
    if (!kind) throw damaged(`has an unknown field "${name}"`);
    return { name, kind };
  });
  return rows.map((row) => {
    const job = {};
    row.forEach((cell, i) => {
      const field = fields[i];
      if (cell === null || !field) return;
      if (field.kind === "own") job[field.name] = cell;
      else if (typeof cell === "number" && cell in shared) job[field.name] = shared[cell];
      else throw damaged(`refers to shared value ${String(cell)}, which it lacks`);
    });
    return job;
  });
}

// src/domain/stored-run/format.ts
var RUN_FORMAT_VERSION = 3;
function manifestText(manifest) {
  const { jobs, ...plan } = manifest.plan;
  const stored = {
    ...manifest,
    formatVersion: RUN_FORMAT_VERSION,
    plan: { ...plan, jobTable: jobTable(jobs) }
  };
  return JSON.stringify(stored);
}
function parseManifest(text, runId, file = `${runId}/manifest.json`) {
  const stored = JSON.parse(text);
  const version = stored.formatVersion ?? 1;
  if (!Number.isInteger(version) || version < 1 || version > RUN_FORMAT_VERSION)
    throw new UserError(
      `run ${runId} is stored in format ${String(version)}, and this batchbench reads formats 1 to ${RUN_FORMAT_VERSION}`,
      { hint: "report it with the batchbench version that ran it, or a newer one" }
    );
  if (version < 3) return stored;
  const { jobTable: table, ...plan } = stored.plan;
  return { ...stored, plan: { ...plan, jobs: expandJobs(table, file) } };
}
function patchedManifestText(text, patch) {
  const stored = JSON.parse(text);
  const { runId, plan, formatVersion } = stored;
  return JSON.stringify({ ...stored, ...patch, runId, plan, formatVersion });
}

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
function keptLock(holder, renew, remove) {
  let renewing = Promise.resolve();
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, RENEW_MS);
  timer.unref();
  let released = false;
  return {
    holder,
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      await renewing;
      await remove();
    }
  };
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
  return keptLock(
    holder,
    async () => {
      const now = /* @__PURE__ */ new Date();
      await utimes(file, now, now).catch(() => void 0);
    },
    async () => {
      held.delete(file);
      removeIfOurs(file, token);
    }
  );
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

// src/adapters/fs-run-index.ts
import { createHash } from "node:crypto";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
var FsRunIndex = class {
  constructor(folder) {
    this.folder = folder;
  }
  async add(source, runId) {
    const dir = path.join(this.folder, textKey(source));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, runId), "");
  }
  /** The runs of this text, in no particular order. */
  runsOf(source) {
    return names(path.join(this.folder, textKey(source)));
  }
  /** Every run the index holds, whatever its text. */
  async indexed() {
    const runs = /* @__PURE__ */ new Set();
    for (const key of await names(this.folder))
      for (const runId of await names(path.join(this.folder, key))) runs.add(runId);
    return runs;
  }
};
function textKey(source) {
  return createHash("sha256").update(source).digest("hex");
}
async function names(dir) {
  try {
    return await readdir(dir);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR")
      return [];
    throw error;
  }
}

// src/adapters/record-lines.ts
var RecordLines = class {
  constructor(file) {
    this.file = file;
  }
  records = [];
  /** The start of a line whose end is in a later chunk. */
  partial = Buffer.alloc(0);
  line = 0;
  push(chunk) {
    let start = 0;
    if (this.partial.length > 0) {
      const end = chunk.indexOf(10);
      if (end < 0) {
        this.partial = Buffer.concat([this.partial, chunk]);
        return;
      }
      this.parse(Buffer.concat([this.partial, chunk.subarray(0, end)]).toString("utf8"));
      start = end + 1;
    }
    for (; ; ) {
      const end = chunk.indexOf(10, start);
      if (end < 0) break;
      this.parse(chunk.toString("utf8", start, end));
      start = end + 1;
    }
    this.partial = Buffer.from(chunk.subarray(start));
  }
  parse(text) {
    this.line++;
    if (text.trim() === "") return;
    let record;
    try {
      record = JSON.parse(text);
    } catch {
      throw new Error(
        `${this.file}:${this.line}: not a JSON record; the file was changed by something other than batchbench`
      );
    }
    const previous = this.records[this.records.length - 1];
    if (previous && typeof record === "object" && record !== null) shareStrings(record, previous);
    this.records.push(record);
  }
};
function shareStrings(r, p) {
  if (typeof r.runId === "string" && r.runId === p.runId) r.runId = p.runId;
  if (typeof r.stage === "string" && r.stage === p.stage) r.stage = p.stage;
  if (typeof r.cellId === "string" && r.cellId === p.cellId) r.cellId = p.cellId;
  if (typeof r.groupId === "string" && r.groupId === p.groupId) r.groupId = p.groupId;
  if (typeof r.status === "string" && r.status === p.status) r.status = p.status;
  if (typeof r.backend === "string" && r.backend === p.backend) r.backend = p.backend;
  if (typeof r.host === "string" && r.host === p.host) r.host = p.host;
  if (typeof r.cpuModel === "string" && r.cpuModel === p.cpuModel) r.cpuModel = p.cpuModel;
  if (typeof r.instanceType === "string" && r.instanceType === p.instanceType)
    r.instanceType = p.instanceType;
}

// src/adapters/read-user-file.ts
import { constants } from "node:fs";
import { open as open2, realpath } from "node:fs/promises";
import path2 from "node:path";

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
  const { handle, size } = await openUserFile(file, options);
  try {
    const buffer = Buffer.alloc(size);
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
async function readUserChunks(file, options, each) {
  const { handle, size } = await openUserFile(file, options);
  try {
    const buffer = Buffer.alloc(Math.min(size, CHUNK_BYTES));
    for (let at = 0; at < size; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - at), at);
      if (bytesRead === 0) break;
      each(buffer.subarray(0, bytesRead));
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
var CHUNK_BYTES = 1024 * 1024;
async function openUserFile(file, options) {
  const refuse = (reason, cause) => new UnreadableFile(file, reason, options.hint, cause);
  if (file.includes("\0")) throw refuse("a file name cannot contain a NUL byte");
  const root = path2.resolve(options.root);
  const named = path2.resolve(root, file);
  let confine = root;
  if (!isInside(root, named)) {
    if (!options.allowNamedOutside)
      throw refuse("is outside the workspace; batchbench reads only files inside it");
    confine = path2.dirname(named);
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
  return openRegularFile(real, options.maxBytes ?? MAX_USER_FILE_BYTES, refuse);
}
async function openRegularFile(file, maxBytes, refuse) {
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
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
function isInside(folder, file) {
  const rel = path2.relative(folder, file);
  return rel === "" || !rel.startsWith(`..${path2.sep}`) && rel !== ".." && !path2.isAbsolute(rel);
}

// src/adapters/fs-run-store.ts
var RUN_ID = /^[A-Za-z0-9._-]+$/;
var MANIFEST = "manifest.json";
var RESULTS = "results.jsonl";
var LOCK = "lock";
var INDEX = "index";
var MAX_RUN_FILE_BYTES = 256 * 1024 * 1024;
var DSYNC = constants2.O_DSYNC;
var APPEND_FLAGS = DSYNC === void 0 ? "a+" : constants2.O_RDWR | constants2.O_CREAT | constants2.O_APPEND | DSYNC;
var IDLE_CLOSE_MS = 1e3;
var COMMIT_INTERVAL_MS = 10;
var FsRunStore = class {
  root;
  journals = /* @__PURE__ */ new Map();
  manifestQueues = /* @__PURE__ */ new Map();
  index;
  constructor(root = ".batchbench/runs") {
    this.root = path3.resolve(root);
    this.index = new FsRunIndex(path3.join(this.root, INDEX));
  }
  async create(manifest) {
    const dir = this.runDir(manifest.runId);
    await mkdir2(this.root, { recursive: true });
    try {
      await mkdir2(dir);
    } catch (error) {
      if (isCode(error, "EEXIST"))
        throw new UserError(`run ${manifest.runId} exists already in ${this.root}`);
      throw error;
    }
    await writeAtomic(path3.join(dir, MANIFEST), `${manifestText(manifest)}
`);
    await this.index.add(manifest.experimentSource, manifest.runId);
  }
  /**
   * The runs of this experiment file text, from the index: no other run's manifest is read. A
   * run the index lacks (stored before it, or by a process that died between its manifest and
   * its entry) is indexed on the first look, its manifest read that once.
   */
  async runsOfText(source) {
    const indexed = await this.index.indexed();
    for (const runId of await this.list()) {
      if (indexed.has(runId)) continue;
      const manifest = await this.readManifest(runId).catch(() => void 0);
      if (manifest) await this.index.add(manifest.experimentSource, runId);
    }
    return this.index.runsOf(source);
  }
  async readManifest(runId) {
    const text = await this.readManifestText(runId);
    return parseManifest(text, runId, path3.join(this.runDir(runId), MANIFEST));
  }
  async readManifestText(runId) {
    try {
      return await this.readRunFile(path3.join(this.runDir(runId), MANIFEST));
    } catch (error) {
      if (isCode(error, "ENOENT") || isCode(error, "ENOTDIR"))
        throw new UserError(`no run ${runId} in ${this.root}`, {
          hint: "batchbench list shows the runs kept there"
        });
      throw error;
    }
  }
  /** `<run>/lock`, created atomically (see fs-run-lock.ts); the run must exist. */
  async lock(runId) {
    await this.readManifestText(runId);
    return lockRunFolder(runId, path3.join(this.runDir(runId), LOCK));
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
      const updated = patchedManifestText(await this.readManifestText(runId), patch);
      await writeAtomic(path3.join(dir, MANIFEST), `${updated}
`);
    });
    this.manifestQueues.set(runId, next);
    return next;
  }
  appendRecord(runId, record) {
    let file;
    try {
      file = path3.join(this.runDir(runId), RESULTS);
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
    const file = path3.join(this.runDir(runId), RESULTS);
    const lines = new RecordLines(file);
    try {
      await readUserChunks(
        file,
        { root: this.root, maxBytes: MAX_RUN_FILE_BYTES },
        (chunk) => lines.push(chunk)
      );
    } catch (error) {
      if (isCode(error, "ENOENT")) {
        await this.readManifest(runId);
        return [];
      }
      throw error;
    }
    return lines.records;
  }
  async writeArtifact(runId, name, content) {
    const file = path3.join(this.runDir(runId), artifactPath(name));
    await mkdir2(path3.dirname(file), { recursive: true });
    await writeAtomic(file, content);
    return file;
  }
  /** Run ids, oldest first by the last change of their manifest. */
  async list() {
    let names2;
    try {
      names2 = (await readdir2(this.root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch (error) {
      if (isCode(error, "ENOENT")) return [];
      throw error;
    }
    const runs = await Promise.all(
      names2.filter((n) => RUN_ID.test(n)).map(async (name) => {
        const s = await stat2(path3.join(this.root, name, MANIFEST)).catch(() => void 0);
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
    await mkdir2(path3.dirname(file), { recursive: true });
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
    return path3.join(this.root, BRANCHES, experiment, branchSegment(branch), BRANCH_REPORT);
  }
  runDir(runId) {
    if (!RUN_ID.test(runId) || runId === "." || runId === "..") {
      throw new UserError(`not a run id: ${JSON.stringify(runId)}`, {
        hint: 'a run id has letters, digits, ".", "_" and "-" only; batchbench list shows them'
      });
    }
    return path3.join(this.root, runId);
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
  await syncDir(path3.dirname(file));
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
  return path3.join(...parts);
}
function isCode(error, code) {
  return typeof error === "object" && error !== null && error.code === code;
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
  RUN_FORMAT_VERSION,
  manifestText,
  parseManifest,
  patchedManifestText,
  RunBusyError,
  thisHolder,
  holderGone,
  runBusy,
  parseHolder,
  keptLock,
  FsRunStore,
  writeAtomic
};
