import { attachRun } from '../compose/backend.js';
import { escapeTerminal } from '../domain/terminal-text.js';
import { single, usageError } from './flags.js';
import type { Io } from './io.js';

/**
 * collect and cancel: the run named on the command line, attached through the composition root
 * from its manifest alone (the file may have changed since), in the S3 store given or else the
 * runs folder given. The manifest says which backend it ran on.
 */
export async function storedRun(
  args: string[],
  values: { store?: string; 'runs-dir'?: string },
  io: Io,
  command: string,
) {
  const runId = single(args, command, 'run id');
  const runsDir = values['runs-dir'];
  const url = values.store ?? (runsDir ? undefined : io.env.BATCHBENCH_STORE);
  if (!url && !runsDir)
    throw usageError(
      command,
      `${command} needs --store s3://bucket/prefix/ (the file's results.store), or --runs-dir DIR for a run kept in a folder`,
    );
  const attached = await attachRun({
    runId,
    ...(url ? { storeUrl: url } : { runsDir: runsDir as string }),
    cwd: io.cwd,
    env: io.env,
    log: (line) => io.stderr.write(`${escapeTerminal(line)}\n`),
  });
  return { runId, ...attached };
}
