import os from 'node:os';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { planHistory } from '../app/plan-history.js';
import { checkExperiment, type CheckedExperiment } from '../app/check-experiment.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Plan } from '../domain/plan/plan.js';
import type { BackendName } from '../domain/backends.js';
import { readNamedFile, type NamedFileSettings } from './named-file.js';

const EXPERIMENT_HINT = 'give the path of an experiment file, e.g. experiments/monte-carlo-scaling.yaml';

export interface ExperimentSettings extends NamedFileSettings {
  prices: PriceTable;
  repeats?: number;
  /** Local slots to plan with; the machine's cores when absent. */
  concurrency?: number;
  /** Run every cell on local processes whatever the file says (--backend local, a fork's PR). */
  forceLocal?: boolean;
  /** A local runs folder whose earlier runs of the same text give the estimate its basis. */
  runsDir?: string;
  /** Run even when the estimate is over budget.max-usd (or unknown). */
  allowOverBudget?: boolean;
}

/** An experiment file read, validated and planned once; `source` is the text that was checked. */
export type LoadedExperiment = CheckedExperiment & { source?: string; prices: PriceTable };

/**
 * Reads one experiment file and checks it: validation, plan and the `compare:` variants, each
 * done once. A file that cannot be read is a located problem like any other.
 */
export async function loadExperimentFile(
  file: string,
  settings: ExperimentSettings,
): Promise<LoadedExperiment> {
  const { prices } = settings;
  const read = await readNamedFile(file, settings, EXPERIMENT_HINT);
  if ('problem' in read) return { file, kind: 'experiment', problems: [read.problem], prices };
  const source = read.text;
  const history = settings.runsDir ? await planHistory(new FsRunStore(settings.runsDir), source) : undefined;
  const checked = checkExperiment(file, source, {
    prices,
    ...(history ? { history } : {}),
    ...(settings.allowOverBudget ? { allowOverBudget: true } : {}),
    ...(settings.repeats ? { repeats: settings.repeats } : {}),
    localConcurrency: settings.concurrency ?? os.availableParallelism(),
  });
  if (settings.forceLocal && checked.plan) forceLocal(checked.plan);
  return { ...checked, source, prices };
}

function forceLocal(plan: Plan): void {
  for (const job of plan.jobs) job.compute.backend = 'local';
}

/** Where a plan's jobs run: one run drives one backend. */
export function backendOf(plan: Plan): BackendName | 'mixed' {
  const names = new Set(plan.jobs.map((j) => j.compute.backend));
  if (names.size > 1) return 'mixed';
  return [...names][0] ?? 'local';
}
