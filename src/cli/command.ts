import type { FlagSpecs } from './flags.js';
import type { Io } from './io.js';

/** One command of the CLI: a module under cli/commands/ with its own help and flags. */
export interface Command {
  /** Its usage, every flag it takes and two examples; printed by --help and `batchbench help`. */
  help: string;
  run(argv: string[], io: Io): Promise<number>;
  /** The flags it takes (besides --help), for the tests that hold the help to them. */
  flags?: FlagSpecs;
  /** `batchbench campaign plan`: a command made of commands. */
  subcommands?: Record<string, Command>;
}
