import type { Experiment } from '../domain/experiment/experiment.js';
import type { Plan } from '../domain/plan/plan.js';
import type { HostInfo } from '../ports/host-info.js';
import type { RunManifest, RunOrigin } from '../ports/run-store.js';
import { RUN_FORMAT_VERSION } from './stored-run.js';

/**
 * The manifest a new run is stored with, before its first job starts: run here or submitted to
 * be collected later, it is the same record.
 */
export function newRunManifest(run: {
  runId: string;
  experiment: Experiment;
  /** The file's text, kept so the run can be re-reported on its own. */
  source: string;
  backend: string;
  plan: Plan;
  host: HostInfo;
  origin?: RunOrigin;
  /** ISO time: created and last updated. */
  at: string;
}): RunManifest {
  return {
    formatVersion: RUN_FORMAT_VERSION,
    runId: run.runId,
    experiment: run.experiment.name,
    experimentFile: run.experiment.file,
    experimentSource: run.source,
    backend: run.backend,
    createdAt: run.at,
    updatedAt: run.at,
    status: 'running',
    ...run.host,
    ...(run.origin ? { origin: run.origin } : {}),
    plan: run.plan,
  };
}
