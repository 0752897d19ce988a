import { hasErrors } from '../../app/check-experiment.js';
import { CHECK_FLAGS, checkFile, experimentOnly, printProblems } from '../experiment-file.js';
import { parseFlags, single } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { chooseFormat, emit, OUTPUT_FLAGS } from '../output.js';
import { renderPlan } from '../render-plan.js';

export const flags = { ...CHECK_FLAGS, ...OUTPUT_FLAGS } as const;

export const help = `batchbench plan: the jobs of an experiment, their estimated time and cost; runs nothing

Usage:
  batchbench plan FILE [--json | --format terminal|json] [--output FILE]

Flags:
  --json              the plan as JSON on stdout (every job, estimate and total)
  --format F          terminal (default) or json
  --output FILE       write the plan to FILE instead of stdout (JSON when FILE ends in .json)
  --repeats N         plan with N repeats instead of the file's
  --concurrency N     local backend: N vCPU slots at once (default: the number of cores)
  --backend local     plan every cell on local processes, whatever the file says
  --prices FILE       estimate with this price table instead of the shipped one
  --runs-dir DIR      earlier local runs of the same file, which the estimate rests on when
                      there are any (default .batchbench/runs)
  --allow-over-budget plan even when the estimate is over budget.max-usd (or unknown)
  -h, --help          this help

Exits 0 with a plan, 2 when the file has an error or the estimate is over budget.max-usd.

Examples:
  batchbench plan experiments/beam-steering.yaml
  batchbench plan experiments/monte-carlo-scaling.yaml --repeats 10 --json
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags, 'plan');
  const file = single(positionals, 'plan');
  const toJsonFile = values.format === undefined && values.output?.endsWith('.json') === true;
  const format = toJsonFile ? 'json' : chooseFormat('plan', values, ['terminal', 'json'] as const);
  const checked = await checkFile('plan', file, values, io);
  experimentOnly(checked, 'plan');
  printProblems(checked, io, format === 'json');
  if (hasErrors(checked.problems) || !checked.plan) return EXIT.usage;
  const text = format === 'json' ? `${JSON.stringify(checked.plan, null, 2)}\n` : renderPlan(checked.plan);
  await emit(text, values, io);
  return EXIT.ok;
}
