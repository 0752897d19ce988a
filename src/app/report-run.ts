import { buildReport, type RunInfo } from '../domain/analysis/build-report.js';
import { comparedRun, type ComparedRun } from '../domain/analysis/compared-run.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { withDecide } from '../domain/experiment/decide.js';
import type { DecideSpec } from '../domain/experiment/experiment.js';
import type { ReportModel } from '../domain/report/model.js';
import type { RunManifest, RunStore } from '../ports/run-store.js';
import { costVariants } from './cost-variants.js';
import { parseReport } from './publish-report.js';
import { loadRun, type LoadedRun } from './stored-run.js';

/**
 * The report of a stored run, built from what the run holds: the experiment and plan of its
 * manifest and its records, priced with `prices` (the table of the run, or a newer one to
 * re-price it).
 */
export function reportRun(run: LoadedRun, prices: PriceTable, decide?: DecideSpec): ReportModel {
  const { manifest } = run;
  const experiment = withDecide(run.experiment, decide);
  return buildReport({
    experiment,
    plan: manifest.plan,
    records: run.records,
    prices,
    variants: costVariants(run.parsed, experiment, {
      prices,
      repeats: Math.max(1, ...manifest.plan.jobs.map((j) => j.repeat)),
    }),
    run: runInfoOf(manifest),
  });
}

/**
 * What `batchbench compare` needs of a stored run: the fields of its report that a comparison
 * reads (see comparedRun), built without the rest.
 */
export function comparedRunOf(run: LoadedRun, prices: PriceTable): ComparedRun {
  return comparedRun({
    experiment: run.experiment,
    plan: run.manifest.plan,
    records: run.records,
    prices,
    run: runInfoOf(run.manifest),
  });
}

function runInfoOf(manifest: RunManifest): RunInfo {
  return {
    id: manifest.runId,
    backend: manifest.backend,
    startedAt: manifest.createdAt,
    ...(manifest.status === 'running' ? {} : { finishedAt: manifest.updatedAt }),
    ...(manifest.host ? { host: manifest.host } : {}),
    ...(manifest.cpuModel ? { cpuModel: manifest.cpuModel } : {}),
    ...(manifest.cpuCount ? { cpuCount: manifest.cpuCount } : {}),
    ...(manifest.gitCommit ? { gitCommit: manifest.gitCommit } : {}),
  };
}

export interface StoredReportOptions {
  /** The report.json saved beside the run, if there is one. */
  readSaved: () => Promise<string | undefined>;
  /** Re-price the run with this table instead of publishing the saved report. */
  reprice?: PriceTable;
  /** The table to rebuild with when nothing current was saved (the shipped one). */
  prices: () => Promise<PriceTable>;
  /** Another budget or deadline for the recommendation: the report is then rebuilt. */
  decide?: DecideSpec;
}

/**
 * The report of a finished run as it was saved when the run ended, so every place it is shown
 * later (a job summary, a comment, report.md) says the same, to the byte. It is rebuilt from the
 * run only when asked to re-price it, or when what was saved is not the run's last state (a
 * run that crashed, or was resumed, after it was saved).
 */
export async function storedReport(
  store: RunStore,
  runId: string,
  options: StoredReportOptions,
): Promise<{ report: ReportModel; rebuilt: boolean }> {
  const manifest = await store.readManifest(runId);
  if (!options.reprice && !options.decide && manifest.status !== 'running') {
    const text = await options.readSaved();
    const saved = text === undefined ? undefined : savedModel(text, runId);
    if (saved && saved.run.id === runId && saved.run.finishedAt === manifest.updatedAt)
      return { report: saved, rebuilt: false };
  }
  const run = await loadRun(store, runId, manifest);
  return {
    report: reportRun(run, options.reprice ?? (await options.prices()), options.decide),
    rebuilt: true,
  };
}

/** A damaged report.json is no reason to fail: the report is rebuilt from the run instead. */
function savedModel(text: string, runId: string): ReportModel | undefined {
  try {
    return parseReport(text, `the saved report of ${runId}`);
  } catch {
    return undefined;
  }
}
