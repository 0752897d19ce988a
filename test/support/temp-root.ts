import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * vitest globalSetup of the unit suite: the whole run gets a private temp folder (TMPDIR, which
 * os.tmpdir() and every child process read), so what the tests leave behind can be told apart
 * from other processes' files on a shared machine. At the end, a leftover `bb-*` or
 * `batchbench-*` folder fails the run, naming it; the private folder is removed either way.
 */
const LEFTOVER = /^(bb-|batchbench-)/;

export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bb-suite-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = leftovers(root);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    if (left.length > 0) {
      // A teardown error alone is printed but leaves the exit status 0; this makes the run fail.
      process.exitCode = 1;
      throw new Error(
        `${left.length} temporary folder(s) were left behind by the tests (remove them with ` +
          `tempDir() from test/support/temp-dir.ts or rm in afterAll): ${left.slice(0, 20).join(', ')}`,
      );
    }
  };
}

export function leftovers(root: string): string[] {
  try {
    return readdirSync(root).filter((name) => LEFTOVER.test(name));
  } catch {
    return [];
  }
}
