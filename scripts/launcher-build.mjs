// The local backend's launcher process (src/adapters/local/launcher-main.ts) as one file of its
// own, dist/local-launcher.js, which the run starts with `node`: it imports nothing but Node's
// built-ins, so it boots fast. scripts/build.mjs builds it with the rest of dist/; the unit tests
// build the same file before they run (test/support/build-launcher.ts), so they never run a stale one.
import { build } from 'esbuild';

export const launcherBuild = {
  entryPoints: { 'local-launcher': 'src/adapters/local/launcher-main.ts' },
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
