import { escapeTerminal } from '../domain/terminal-text.js';
import { isUserError } from '../domain/user-error.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/registry.js';
import { usageError } from './flags.js';
import { EXIT, type Io } from './io.js';

export { EXIT, type Io } from './io.js';

declare const __BATCHBENCH_VERSION__: string | undefined;
const VERSION = typeof __BATCHBENCH_VERSION__ === 'string' ? __BATCHBENCH_VERSION__ : 'dev';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `batchbench: run a YAML experiment, measure it, report what was learned

Usage:
  batchbench COMMAND [ARGS] [FLAGS]

Commands:
${lines.join('\n')}

batchbench COMMAND --help (or batchbench help COMMAND) shows a command's flags and examples.
batchbench --version prints the version.

Exit codes: 0 done (no job failed, no target missed), 1 a job failed or a target was missed,
2 bad input (nothing ran), 70 a bug of batchbench, 130 interrupted (docs/exit-codes.md).
Colour: on a terminal; NO_COLOR or --no-color turn it off, FORCE_COLOR or --color on.
Guide: docs/getting-started.md.
`;
}

/** Runs one command line; never throws: a user's mistake exits 2, a bug 70 with its stack. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await route(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}

async function route(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(usage());
    return EXIT.usage;
  }
  if (first === '--version' || first === 'version') {
    io.stdout.write(`batchbench ${VERSION}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io.stdout.write(usage());
    return EXIT.ok;
  }
  if (first === 'help') {
    io.stdout.write((await resolve(rest)).command.help);
    return EXIT.ok;
  }
  if (first.startsWith('-'))
    throw usageError(
      '',
      `unknown option "${first}" before a command`,
      'put the command first: batchbench COMMAND [FLAGS]; batchbench --help lists them',
    );
  const { command, args } = await resolve(argv);
  const flagsEnd = args.indexOf('--');
  const own = flagsEnd < 0 ? args : args.slice(0, flagsEnd);
  if (own.includes('--help') || own.includes('-h')) {
    io.stdout.write(command.help);
    return EXIT.ok;
  }
  return command.run(args, io);
}

/** The command a command line names (a subcommand when it has them) and the arguments left. */
async function resolve(argv: string[]): Promise<{ command: Command; args: string[] }> {
  const [name = '', ...args] = argv;
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry)
    throw usageError(
      '',
      `unknown command "${name}"`,
      `the commands are ${Object.keys(COMMANDS).join(', ')}; batchbench --help says what each does`,
    );
  const command = await entry.load();
  const sub = args[0];
  if (command.subcommands && sub !== undefined && Object.hasOwn(command.subcommands, sub))
    return { command: command.subcommands[sub] as Command, args: args.slice(1) };
  return { command, args };
}

function reportError(error: unknown, io: Io): number {
  if (isUserError(error)) {
    const { file, line, column } = error.location;
    const where = file
      ? `${[file, line, line !== undefined ? column : undefined].filter((x) => x !== undefined).join(':')}: `
      : '';
    io.stderr.write(`batchbench: ${escapeTerminal(where + error.message)}\n`);
    if (error.hint) io.stderr.write(`hint: ${escapeTerminal(error.hint)}\n`);
    return EXIT.usage;
  }
  if (io.signal.aborted) {
    io.stderr.write(`batchbench: interrupted\n`);
    return EXIT.interrupted;
  }
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  io.stderr.write(
    'batchbench: this is a bug of batchbench, please report it with the command you ran and this text:\n' +
      `${text}\n`,
  );
  return EXIT.bug;
}
