import type { Campaign } from '../domain/campaign/campaign.js';
import type { Plan } from '../domain/plan/plan.js';
import { UserError } from '../domain/user-error.js';
import type { RunManifest, RunStore } from '../ports/run-store.js';
import type { AttemptRuns } from './campaign-rounds.js';
import { RUN_FORMAT_VERSION } from './stored-run.js';

/**
 * A window's attempt runs in the store its backend keeps runs in (a runs folder, an S3 results
 * store): each attempt is a run of the window's plan, created the first time and found again by
 * a process started again for the window, which then attaches instead of running a job twice.
 */
export function storedAttemptRuns(
  store: RunStore,
  where: string,
  plan: Plan,
  c: Campaign,
  backend: string,
): AttemptRuns {
  return {
    open: async (runId) => {
      const now = new Date().toISOString();
      const created = await createdNow(store, {
        formatVersion: RUN_FORMAT_VERSION,
        runId,
        experiment: c.name,
        experimentFile: c.file,
        experimentSource: '',
        backend,
        createdAt: now,
        updatedAt: now,
        status: 'running',
        plan,
      });
      if (created) return [];
      const found = await store.readManifest(runId);
      const ids = (p: Plan) => p.jobs.map((j) => j.id).join('\n');
      if (ids(found.plan) !== ids(plan))
        throw new UserError(`run ${runId} in ${where} holds other jobs than this window's`, {
          hint: 'the campaign file changed since the window was submitted: cancel that run, or run the window again next week',
        });
      await store.updateManifest(runId, { status: 'running', updatedAt: new Date().toISOString() });
      return store.readRecords(runId);
    },
    finished: (runId, record) => store.appendRecord(runId, record),
    close: (runId, status) => store.updateManifest(runId, { status, updatedAt: new Date().toISOString() }),
  };
}

/** Creates the run; false when it exists already (a store refuses that as a UserError). */
async function createdNow(store: RunStore, manifest: RunManifest): Promise<boolean> {
  try {
    await store.create(manifest);
    return true;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}
