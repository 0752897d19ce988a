import type { Plan } from '../domain/plan/plan.js';
import { finishedJobs } from '../domain/results/latest-records.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import type { Executor } from '../ports/executor.js';
import type { RunOrigin, RunStore } from '../ports/run-store.js';
import { newRunManifest } from './new-run.js';
import { UserError } from '../domain/user-error.js';
import type { HostInfo } from './run-experiment.js';

export interface SubmitRequest {
  runId: string;
  experiment: Experiment;
  source: string;
  plan: Plan;
  host: HostInfo;
  /** The workflow that submits, so whoever collects the run last publishes where it would have. */
  origin?: RunOrigin;
  signal: AbortSignal;
}

export interface SubmitOutcome {
  runId: string;
  /** The run existed already (a re-run of the workflow): its submissions were reused. */
  attached: boolean;
  /** Jobs with a final record already. */
  finished: number;
}

/**
 * Submit now, collect later: writes the run's manifest (or attaches to the run of that id),
 * hands every job without a result to a remote executor that returns once they are submitted
 * (its deadline is now), and records what already finished. A GitHub job may run 6 hours, a
 * Batch job longer, so waiting is a separate step that may end before the jobs do.
 */
export async function submitRun(
  req: SubmitRequest,
  deps: { store: RunStore; executor: Executor; now: () => number },
): Promise<SubmitOutcome> {
  const { store } = deps;
  // A run's folder may exist before its manifest (result objects of its jobs): ask for the manifest.
  const manifest = await store.readManifest(req.runId).catch(() => undefined);
  const attached = manifest !== undefined;
  let skip = new Set<string>();
  if (manifest) {
    const before = manifest.plan.jobs.map((j) => j.id).join('\n');
    if (before !== req.plan.jobs.map((j) => j.id).join('\n'))
      throw new UserError(
        `run ${req.runId} exists with other jobs: the experiment file changed since it was submitted`,
        { hint: 'give another run-id to submit the changed file as a new run' },
      );
    skip = finishedJobs(await store.readRecords(req.runId));
  } else {
    const at = new Date(deps.now()).toISOString();
    // Fails when the manifest does exist (it could not be read): nothing is submitted twice.
    await store.create(newRunManifest({ ...req, backend: deps.executor.name, at }));
  }
  // One submitter at a time: a second (a re-run of the workflow while the first still submits)
  // is refused with the first one's name instead of submitting the same jobs again.
  const lock = await store.lock(req.runId);
  try {
    let finished = skip.size;
    await deps.executor.execute(req.plan.jobs, {
      runId: req.runId,
      skip,
      signal: req.signal,
      onEvent: async (event) => {
        if (event.type === 'job-started') return;
        await store.appendRecord(req.runId, event.record);
        if (event.type === 'job-finished') finished++;
      },
    });
    return { runId: req.runId, attached, finished };
  } finally {
    await lock.release();
  }
}
