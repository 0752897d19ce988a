import type { Experiment } from '../domain/experiment/experiment.js';
import type { JobRecord } from '../domain/results/job-record.js';
import { validateExperimentText } from '../domain/experiment/validate.js';
import { UserError } from '../domain/user-error.js';
import type { RunManifest, RunStore } from '../ports/run-store.js';

/** The stores write and read the format (domain/stored-run/format.ts); a newer one is refused there. */
export { RUN_FORMAT_VERSION } from '../domain/stored-run/format.js';

/** A stored run read once: its manifest, the experiment it ran (validated once) and its records. */
export interface LoadedRun {
  manifest: RunManifest;
  experiment: Experiment;
  /** The experiment file as parsed when the run was read, for its `compare:` variants. */
  parsed: unknown;
  records: JobRecord[];
}

/**
 * Reads a run from its store: what a report, a re-pricing or a publication of it needs, from
 * the run alone (never the experiment file, which may have changed since).
 */
export async function loadRun(store: RunStore, runId: string, read?: RunManifest): Promise<LoadedRun> {
  const manifest = read ?? (await store.readManifest(runId));
  const validated = validateExperimentText(manifest.experimentSource, manifest.experimentFile);
  if (!validated.value)
    throw new UserError(`run ${runId}: the experiment kept in its manifest no longer validates`, {
      hint: 'report it with the batchbench version that ran it',
    });
  const records = await store.readRecords(runId);
  return { manifest, experiment: validated.value, parsed: validated.data, records };
}
