import { buildPlan, type PlanOptions } from '../domain/plan/build-plan.js';
import type { Plan } from '../domain/plan/plan.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import type { Problem } from '../domain/experiment/problem.js';
import { validateCampaignText } from '../domain/campaign/validate-campaign.js';
import { fileKind } from '../domain/experiment/file-kind.js';
import { validateExperimentSource } from '../domain/experiment/validate.js';
import { readYamlSource } from '../domain/experiment/yaml-source.js';
import { buildContextProblems } from '../domain/experiment/checks/build-context.js';
import type { CostVariant } from '../domain/analysis/compare-costs.js';
import { costVariants } from './cost-variants.js';

export interface CheckedExperiment {
  file: string;
  kind: 'experiment' | 'campaign';
  experiment?: Experiment;
  /** Present when the file is valid enough to plan. */
  plan?: Plan;
  /** The file's `compare:` entries, planned with the same prices and repeats, to price the run both ways. */
  variants?: CostVariant[];
  problems: Problem[];
}

export interface CheckOptions {
  prices: PriceTable;
  repeats?: number;
  localConcurrency?: number;
  history?: PlanOptions['history'];
  allowOverBudget?: boolean;
}

/**
 * Validation as a user sees it: the file's own problems, then the ones only a plan can show
 * (budget, backend values), all located in the file. Returns data; callers decide how to show
 * it and refuse to run while any problem is an error.
 */
export function checkExperiment(file: string, text: string, options: CheckOptions): CheckedExperiment {
  // Read once: the kind, then the checks of that kind, on the same parsed file.
  const source = readYamlSource(text, file);
  if (fileKind(source) === 'campaign') {
    return { file, kind: 'campaign', problems: validateCampaignText(text, file, source).problems };
  }
  const validated = validateExperimentSource(source, file, { prices: options.prices });
  if (!validated.value) return { file, kind: 'experiment', problems: validated.problems };
  const planned = buildPlan(validated.value, options);
  const { plan } = planned;
  const problems = [...planned.problems, ...buildContextProblems(validated.value)];
  const located: Problem[] = problems.map((p) => ({
    file,
    ...validated.locate(p.path),
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
    severity: p.severity,
  }));
  return {
    file,
    kind: 'experiment',
    experiment: validated.value,
    plan,
    variants: costVariants(validated.data, validated.value, options),
    problems: [...validated.problems, ...located],
  };
}

export { hasErrors } from '../domain/experiment/problem.js';
