import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalExecutor } from '../../../src/adapters/local/executor.js';
import type { LocalExecutorOptions } from '../../../src/adapters/local/executor.js';
import type { PlannedJob } from '../../../src/domain/plan/plan.js';
import type { JobRecord } from '../../../src/domain/results/job-record.js';
import type { ExecutorEvent } from '../../../src/ports/executor.js';
import { tempDir as newTempDir } from '../../support/temp-dir.js';

export const workloads = path.resolve(import.meta.dirname, '../../fixtures/workloads');

/** argv that runs one of the test workloads with this node. */
export function node(script: string, ...args: (string | number)[]): string[] {
  return [process.execPath, path.join(workloads, script), ...args.map(String)];
}

export function job(id: string, command: string[], extra: Partial<PlannedJob> = {}): PlannedJob {
  return {
    id,
    stage: 'main',
    cellId: 'c',
    repeat: 1,
    shardIndex: 0,
    shardCount: 1,
    groupId: id,
    command,
    env: {},
    resources: { vcpus: 1, memoryBytes: 0, gpus: 0, timeoutSec: 30, retries: 0, retryOn: [] },
    compute: { backend: 'local', region: 'local', capacity: 'on-demand', platform: 'ec2', tags: {} },
    needs: [],
    ...extra,
  };
}

export function withResources(j: PlannedJob, resources: Partial<PlannedJob['resources']>): PlannedJob {
  return { ...j, resources: { ...j.resources, ...resources } };
}

export interface Outcome {
  events: ExecutorEvent[];
  /** Final records by job id. */
  finished: Map<string, JobRecord>;
  retried: JobRecord[];
  logDir: string;
  dir: string;
}

export interface RunOptions extends Partial<Omit<LocalExecutorOptions, 'logDir' | 'baseDir'>> {
  skip?: string[];
  signal?: AbortSignal;
  onEvent?: (event: ExecutorEvent) => void | Promise<void>;
  baseDir?: string;
}

export async function tempDir(): Promise<string> {
  return newTempDir('bb-local-');
}

export async function runJobs(jobs: PlannedJob[], opts: RunOptions = {}, dir?: string): Promise<Outcome> {
  const root = dir ?? (await tempDir());
  const logDir = path.join(root, 'logs');
  const { skip, signal, onEvent, baseDir, ...executorOptions } = opts;
  const executor = new LocalExecutor({
    killGraceMs: 300,
    ...executorOptions,
    logDir,
    baseDir: baseDir ?? root,
  });
  const events: ExecutorEvent[] = [];
  await executor.execute(jobs, {
    runId: 'run-1',
    skip: new Set(skip ?? []),
    signal: signal ?? new AbortController().signal,
    onEvent: async (event) => {
      events.push(event);
      await onEvent?.(event);
    },
  });
  const finished = new Map<string, JobRecord>();
  const retried: JobRecord[] = [];
  for (const e of events) {
    if (e.type === 'job-finished') {
      if (finished.has(e.record.jobId)) throw new Error(`two job-finished events for ${e.record.jobId}`);
      finished.set(e.record.jobId, e.record);
    }
    if (e.type === 'job-retrying') retried.push(e.record);
  }
  return { events, finished, retried, logDir, dir: root };
}

export function rec(outcome: Outcome, id: string): JobRecord {
  const r = outcome.finished.get(id);
  if (!r) throw new Error(`no record for ${id}; have ${[...outcome.finished.keys()].join(', ')}`);
  return r;
}

/** Largest number of records whose [startedAt, stoppedAt) intervals overlap at one instant. */
export function maxOverlap(records: JobRecord[]): number {
  const points = records.flatMap((r) => [
    { t: r.startedAt, d: 1 },
    { t: r.stoppedAt, d: -1 },
  ]);
  points.sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let max = 0;
  for (const p of points) {
    now += p.d;
    max = Math.max(max, now);
  }
  return max;
}

/** True once the pid is gone or a zombie (a dead process that nobody has reaped yet). */
export async function processGone(pid: number, waitMs = 1500): Promise<boolean> {
  const until = Date.now() + waitMs;
  for (;;) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    const alive = stat === undefined ? isAlive(pid) : !/^\d+ \(.*\) [ZX]/s.test(stat);
    if (!alive) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
