// The Slurm wiring of cancel and collect: a run kept in a runs folder (--runs-dir) whose manifest
// says slurm. Loaded only when --runs-dir is given.
import { storedSlurmRun } from '../adapters/slurm/slurm-backend.js';
import { escapeTerminal } from '../domain/terminal-text.js';
import { single, usageError } from './flags.js';
import type { Io } from './io.js';

export async function slurmStoredRun(args: string[], runsDir: string, io: Io, command: string) {
  const runId = single(args, command, 'run id');
  const log = (line: string) => io.stderr.write(`${escapeTerminal(line)}\n`);
  const run = await storedSlurmRun(runId, { runsDir, cwd: io.cwd, env: io.env, log });
  if (!run)
    throw usageError(
      command,
      `run ${runId} in ${runsDir} is not a slurm run`,
      'for an AWS Batch run, pass --store',
    );
  return { runId, store: run.store, executor: run.executor };
}
