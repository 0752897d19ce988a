// The local backend's launcher process (src/adapters/local/launcher-main.ts) as one file of its
// own, dist/local-launcher.js, which the run starts with `node`: it imports nothing but Node's
// built-ins, so it boots fast. scripts/build.mjs builds it with the rest of dist/; the unit tests
// build the same file before they run (test/support/build-launcher.ts), so they never run a stale one.
// Any other program a backend starts on its own (a `*.program.ts` under src/adapters/<backend>/)
// is bundled the same way to dist/programs/<backend>-<name>.js, and ships with the package.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const adapters = 'src/adapters';
const programs = Object.fromEntries(
  readdirSync(adapters, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(adapters, d.name))
        .filter((f) => f.endsWith('.program.ts'))
        .map((f) => [
          `programs/${d.name}-${f.slice(0, -'.program.ts'.length)}`,
          path.join(adapters, d.name, f),
        ]),
    ),
);

export const launcherBuild = {
  entryPoints: { 'local-launcher': 'src/adapters/local/launcher-main.ts', ...programs },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

export async function buildLauncher(options = {}) {
  await build({ ...launcherBuild, ...options });
}
