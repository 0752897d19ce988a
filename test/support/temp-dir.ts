import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Temporary folders for tests. Each one is recorded and removed after the test file by
 * test/support/cleanup-temp.ts (a setup file of the unit suite), so a test never leaves one in the
 * system temp folder, even when it fails half-way.
 */
const made = new Set<string>();

/** A new empty folder `<os.tmpdir()>/<prefix>XXXXXX`, removed when the test file ends. */
export function tempDir(prefix = 'bb-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Remove every folder tempDir made so far; called from afterAll by the suite's setup file. */
export function removeTempDirs(): void {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    made.delete(dir);
  }
}
