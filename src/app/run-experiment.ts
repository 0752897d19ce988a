import { buildReport } from '../domain/analysis/build-report.js';
import type { CostVariant } from '../domain/analysis/compare-costs.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Plan } from '../domain/plan/plan.js';
import type { ReportModel } from '../domain/report/model.js';
import type { JobRecord } from '../domain/results/job-record.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import type { Executor } from '../ports/executor.js';
import type { HostInfo } from '../ports/host-info.js';
import type { Progress } from '../ports/progress.js';
import type { RunManifest, RunStore } from '../ports/run-store.js';
import { publishArtifacts } from './publish-artifacts.js';
import { newRunManifest } from './new-run.js';
import { finishedJobs } from '../domain/results/latest-records.js';
import { UserError } from '../domain/user-error.js';

export type { HostInfo } from '../ports/host-info.js';

export interface RunRequest {
  runId: string;
  experiment: Experiment;
  /** The file's text, kept in the manifest so the run can be re-reported on its own. */
  source: string;
  plan: Plan;
  /** Attach to an existing run of this id and run only what has no result yet. */
  resume: boolean;
  signal: AbortSignal;
  /** The file's `compare:` entries, planned; the report prices the run under each. */
  variants?: readonly CostVariant[];
}

export interface RunDeps {
  store: RunStore;
  executor: Executor;
  progress: Progress;
  prices: PriceTable;
  host: HostInfo;
  now: () => number;
}

export interface RunOutcome {
  runId: string;
  report: ReportModel;
  artifacts: Record<string, string>;
  cancelled: boolean;
}

/**
 * Runs a planned experiment and reports on it. The manifest is written before the first job
 * starts and every finished job is appended to the run's records as it ends, so a crash or a
 * Ctrl-C loses nothing that finished, and a resume runs only what has no successful record.
 */
export async function runExperiment(req: RunRequest, deps: RunDeps): Promise<RunOutcome> {
  const { store, executor, progress } = deps;
  const startedAt = new Date(deps.now()).toISOString();
  let createdAt = startedAt;
  if (req.resume) {
    const manifest = await store.readManifest(req.runId);
    assertSamePlan(manifest, req.plan);
    createdAt = manifest.createdAt;
  } else {
    await store.create(newRunManifest({ ...req, backend: executor.name, host: deps.host, at: startedAt }));
  }
  // One process drives a run; taken before the records are read, so what this one skips as
  // finished and runs as missing, no other process runs meanwhile.
  const lock = await store.lock(req.runId);
  try {
    // The run is read once: the records it had, and each one this process stores as it goes.
    const records: JobRecord[] = [];
    if (req.resume) {
      records.push(...(await store.readRecords(req.runId)));
      await store.updateManifest(req.runId, { status: 'running', updatedAt: startedAt });
    }
    const skip = finishedJobs(records);
    if (req.resume)
      progress.log(`resuming ${req.runId}: ${skip.size} of ${req.plan.jobs.length} jobs already finished`);
    return await driveRun(req, deps, { createdAt, records, skip });
  } finally {
    await lock.release();
  }
}

/** The stored run as this process knows it: when it was made, and every record it holds. */
interface RunSoFar {
  createdAt: string;
  records: JobRecord[];
  skip: Set<string>;
}

async function driveRun(req: RunRequest, deps: RunDeps, run: RunSoFar): Promise<RunOutcome> {
  const { store, executor, progress } = deps;
  const { records, skip } = run;
  const counts = {
    queued: req.plan.jobs.length - skip.size,
    running: 0,
    succeeded: 0,
    failed: 0,
    cancelled: 0,
    total: req.plan.jobs.length,
  };
  counts.succeeded = skip.size;
  progress.update(counts);
  await executor.execute(req.plan.jobs, {
    runId: req.runId,
    skip,
    signal: req.signal,
    onEvent: async (event) => {
      if (event.type === 'job-started') {
        if (event.attempt === 1) counts.queued--;
        counts.running++;
      } else {
        await store.appendRecord(req.runId, event.record);
        records.push(event.record);
        counts.running = Math.max(0, counts.running - 1);
        if (event.type === 'job-finished') {
          if (event.record.status === 'succeeded' || event.record.status === 'superseded') counts.succeeded++;
          else if (event.record.status === 'cancelled') counts.cancelled++;
          else counts.failed++;
          if (event.record.status === 'cancelled' && !wasStarted(event.record)) counts.queued--;
        }
      }
      progress.update(counts);
    },
  });
  progress.done();

  const cancelled = req.signal.aborted;
  // One instant for the report and the manifest: a report re-built from the stored run later
  // (reportRun takes finishedAt from the manifest) is then the same as the one saved now.
  const finishedAt = new Date(deps.now()).toISOString();
  const report = buildReport({
    experiment: req.experiment,
    plan: req.plan,
    records,
    prices: deps.prices,
    ...(req.variants ? { variants: req.variants } : {}),
    run: {
      id: req.runId,
      backend: executor.name,
      startedAt: run.createdAt,
      finishedAt,
      ...deps.host,
    },
  });
  const status = cancelled ? 'cancelled' : report.run.status;
  await store.updateManifest(req.runId, { status, updatedAt: finishedAt });
  const artifacts = await publishArtifacts(store, req.runId, report);
  return { runId: req.runId, report, artifacts, cancelled };
}

function wasStarted(record: JobRecord): boolean {
  return record.commandStartedAt !== undefined;
}

function assertSamePlan(manifest: RunManifest, plan: Plan): void {
  const before = manifest.plan.jobs.map((j) => j.id).join('\n');
  const now = plan.jobs.map((j) => j.id).join('\n');
  if (before !== now) {
    throw new UserError(
      `run ${manifest.runId} was planned from a different experiment file (its jobs differ)`,
      {
        hint: 'start a new run instead of resuming this one',
      },
    );
  }
}
