import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BackendInfo, BackendName } from '../../src/domain/backends.js';
import type { PlannedJob } from '../../src/domain/plan/plan.js';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import type {
  Backend,
  BackendFactory,
  CancelOutcome,
  CollectOptions,
  ExecuteOptions,
} from '../../src/ports/backend.js';
import type { RunManifest } from '../../src/ports/run-store.js';

/**
 * A backend that exists only in the tests, plugged in as a listed backend is: an entry (what
 * src/domain/backends.ts would hold) and a factory (what src/adapters/backends.ts would load).
 * It "submits" a job by writing its id to a queue file in the run's folder, and finishes queued
 * jobs when collected, so a later process can attach to it from the manifest alone: execute,
 * collect and cancel, as a remote backend does.
 */
export const ECHO: BackendInfo = { name: 'echo', summary: 'a test backend', label: 'Echo', store: 'folder' };

/** The queue file, beside the run's logs folder (<runs>/<run id>/). */
function queueFile(logDir: string): string {
  return path.join(path.dirname(logDir), 'echo-queue.json');
}

async function readQueue(file: string): Promise<string[]> {
  return JSON.parse(await readFile(file, 'utf8').catch(() => '[]')) as string[];
}

function record(job: PlannedJob, runId: string, at: number): JobRecord {
  return {
    jobId: job.id,
    runId,
    stage: job.stage,
    cellId: job.cellId,
    repeat: job.repeat,
    shardIndex: job.shardIndex,
    shardCount: job.shardCount,
    groupId: job.groupId,
    attempt: 1,
    status: 'succeeded',
    backend: ECHO.name as BackendName,
    queuedAt: at,
    startedAt: at,
    stoppedAt: at + 1,
    metrics: {},
  };
}

export const createEchoBackend: BackendFactory = (setup): Backend => {
  const queue = queueFile(setup.logDir);
  const finish = async (
    jobs: readonly PlannedJob[],
    runId: string,
    onEvent: (event: { type: 'job-finished'; record: JobRecord }) => unknown,
  ) => {
    const ids = new Set(await readQueue(queue));
    for (const job of jobs.filter((j) => ids.has(j.id)))
      await onEvent({ type: 'job-finished', record: record(job, runId, Date.now()) });
    await writeFile(queue, '[]');
  };
  return {
    name: ECHO.name as BackendName,
    async execute(jobs: readonly PlannedJob[], options: ExecuteOptions) {
      await mkdir(path.dirname(queue), { recursive: true });
      const pending = jobs.filter((j) => !options.skip.has(j.id)).map((j) => j.id);
      await writeFile(queue, JSON.stringify([...(await readQueue(queue)), ...pending]));
      setup.log(`echo: ${pending.length} jobs queued`);
      // deadline 0: submit and return, as the submit action asks; otherwise finish them now.
      if (setup.deadlineMs === 0) return;
      await finish(jobs, options.runId, options.onEvent);
    },
    async collect(manifest: RunManifest, options: CollectOptions) {
      await finish(manifest.plan.jobs, manifest.runId, options.onEvent);
      return { unfinished: 0 };
    },
    async cancel(_manifest: RunManifest): Promise<CancelOutcome> {
      const cancelled = (await readQueue(queue)).length;
      await writeFile(queue, '[]');
      return { cancelled, terminated: 0 };
    },
  };
};
