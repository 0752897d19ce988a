import { buildPlan, type PlanOptions } from '../domain/plan/build-plan.js';
import type { Plan } from '../domain/plan/plan.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Experiment } from '../domain/experiment/experiment.js';
import type { Problem } from '../domain/experiment/problem.js';
import { validateCampaignText } from '../domain/campaign/validate-campaign.js';
import { fileKind } from '../domain/experiment/file-kind.js';
import { validateExperimentSource } from '../domain/experiment/validate.js';
import { UnreadableFile } from '../domain/unreadable-file.js';
import { isUserError } from '../domain/user-error.js';
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

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** A file that could not be read, as a problem like any other: located, with what to do. */
export function unreadable(file: string, error: unknown): CheckedExperiment {
  // Not opened at all (missing, a folder, a link out of the workspace): about the file as a whole.
  if (error instanceof UnreadableFile)
    return { file, kind: 'experiment', problems: [notAFile(file, error.reason)] };
  // Refused while reading (too large, not UTF-8): located where the reader found it.
  if (!isUserError(error)) throw error;
  const { line = 1, column = 1 } = error.location;
  return {
    file,
    kind: 'experiment',
    problems: [
      {
        file,
        line,
        column,
        severity: 'error',
        message: error.message,
        hint: error.hint ?? 'fix the file and try again',
      },
    ],
  };
}

function notAFile(file: string, message: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    message,
    hint: 'give the path of an experiment file, e.g. experiments/monte-carlo-scaling.yaml',
  };
}
