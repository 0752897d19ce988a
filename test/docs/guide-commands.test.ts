import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { COMMANDS, type Command } from '../../src/cli/commands/registry.js';
import { captureIo } from '../cli/io.js';

const root = path.resolve(import.meta.dirname, '../..');
const GUIDES = ['README.md', ...readdirSync(path.join(root, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
  f.endsWith('.md'),
);

/**
 * Paths the guide uses that a fresh clone does not have, and why: what the reader writes
 * themselves, or stands for their own file.
 */
const NOT_SHIPPED = new Set([
  'experiments/my-first.yaml', // getting-started.md has the reader write it
  'experiments/my-experiment.yaml', // pull-request.md: the reader's own experiment
  'experiments/x.yaml', // README.md: any experiment
]);

interface Invocation {
  guide: string;
  line: string;
  args: string[];
}

/** The shell blocks of a Markdown text (fenced with sh, bash, shell, console or no language). */
function shellBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  let shell = false;
  for (const line of text.split('\n')) {
    const fence = /^\s*```(\S*)/.exec(line);
    if (fence && current === undefined) {
      current = [];
      shell = ['', 'sh', 'bash', 'shell', 'console'].includes(fence[1] as string);
    } else if (fence) {
      if (shell && current) blocks.push(current.join('\n'));
      current = undefined;
    } else current?.push(line);
  }
  return blocks;
}

/** Every `batchbench` command line in a shell block of the guides, continuation lines joined. */
function invocations(): Invocation[] {
  const out: Invocation[] = [];
  for (const guide of GUIDES) {
    const text = readFileSync(path.join(root, guide), 'utf8');
    for (const block of shellBlocks(text)) {
      for (const raw of block.replace(/\\\n\s*/g, ' ').split('\n')) {
        const line = raw.trim();
        // A command starts the line (after variables it sets) or follows an &&.
        const start = /(?:^|&&\s*)(?:[A-Z_]+=\S+\s+)*((?:npx\s+)?batchbench\s.*)$/.exec(line);
        if (!start) continue;
        // The command ends where the shell takes over: a comment, a pipe, a redirect, a list.
        const command = (start[1] as string).split(/;|\s(?:#|\||>|&&|\|\|)(?:\s|$)/)[0] as string;
        out.push({ guide, line, args: command.trim().split(/\s+/) });
      }
    }
  }
  return out;
}

/** The arguments after `npx batchbench` (or `batchbench`). */
function argsOf(args: string[]): string[] {
  return args.slice(args[0] === 'npx' ? 2 : 1);
}

async function resolve(args: string[]): Promise<{ command: Command; rest: string[] } | undefined> {
  const rest = argsOf(args);
  const entry = COMMANDS[rest[0] ?? ''];
  if (!entry) return undefined;
  const command = await entry.load();
  const sub = command.subcommands?.[rest[1] ?? ''];
  return sub ? { command: sub, rest: rest.slice(2) } : { command, rest: rest.slice(1) };
}

const all = invocations();

describe("the guide's commands, as a new user copies them from a fresh clone", () => {
  it('finds the commands of every guide', () => {
    expect(all.length).toBeGreaterThan(25);
    expect(new Set(all.map((i) => i.guide))).toContain('docs/getting-started.md');
  });

  it.each(all.map((i) => [`${i.guide}: ${i.line}`, i] as const))('%s', async (_, inv) => {
    // A clone has no batchbench on PATH: npx finds the package's own bin.
    expect(inv.args[0], 'start with npx batchbench').toBe('npx');
    const rest = argsOf(inv.args);
    if (rest[0] === '--help' || rest[0] === '-h') return;
    const resolved = await resolve(inv.args);
    expect(resolved, `a command of batchbench: ${rest.slice(0, 2).join(' ')}`).toBeDefined();
    const { command, rest: args } = resolved as { command: Command; rest: string[] };
    for (const arg of args) {
      const flag = /^--([\w-]+)/.exec(arg)?.[1];
      if (flag && flag !== 'help') expect(Object.keys(command.flags ?? {}), `--${flag}`).toContain(flag);
      if (/^(experiments|examples|schema|data|infra|docs|workflows-templates)\//.test(arg)) {
        if (NOT_SHIPPED.has(arg)) continue;
        if (arg.includes('*')) {
          const [dir, pattern] = [path.dirname(arg), path.basename(arg)];
          const re = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '.*')}$`);
          expect(
            readdirSync(path.join(root, dir)).some((f) => re.test(f)),
            arg,
          ).toBe(true);
        } else expect(existsSync(path.join(root, arg)), `${arg} is in the repository`).toBe(true);
      }
    }
  });

  // Those that are quick and write nothing, run as written (globs expanded as a shell would).
  const quick = all.filter(
    (i) =>
      /^npx batchbench (validate|plan|list|--help|campaign plan|campaign queues|\w+ --help)\b/.test(
        i.args.join(' '),
      ) &&
      !i.args.includes('--output') &&
      !i.args.some((a) => NOT_SHIPPED.has(a)),
  );
  it.each(quick.map((i) => [`${i.guide}: ${i.line}`, i] as const))('runs: %s', async (_, inv) => {
    const args = inv.args.slice(2).flatMap((a) => {
      if (!a.includes('*')) return [a];
      const re = new RegExp(`^${path.basename(a).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`);
      return readdirSync(path.join(root, path.dirname(a)))
        .filter((f) => re.test(f))
        .sort()
        .map((f) => `${path.dirname(a)}/${f}`);
    });
    const cli = captureIo(root, { NO_COLOR: '1' });
    const code = await main(args, cli.io);
    expect(code, cli.stderr()).toBe(0);
  });
});
