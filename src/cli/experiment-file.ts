import { readSourceFile } from '../adapters/source-file.js';
import os from 'node:os';
import path from 'node:path';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { planHistory } from '../app/plan-history.js';
import { checkExperiment, unreadable, type CheckedExperiment } from '../app/check-experiment.js';
import { annotation } from '../adapters/github/workflow-commands.js';
import { loadPrices } from '../adapters/prices.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import type { Plan } from '../domain/plan/plan.js';
import { formatProblem } from '../domain/spec/problem.js';
import { positiveInt, usageError } from './flags.js';
import type { Io } from './io.js';

export interface CheckFlags {
  prices?: string;
  repeats?: string;
  concurrency?: string;
  backend?: string;
  'runs-dir'?: string;
  'allow-over-budget'?: boolean;
}

/** The file as named (relative to io.cwd), checked; `text` is what was checked, read once. */
export async function checkFile(
  command: string,
  file: string,
  values: CheckFlags,
  io: Io,
  prices?: PriceTable,
): Promise<CheckedExperiment & { text?: string }> {
  if (values.backend !== undefined && values.backend !== 'local')
    throw usageError(command, `--backend only takes "local" (to run a cloud experiment on this machine)`);
  let text: string;
  try {
    text = await readSourceFile(file, { root: io.cwd, allowNamedOutside: true });
  } catch (error) {
    return unreadable(file, error);
  }
  // Earlier local runs of the same text give the estimate (and budget.max-usd) its basis.
  const runsDir = path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs');
  const history = await planHistory(new FsRunStore(runsDir), text);
  const checked = checkExperiment(file, text, {
    ...(history ? { history } : {}),
    allowOverBudget: values['allow-over-budget'] === true,
    prices: prices ?? (await loadPrices(values.prices && path.resolve(io.cwd, values.prices))),
    repeats: positiveInt(command, 'repeats', values.repeats),
    localConcurrency: positiveInt(command, 'concurrency', values.concurrency) ?? os.availableParallelism(),
  });
  if (values.backend === 'local' && checked.plan) forceLocal(checked.plan);
  return { ...checked, text };
}

/** plan and run take experiments; a campaign file is planned and run by `batchbench campaign`. */
export function experimentOnly(checked: CheckedExperiment, command: string): void {
  if (checked.kind === 'campaign')
    throw usageError(
      command,
      `${checked.file} is a campaign file`,
      `use batchbench campaign ${command} ${checked.file}`,
    );
}

function forceLocal(plan: Plan): void {
  for (const job of plan.jobs) job.compute.backend = 'local';
}

/** Problems on stderr; stdout keeps only what the command prints (JSON with --json). */
export function printProblems(checked: CheckedExperiment, io: Io, json = false): void {
  // On a GitHub runner each problem also becomes an annotation on its file, line and column
  // (the runner reads workflow commands on either stream).
  const annotate = io.env.GITHUB_ACTIONS === 'true';
  for (const p of checked.problems) {
    io.stderr.write(`${formatProblem(p)}\n`);
    if (annotate) (json ? io.stderr : io.stdout).write(`${annotation(p)}\n`);
  }
}
