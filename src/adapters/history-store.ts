import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HistoryEntry, HistoryStore } from '../domain/campaign/history.js';
import { writeAtomic } from './fs-run-store.js';
import { RUNS_FOLDER } from './run-history-store.js';

/** Instance types, benchmark names and dates are checked before they become folder names. */
const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function segment(value: string, what: string): string {
  if (!SAFE.test(value) || value.includes('..'))
    throw new Error(`history: ${what} "${value}" is not safe as a file name`);
  return value;
}

/**
 * The file (or object) one append writes for one day: the day first, so a listing is in date
 * order, then the time and a random part, so that appends never share a name and list in the
 * order they were made. Older histories hold one `<date>.json` per day; both are read.
 */
function appendName(date: string): string {
  const stamp = Date.now().toString().padStart(15, '0');
  return `${segment(date, 'date')}.${stamp}-${randomBytes(4).toString('hex')}.json`;
}

/**
 * Campaign history in a local folder (default .batchbench/history/):
 * <instance type>/<benchmark>/<ISO date>.<stamp>.json, each a JSON list of the entries one
 * append made. Every append writes new files (atomically: synced, then renamed into place),
 * so two windows appending at once never lose each other's entries.
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
        appendName(e.date),
      );
      byFile.set(file, [...(byFile.get(file) ?? []), e]);
    }
    for (const [file, added] of byFile) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeAtomic(file, `${JSON.stringify(added, null, 2)}\n`);
    }
  }

  async load(instanceType?: string, benchmark?: string): Promise<HistoryEntry[]> {
    const out: HistoryEntry[] = [];
    const types = instanceType
      ? [segment(instanceType, 'instance type')]
      : (await list(this.root)).filter((t) => t !== RUNS_FOLDER);
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
 * The same history in the results store: <prefix>history/<instance type>/<benchmark>/<date>.<stamp>.json.
 * One new object per append and day, never a read-modify-write: two windows appending at once
 * write two objects.
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
        appendName(e.date),
      );
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
    for (const [key, added] of byKey) await this.io.put(key, `${JSON.stringify(added, null, 2)}\n`);
  }

  async load(instanceType?: string, benchmark?: string): Promise<HistoryEntry[]> {
    const under = [instanceType, benchmark]
      .filter((p): p is string => p !== undefined)
      .map((p) => segment(p, 'name'));
    const runs = this.key(RUNS_FOLDER, '');
    const keys = (await this.io.keys(this.key(...under).replace(/\/?$/, '/')))
      .filter((k) => k.endsWith('.json') && !k.startsWith(runs))
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
