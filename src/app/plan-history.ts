import { measuredHistory, type EarlierRun } from '../domain/plan/measured-history.js';
import type { RunsByText, RunStore } from '../ports/run-store.js';

/** The newest runs read for a history: enough for a median, bounded so validate stays fast. */
const MAX_RUNS = 20;

/**
 * The planner's history from the runs kept in a store: earlier runs of the same file text (a
 * changed file measures something else), found through the store's index, so runs of other
 * experiments are never read. Unreadable runs are skipped: a history is a better estimate, never
 * a reason to fail.
 */
export async function planHistory(store: RunStore & RunsByText, source: string) {
  let ids: string[];
  try {
    ids = await store.runsOfText(source);
  } catch {
    return undefined;
  }
  const runs: EarlierRun[] = [];
  // Run ids begin with the experiment's name and the time it started: the newest first.
  for (const id of [...ids].sort().reverse()) {
    if (runs.length >= MAX_RUNS) break;
    try {
      const manifest = await store.readManifest(id);
      if (manifest.experimentSource !== source) continue;
      runs.push({ plan: manifest.plan, records: await store.readRecords(id) });
    } catch {
      continue;
    }
  }
  return runs.length > 0 ? measuredHistory(runs) : undefined;
}
