import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const found = new Map<string, string>();

/**
 * Where a program bundled on its own by scripts/launcher-build.mjs is (`file`, relative to dist/,
 * e.g. `local-launcher.js`). The modules that start such programs are themselves bundled into
 * dist/ or a folder below it (dist/chunks, dist/<action>), or run from src/ by the tests; so the
 * bundle is looked for beside each folder up from here, and in its dist/.
 */
export function bundledProgram(file: string, from = fileURLToPath(import.meta.url)): string {
  const known = found.get(file);
  if (known !== undefined) return known;
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, file), path.join(dir, 'dist', file)]) {
      if (existsSync(candidate)) {
        found.set(file, candidate);
        return candidate;
      }
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`${file} is missing beside ${from}: build it with 'npm run build'`);
}
