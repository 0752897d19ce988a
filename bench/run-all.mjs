// npm run bench: every benchmark in bench/, one after the other, each printing its figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = ['local-throughput.mjs', 'analysis-scale.mjs'].filter((b) => only.length === 0 || only.some((o) => b.includes(o)));
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, bench)], { stdio: 'inherit', cwd: path.join(here, '..') });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
