import type { Plan } from '../plan/plan.js';
import { UserError } from '../user-error.js';
import { expandJobs, jobTable, type JobTable } from './job-table.js';
import type { RunManifest } from './manifest.js';

/**
 * The format of a stored run's manifest that this batchbench writes, the one way every store
 * writes and reads it:
 * - 1: every run stored before the field existed (no `formatVersion`), the plan's jobs listed one
 *   by one;
 * - 2: the same, with `formatVersion`;
 * - 3: the plan's jobs as a table of rows (`plan.jobTable`, job-table.ts) instead of `plan.jobs`.
 * Older formats read as they always did; a newer one is refused by name rather than misread.
 */
export const RUN_FORMAT_VERSION = 3;

/** The plan as format 3 stores it. */
type StoredPlan = Omit<Plan, 'jobs'> & { jobTable: JobTable };

/** The manifest's text as a store writes it (always the current format). */
export function manifestText(manifest: RunManifest): string {
  const { jobs, ...plan } = manifest.plan;
  const stored: Omit<RunManifest, 'plan'> & { plan: StoredPlan } = {
    ...manifest,
    formatVersion: RUN_FORMAT_VERSION,
    plan: { ...plan, jobTable: jobTable(jobs) },
  };
  return JSON.stringify(stored);
}

/**
 * A manifest from its stored text, whichever format it was written in; `file` names it in an
 * error (a store's own path or URL; the run's folder and file name by default).
 */
export function parseManifest(text: string, runId: string, file = `${runId}/manifest.json`): RunManifest {
  const stored = JSON.parse(text) as RunManifest | (Omit<RunManifest, 'plan'> & { plan: StoredPlan });
  const version = stored.formatVersion ?? 1;
  if (!Number.isInteger(version) || version < 1 || version > RUN_FORMAT_VERSION)
    throw new UserError(
      `run ${runId} is stored in format ${String(version)}, and this batchbench reads formats 1 to ${RUN_FORMAT_VERSION}`,
      { hint: 'report it with the batchbench version that ran it, or a newer one' },
    );
  if (version < 3) return stored as RunManifest;
  const { jobTable: table, ...plan } = (stored as { plan: StoredPlan }).plan;
  return { ...stored, plan: { ...plan, jobs: expandJobs(table, file) } };
}

/**
 * A stored manifest's text with a patch laid over it, in the format it was stored in: the run's
 * id, plan and format never change after it was created.
 */
export function patchedManifestText(
  text: string,
  patch: Partial<Omit<RunManifest, 'runId' | 'plan'>>,
): string {
  const stored = JSON.parse(text) as RunManifest;
  const { runId, plan, formatVersion } = stored;
  return JSON.stringify({ ...stored, ...patch, runId, plan, formatVersion });
}
