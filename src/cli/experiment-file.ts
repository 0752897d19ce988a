import path from 'node:path';
import { annotation } from '../adapters/github/workflow-commands.js';
import type { CheckedExperiment } from '../app/check-experiment.js';
import { loadExperimentFile, type LoadedExperiment } from '../compose/experiment.js';
import { pricesAt } from '../compose/prices.js';
import type { PriceTable } from '../domain/cost/price-table.js';
import { formatProblem } from '../domain/experiment/problem.js';
import { pickFlags, positiveInt, usageError, type FlagValues } from './flags.js';
import type { Io } from './io.js';

/** The flags of a command that checks and plans an experiment file: what checkFile reads. */
export const CHECK_FLAGS = pickFlags(
  'prices',
  'repeats',
  'concurrency',
  'backend',
  'runs-dir',
  'allow-over-budget',
);

export type CheckFlags = FlagValues<typeof CHECK_FLAGS>;

/** The file as named (relative to io.cwd), read, checked and priced once, through the composition root. */
export async function checkFile(
  command: string,
  file: string,
  values: CheckFlags,
  io: Io,
  /** Loaded once by a command that checks many files. */
  prices?: PriceTable,
): Promise<LoadedExperiment> {
  if (values.backend !== undefined && values.backend !== 'local')
    throw usageError(command, `--backend only takes "local" (to run a cloud experiment on this machine)`);
  const repeats = positiveInt(command, 'repeats', values.repeats);
  const concurrency = positiveInt(command, 'concurrency', values.concurrency);
  return loadExperimentFile(file, {
    cwd: io.cwd,
    allowNamedOutside: true,
    prices: prices ?? (await pricesAt(values.prices, io.cwd)),
    ...(repeats ? { repeats } : {}),
    ...(concurrency ? { concurrency } : {}),
    forceLocal: values.backend === 'local',
    // Earlier local runs of the same text give the estimate (and budget.max-usd) its basis.
    runsDir: path.resolve(io.cwd, values['runs-dir'] ?? '.batchbench/runs'),
    allowOverBudget: values['allow-over-budget'] === true,
  });
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
