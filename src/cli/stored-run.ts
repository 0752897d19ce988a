import { escapeTerminal } from '../domain/terminal-text.js';
import { single, usageError } from './flags.js';
import type { Io } from './io.js';

/**
 * collect and cancel: the run named on the command line, attached from its manifest alone (the
 * file may have changed since) through the composition root.
 */
export async function storedRun(args: string[], storeUrl: string | undefined, io: Io, command: string) {
  const runId = single(args, command, 'run id');
  const url = storeUrl ?? io.env.BATCHBENCH_STORE;
  if (!url)
    throw usageError(command, `${command} needs --store s3://bucket/prefix/ (the file's results.store)`);
  // Loaded only here: the AWS SDK is most of the bundle.
  const { attachStoredRun } = await import('../compose/aws.js');
  const attached = await attachStoredRun({
    storeUrl: url,
    runId,
    env: io.env,
    log: (line) => io.stderr.write(`${escapeTerminal(line)}\n`),
  });
  return { runId, ...attached };
}
