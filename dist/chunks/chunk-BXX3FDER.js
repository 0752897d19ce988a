import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  parseEntry
} from "./chunk-25XNE3DY.js";
import {
  FsRunStore,
  writeAtomic
} from "./chunk-OE34II5Z.js";

// src/adapters/run-history-store.ts
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
var RUNS_FOLDER = "experiments";
function experimentSegment(name) {
  const segment = encodeURIComponent(name);
  if (segment === "" || segment === "." || segment === "..")
    throw new Error(`not an experiment name: ${JSON.stringify(name)}`);
  return segment;
}
function entryName(entry) {
  const when = entry.date.replace(/[^0-9]/g, "").slice(0, 17) || "0";
  const run = entry.runId.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 100);
  return `${when}-${run}-${randomBytes(4).toString("hex")}.json`;
}
function text(entry) {
  return `${JSON.stringify(entry)}
`;
}
function dedupe(entries) {
  const byRun = /* @__PURE__ */ new Map();
  for (const e of entries) byRun.set(e.runId, e);
  return [...byRun.values()];
}
var FsRunHistoryStore = class {
  constructor(root) {
    this.root = root;
  }
  dir(experiment) {
    return path.join(this.root, RUNS_FOLDER, experimentSegment(experiment));
  }
  async append(entry) {
    const dir = this.dir(entry.experiment);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, entryName(entry));
    await writeAtomic(file, text(entry));
    return file;
  }
  async load(experiment) {
    const dir = this.dir(experiment);
    let names;
    try {
      names = await readdir(dir);
    } catch (error) {
      if (error.code === "ENOENT") return [];
      throw error;
    }
    const files = names.filter((n) => n.endsWith(".json")).sort().map((n) => path.join(dir, n));
    const texts = await Promise.all(files.map((file) => readFile(file, "utf8")));
    return dedupe(texts.map((text2, i) => parseEntry(text2, files[i])));
  }
  /** For tests and tools: removes an experiment's history. */
  async clear(experiment) {
    await rm(this.dir(experiment), { recursive: true, force: true });
  }
};
var READ_CONCURRENCY = 16;
var S3RunHistoryStore = class {
  constructor(io, prefix) {
    this.io = io;
    this.prefix = prefix;
  }
  under(experiment) {
    return `${this.prefix}history/${RUNS_FOLDER}/${experimentSegment(experiment)}/`;
  }
  async append(entry) {
    const body = text(entry);
    for (let attempt = 0; attempt < 3; attempt++) {
      const key = `${this.under(entry.experiment)}${entryName(entry)}`;
      if (await this.io.putIf(key, body, { ifNoneMatch: "*" }) !== void 0) return key;
      if (await this.io.get(key) === body) return key;
    }
    throw new Error(`history: could not find a free name for run ${entry.runId}`);
  }
  async load(experiment) {
    const keys = (await this.io.keys(this.under(experiment))).filter((k) => k.endsWith(".json")).sort();
    const texts = new Array(keys.length);
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const i = next++;
        texts[i] = await this.io.get(keys[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, keys.length) }, worker));
    return dedupe(
      keys.flatMap((key, i) => texts[i] === void 0 ? [] : [parseEntry(texts[i], `s3 object ${key}`)])
    );
  }
};
function historyBeside(store) {
  if (store instanceof FsRunStore) return new FsRunHistoryStore(path.join(store.root, "history"));
  const offered = store.history;
  return typeof offered === "function" ? offered.call(store) : void 0;
}

export {
  RUNS_FOLDER,
  FsRunHistoryStore,
  S3RunHistoryStore,
  historyBeside
};
