import { buildReport } from '../domain/analysis/build-report.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { ReportModel } from '../domain/report/model.js';
import type { DecideSpec } from '../domain/spec/experiment.js';
import { validateExperimentText } from '../domain/spec/validate.js';
import type { RunStore } from '../ports/run-store.js';
import { costVariants } from './cost-variants.js';
import { UserError } from '../domain/user-error.js';

/**
 * Rebuilds the report of a run from what the run folder holds: the experiment text and plan in
 * its manifest and its records. It never reads the experiment file again, which may have
 * changed since.
 */
export async function reportRun(
  runId: string,
  deps: { store: RunStore; prices: PriceTable; decide?: DecideSpec },
): Promise<ReportModel> {
  const manifest = await deps.store.readManifest(runId);
  const validated = validateExperimentText(manifest.experimentSource, manifest.experimentFile);
  if (!validated.value) {
    throw new UserError(`run ${runId}: the experiment kept in its manifest no longer validates`, {
      hint: 'report it with the batchbench version that ran it',
    });
  }
  const records = await deps.store.readRecords(runId);
  // --budget / --deadline ask the recommendation another question than the file's decide:.
  const experiment = deps.decide
    ? { ...validated.value, decide: { ...validated.value.decide, ...deps.decide } }
    : validated.value;
  return buildReport({
    experiment,
    plan: manifest.plan,
    records,
    prices: deps.prices,
    variants: costVariants(manifest.experimentSource, validated.value, {
      prices: deps.prices,
      repeats: Math.max(1, ...manifest.plan.jobs.map((j) => j.repeat)),
    }),
    run: {
      id: runId,
      backend: manifest.backend,
      startedAt: manifest.createdAt,
      ...(manifest.status === 'running' ? {} : { finishedAt: manifest.updatedAt }),
      ...(manifest.host ? { host: manifest.host } : {}),
      ...(manifest.cpuModel ? { cpuModel: manifest.cpuModel } : {}),
      ...(manifest.cpuCount ? { cpuCount: manifest.cpuCount } : {}),
      ...(manifest.gitCommit ? { gitCommit: manifest.gitCommit } : {}),
    },
  });
}
