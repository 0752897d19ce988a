// The local backend's own cost per job: 2,000 jobs that run `true` at concurrency 2, against
// xargs -P 2 (the floor: a C loop around fork/exec) and GNU parallel -j 2 (what people reach
// for). Every batchbench job's record must still be written; the run is checked for that.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JOBS = 2000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function time(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['pipe', 'ignore', 'inherit'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

// What Node itself can do: two bare processes each spawning `true` back to back, with nothing
// recorded. Any Node-based runner is bounded by this, so it is printed beside the others.
const floorScript = path.join(mkdtempSync(path.join(os.tmpdir(), 'bb-floor-')), 'loop.mjs');
writeFileSync(
  floorScript,
  `import { spawn } from 'node:child_process';
let left = Number(process.argv[2]);
const next = () => { if (left-- > 0) spawn('true', [], { stdio: 'ignore' }).on('exit', next); };
next();
`,
);

const input = Array.from({ length: JOBS }, (_, i) => String(i)).join('\n') + '\n';
const results = { batchbench: [], 'xargs -P 2': [], 'parallel -j 2': [], 'node floor': [] };
for (let round = 0; round < ROUNDS; round++) {
  const runs = mkdtempSync(path.join(os.tmpdir(), 'bb-bench-'));
  results.batchbench.push(
    time(
      process.execPath,
      [
        path.join(root, 'bin/batchbench.js'),
        'run',
        'bench/fixtures/trivial-2000.yaml',
        '--concurrency',
        '2',
        '--runs-dir',
        runs,
        '--format',
        'json',
        '--output',
        path.join(runs, 'out.json'),
      ],
      { cwd: root },
    ),
  );
  const [runId] = readdirSync(runs).filter((n) => !n.endsWith('.json'));
  const lines = readFileSync(path.join(runs, runId, 'results.jsonl'), 'utf8')
    .trim()
    .split('\n');
  if (lines.length !== JOBS) throw new Error(`expected ${JOBS} records, found ${lines.length}`);
  rmSync(runs, { recursive: true, force: true });
  results['xargs -P 2'].push(time('xargs', ['-P', '2', '-n', '1', 'true'], { input }));
  if (has('parallel')) results['parallel -j 2'].push(time('parallel', ['-j', '2', 'true'], { input }));
  results['node floor'].push(
    time('sh', [
      '-c',
      `"${process.execPath}" "${floorScript}" ${JOBS / 2} & "${process.execPath}" "${floorScript}" ${JOBS / 2}; wait`,
    ]),
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const bb = median(results.batchbench);
console.log(
  `local backend, ${JOBS} trivial jobs at concurrency 2, median of ${ROUNDS} rounds (${os.cpus()[0]?.model}, ${os.availableParallelism()} cores)`,
);
for (const [name, xs] of Object.entries(results)) {
  if (xs.length === 0) {
    console.log(`  ${name.padEnd(16)} not installed (apt-get install parallel)`);
    continue;
  }
  const m = median(xs);
  const ratio = name === 'batchbench' ? '' : `  batchbench / ${name} = ${(bb / m).toFixed(2)}`;
  console.log(
    `  ${name.padEnd(16)} ${m.toFixed(2)} s  (${((m / JOBS) * 1000).toFixed(2)} ms/job; runs ${xs.map((x) => x.toFixed(2)).join(', ')})${ratio}`,
  );
}
console.log('targets: within 2.5x of xargs -P 2; at least 3x faster than parallel -j 2');
console.log('node floor: two bare node processes spawning `true` back to back, nothing recorded');
