import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  S3Io,
  mapLimit
} from "./chunk-DE4P34PD.js";
import {
  retryPolicy
} from "./chunk-Y2VSR4A3.js";
import {
  parseS3Url,
  runPrefix,
  s3Url
} from "./chunk-CUX4I5XE.js";
import {
  S3RunHistoryStore
} from "./chunk-BXX3FDER.js";
import {
  BRANCHES,
  BRANCH_REPORT,
  branchSegment,
  holderGone,
  keptLock,
  manifestText,
  parseHolder,
  parseManifest,
  patchedManifestText,
  runBusy,
  thisHolder
} from "./chunk-OE34II5Z.js";
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/adapters/aws/s3-run-lease.ts
import { randomBytes } from "node:crypto";
async function takeRunLease(io, runId, key, now) {
  const url = s3Url(io.bucket, key);
  for (let tries = 0; tries < 10; tries++) {
    const holder = thisHolder(now());
    const token = randomBytes(8).toString("hex");
    const body = (renewedAt2) => JSON.stringify({ ...holder, token, renewedAt: new Date(renewedAt2).toISOString() });
    const created = await io.putIf(key, body(now()), { ifNoneMatch: "*" });
    if (created !== void 0) return heldLease(io, key, holder, created, body, now);
    const current = await io.getTagged(key);
    if (!current) continue;
    const other = parseHolder(current.text);
    const renewedAt = Date.parse(other?.renewedAt ?? other?.since ?? "");
    if (other && !holderGone(other, Number.isNaN(renewedAt) ? 0 : renewedAt, now()))
      throw runBusy(runId, other, url, `delete ${url}`);
    const taken = await io.putIf(key, body(now()), { ifMatch: current.etag });
    if (taken !== void 0) return heldLease(io, key, holder, taken, body, now);
  }
  throw new Error(`could not take the lease ${url}: it keeps changing hands`);
}
function heldLease(io, key, holder, firstEtag, body, now) {
  let etag = firstEtag;
  return keptLock(
    holder,
    async () => {
      if (etag === void 0) return;
      etag = await io.putIf(key, body(now()), { ifMatch: etag }).catch(() => etag);
    },
    async () => {
      if (etag !== void 0) await io.deleteIf(key, etag);
    }
  );
}

// src/adapters/aws/s3-run-store.ts
var S3RunStore = class {
  constructor(s3, location, options = {}) {
    this.options = options;
    this.location = typeof location === "string" ? parseS3Url(location) : location;
    this.io = new S3Io(s3, this.location.bucket, options.policy ?? retryPolicy());
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }
  location;
  io;
  experimentOf = /* @__PURE__ */ new Map();
  manifestLocks = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  writing = /* @__PURE__ */ new Set();
  now;
  random;
  lastSegment = 0;
  segmentSeq = 0;
  /** The run history under the same prefix (src/adapters/run-history-store.ts). */
  history() {
    return new S3RunHistoryStore(this.io, this.location.prefix);
  }
  /** `<prefix><experiment>/<run-id>/` of a run: where the container runner writes too. */
  async runBase(runId) {
    return runPrefix(this.location, await this.experimentFor(runId), runId);
  }
  /** Created with If-None-Match: of two processes creating one run, the second is refused. */
  async create(manifest) {
    this.experimentOf.set(manifest.runId, manifest.experiment);
    const key = `${runPrefix(this.location, manifest.experiment, manifest.runId)}manifest.json`;
    const body = manifestText(manifest);
    if (await this.io.putIf(key, body, { ifNoneMatch: "*" }) !== void 0) return;
    if (await this.io.get(key) !== body)
      throw new UserError(`run ${manifest.runId} exists already in ${s3Url(this.location.bucket, key)}`);
  }
  async readManifest(runId) {
    const key = `${await this.runBase(runId)}manifest.json`;
    const text = await this.io.get(key);
    if (text === void 0) throw await this.noRun(runId, [await this.experimentFor(runId)]);
    return parseManifest(text, runId, s3Url(this.location.bucket, key));
  }
  /** `<run>/lock.json`, a lease taken and renewed with conditional writes (s3-run-lease.ts). */
  async lock(runId) {
    await this.readManifest(runId);
    return takeRunLease(this.io, runId, `${await this.runBase(runId)}lock.json`, this.now);
  }
  /**
   * Read, merge, write with If-Match on the ETag read: a write by another process in between
   * (412) is re-read and merged again, so no update is lost. Updates from this process take turns.
   */
  updateManifest(runId, patch) {
    const previous = this.manifestLocks.get(runId) ?? Promise.resolve();
    const next = previous.catch(() => void 0).then(async () => {
      const key = `${await this.runBase(runId)}manifest.json`;
      for (let tries = 0; tries < 20; tries++) {
        const current = await this.io.getTagged(key);
        if (!current) throw await this.noRun(runId, [await this.experimentFor(runId)]);
        const merged = patchedManifestText(current.text, patch);
        if (await this.io.putIf(key, merged, { ifMatch: current.etag }) !== void 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20 + this.random() * 80 * (tries + 1)));
      }
      throw new Error(`the manifest of run ${runId} keeps changing under this process; try again`);
    });
    this.manifestLocks.set(runId, next);
    return next;
  }
  appendRecord(runId, record) {
    return new Promise((resolve, reject) => {
      const batch = this.pending.get(runId) ?? { records: [], waiters: [] };
      batch.records.push(record);
      batch.waiters.push({ resolve, reject });
      this.pending.set(runId, batch);
      if (!this.writing.has(runId)) void this.flush(runId);
    });
  }
  async flush(runId) {
    this.writing.add(runId);
    try {
      for (; ; ) {
        const batch = this.pending.get(runId);
        if (!batch) return;
        this.pending.delete(runId);
        try {
          const key = `${await this.runBase(runId)}records/${this.segmentName()}.jsonl`;
          await this.io.put(
            key,
            batch.records.map((r) => JSON.stringify(r)).join("\n") + "\n",
            "application/x-ndjson"
          );
          for (const w of batch.waiters) w.resolve();
        } catch (error) {
          for (const w of batch.waiters) w.reject(error);
        }
      }
    } finally {
      this.writing.delete(runId);
    }
  }
  /** Sorts in write order: milliseconds (never going back within this process), then a counter. */
  segmentName() {
    const ms = Math.max(this.now(), this.lastSegment);
    this.segmentSeq = ms === this.lastSegment ? this.segmentSeq + 1 : 0;
    this.lastSegment = ms;
    const salt = Math.floor(this.random() * 4294967295).toString(16).padStart(8, "0");
    return `${String(ms).padStart(15, "0")}-${String(this.segmentSeq).padStart(6, "0")}-${salt}`;
  }
  async readRecords(runId) {
    const keys = (await this.io.keys(`${await this.runBase(runId)}records/`)).filter((k) => k.endsWith(".jsonl")).sort();
    const texts = await mapLimit(keys, 16, (key) => this.io.get(key));
    const records = [];
    for (const text of texts) {
      for (const line of (text ?? "").split("\n")) {
        if (line.trim() === "") continue;
        try {
          records.push(JSON.parse(line));
        } catch {
        }
      }
    }
    return records;
  }
  async writeArtifact(runId, name, content) {
    const key = `${await this.runBase(runId)}${name}`;
    await this.io.put(key, content, contentType(name));
    return s3Url(this.location.bucket, key);
  }
  async list() {
    const experiments = this.options.experiment ? [this.options.experiment] : await this.io.folders(this.location.prefix);
    const runs = [];
    for (const experiment of experiments) {
      for (const runId of await this.io.folders(`${this.location.prefix}${experiment}/`)) {
        if (runId === BRANCHES) continue;
        this.experimentOf.set(runId, experiment);
        runs.push(runId);
      }
    }
    return runs.sort();
  }
  async readBranchReport(experiment, branch) {
    return this.io.get(this.branchReportKey(experiment, branch));
  }
  async writeBranchReport(experiment, branch, reportJson) {
    const key = this.branchReportKey(experiment, branch);
    await this.io.put(key, reportJson);
    return s3Url(this.location.bucket, key);
  }
  branchReportKey(experiment, branch) {
    return `${this.location.prefix}${experiment}/${BRANCHES}/${branchSegment(branch)}/${BRANCH_REPORT}`;
  }
  async experimentFor(runId) {
    const known = this.experimentOf.get(runId) ?? this.options.experiment;
    if (known !== void 0) return known;
    const guess = /^(.+)-\d{8}-\d{6}Z-[A-Za-z0-9]+$/.exec(runId)?.[1];
    const candidates = guess ? [guess] : [];
    const experiments = await this.io.folders(this.location.prefix);
    for (const experiment of [...candidates, ...experiments]) {
      if (await this.io.exists(`${runPrefix(this.location, experiment, runId)}manifest.json`)) {
        this.experimentOf.set(runId, experiment);
        return experiment;
      }
    }
    throw await this.noRun(runId, experiments);
  }
  /**
   * A run id that names no run, with the runs it begins: the id a campaign window's log prints
   * is the window's, which is no run; each of its attempts is one (`<window>-a<k>`).
   */
  async noRun(runId, experiments) {
    const where = `no run ${runId} in ${s3Url(this.location.bucket, this.location.prefix)}`;
    const near = [];
    for (const experiment of experiments)
      for (const rest of await this.io.folders(`${this.location.prefix}${experiment}/${runId}-`))
        near.push(`${runId}-${rest}`);
    if (near.length === 0) return new UserError(where);
    near.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const which = near.length > 5 ? `${near.length} runs have ids that begin with it, the latest: ${near.slice(-5).join(", ")}` : `runs whose id begins with it: ${near.join(", ")}`;
    const attempts = near.every((id) => /^a\d+$/.test(id.slice(runId.length + 1))) ? " (a campaign window runs each attempt as a run of its own: give one)" : "";
    return new UserError(`${where}; ${which}${attempts}`);
  }
};
function contentType(name) {
  if (name.endsWith(".json")) return "application/json";
  if (name.endsWith(".html")) return "text/html; charset=utf-8";
  if (name.endsWith(".md")) return "text/markdown; charset=utf-8";
  return "text/plain; charset=utf-8";
}

export {
  S3RunStore
};
