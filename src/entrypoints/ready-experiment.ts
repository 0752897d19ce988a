import { hasErrors } from '../app/check-experiment.js';
import { loadExperimentFile } from '../compose/experiment.js';
import { pricesAt } from '../compose/prices.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { CostVariant } from '../domain/analysis/compare-costs.js';
import type { Plan } from '../domain/plan/plan.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import { UserError } from '../domain/user-error.js';
import { annotate, workspace } from './action-support.js';

/** An experiment file of the workspace, read, validated, planned and priced once for a whole step. */
export interface ReadyExperiment {
  file: string;
  source: string;
  experiment: Experiment;
  plan: Plan;
  variants: CostVariant[];
  /** The price table the plan was priced with. */
  prices: PriceTable;
}

/** Reads and checks one experiment file; problems become annotations and a user error. */
export async function readyExperiment(
  file: string,
  env: NodeJS.ProcessEnv,
  options: { repeats?: number; prices?: string; forceLocal?: boolean } = {},
): Promise<ReadyExperiment> {
  const cwd = workspace(env);
  const checked = await loadExperimentFile(file, {
    cwd,
    prices: await pricesAt(options.prices, cwd),
    ...(options.repeats ? { repeats: options.repeats } : {}),
    ...(options.forceLocal ? { forceLocal: true } : {}),
  });
  const n = annotate(checked.problems);
  const { experiment, plan, source } = checked;
  if (hasErrors(checked.problems) || !plan || !experiment || source === undefined)
    throw new UserError(`${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was submitted`);
  return { file, source, experiment, plan, variants: checked.variants ?? [], prices: checked.prices };
}
