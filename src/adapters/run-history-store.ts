import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseEntry, type RunHistoryEntry, type RunHistoryStore } from '../domain/history/run-entry.js';
import type { RunStore } from '../ports/run-store.js';
import { FsRunStore, writeAtomic } from './fs-run-store.js';

/**
 * Experiment runs live beside the campaign history (src/adapters/history-store.ts), under
 * <history root>/experiments/<experiment>/, one file per run. The campaign store never reads
 * this folder: no instance type is called that.
 */
export const RUNS_FOLDER = 'experiments';

/** An experiment name as one path segment, the same in a folder and in S3. */
function experimentSegment(name: string): string {
  const segment = encodeURIComponent(name);
  if (segment === '' || segment === '.' || segment === '..')
    throw new Error(`not an experiment name: ${JSON.stringify(name)}`);
  return segment;
}

/**
 * One name per append: the run's start time first, so a listing is in time order, then the run
 * id and a random part, so two processes appending at once never write the same name.
 */
export function entryName(entry: RunHistoryEntry): string {
  const when = entry.date.replace(/[^0-9]/g, '').slice(0, 17) || '0';
  const run = entry.runId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
  return `${when}-${run}-${randomBytes(4).toString('hex')}.json`;
}

function text(entry: RunHistoryEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/** Entries of the same run appended twice (a retry, a re-collect) count once: the newest file. */
function dedupe(entries: RunHistoryEntry[]): RunHistoryEntry[] {
  const byRun = new Map<string, RunHistoryEntry>();
  for (const e of entries) byRun.set(e.runId, e);
  return [...byRun.values()];
}

/**
 * Run history in a local folder (default .batchbench/history). Each append writes a new file
 * atomically (written and synced under a temporary name, then renamed), so appends from any
 * number of processes at once never lose or tear one another's entries; there is nothing to
 * read, modify and write back.
 */
export class FsRunHistoryStore implements RunHistoryStore {
  constructor(readonly root: string) {}

  private dir(experiment: string): string {
    return path.join(this.root, RUNS_FOLDER, experimentSegment(experiment));
  }

  async append(entry: RunHistoryEntry): Promise<string> {
    const dir = this.dir(entry.experiment);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, entryName(entry));
    await writeAtomic(file, text(entry));
    return file;
  }

  async load(experiment: string): Promise<RunHistoryEntry[]> {
    const dir = this.dir(experiment);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const files = names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => path.join(dir, n));
    const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
    return dedupe(texts.map((text, i) => parseEntry(text, files[i]!)));
  }

  /** For tests and tools: removes an experiment's history. */
  async clear(experiment: string): Promise<void> {
    await rm(this.dir(experiment), { recursive: true, force: true });
  }
}

/** Just what S3RunHistoryStore needs of src/adapters/aws/s3-io.ts's S3Io. */
export interface ConditionalObjectIo {
  /** Creates the object only if there is none (If-None-Match: *); undefined when one was there. */
  putIf(key: string, body: string, condition: { ifNoneMatch: '*' }): Promise<string | undefined>;
  get(key: string): Promise<string | undefined>;
  keys(prefix: string): Promise<string[]>;
}

/** Objects read at once when loading a history. */
const READ_CONCURRENCY = 16;

/**
 * The same history in the results store: <prefix>history/experiments/<experiment>/<name>.json.
 * One object per append, created with If-None-Match: *, so no append replaces another: two
 * runs appending at once write two objects, and nothing is read back and rewritten.
 */
export class S3RunHistoryStore implements RunHistoryStore {
  constructor(
    private readonly io: ConditionalObjectIo,
    private readonly prefix: string,
  ) {}

  private under(experiment: string): string {
    return `${this.prefix}history/${RUNS_FOLDER}/${experimentSegment(experiment)}/`;
  }

  async append(entry: RunHistoryEntry): Promise<string> {
    const body = text(entry);
    for (let attempt = 0; attempt < 3; attempt++) {
      const key = `${this.under(entry.experiment)}${entryName(entry)}`;
      if ((await this.io.putIf(key, body, { ifNoneMatch: '*' })) !== undefined) return key;
      // The name was taken: by this very write, retried after a lost answer, or (never in
      // practice, 32 random bits) by another. Only the first is done.
      if ((await this.io.get(key)) === body) return key;
    }
    throw new Error(`history: could not find a free name for run ${entry.runId}`);
  }

  async load(experiment: string): Promise<RunHistoryEntry[]> {
    const keys = (await this.io.keys(this.under(experiment))).filter((k) => k.endsWith('.json')).sort();
    const texts = new Array<string | undefined>(keys.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < keys.length) {
        const i = next++;
        texts[i] = await this.io.get(keys[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, keys.length) }, worker));
    return dedupe(
      keys.flatMap((key, i) => (texts[i] === undefined ? [] : [parseEntry(texts[i], `s3 object ${key}`)])),
    );
  }
}

/**
 * The history kept with a run store: `<runs folder>/history` locally, `<prefix>history/` in S3
 * (a store that offers one through a history() method); undefined for any other store.
 */
export function historyBeside(store: RunStore): RunHistoryStore | undefined {
  if (store instanceof FsRunStore) return new FsRunHistoryStore(path.join(store.root, 'history'));
  const offered = (store as Partial<{ history: () => RunHistoryStore }>).history;
  return typeof offered === 'function' ? offered.call(store) : undefined;
}
