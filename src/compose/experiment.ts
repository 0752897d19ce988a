import os from 'node:os';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { planHistory } from '../app/plan-history.js';
import { readSourceFile } from '../adapters/source-file.js';
import { checkExperiment, unreadable, type CheckedExperiment } from '../app/check-experiment.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Plan } from '../domain/plan/plan.js';
import type { BackendName } from '../domain/backends.js';

export interface ExperimentSettings {
  /** Where relative paths start: the CLI's working folder, the runner's workspace. */
  cwd: string;
  /** A path the user named may lead outside cwd (the CLI); an action's never does. */
  allowNamedOutside?: boolean;
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
  let source: string;
  try {
    source = await readSourceFile(file, {
      root: settings.cwd,
      ...(settings.allowNamedOutside ? { allowNamedOutside: true } : {}),
    });
  } catch (error) {
    return { ...unreadable(file, error), prices };
  }
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
