import { parseArgs } from 'node:util';
import { UserError } from '../domain/user-error.js';

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
}
export type FlagSpecs = Record<string, FlagSpec>;
export type FlagValues<F extends FlagSpecs> = {
  [K in keyof F]?: F[K]['type'] extends 'string' ? string : boolean;
};

/** A user mistake on the command line: exit 2, with where to read how the command is used. */
export function usageError(command: string, message: string, hint?: string): UserError {
  return new UserError(message, {
    hint: hint ?? `batchbench ${command} --help shows its flags and examples`,
  });
}

/**
 * A command's flags, strictly: a flag the command does not take is refused (exit 2), never
 * ignored. `--help` is for the router, so a command never sees it.
 */
export function parseFlags<F extends FlagSpecs>(
  argv: string[],
  flags: F,
  command: string,
): { values: FlagValues<F>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: flags,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as FlagValues<F>, positionals };
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw usageError(command, `${command}: ${message}`);
  }
}

/**
 * Every flag of the CLI, named once: a command takes the ones it names with pickFlags, so a
 * flag is the same in every command that has it. A flag takes a value (`--runs-dir DIR`) or is
 * a switch (`--json`); what it means to a command is in that command's help.
 */
const VALUE_FLAGS = [
  'backend',
  'budget',
  'cell',
  'concurrency',
  'day',
  'deadline',
  'format',
  'history-dir',
  'image-uri',
  'limit',
  'metric',
  'output',
  'prefix',
  'prices',
  'queue',
  'repeats',
  'resume',
  'runs-dir',
  'spot-queue',
  'store',
  'template',
  'test',
  'threshold',
  'week',
  'window',
] as const;
const SWITCHES = [
  'allow-over-budget',
  'color',
  'dry-run',
  'force',
  'json',
  'no-color',
  'publish',
  'wait',
] as const;

type Switch = (typeof SWITCHES)[number];
export type FlagName = (typeof VALUE_FLAGS)[number] | Switch;
type FlagOf<N extends FlagName> = { type: N extends Switch ? 'boolean' : 'string' };

const FLAGS = Object.fromEntries([
  ...VALUE_FLAGS.map((name) => [name, { type: 'string' }] as const),
  ...SWITCHES.map((name) => [name, { type: 'boolean' }] as const),
]) as Record<FlagName, FlagSpec>;

/** The flags a command takes, by name, from the CLI's one list. */
export function pickFlags<K extends FlagName>(...names: K[]): { [N in K]: FlagOf<N> } {
  return Object.fromEntries(names.map((name) => [name, FLAGS[name]])) as { [N in K]: FlagOf<N> };
}

/** The flags of a command that prints a terminal report in colour. */
export const COLOR_FLAGS = pickFlags('color', 'no-color');

export function positiveInt(command: string, name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw usageError(command, `--${name} takes a whole number of at least 1, not "${raw}"`);
  return n;
}

/** The one positional argument a command takes (a file, a run). */
export function single(args: string[], command: string, what = 'file'): string {
  if (args.length !== 1)
    throw usageError(command, `${command} takes one ${what}${args.length > 1 ? `, not ${args.length}` : ''}`);
  return args[0] as string;
}
