import { RunBusyError } from '../domain/run-busy.js';
import type { RunLock, RunStore } from '../ports/run-store.js';

/** How often a patient taker looks again whether the run is free. */
export const LOCK_RETRY_MS = 5_000;

/**
 * Takes the run for this process (RunStore.lock). A patient taker (a collector told to wait for
 * the run to finish anyway) waits while another process holds it, looking again every
 * LOCK_RETRY_MS until the signal aborts; an impatient one gets the RunBusyError naming the holder.
 */
export async function takeRunLock(
  store: RunStore,
  runId: string,
  options: { patient: boolean; signal: AbortSignal; retryMs?: number },
): Promise<RunLock> {
  for (;;) {
    try {
      return await store.lock(runId);
    } catch (error) {
      if (!(error instanceof RunBusyError) || !options.patient || options.signal.aborted) throw error;
      await pause(options.retryMs ?? LOCK_RETRY_MS, options.signal);
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
