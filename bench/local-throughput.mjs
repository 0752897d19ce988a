// The local backend's own cost per job: 2,000 jobs that run `true` at concurrency 2, against
// xargs -P 2 (the floor: a C loop around fork/exec) and GNU parallel -j 2 (what people reach
// for). Every batchbench job's record must still be written; the run is checked for that.
// Each contender also runs 200 jobs: the difference, per job, is its cost per job with what it
// pays once (starting Node, and for batchbench reading, checking and planning the file, writing
// the run's manifest and its report) taken out. Both figures are printed.
//
//   node bench/local-throughput.mjs [--rounds N] [--cli path/to/cli.js ...]
//
// Each round runs every contender once, back to back, and the ratios are taken within a round
// before the median is taken: on a shared machine the load drifts between rounds, and a ratio of
// two medians from different moments would measure the drift. --cli (repeatable) times other
// builds of the CLI side by side, e.g. one bundled from a branch; the default is bin/batchbench.js.
// CPU seconds (user + system of the whole process tree) are printed too: on a loaded machine
// they move less than wall time.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JOBS = 2000;
const SMALL = 200;
const { values } = parseArgs({
  options: { rounds: { type: 'string' }, cli: { type: 'string', multiple: true } },
});
const ROUNDS = Number(values.rounds ?? process.env.BENCH_ROUNDS ?? 5);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
  throw new Error(`--rounds must be a whole number, not ${values.rounds}`);
const clis = (values.cli ?? [path.join(root, 'bin/batchbench.js')]).map((c) => path.resolve(c));
const label = (cli) => (clis.length === 1 ? 'batchbench' : `batchbench ${path.relative(root, cli) || cli}`);

/** Wall seconds and CPU seconds (the shell's `times` for its children) of one command. */
function time(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  // `times` prints the shell's own times, then its children's: the second line is the command's.
  const r = spawnSync('sh', ['-c', '"$0" "$@"; s=$?; times >&2; exit $s', cmd, ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
    encoding: 'utf8',
    ...opts,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  }
  const children = r.stderr.trim().split('\n').at(-1) ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (s, m) => s + Number(m[1]) * 60 + Number(m[2]),
    0,
  );
  return { wall, cpu };
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

// What Node itself can do: two bare processes each spawning `true` back to back, with nothing
// recorded. Any Node-based runner is bounded by this, so it is printed beside the others.
const floorDir = mkdtempSync(path.join(os.tmpdir(), 'bb-floor-'));
const floorScript = path.join(floorDir, 'loop.mjs');
writeFileSync(
  floorScript,
  `import { spawn } from 'node:child_process';
let left = Number(process.argv[2]);
const next = () => { if (left-- > 0) spawn('true', [], { stdio: 'ignore' }).on('exit', next); };
next();
`,
);

// Runs go where a user's would, under the project's .batchbench/, not into the machine's shared
// temporary folder, and every round's run folder is kept until the end: ext4 skips inodes freed
// in the last few minutes when it allocates new ones, so creating files (two logs a job) next to
// thousands just deleted, by other rounds or by whatever else uses /tmp, costs several times
// what it does in a project folder, and more than the jobs themselves.
mkdirSync(path.join(root, '.batchbench'), { recursive: true });
const runsRoot = mkdtempSync(path.join(root, '.batchbench', 'bench-'));

// The same experiment with fewer repeats, for the cost of a run without most of its jobs.
const smallFixture = path.join(runsRoot, 'trivial-small.yaml');
writeFileSync(
  smallFixture,
  readFileSync(path.join(root, 'bench/fixtures/trivial-2000.yaml'), 'utf8')
    .replace('name: trivial-2000', `name: trivial-${SMALL}`)
    .replace(`repeats: ${JOBS / 2}`, `repeats: ${SMALL / 2}`),
);

function batchbench(cli, n) {
  const runs = mkdtempSync(path.join(runsRoot, 'round-'));
  const t = time(
    process.execPath,
    [
      cli,
      'run',
      n === JOBS ? 'bench/fixtures/trivial-2000.yaml' : smallFixture,
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
  );
  // The run's folder: the one with a manifest (beside it: the output and the history store).
  const [runId] = readdirSync(runs).filter((n) => existsSync(path.join(runs, n, 'manifest.json')));
  const lines = readFileSync(path.join(runs, runId, 'results.jsonl'), 'utf8')
    .trim()
    .split('\n');
  if (lines.length !== n) throw new Error(`expected ${n} records, found ${lines.length}`);
  return t;
}

const hasParallel = has('parallel');
const input = (n) => Array.from({ length: n }, (_, i) => String(i)).join('\n') + '\n';
const others = {
  'xargs -P 2': (n) => time('xargs', ['-P', '2', '-n', '1', 'true'], { input: input(n) }),
  ...(hasParallel
    ? { 'parallel -j 2': (n) => time('parallel', ['-j', '2', 'true'], { input: input(n) }) }
    : {}),
  'node floor': (n) =>
    time('sh', [
      '-c',
      `"${process.execPath}" "${floorScript}" ${n / 2} & "${process.execPath}" "${floorScript}" ${n / 2}; wait`,
    ]),
};
const contenders = [...clis.map((cli) => [label(cli), (n) => batchbench(cli, n)]), ...Object.entries(others)];
/** name -> one { wall, cpu, perJob } per round (perJob: seconds a job beyond the small run) */
const results = new Map(contenders.map(([name]) => [name, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    // A different contender goes first each round, so none always runs on the heels of the same one.
    for (let i = 0; i < contenders.length; i++) {
      const [name, run] = contenders[(i + round) % contenders.length];
      const big = run(JOBS);
      const small = run(SMALL);
      results.get(name).push({ ...big, perJob: (big.wall - small.wall) / (JOBS - SMALL) });
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  rmSync(floorDir, { recursive: true, force: true });
  rmSync(runsRoot, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f2 = (x) => x.toFixed(2);
console.log(
  `local backend, ${JOBS} trivial jobs at concurrency 2, medians of ${ROUNDS} rounds (${os.cpus()[0]?.model}, ${os.availableParallelism()} cores, load ${os.loadavg().map(f2).join(' ')})`,
);
for (const [name, xs] of results) {
  const wall = median(xs.map((x) => x.wall));
  const cpu = median(xs.map((x) => x.cpu));
  console.log(
    `  ${name.padEnd(24)} ${f2(wall)} s wall, ${f2(cpu)} s cpu  (${((wall / JOBS) * 1000).toFixed(2)} ms/job; ${(median(xs.map((x) => x.perJob)) * 1000).toFixed(2)} ms/job beyond ${SMALL} jobs; walls ${xs.map((x) => f2(x.wall)).join(', ')})`,
  );
}
if (!hasParallel) console.log('  parallel -j 2: not installed (bash scripts/install-bench-tools.sh)');
for (const cli of clis) {
  const mine = results.get(label(cli));
  for (const other of Object.keys(others)) {
    const theirs = results.get(other);
    const ratios = mine.map((m, i) => m.wall / theirs[i].wall);
    const cpuRatios = mine.map((m, i) => m.cpu / theirs[i].cpu);
    const perJob = mine.map((m, i) => m.perJob / theirs[i].perJob);
    console.log(
      `  ${label(cli)} / ${other}: ${f2(median(ratios))} wall (rounds ${ratios.map(f2).join(', ')}), ${f2(median(cpuRatios))} cpu; per job ${f2(median(perJob))} (rounds ${perJob.map(f2).join(', ')})`,
    );
  }
}
console.log(
  'targets: batchbench / node floor <= 1.25; batchbench / xargs -P 2 <= 2.5; batchbench / parallel -j 2 <= 0.33 (3x faster)',
);
console.log(
  `"per job": (wall of ${JOBS} jobs - wall of ${SMALL}) / ${JOBS - SMALL}, which leaves out what a run pays once`,
);
console.log(
  'on a loaded machine (load average above the cores) wall ratios drift with the load: read the cpu ratios too',
);
console.log('node floor: two bare node processes spawning `true` back to back, nothing recorded');
