import type { S3Client } from '@aws-sdk/client-s3';
import type { JobRecord } from '../../domain/results/job-record.js';
import type { RunLock, RunManifest, RunStore } from '../../ports/run-store.js';
import { BRANCH_REPORT, BRANCHES, branchSegment } from '../branch-segment.js';
import { retryPolicy, type RetryPolicy } from './retry.js';
import { mapLimit, S3Io } from './s3-io.js';
import { takeRunLease } from './s3-run-lease.js';
import { parseS3Url, runPrefix, s3Url, type S3Location } from './s3-location.js';
import { S3RunHistoryStore } from '../run-history-store.js';
import { UserError } from '../../domain/user-error.js';
import { manifestText, parseManifest, patchedManifestText } from '../../domain/stored-run/format.js';

export interface S3RunStoreOptions {
  /** Runs of this experiment; without it a run id is found by looking under every experiment. */
  experiment?: string;
  policy?: RetryPolicy;
  now?: () => number;
  random?: () => number;
}

/**
 * A RunStore at `results.store`: `<prefix><experiment>/<run-id>/manifest.json`, the container
 * runner's result objects under `<run-id>/<job-id>/<attempt>.json`, collected records in
 * `<run-id>/records/`, reports beside them. S3 cannot append, so each append writes a small
 * segment object; appends that arrive while one is being written share the next segment, so a
 * burst of 10,000 records costs a handful of PUTs and every append is durable when it resolves.
 * A branch's latest report, which pull requests into it compare with, is
 * `<prefix><experiment>/branches/<url-encoded branch>/latest-report.json`.
 */
export class S3RunStore implements RunStore {
  readonly location: S3Location;
  private readonly io: S3Io;
  private readonly experimentOf = new Map<string, string>();
  private readonly manifestLocks = new Map<string, Promise<unknown>>();
  private readonly pending = new Map<
    string,
    { records: JobRecord[]; waiters: { resolve: () => void; reject: (e: unknown) => void }[] }
  >();
  private readonly writing = new Set<string>();
  private readonly now: () => number;
  private readonly random: () => number;
  private lastSegment = 0;
  private segmentSeq = 0;

  constructor(
    s3: S3Client,
    location: S3Location | string,
    private readonly options: S3RunStoreOptions = {},
  ) {
    this.location = typeof location === 'string' ? parseS3Url(location) : location;
    this.io = new S3Io(s3, this.location.bucket, options.policy ?? retryPolicy());
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** The run history under the same prefix (src/adapters/run-history-store.ts). */
  history(): S3RunHistoryStore {
    return new S3RunHistoryStore(this.io, this.location.prefix);
  }

  /** `<prefix><experiment>/<run-id>/` of a run: where the container runner writes too. */
  async runBase(runId: string): Promise<string> {
    return runPrefix(this.location, await this.experimentFor(runId), runId);
  }

  /** Created with If-None-Match: of two processes creating one run, the second is refused. */
  async create(manifest: RunManifest): Promise<void> {
    this.experimentOf.set(manifest.runId, manifest.experiment);
    const key = `${runPrefix(this.location, manifest.experiment, manifest.runId)}manifest.json`;
    const body = manifestText(manifest);
    if ((await this.io.putIf(key, body, { ifNoneMatch: '*' })) !== undefined) return;
    // A retry after an ambiguous failure meets its own first write: that one is this create.
    if ((await this.io.get(key)) !== body)
      throw new UserError(`run ${manifest.runId} exists already in ${s3Url(this.location.bucket, key)}`);
  }

  async readManifest(runId: string): Promise<RunManifest> {
    const key = `${await this.runBase(runId)}manifest.json`;
    const text = await this.io.get(key);
    if (text === undefined) throw await this.noRun(runId, [await this.experimentFor(runId)]);
    return parseManifest(text, runId, s3Url(this.location.bucket, key));
  }

  /** `<run>/lock.json`, a lease taken and renewed with conditional writes (s3-run-lease.ts). */
  async lock(runId: string): Promise<RunLock> {
    await this.readManifest(runId);
    return takeRunLease(this.io, runId, `${await this.runBase(runId)}lock.json`, this.now);
  }

  /**
   * Read, merge, write with If-Match on the ETag read: a write by another process in between
   * (412) is re-read and merged again, so no update is lost. Updates from this process take turns.
   */
  updateManifest(runId: string, patch: Partial<Omit<RunManifest, 'runId' | 'plan'>>): Promise<void> {
    const previous = this.manifestLocks.get(runId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const key = `${await this.runBase(runId)}manifest.json`;
        for (let tries = 0; tries < 20; tries++) {
          const current = await this.io.getTagged(key);
          if (!current) throw await this.noRun(runId, [await this.experimentFor(runId)]);
          const merged = patchedManifestText(current.text, patch);
          if ((await this.io.putIf(key, merged, { ifMatch: current.etag })) !== undefined) return;
          await new Promise((resolve) => setTimeout(resolve, 20 + this.random() * 80 * (tries + 1)));
        }
        throw new Error(`the manifest of run ${runId} keeps changing under this process; try again`);
      });
    this.manifestLocks.set(runId, next);
    return next;
  }

  appendRecord(runId: string, record: JobRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      const batch = this.pending.get(runId) ?? { records: [], waiters: [] };
      batch.records.push(record);
      batch.waiters.push({ resolve, reject });
      this.pending.set(runId, batch);
      if (!this.writing.has(runId)) void this.flush(runId);
    });
  }

  private async flush(runId: string): Promise<void> {
    this.writing.add(runId);
    try {
      for (;;) {
        const batch = this.pending.get(runId);
        if (!batch) return;
        this.pending.delete(runId);
        try {
          const key = `${await this.runBase(runId)}records/${this.segmentName()}.jsonl`;
          await this.io.put(
            key,
            batch.records.map((r) => JSON.stringify(r)).join('\n') + '\n',
            'application/x-ndjson',
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
  private segmentName(): string {
    const ms = Math.max(this.now(), this.lastSegment);
    this.segmentSeq = ms === this.lastSegment ? this.segmentSeq + 1 : 0;
    this.lastSegment = ms;
    const salt = Math.floor(this.random() * 0xffffffff)
      .toString(16)
      .padStart(8, '0');
    return `${String(ms).padStart(15, '0')}-${String(this.segmentSeq).padStart(6, '0')}-${salt}`;
  }

  async readRecords(runId: string): Promise<JobRecord[]> {
    const keys = (await this.io.keys(`${await this.runBase(runId)}records/`))
      .filter((k) => k.endsWith('.jsonl'))
      .sort();
    const texts = await mapLimit(keys, 16, (key) => this.io.get(key));
    const records: JobRecord[] = [];
    for (const text of texts) {
      for (const line of (text ?? '').split('\n')) {
        if (line.trim() === '') continue;
        try {
          records.push(JSON.parse(line) as JobRecord);
        } catch {
          // A segment is written whole or not at all; a bad line can only come from a hand edit.
        }
      }
    }
    return records;
  }

  async writeArtifact(runId: string, name: string, content: string): Promise<string> {
    const key = `${await this.runBase(runId)}${name}`;
    await this.io.put(key, content, contentType(name));
    return s3Url(this.location.bucket, key);
  }

  async list(): Promise<string[]> {
    const experiments = this.options.experiment
      ? [this.options.experiment]
      : await this.io.folders(this.location.prefix);
    const runs: string[] = [];
    for (const experiment of experiments) {
      for (const runId of await this.io.folders(`${this.location.prefix}${experiment}/`)) {
        if (runId === BRANCHES) continue;
        this.experimentOf.set(runId, experiment);
        runs.push(runId);
      }
    }
    return runs.sort();
  }

  async readBranchReport(experiment: string, branch: string): Promise<string | undefined> {
    return this.io.get(this.branchReportKey(experiment, branch));
  }

  async writeBranchReport(experiment: string, branch: string, reportJson: string): Promise<string> {
    const key = this.branchReportKey(experiment, branch);
    // One PUT replaces the object whole: a reader sees the previous report or this one.
    await this.io.put(key, reportJson);
    return s3Url(this.location.bucket, key);
  }

  private branchReportKey(experiment: string, branch: string): string {
    return `${this.location.prefix}${experiment}/${BRANCHES}/${branchSegment(branch)}/${BRANCH_REPORT}`;
  }

  private async experimentFor(runId: string): Promise<string> {
    const known = this.experimentOf.get(runId) ?? this.options.experiment;
    if (known !== undefined) return known;
    // Run ids are "<experiment>-<yyyymmdd>-<hhmmss>Z-<suffix>" (makeRunId): try that first.
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
  private async noRun(runId: string, experiments: readonly string[]): Promise<Error> {
    const where = `no run ${runId} in ${s3Url(this.location.bucket, this.location.prefix)}`;
    const near: string[] = [];
    for (const experiment of experiments)
      for (const rest of await this.io.folders(`${this.location.prefix}${experiment}/${runId}-`))
        near.push(`${runId}-${rest}`);
    if (near.length === 0) return new UserError(where);
    near.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const which =
      near.length > 5
        ? `${near.length} runs have ids that begin with it, the latest: ${near.slice(-5).join(', ')}`
        : `runs whose id begins with it: ${near.join(', ')}`;
    const attempts = near.every((id) => /^a\d+$/.test(id.slice(runId.length + 1)))
      ? ' (a campaign window runs each attempt as a run of its own: give one)'
      : '';
    return new UserError(`${where}; ${which}${attempts}`);
  }
}

function contentType(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.html')) return 'text/html; charset=utf-8';
  if (name.endsWith('.md')) return 'text/markdown; charset=utf-8';
  return 'text/plain; charset=utf-8';
}
