// npm run bench: every benchmark in bench/, one after the other, each printing its figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { precompiledSchema } from '../scripts/precompiled-schema.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = [
  'local-throughput.mjs',
  'analysis-scale.ts',
  'action-startup.mjs',
  'batch-api-calls.ts',
  'budget-refusal.ts',
  'validate-scale.ts',
  'compare-scale.ts',
  'history.ts',
  'slurm-commands.ts',
].filter((b) => only.length === 0 || only.some((o) => b.includes(o)));
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  let file = path.join(here, bench);
  if (bench.endsWith('.ts')) {
    // Benchmarks written in TypeScript import the source directly; bundle them first, as
    // scripts/build.mjs bundles dist/ (the schema compiled ahead of time), to measure what users run.
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bb-bench-')), bench.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [file],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      plugins: [await precompiledSchema()],
      banner: {
        js: "import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);",
      },
    });
    file = out;
  }
  const r = spawnSync(process.execPath, ['--expose-gc', file], {
    stdio: 'inherit',
    cwd: path.join(here, '..'),
  });
  if (r.status !== 0) failed++;
  if (file.startsWith(os.tmpdir())) rmSync(path.dirname(file), { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
