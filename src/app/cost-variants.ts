import type { CostVariant } from '../domain/analysis/compare-costs.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { buildPlan } from '../domain/plan/build-plan.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import { compareVariant } from '../domain/experiment/validate.js';

/**
 * The experiment's `compare:` entries as planned variants, for pricing a run both ways; `data` is
 * the file as validation parsed it (ExperimentValidation.data), so the YAML is not parsed again.
 */
export function costVariants(
  data: unknown,
  experiment: Experiment,
  options: { prices: PriceTable; repeats?: number },
): CostVariant[] {
  return experiment.compare.flatMap((entry) => {
    const variant = compareVariant(data, experiment.file, entry);
    if (!variant) return [];
    return [{ name: entry.name, experiment: variant, plan: buildPlan(variant, options).plan }];
  });
}
