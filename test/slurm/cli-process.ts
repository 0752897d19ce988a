import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { JobRecord } from '../../src/domain/results/job-record.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `batchbench ARGS` as a user runs it: the bundled CLI in a process of its own, from the
 * repository (the examples' relative paths). `killWhen` SIGKILLs it, as a lost runner dies.
 */
export function runCli(
  cli: string,
  args: string[],
  killWhen?: (stderr: string) => boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Ran> {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (killWhen?.(stderr)) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A copy of an example in `dir` with `backend: slurm`, and `slurm` settings when given (YAML flow). */
export async function exampleOnSlurm(dir: string, example: string, slurm?: string): Promise<string> {
  const text = await readFile(path.join(repoRoot, 'experiments', example), 'utf8');
  const out = path.join(dir, example);
  expect(text).toMatch(/^ {2}backend: local.*$/m);
  const backend = `  backend: slurm${slurm ? `\n  slurm: ${slurm}` : ''}`;
  await writeFile(out, text.replace(/^ {2}backend: local.*$/m, backend));
  return out;
}

export const runIdOf = (stderr: string) => /^run (\S+):/m.exec(stderr)?.[1] as string;

/** The figure of one program in the run's closing tally: `12 commands (sbatch 2, squeue 5, ...)`. */
export const commandCount = (stderr: string, program: string) =>
  Number(new RegExp(`${program} (\\d+)`).exec(stderr)?.[1]);

export async function storedRecords(runsDir: string, runId: string): Promise<JobRecord[]> {
  const text = await readFile(path.join(runsDir, runId, 'results.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as JobRecord);
}

/**
 * Waits until squeue shows every task of each named array in the state given (`{ name: state }`),
 * for up to `seconds`; false if it never does. A test acts on what the cluster shows, not on the
 * progress lines, which a quick task can finish before the slow one starts.
 */
export async function untilQueueShows(want: Record<string, string>, seconds = 120): Promise<boolean> {
  const names = Object.keys(want);
  for (let i = 0; i < seconds * 2; i += 1) {
    const { stdout } = await promisify(execFile)('squeue', [
      '-h',
      '-r',
      '-t',
      'all',
      `--name=${names.join(',')}`,
      '-O',
      'Name:|,State:|',
    ]);
    const rows = stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('|').map((f) => f.trim()));
    if (names.every((n) => rows.some((r) => r[0] === n) && rows.every((r) => r[0] !== n || r[1] === want[n])))
      return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}
