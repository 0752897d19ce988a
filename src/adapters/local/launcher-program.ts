import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The launcher's bundle (launcher-main.ts), built by scripts/build.mjs next to the CLI's. */
export const LAUNCHER_BUNDLE = 'local-launcher.js';

let found: string | undefined;

/**
 * Where the launcher's bundle is. The modules that start launchers are themselves bundled into
 * dist/ or a folder below it (dist/chunks, dist/<action>), or run from src/ by the tests; so the
 * bundle is looked for beside each folder up from here, and in its dist/.
 */
export function launcherProgram(from = fileURLToPath(import.meta.url)): string {
  if (found !== undefined) return found;
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    for (const file of [path.join(dir, LAUNCHER_BUNDLE), path.join(dir, 'dist', LAUNCHER_BUNDLE)]) {
      if (existsSync(file)) return (found = file);
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(
    `the local backend's launcher (${LAUNCHER_BUNDLE}) is missing beside ${from}: build it with 'npm run build'`,
  );
}
