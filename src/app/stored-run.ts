import type { Experiment } from '../domain/experiment/experiment.js';
import type { JobRecord } from '../domain/results/job-record.js';
import { validateExperimentText } from '../domain/experiment/validate.js';
import { UserError } from '../domain/user-error.js';
import type { RunManifest, RunStore } from '../ports/run-store.js';

/**
 * The version of a stored run's manifest that this batchbench writes. 1 is every run stored
 * before the field existed (no `formatVersion`); they read as they always did. A newer version
 * than this one is refused by name rather than misread.
 */
export const RUN_FORMAT_VERSION = 2;

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
  const version = manifest.formatVersion ?? 1;
  if (!Number.isInteger(version) || version < 1 || version > RUN_FORMAT_VERSION)
    throw new UserError(
      `run ${runId} is stored in format ${String(version)}, and this batchbench reads formats 1 to ${RUN_FORMAT_VERSION}`,
      { hint: 'report it with the batchbench version that ran it, or a newer one' },
    );
  const validated = validateExperimentText(manifest.experimentSource, manifest.experimentFile);
  if (!validated.value)
    throw new UserError(`run ${runId}: the experiment kept in its manifest no longer validates`, {
      hint: 'report it with the batchbench version that ran it',
    });
  const records = await store.readRecords(runId);
  return { manifest, experiment: validated.value, parsed: validated.data, records };
}
