import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * Bundles one entry point of src/ into a temporary folder, as scripts/build.mjs bundles dist/, so
 * a test runs the source under test as a runner would without rebuilding the committed dist/.
 * Returns the script's path relative to the repository (what runBundled's `script` takes).
 */
export async function bundleEntry(entry: string): Promise<{ script: string; remove: () => Promise<void> }> {
  const dir = tempDir('bb-bundle-');
  const outfile = path.join(dir, 'index.mjs');
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    define: { __BATCHBENCH_VERSION__: '"test"' },
    banner: {
      js: "import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);",
    },
  });
  return { script: path.relative(ROOT, outfile), remove: () => rm(dir, { recursive: true, force: true }) };
}
