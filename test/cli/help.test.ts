import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/commands/registry.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from './io.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Every command line that has a help of its own: each command and each subcommand. */
async function everyCommand(): Promise<[string, Command][]> {
  const all: [string, Command][] = [];
  for (const [name, entry] of Object.entries(COMMANDS)) {
    const command = await entry.load();
    all.push([name, command]);
    for (const [sub, c] of Object.entries(command.subcommands ?? {})) all.push([`${name} ${sub}`, c]);
  }
  return all;
}

const commands = await everyCommand();

describe('batchbench --help', () => {
  it('lists every command with its one-line summary, on stdout, exit 0', async () => {
    const c = captureIo(root);
    expect(await main(['--help'], c.io)).toBe(0);
    for (const [name, entry] of Object.entries(COMMANDS))
      expect(c.stdout()).toMatch(new RegExp(`^  ${name} +${entry.summary.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(c.stdout()).toContain('batchbench COMMAND --help');
    const bare = captureIo(root);
    expect(await main([], bare.io)).toBe(2);
    expect(bare.stderr()).toBe(c.stdout());
  });

  it('prints the version', async () => {
    const c = captureIo(root);
    expect(await main(['--version'], c.io)).toBe(0);
    expect(c.stdout()).toMatch(/^batchbench \S+\n$/);
  });
});

describe.each(commands)('batchbench %s --help', (name, command) => {
  const words = name.split(' ');

  it('prints its own help, the same for -h and batchbench help', async () => {
    const c = captureIo(root);
    expect(await main([...words, '--help'], c.io)).toBe(0);
    expect(c.stdout()).toBe(command.help);
    expect(c.stderr()).toBe('');
    const short = captureIo(root);
    expect(await main([...words, 'x', '-h'], short.io)).toBe(0);
    expect(short.stdout()).toBe(command.help);
    const viaHelp = captureIo(root);
    expect(await main(['help', ...words], viaHelp.io)).toBe(0);
    expect(viaHelp.stdout()).toBe(command.help);
  });

  it('has a usage line, every flag it takes, and two examples', () => {
    expect(command.help).toMatch(new RegExp(`^Usage:\\n  batchbench ${name}\\b`, 'm'));
    for (const flag of Object.keys(command.flags ?? {}))
      expect(command.help).toMatch(new RegExp(`--${flag}\\b`));
    const examples = command.help.split('\nExamples:\n')[1] ?? '';
    const lines = examples.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(new RegExp(`^  (\\w+=\\S+ )?batchbench ${name}\\b`));
  });

  it('takes every flag its help names (and only those)', () => {
    const named = new Set([...command.help.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]));
    named.delete('help');
    // A command made of subcommands shows theirs in its overview.
    const subs = Object.values(command.subcommands ?? {});
    const taken = new Set([command, ...subs].flatMap((c) => Object.keys(c.flags ?? {})));
    for (const flag of named) expect(taken, `--${flag} in the help of ${name}`).toContain(flag);
  });
});
