import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  RUNS_FOLDER
} from "./chunk-BXX3FDER.js";
import {
  writeAtomic
} from "./chunk-OE34II5Z.js";

// src/adapters/history-store.ts
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
var SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function segment(value, what) {
  if (!SAFE.test(value) || value.includes(".."))
    throw new Error(`history: ${what} "${value}" is not safe as a file name`);
  return value;
}
function appendName(date) {
  const stamp = Date.now().toString().padStart(15, "0");
  return `${segment(date, "date")}.${stamp}-${randomBytes(4).toString("hex")}.json`;
}
var FsHistoryStore = class {
  constructor(root) {
    this.root = root;
  }
  async append(entries) {
    const byFile = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const file = path.join(
        this.root,
        segment(e.instanceType, "instance type"),
        segment(e.benchmark, "benchmark"),
        appendName(e.date)
      );
      byFile.set(file, [...byFile.get(file) ?? [], e]);
    }
    for (const [file, added] of byFile) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeAtomic(file, `${JSON.stringify(added, null, 2)}
`);
    }
  }
  async load(instanceType, benchmark) {
    const out = [];
    const types = instanceType ? [segment(instanceType, "instance type")] : (await list(this.root)).filter((t) => t !== RUNS_FOLDER);
    for (const t of types) {
      const benches = benchmark ? [segment(benchmark, "benchmark")] : await list(path.join(this.root, t));
      for (const b of benches) {
        const dir = path.join(this.root, t, b);
        for (const f of (await list(dir)).filter((n) => n.endsWith(".json")).sort())
          out.push(...await readList(path.join(dir, f)));
      }
    }
    return out;
  }
};
async function list(dir) {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
async function readList(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return parseList(text, file);
}
var S3HistoryStore = class {
  constructor(io, prefix) {
    this.io = io;
    this.prefix = prefix;
  }
  key(...parts) {
    return `${this.prefix}history/${parts.join("/")}`;
  }
  async append(entries) {
    const byKey = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const key = this.key(
        segment(e.instanceType, "instance type"),
        segment(e.benchmark, "benchmark"),
        appendName(e.date)
      );
      byKey.set(key, [...byKey.get(key) ?? [], e]);
    }
    for (const [key, added] of byKey) await this.io.put(key, `${JSON.stringify(added, null, 2)}
`);
  }
  async load(instanceType, benchmark) {
    const under = [instanceType, benchmark].filter((p) => p !== void 0).map((p) => segment(p, "name"));
    const runs = this.key(RUNS_FOLDER, "");
    const keys = (await this.io.keys(this.key(...under).replace(/\/?$/, "/"))).filter((k) => k.endsWith(".json") && !k.startsWith(runs)).sort();
    const out = [];
    for (const key of keys) {
      const text = await this.io.get(key);
      if (text !== void 0) out.push(...parseList(text, key));
    }
    return out;
  }
};
function parseList(text, where) {
  const data = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error(`${where}: a history file holds a JSON list of entries`);
  return data;
}

export {
  FsHistoryStore,
  S3HistoryStore
};
