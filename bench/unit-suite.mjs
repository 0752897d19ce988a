// The unit suite's own time (issue 10: under 4 minutes on the project's 2-core machine).
//   node bench/unit-suite.mjs            run `vitest run` once with the JSON reporter, then report
//   node bench/unit-suite.mjs FILE.json  report on the JSON of an earlier run
// It prints the wall time, the CPU the run took (user + sys of vitest and everything it started),
// the load average at the start and end (the machine is shared: a loaded run is slower), and the
// slowest files. Not part of `npm run bench`: it runs the whole suite, ~4 minutes of two cores.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let file = process.argv[2];
let wall;
let cpu;
const loadBefore = os.loadavg()[0];
if (!file) {
  file = path.join(os.tmpdir(), `unit-suite-${process.pid}.json`);
  const started = process.hrtime.bigint();
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile=${file}`],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  wall = Number(process.hrtime.bigint() - started) / 1e9;
  // cutime + cstime of /proc/self/stat: the CPU of the waited-for children, in 1/100 s ticks.
  const stat = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  cpu = (Number(stat[13]) + Number(stat[14])) / 100;
  if (run.status !== 0) console.log(`vitest exited ${run.status}`);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const files = report.testResults
  .map((r) => ({ name: path.relative(process.cwd(), r.name), seconds: (r.endTime - r.startTime) / 1000 }))
  .sort((a, b) => b.seconds - a.seconds);
const sum = files.reduce((t, f) => t + f.seconds, 0);
console.log(
  `${files.length} files, ${report.numTotalTests} tests (${report.numFailedTests} failed)` +
    (wall === undefined ? '' : `; wall ${wall.toFixed(0)} s, CPU ${cpu.toFixed(0)} s`) +
    `; files' own time summed ${sum.toFixed(0)} s; load average ${loadBefore.toFixed(1)} -> ${os.loadavg()[0].toFixed(1)}`,
);
for (const f of files.slice(0, 15)) console.log(`${f.seconds.toFixed(1).padStart(7)} s  ${f.name}`);
