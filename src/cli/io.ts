/** What a command may touch: its streams, folder, environment, and the Ctrl-C signal. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C / SIGTERM. */
  signal: AbortSignal;
}

/**
 * Exit codes (docs/exit-codes.md): 0 every job succeeded and no target was missed (an
 * inconclusive target alone is 0), 1 a job failed or a target was missed, 2 bad input and
 * nothing ran, 70 a bug of batchbench (sysexits' EX_SOFTWARE), 130 interrupted.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, bug: 70, interrupted: 130 } as const;
