import * as runner from '../adapters/github/runner-io.js';
import { collectRun, type CollectOutcome } from '../app/collect-run.js';
import { attachRun, type AttachSettings } from '../compose/backend.js';
import { pricesAt } from '../compose/prices.js';
import type { RunStore } from '../ports/run-store.js';
import { logProgress } from './log-progress.js';

/**
 * A submitted run attached from its store and collected the way every action step does it: the
 * backend's lines and the jobs' progress in the step log, costs from the prices file given (or
 * the bundled prices). `wait` waits for every job or the deadline; without it, one look.
 */
export async function collectStoredRun(
  settings: Omit<AttachSettings, 'log'>,
  options: { prices?: string; signal: AbortSignal; wait: boolean },
): Promise<{ outcome: CollectOutcome; store: RunStore }> {
  const { store, backend } = await attachRun({ ...settings, log: (line) => runner.info(line) });
  const outcome = await collectRun(
    settings.runId,
    {
      store,
      collector: backend,
      prices: await pricesAt(options.prices, settings.cwd),
      progress: logProgress,
      now: Date.now,
      signal: options.signal,
    },
    { wait: options.wait },
  );
  return { outcome, store };
}
