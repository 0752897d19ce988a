import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { JobRecord } from '../domain/results/job-record.js';
import type { RunLock, RunManifest, RunsByText, RunStore } from '../ports/run-store.js';
import { BRANCH_REPORT, BRANCHES, branchSegment } from './branch-segment.js';
import { UserError } from '../domain/user-error.js';
import { manifestText, parseManifest, patchedManifestText } from '../domain/stored-run/format.js';
import { lockRunFolder } from './fs-run-lock.js';
import { FsRunIndex } from './fs-run-index.js';
import { RecordLines } from './record-lines.js';
import { readUserChunks, readUserFile } from './read-user-file.js';

const RUN_ID = /^[A-Za-z0-9._-]+$/;
const MANIFEST = 'manifest.json';
const RESULTS = 'results.jsonl';
const LOCK = 'lock';
/** The runs by experiment file text (fs-run-index.ts); not a run id a run gets, as it has no manifest. */
const INDEX = 'index';
/**
 * A manifest holds the plan, a results file a line per attempt: at the cap of 100,000 jobs a plan,
 * both stay well below this. Anything larger was not written by batchbench, and is refused before
 * it is read whole.
 */
const MAX_RUN_FILE_BYTES = 256 * 1024 * 1024;
/**
 * Where the platform has O_DSYNC, a write to the results file returns only once the line is on
 * disk, so an append costs one write instead of a write and an fsync. Elsewhere, fsync.
 */
const DSYNC = constants.O_DSYNC as number | undefined;
const APPEND_FLAGS =
  DSYNC === undefined ? 'a+' : constants.O_RDWR | constants.O_CREAT | constants.O_APPEND | DSYNC;
/** How long the results file stays open after the last append, waiting for the next one. */
const IDLE_CLOSE_MS = 1000;
/**
 * Least time between two synced writes of one run's results. Records that arrive meanwhile
 * wait, at most this long, and go out together: a run of short jobs makes a few hundred
 * synced writes rather than one a job.
 */
const COMMIT_INTERVAL_MS = 10;

interface PendingLine {
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Appends of one run: whatever queues while a write is under way goes out in the next one. */
interface Journal {
  pending: PendingLine[];
  flushing: boolean;
  /** The tail has been checked for a torn line left by an earlier crash or a failed write. */
  repaired: boolean;
  /** The results file, kept open while appends keep coming. */
  handle?: FileHandle;
  idle?: NodeJS.Timeout;
  /** When the last write began (Date.now()). */
  lastWrite: number;
}

/**
 * A run as a folder: `<root>/<runId>/manifest.json` (replaced atomically), `results.jsonl`
 * (append-only, one record a line) and the run's artifacts.
 * Durability: an append resolves only once its line is on disk (written with O_DSYNC, or
 * written and fsync'd), so a crash loses at most the records whose appends had not resolved
 * yet, i.e. jobs not yet reported finished, which a resume runs again; a line the crash cut
 * short is cut off before the next append. Appends are group-committed: records that arrive
 * while a write is in flight, or within COMMIT_INTERVAL_MS of the last one, share the next
 * write, so thousands of short jobs do not cost one sync each, and lines never interleave.
 * A branch's latest report, which pull requests into it compare with, is
 * `<root>/branches/<experiment>/<url-encoded branch>/latest-report.json` (no run folder has that name).
 * `<root>/index/` lists the runs by the experiment file text they ran (fs-run-index.ts).
 */
export class FsRunStore implements RunStore, RunsByText {
  readonly root: string;
  private readonly journals = new Map<string, Journal>();
  private readonly manifestQueues = new Map<string, Promise<unknown>>();
  private readonly index: FsRunIndex;

  constructor(root = '.batchbench/runs') {
    this.root = path.resolve(root);
    this.index = new FsRunIndex(path.join(this.root, INDEX));
  }

  async create(manifest: RunManifest): Promise<void> {
    const dir = this.runDir(manifest.runId);
    await mkdir(this.root, { recursive: true });
    try {
      await mkdir(dir);
    } catch (error) {
      if (isCode(error, 'EEXIST'))
        throw new UserError(`run ${manifest.runId} exists already in ${this.root}`);
      throw error;
    }
    await writeAtomic(path.join(dir, MANIFEST), `${manifestText(manifest)}\n`);
    await this.index.add(manifest.experimentSource, manifest.runId);
  }

  /**
   * The runs of this experiment file text, from the index: no other run's manifest is read. A
   * run the index lacks (stored before it, or by a process that died between its manifest and
   * its entry) is indexed on the first look, its manifest read that once.
   */
  async runsOfText(source: string): Promise<string[]> {
    const indexed = await this.index.indexed();
    for (const runId of await this.list()) {
      if (indexed.has(runId)) continue;
      const manifest = await this.readManifest(runId).catch(() => undefined);
      if (manifest) await this.index.add(manifest.experimentSource, runId);
    }
    return this.index.runsOf(source);
  }

  async readManifest(runId: string): Promise<RunManifest> {
    const text = await this.readManifestText(runId);
    return parseManifest(text, runId, path.join(this.runDir(runId), MANIFEST));
  }

  private async readManifestText(runId: string): Promise<string> {
    try {
      return await this.readRunFile(path.join(this.runDir(runId), MANIFEST));
    } catch (error) {
      if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR'))
        throw new UserError(`no run ${runId} in ${this.root}`, {
          hint: 'batchbench list shows the runs kept there',
        });
      throw error;
    }
  }

  /** `<run>/lock`, created atomically (see fs-run-lock.ts); the run must exist. */
  async lock(runId: string): Promise<RunLock> {
    await this.readManifestText(runId); // that it exists; its plan need not be parsed for that
    return lockRunFolder(runId, path.join(this.runDir(runId), LOCK));
  }

  updateManifest(runId: string, patch: Partial<Omit<RunManifest, 'runId' | 'plan'>>): Promise<void> {
    let dir: string;
    try {
      dir = this.runDir(runId);
    } catch (error) {
      return Promise.reject(error);
    }
    // Read-modify-write: updates of one run take turns so none is lost.
    const previous = this.manifestQueues.get(runId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const updated = patchedManifestText(await this.readManifestText(runId), patch);
        await writeAtomic(path.join(dir, MANIFEST), `${updated}\n`);
      });
    this.manifestQueues.set(runId, next);
    return next;
  }

  appendRecord(runId: string, record: JobRecord): Promise<void> {
    let file: string;
    try {
      file = path.join(this.runDir(runId), RESULTS);
    } catch (error) {
      return Promise.reject(error);
    }
    let journal = this.journals.get(runId);
    if (!journal) {
      journal = { pending: [], flushing: false, repaired: false, lastWrite: 0 };
      this.journals.set(runId, journal);
    }
    const line = `${JSON.stringify(record)}\n`;
    const j = journal;
    return new Promise<void>((resolve, reject) => {
      j.pending.push({ line, resolve, reject });
      if (!j.flushing) {
        j.flushing = true;
        void flushJournal(file, j);
      }
    });
  }

  async readRecords(runId: string): Promise<JobRecord[]> {
    const file = path.join(this.runDir(runId), RESULTS);
    const lines = new RecordLines(file);
    try {
      await readUserChunks(file, { root: this.root, maxBytes: MAX_RUN_FILE_BYTES }, (chunk) =>
        lines.push(chunk),
      );
    } catch (error) {
      if (isCode(error, 'ENOENT')) {
        await this.readManifest(runId); // no records yet is fine; no run at all is not
        return [];
      }
      throw error;
    }
    return lines.records;
  }

  async writeArtifact(runId: string, name: string, content: string): Promise<string> {
    const file = path.join(this.runDir(runId), artifactPath(name));
    await mkdir(path.dirname(file), { recursive: true });
    await writeAtomic(file, content);
    return file;
  }

  /** Run ids, oldest first by the last change of their manifest. */
  async list(): Promise<string[]> {
    let names: string[];
    try {
      names = (await readdir(this.root, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw error;
    }
    const runs = await Promise.all(
      names
        .filter((n) => RUN_ID.test(n))
        .map(async (name) => {
          const s = await stat(path.join(this.root, name, MANIFEST)).catch(() => undefined);
          return s ? { name, mtime: s.mtimeMs } : undefined;
        }),
    );
    return runs
      .filter((r): r is { name: string; mtime: number } => r !== undefined)
      .sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name))
      .map((r) => r.name);
  }

  async readBranchReport(experiment: string, branch: string): Promise<string | undefined> {
    try {
      return await this.readRunFile(this.branchReportFile(experiment, branch));
    } catch (error) {
      if (isCode(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  async writeBranchReport(experiment: string, branch: string, reportJson: string): Promise<string> {
    const file = this.branchReportFile(experiment, branch);
    await mkdir(path.dirname(file), { recursive: true });
    await writeAtomic(file, reportJson);
    return file;
  }

  /**
   * A file of the store through the safe reader: a regular file, under the cap, whose symlinks
   * stay inside the store's folder (a manifest linked to /proc/self/environ, or to a file of
   * another project, is refused with its name). A missing file keeps its code (ENOENT).
   */
  private readRunFile(file: string): Promise<string> {
    return readUserFile(file, { root: this.root, maxBytes: MAX_RUN_FILE_BYTES });
  }

  private branchReportFile(experiment: string, branch: string): string {
    if (!RUN_ID.test(experiment) || experiment === '.' || experiment === '..')
      throw new Error(`not an experiment name: ${JSON.stringify(experiment)}`);
    return path.join(this.root, BRANCHES, experiment, branchSegment(branch), BRANCH_REPORT);
  }

  private runDir(runId: string): string {
    if (!RUN_ID.test(runId) || runId === '.' || runId === '..') {
      throw new UserError(`not a run id: ${JSON.stringify(runId)}`, {
        hint: 'a run id has letters, digits, ".", "_" and "-" only; batchbench list shows them',
      });
    }
    return path.join(this.root, runId);
  }
}

async function flushJournal(file: string, journal: Journal): Promise<void> {
  clearTimeout(journal.idle);
  while (journal.pending.length > 0) {
    const wait = journal.lastWrite + COMMIT_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    journal.lastWrite = Date.now();
    const batch = journal.pending.splice(0);
    try {
      if (!journal.handle) {
        journal.handle = await open(file, APPEND_FLAGS);
        if (!journal.repaired) {
          await dropTornTail(journal.handle);
          journal.repaired = true;
        }
      }
      await journal.handle.write(batch.map((p) => p.line).join(''));
      if (DSYNC === undefined) await journal.handle.sync();
      for (const p of batch) p.resolve();
    } catch (error) {
      // The write may have left part of a line: reopen, and cut it off, before the next append.
      await journal.handle?.close().catch(() => undefined);
      journal.handle = undefined;
      journal.repaired = false;
      for (const p of batch) p.reject(error);
    }
  }
  journal.flushing = false;
  journal.idle = setTimeout(() => {
    const handle = journal.handle;
    journal.handle = undefined;
    void handle?.close().catch(() => undefined);
  }, IDLE_CLOSE_MS);
  journal.idle.unref();
}

/**
 * A crash mid-append can leave a line without its newline. Appending after it would glue the
 * next record onto it, so cut the file back to its last complete line first.
 */
async function dropTornTail(handle: FileHandle): Promise<void> {
  const { size } = await handle.stat();
  if (size === 0) return;
  const chunk = 64 * 1024;
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - chunk);
    const buffer = Buffer.alloc(end - start);
    await handle.read(buffer, 0, buffer.length, start);
    const nl = buffer.lastIndexOf(0x0a);
    if (nl === buffer.length - 1 && end === size) return;
    if (nl >= 0) {
      await handle.truncate(start + nl + 1);
      return;
    }
    end = start;
  }
  await handle.truncate(0);
}

/** Temp file, fsync, rename: a reader sees the old file or the new one, never half of one. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(path.dirname(file));
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable; not every platform lets a directory be opened for this.
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

function artifactPath(name: string): string {
  const parts = name.split('/');
  const ok = parts.every((p) => RUN_ID.test(p) && p !== '.' && p !== '..');
  if (!ok || parts.includes(MANIFEST) || parts.includes(RESULTS) || parts.includes(LOCK)) {
    throw new Error(
      `not an artifact name: ${JSON.stringify(name)} (a relative path of letters, digits, ".", "_" and "-")`,
    );
  }
  return path.join(...parts);
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
