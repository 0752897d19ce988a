import { usageError } from '../flags.js';
import type { Io } from '../io.js';
import type { Command } from '../command.js';
import * as plan from './campaign-plan.js';
import * as queues from './campaign-queues.js';
import * as runSub from './campaign-run.js';

/** campaign run's help is built when printed: its --backend lists the backends registered by then. */
const runCommand: Command = {
  flags: runSub.flags,
  run: runSub.run,
  get help() {
    return runSub.help();
  },
};

export const subcommands: Record<string, Command> = { plan, run: runCommand, queues };

export const flags = {} as const;

export const help = `batchbench campaign: a weekly benchmark campaign (a file with kind: campaign)

Usage:
  batchbench campaign plan FILE [--week W] [--json] [--output FILE]     the week's jobs; runs nothing
  batchbench campaign run FILE --window current|NAME [flags]           run one window, compare with history
  batchbench campaign queues FILE [--prefix P]                         CloudFormation for its Batch queues

batchbench campaign SUBCOMMAND --help shows each one's flags. The file's fields are in
docs/experiment-reference.md; the weekly workflow in docs/weekly-campaign.md.

Flags:
  -h, --help          this help

Examples:
  batchbench campaign plan experiments/weekly-instance-benchmarks.yaml --week 2026-W48
  batchbench campaign run experiments/weekly-instance-benchmarks.yaml --window current
`;

export async function run(argv: string[], _io: Io): Promise<number> {
  const sub = argv[0];
  throw usageError(
    'campaign',
    `campaign takes "plan", "run" or "queues", not ${sub === undefined ? 'nothing' : `"${sub}"`}`,
  );
}
