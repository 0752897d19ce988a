// Prices a European call option by Monte Carlo (GBM paths, Box-Muller normals): pure arithmetic
// and Math.log/sqrt/cos/exp in a tight loop, no I/O, so its run time is all CPU.
//
// The work list is `--items` batches of `--samples-per-item` paths. Each item has its own seed, so an
// item gives the same number whichever shard runs it, and the shards together cover every item once.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: node mc.mjs [options]

Monte Carlo price of a European call option, split into shards of a work list.

Options:
  --items N             work items (batches of paths) in the whole list   [40]
  --shard I             0-based index of the shard this process computes  [0]
  --shards K            number of shards the list is split into           [1]
  --samples-per-item N  paths simulated per item                          [1500000]
  --seed S              base seed; item i uses seed S + i                 [1]
  -h, --help            show this help

Metrics (JSON lines appended to $BATCHBENCH_METRICS when set, and printed):
  items, estimate, abs_error, samples_per_second`;

// Contract terms: spot 100, strike 105, 5% rate, 20% volatility, one year.
const S0 = 100;
const STRIKE = 105;
const RATE = 0.05;
const SIGMA = 0.2;
const YEARS = 1;

function fail(message) {
  process.stderr.write(`mc.mjs: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function intOption(values, name, fallback, min) {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) fail(`--${name} must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min) fail(`--${name} must be >= ${min}, got ${n}`);
  return n;
}

function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        items: { type: 'string' },
        shard: { type: 'string' },
        shards: { type: 'string' },
        'samples-per-item': { type: 'string' },
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
  const opts = {
    items: intOption(values, 'items', 40, 1),
    shard: intOption(values, 'shard', 0, 0),
    shards: intOption(values, 'shards', 1, 1),
    samplesPerItem: intOption(values, 'samples-per-item', 1_500_000, 1),
    seed: intOption(values, 'seed', 1, 0),
  };
  if (opts.shard >= opts.shards) fail(`--shard must be < --shards (${opts.shard} >= ${opts.shards})`);
  return opts;
}

/** Contiguous block [start, end) of the item list that shard `index` of `count` covers. */
function shardRange(items, index, count) {
  return [Math.floor((index * items) / count), Math.floor(((index + 1) * items) / count)];
}

// mulberry32: tiny, fast and good enough for a benchmark; seeded per item for reproducibility.
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

/** Discounted mean payoff over `samples` paths of one item. */
function priceItem(samples, seed) {
  const rand = mulberry32(seed);
  const drift = (RATE - 0.5 * SIGMA * SIGMA) * YEARS;
  const vol = SIGMA * Math.sqrt(YEARS);
  let sum = 0;
  for (let i = 0; i < samples; i++) {
    // 1 - u keeps the log argument in (0, 1].
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const payoff = S0 * Math.exp(drift + vol * z) - STRIKE;
    if (payoff > 0) sum += payoff;
  }
  return (Math.exp(-RATE * YEARS) * sum) / samples;
}

function normalCdf(x) {
  // Abramowitz-Stegun 7.1.26 on erf; accurate to ~1e-7, plenty to judge a Monte Carlo estimate.
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

function blackScholesCall() {
  const d1 = (Math.log(S0 / STRIKE) + (RATE + 0.5 * SIGMA * SIGMA) * YEARS) / (SIGMA * Math.sqrt(YEARS));
  const d2 = d1 - SIGMA * Math.sqrt(YEARS);
  return S0 * normalCdf(d1) - STRIKE * Math.exp(-RATE * YEARS) * normalCdf(d2);
}

function emit(metrics) {
  const lines = Object.entries(metrics).map(([name, value]) => JSON.stringify({ name, value }));
  if (process.env.BATCHBENCH_METRICS) appendFileSync(process.env.BATCHBENCH_METRICS, lines.join('\n') + '\n');
  process.stdout.write(lines.join('\n') + '\n');
}

function main() {
  const opts = readOptions(process.argv.slice(2));
  const [start, end] = shardRange(opts.items, opts.shard, opts.shards);
  const began = process.hrtime.bigint();
  let total = 0;
  for (let item = start; item < end; item++) total += priceItem(opts.samplesPerItem, opts.seed + item);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const done = end - start;
  const metrics = { items: done };
  // More shards than items leaves some shards empty: they report their item count and nothing else.
  if (done > 0) {
    metrics.estimate = total / done;
    metrics.abs_error = Math.abs(metrics.estimate - blackScholesCall());
    metrics.samples_per_second = (done * opts.samplesPerItem) / seconds;
  }
  emit(metrics);
}

main();
