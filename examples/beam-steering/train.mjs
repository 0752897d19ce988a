// Trains the element phases of a linear phased array with OpenAI evolution strategies so its beam points
// at --angle; every fitness evaluation sums elements x look-angles x frequencies of complex exponentials,
// so the run is CPU-bound; --n-jobs threads (main + n-1 workers) split each generation's evaluations.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const USAGE = `Usage: node train.mjs [options]

Evolution-strategies (OpenAI-ES, antithetic sampling, rank-shaped fitness) training of the
phases of a linear phased array; reward = mean directivity (dB) toward --angle across a band.

Options:
  --angle DEG        steering angle from the array axis, 0..180               [90]
  --n-jobs N         threads evaluating the population (main + N-1 workers)  [1]
  --iters N          ES iterations (generations)                            [5]
  --population N     evaluations per generation, even (antithetic pairs)    [48]
  --elements N       array elements                                         [32]
  --seed S           seed for the initial phases and the perturbations      [0]
  -h, --help         show this help

Metrics (JSON lines appended to $BATCHBENCH_METRICS when set, and printed):
  reward, reward_initial, iterations, seconds_per_iteration`;

// Look angles sampled for the directivity integral, and the band (as multiples of the design frequency).
const GRID = 1801;
const BAND = [0.9, 0.95, 1, 1.05, 1.1];
const SIGMA = 0.1;
const LEARNING_RATE = 0.3;

function fail(message) {
  process.stderr.write(`train.mjs: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function numberOption(values, name, fallback, { min, max, integer }) {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    fail(`--${name} must be ${integer ? 'an integer' : 'a number'}, got "${raw}"`);
  }
  if (n < min || n > max) fail(`--${name} must be in [${min}, ${max}], got ${n}`);
  return n;
}

function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        angle: { type: 'string' },
        'n-jobs': { type: 'string' },
        iters: { type: 'string' },
        population: { type: 'string' },
        elements: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(err.message);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const big = Number.MAX_SAFE_INTEGER;
  const opts = {
    angle: numberOption(values, 'angle', 90, { min: 0, max: 180 }),
    nJobs: numberOption(values, 'n-jobs', 1, { min: 1, max: 256, integer: true }),
    iters: numberOption(values, 'iters', 5, { min: 1, max: big, integer: true }),
    population: numberOption(values, 'population', 48, { min: 2, max: big, integer: true }),
    elements: numberOption(values, 'elements', 32, { min: 2, max: 4096, integer: true }),
    seed: numberOption(values, 'seed', 0, { min: 0, max: 2 ** 32 - 1, integer: true }),
  };
  if (opts.population % 2 !== 0) fail(`--population must be even (antithetic pairs), got ${opts.population}`);
  return opts;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal vector; a pure function of its seed so any thread can regenerate it. */
function gaussian(length, seed) {
  const rand = mulberry32(seed);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    out[i] = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  }
  return out;
}

function noiseSeed(seed, iter, pair) {
  return (
    (Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(iter + 1, 0x85ebca6b) ^ Math.imul(pair + 1, 0xc2b2ae35)) >>>
    0
  );
}

/**
 * Mean directivity in dB toward `angleDeg` over the band. Elements sit half a design wavelength apart;
 * the pattern's power is integrated over look angles with the sin(theta) weight of a sphere.
 */
function directivityDb(phases, angleDeg) {
  const n = phases.length;
  const target = (angleDeg * Math.PI) / 180;
  let total = 0;
  for (const f of BAND) {
    const k = Math.PI * f;
    let weighted = 0;
    let weights = 0;
    let atTarget = 0;
    for (let g = 0; g <= GRID; g++) {
      const theta = g === GRID ? target : (g * Math.PI) / (GRID - 1);
      const c = k * Math.cos(theta);
      let re = 0;
      let im = 0;
      for (let e = 0; e < n; e++) {
        const phase = c * e + phases[e];
        re += Math.cos(phase);
        im += Math.sin(phase);
      }
      const power = re * re + im * im;
      if (g === GRID) {
        atTarget = power;
      } else {
        const w = Math.sin(theta) + 1e-9;
        weighted += w * power;
        weights += w;
      }
    }
    total += 10 * Math.log10(atTarget / (weighted / weights) + 1e-12);
  }
  return total / BAND.length;
}

/** Rewards of the antithetic pairs [first, last): [r(theta + sigma eps), r(theta - sigma eps)] each. */
function evaluatePairs({ theta, angle, seed, iter, first, last }) {
  const out = new Float64Array((last - first) * 2);
  const probe = new Float64Array(theta.length);
  for (let p = first; p < last; p++) {
    const eps = gaussian(theta.length, noiseSeed(seed, iter, p));
    for (const sign of [1, -1]) {
      for (let i = 0; i < theta.length; i++) probe[i] = theta[i] + sign * SIGMA * eps[i];
      out[(p - first) * 2 + (sign === 1 ? 0 : 1)] = directivityDb(probe, angle);
    }
  }
  return out;
}

/** Centred ranks in [-0.5, 0.5]: the ES update depends on order only, not on the reward's scale. */
function centredRanks(values) {
  const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
  const ranks = new Float64Array(values.length);
  order.forEach((index, rank) => {
    ranks[index] = values.length > 1 ? rank / (values.length - 1) - 0.5 : 0;
  });
  return ranks;
}

/**
 * n_jobs evaluators: the main thread and n_jobs - 1 worker threads. Like joblib's n_jobs, 1 means
 * no parallelism at all; the main thread takes a share rather than waiting idle for the others.
 */
class Pool {
  constructor(jobs) {
    this.workers = Array.from({ length: jobs - 1 }, () => new Worker(new URL(import.meta.url)));
  }

  /** Splits the pairs into one contiguous block per evaluator; results come back in pair order. */
  async evaluate(task, pairs) {
    const jobs = this.workers.length + 1;
    const block = (j) => ({
      first: Math.floor((j * pairs) / jobs),
      last: Math.floor(((j + 1) * pairs) / jobs),
    });
    const remote = this.workers.map(
      (worker, w) =>
        new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ ...task, ...block(w + 1) });
        }),
    );
    const parts = [evaluatePairs({ ...task, ...block(0) }), ...(await Promise.all(remote))];
    for (const worker of this.workers) worker.removeAllListeners('error');
    const out = new Float64Array(pairs * 2);
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  close() {
    return Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

function emit(metrics) {
  const lines = Object.entries(metrics).map(([name, value]) => JSON.stringify({ name, value }));
  if (process.env.BATCHBENCH_METRICS) appendFileSync(process.env.BATCHBENCH_METRICS, lines.join('\n') + '\n');
  process.stdout.write(lines.join('\n') + '\n');
}

async function train(opts) {
  const init = mulberry32(opts.seed);
  const theta = Float64Array.from({ length: opts.elements }, () => (init() * 2 - 1) * Math.PI);
  const pool = opts.nJobs > 1 ? new Pool(opts.nJobs) : null;
  const rewardInitial = directivityDb(theta, opts.angle);
  const pairs = opts.population / 2;
  const began = process.hrtime.bigint();
  let seconds;
  try {
    for (let iter = 0; iter < opts.iters; iter++) {
      const task = { theta, angle: opts.angle, seed: opts.seed, iter };
      const rewards = pool
        ? await pool.evaluate(task, pairs)
        : evaluatePairs({ ...task, first: 0, last: pairs });
      const shaped = centredRanks(rewards);
      const step = new Float64Array(theta.length);
      for (let p = 0; p < pairs; p++) {
        const eps = gaussian(theta.length, noiseSeed(opts.seed, iter, p));
        const weight = shaped[2 * p] - shaped[2 * p + 1];
        for (let i = 0; i < theta.length; i++) step[i] += weight * eps[i];
      }
      for (let i = 0; i < theta.length; i++)
        theta[i] += (LEARNING_RATE / (opts.population * SIGMA)) * step[i];
    }
    seconds = Number(process.hrtime.bigint() - began) / 1e9;
  } finally {
    await pool?.close();
  }
  emit({
    reward: directivityDb(theta, opts.angle),
    reward_initial: rewardInitial,
    iterations: opts.iters,
    seconds_per_iteration: seconds / opts.iters,
  });
}

if (isMainThread) {
  train(readOptions(process.argv.slice(2))).catch((err) => {
    process.stderr.write(`train.mjs: ${err.stack ?? err}\n`);
    process.exit(1);
  });
} else {
  parentPort.on('message', (task) => {
    const out = evaluatePairs(task);
    parentPort.postMessage(out, [out.buffer]);
  });
}
