import { execFile } from 'node:child_process';

/** The Slurm client programs the backend calls; one seam, so unit tests can fake the cluster. */
export type SlurmProgram = 'sbatch' | 'squeue' | 'sacct' | 'scancel' | 'scontrol';

export interface SlurmCommands {
  /** Runs one program with an argument array (never a shell); resolves with its stdout. */
  run(program: SlurmProgram, args: readonly string[]): Promise<string>;
}

/** A failed Slurm command, with the program's own words. */
export class SlurmCommandError extends Error {
  constructor(
    readonly program: SlurmProgram,
    readonly args: readonly string[],
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(`${program} failed (exit ${exitCode ?? '?'}): ${stderr.trim() || 'no message'}`);
  }
}

/** The real commands, found on PATH; `env` carries SLURM_CONF when a test cluster is used. */
export function execSlurmCommands(env: NodeJS.ProcessEnv = process.env): SlurmCommands {
  return {
    run: (program, args) =>
      new Promise((resolve, reject) => {
        execFile(program, [...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
          if (error) {
            const code = typeof error.code === 'number' ? error.code : null;
            reject(new SlurmCommandError(program, args, String(stderr || error.message), code));
          } else resolve(String(stdout));
        });
      }),
  };
}

/** Wraps commands to count each call per program: the figure the tests and the benchmark check. */
export function countingCommands(inner: SlurmCommands): SlurmCommands & {
  counts: Record<SlurmProgram, number>;
  total(): number;
  summary(): string;
} {
  const counts: Record<SlurmProgram, number> = { sbatch: 0, squeue: 0, sacct: 0, scancel: 0, scontrol: 0 };
  return {
    counts,
    total: () => Object.values(counts).reduce((a, b) => a + b, 0),
    summary: () =>
      `${Object.values(counts).reduce((a, b) => a + b, 0)} commands (` +
      `${Object.entries(counts)
        .map(([p, n]) => `${p} ${n}`)
        .join(', ')})`,
    run(program, args) {
      counts[program] += 1;
      return inner.run(program, args);
    },
  };
}
