import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkExperiment, hasErrors, type CheckedExperiment } from '../app/check-experiment.js';
import * as runner from '../adapters/github/runner-io.js';
import { loadPrices } from '../adapters/prices.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Plan } from '../domain/plan/plan.js';
import type { Experiment } from '../domain/spec/experiment.js';
import { workspace } from './action-support.js';
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
  const source = await readFile(path.resolve(workspace(env), file), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      throw new ConfigurationError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    },
  );
  const prices = await loadPrices(options.prices);
  const checked: CheckedExperiment = checkExperiment(file, source, {
    prices,
    ...(options.repeats ? { repeats: options.repeats } : {}),
    localConcurrency: os.availableParallelism(),
  });
  for (const p of checked.problems) {
    const props = { file: p.file, startLine: p.line, startColumn: p.column, title: 'batchbench' };
    const message = p.hint ? `${p.message} (${p.hint})` : p.message;
    if (p.severity === 'error') runner.error(message, props);
    else runner.warning(message, props);
  }
  if (hasErrors(checked.problems) || !checked.plan || !checked.experiment) {
    const n = checked.problems.filter((p) => p.severity === 'error').length;
    throw new ConfigurationError(`${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was submitted`);
  }
  return { file, source, experiment: checked.experiment, plan: checked.plan, prices };
}
