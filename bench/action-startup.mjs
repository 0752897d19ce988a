// How long a bundled action takes from `node dist/<action>/index.js` to its first log line, as a
// runner starts it (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, an event file). Target: under
// 300 ms. Also prints each action's bundle size: the entry and every chunk it loads at start.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const dir = mkdtempSync(path.join(os.tmpdir(), 'bb-startup-'));
const event = path.join(dir, 'event.json');
writeFileSync(event, JSON.stringify({ schedule: '0 6 * * 1' }));

const actions = {
  validate: { INPUT_EXPERIMENTS: 'experiments/monte-carlo-scaling.yaml' },
  report: { INPUT_RUN: 'no-such-run', INPUT_EXPERIMENT: 'experiments/monte-carlo-scaling.yaml' },
  main: { INPUT_EXPERIMENT: 'experiments/monte-carlo-scaling.yaml', INPUT_COMMAND: 'validate' },
};

function firstLine(action, inputs) {
  return new Promise((resolve, reject) => {
    const out = path.join(dir, 'out');
    const summary = path.join(dir, 'summary');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(root, 'dist', action, 'index.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_WORKSPACE: root,
        RUNNER_TEMP: dir,
        ...inputs,
      },
    });
    let seen = false;
    const onData = () => {
      if (seen) return;
      seen = true;
      resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => (seen ? undefined : reject(new Error(`${action} printed nothing`))));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`action start-up to first log line, median of ${ROUNDS} runs (target under 300 ms)`);
for (const [action, inputs] of Object.entries(actions)) {
  const times = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await firstLine(action, inputs));
  const bytes = staticClosure(path.join(root, 'dist', action, 'index.js')).reduce(
    (s, f) => s + statSync(f).size,
    0,
  );
  console.log(
    `  ${action.padEnd(9)} ${median(times).toFixed(0).padStart(4)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); entry + static chunks ${(bytes / 2 ** 20).toFixed(2)} MiB`,
  );
}

/** The entry and every chunk it imports statically, transitively: what loads at start. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import (?:[^'"]*? from )?["'](\.{1,2}\/[^"']+)["']/gm))
      visit(path.resolve(path.dirname(file), m[1]));
  };
  visit(entry);
  return [...seen];
}
