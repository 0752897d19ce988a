import { hasErrors } from '../../app/check-experiment.js';
import { escapeTerminal } from '../../domain/terminal-text.js';
import { pricesAt } from '../../compose/prices.js';
import { checkFile, printProblems } from '../experiment-file.js';
import { parseFlags, pickFlags, usageError } from '../flags.js';
import { EXIT, type Io } from '../io.js';
import { emitJson } from '../output.js';

export const flags = pickFlags('json', 'prices', 'repeats', 'concurrency');

export const help = `batchbench validate: check experiment and campaign files, every problem at once

Usage:
  batchbench validate FILE... [--json]

Each problem is printed as FILE:LINE:COLUMN: error: what is wrong (what to do), on stderr.
Exits 0 when every file is valid, 2 when any file has an error. Runs nothing.

Flags:
  --json              print one JSON object per file on stdout: file, valid, jobs, problems
  --prices FILE       check budgets against this price table instead of the shipped one
  --repeats N         check the plan as if the file said repeats: N
  --concurrency N     check the plan for N local vCPU slots (default: the number of cores)
  -h, --help          this help

Examples:
  batchbench validate experiments/*.yaml
  batchbench validate experiments/monte-carlo-scaling.yaml --json
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals: files } = parseFlags(argv, flags, 'validate');
  if (files.length === 0) throw usageError('validate', 'validate needs at least one file');
  const prices = await pricesAt(values.prices, io.cwd);
  const results = [];
  for (const file of files) results.push(await checkFile('validate', file, values, io, prices));
  if (values.json) {
    emitJson(
      results.map((r) => ({
        file: r.file,
        kind: r.kind,
        valid: !hasErrors(r.problems),
        jobs: r.plan?.totals.jobs,
        problems: r.problems,
      })),
      io,
    );
  } else {
    for (const r of results) {
      printProblems(r, io);
      const errors = r.problems.filter((p) => p.severity === 'error').length;
      const file = escapeTerminal(r.file);
      io.stdout.write(
        errors === 0
          ? r.kind === 'campaign'
            ? `${file}: valid campaign (batchbench campaign plan ${file} shows its week)\n`
            : `${file}: valid, ${r.plan?.totals.jobs ?? 0} jobs in ${r.plan?.cells.length ?? 0} cells\n`
          : `${file}: ${errors} problem${errors === 1 ? '' : 's'}\n`,
      );
    }
  }
  return results.some((r) => hasErrors(r.problems)) ? EXIT.usage : EXIT.ok;
}
