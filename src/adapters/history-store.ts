import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HistoryEntry, HistoryStore } from '../domain/campaign/history.js';

/** Instance types, benchmark names and dates are checked before they become folder names. */
const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function segment(value: string, what: string): string {
  if (!SAFE.test(value) || value.includes('..'))
    throw new Error(`history: ${what} "${value}" is not safe as a file name`);
  return value;
}

/**
 * Campaign history in a local folder (default .batchbench/history/):
 * <instance type>/<benchmark>/<ISO date>.json, each a JSON list of entries. Appending to a day
 * that already has entries (a second window, a re-run) adds to its list.
 */
export class FsHistoryStore implements HistoryStore {
  constructor(private readonly root: string) {}

  async append(entries: readonly HistoryEntry[]): Promise<void> {
    const byFile = new Map<string, HistoryEntry[]>();
    for (const e of entries) {
      const file = path.join(
        this.root,
        segment(e.instanceType, 'instance type'),
        segment(e.benchmark, 'benchmark'),
        `${segment(e.date, 'date')}.json`,
      );
      byFile.set(file, [...(byFile.get(file) ?? []), e]);
    }
    for (const [file, added] of byFile) {
      const existing = await readList(file);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename: a crash never leaves half a history file.
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, `${JSON.stringify([...existing, ...added], null, 2)}\n`);
      await rename(tmp, file);
    }
  }

  async load(instanceType?: string, benchmark?: string): Promise<HistoryEntry[]> {
    const out: HistoryEntry[] = [];
    const types = instanceType ? [segment(instanceType, 'instance type')] : await list(this.root);
    for (const t of types) {
      const benches = benchmark ? [segment(benchmark, 'benchmark')] : await list(path.join(this.root, t));
      for (const b of benches) {
        const dir = path.join(this.root, t, b);
        for (const f of (await list(dir)).filter((n) => n.endsWith('.json')).sort())
          out.push(...(await readList(path.join(dir, f))));
      }
    }
    return out;
  }
}

async function list(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readList(file: string): Promise<HistoryEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseList(text, file);
}

/** Just what S3HistoryStore needs of src/adapters/aws/s3-io.ts's S3Io. */
export interface ObjectIo {
  put(key: string, body: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  keys(prefix: string): Promise<string[]>;
}

/**
 * The same history in the results store: <prefix>history/<instance type>/<benchmark>/<date>.json.
 * A read-modify-write per day file: one campaign window writes a day at a time, so two writers
 * of one file would be two windows of one day running at once, which the schedule rules out.
 */
export class S3HistoryStore implements HistoryStore {
  constructor(
    private readonly io: ObjectIo,
    private readonly prefix: string,
  ) {}

  private key(...parts: string[]): string {
    return `${this.prefix}history/${parts.join('/')}`;
  }

  async append(entries: readonly HistoryEntry[]): Promise<void> {
    const byKey = new Map<string, HistoryEntry[]>();
    for (const e of entries) {
      const key = this.key(
        segment(e.instanceType, 'instance type'),
        segment(e.benchmark, 'benchmark'),
        `${segment(e.date, 'date')}.json`,
      );
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
    for (const [key, added] of byKey) {
      const text = await this.io.get(key);
      const existing = text === undefined ? [] : parseList(text, key);
      await this.io.put(key, `${JSON.stringify([...existing, ...added], null, 2)}\n`);
    }
  }

  async load(instanceType?: string, benchmark?: string): Promise<HistoryEntry[]> {
    const under = [instanceType, benchmark]
      .filter((p): p is string => p !== undefined)
      .map((p) => segment(p, 'name'));
    const keys = (await this.io.keys(this.key(...under).replace(/\/?$/, '/')))
      .filter((k) => k.endsWith('.json'))
      .sort();
    const out: HistoryEntry[] = [];
    for (const key of keys) {
      const text = await this.io.get(key);
      if (text !== undefined) out.push(...parseList(text, key));
    }
    return out;
  }
}

function parseList(text: string, where: string): HistoryEntry[] {
  const data = JSON.parse(text) as unknown;
  if (!Array.isArray(data)) throw new Error(`${where}: a history file holds a JSON list of entries`);
  return data as HistoryEntry[];
}
