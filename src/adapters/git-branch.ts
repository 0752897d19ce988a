import { execFile } from 'node:child_process';

/** The branch checked out in cwd, for the history's ref; undefined outside git or on a detached HEAD. */
export function gitBranch(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['symbolic-ref', '--quiet', '--short', 'HEAD'],
      { cwd, timeout: 5000 },
      (error, stdout) => {
        resolve(error ? undefined : stdout.trim() || undefined);
      },
    );
  });
}
