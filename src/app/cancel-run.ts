import type { CancelOutcome, RunCanceller } from '../ports/backend.js';
import type { RunStore } from '../ports/run-store.js';

/**
 * Stops every job of a run that has not finished, from any machine: the manifest names the
 * jobs. What finished stays recorded; `collect` afterwards records the rest as they end.
 */
export async function cancelRun(
  runId: string,
  deps: { store: RunStore; canceller: RunCanceller; now: () => number },
): Promise<CancelOutcome> {
  const manifest = await deps.store.readManifest(runId);
  const outcome = await deps.canceller.cancel(manifest);
  await deps.store.updateManifest(runId, {
    status: 'cancelled',
    updatedAt: new Date(deps.now()).toISOString(),
  });
  return outcome;
}
