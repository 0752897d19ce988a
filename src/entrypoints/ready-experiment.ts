import os from 'node:os';
import { checkExperiment, hasErrors, type CheckedExperiment } from '../app/check-experiment.js';
import { loadPrices } from '../adapters/prices.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Plan } from '../domain/plan/plan.js';
import type { Experiment } from '../domain/spec/experiment.js';
import { annotate, readWorkspaceFile } from './action-support.js';
import { ConfigurationError } from './configuration-error.js';

export interface ReadyExperiment {
  file: string;
  source: string;
  experiment: Experiment;
  plan: Plan;
  /** The price table the plan was priced with. */
  prices: PriceTable;
}

/** Reads and checks one experiment file; problems become annotations and a configuration error. */
export async function readyExperiment(
  file: string,
  env: NodeJS.ProcessEnv,
  options: { repeats?: number; prices?: string } = {},
): Promise<ReadyExperiment> {
  const source = await readWorkspaceFile(file, env);
  const prices = await loadPrices(options.prices);
  const checked: CheckedExperiment = checkExperiment(file, source, {
    prices,
    ...(options.repeats ? { repeats: options.repeats } : {}),
    localConcurrency: os.availableParallelism(),
  });
  const n = annotate(checked.problems);
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) {
    throw new ConfigurationError(`${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was submitted`);
  }
  return { file, source, experiment: checked.experiment, plan: checked.plan, prices };
}
