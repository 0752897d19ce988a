// Retrodiction by rolling-window least squares: for each batch of days, fits a backward ridge VAR on the
// window after it (normal equations + Cholesky, several penalties) and backcasts the batch; all arithmetic.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: node run_training.mjs [options]

Retrodicts a synthetic daily multivariate series batch by batch: each batch of --batch-size-days is
inferred backwards from a ridge VAR(--lags) fitted on the --window-days that follow it.

Options:
  --variables NAME...    series to model (one or more names)   [spx_close us_10y_yield wb_gdp_growth_annual]
  --batch-size-days N    days retrodicted per batch            [30]
  --window-days N        training window after each batch      [$RETRODICTION_WINDOW_DAYS or 730]
  --lags N               lagged days of every variable         [8]
  --days N               length of the synthetic series        [7300]
  --seed S               seed of the synthetic series          [7]
  -h, --help             show this help

Exit status: 0 done, 1 the fit failed (application error), 2 bad arguments.
Metrics (JSON lines appended to $BATCHBENCH_METRICS when set, and printed):
  rmse, batches, items (days retrodicted), seconds`;

const DEFAULT_VARIABLES = ['spx_close', 'us_10y_yield', 'wb_gdp_growth_annual'];
const PENALTIES = [1e-4, 1e-3, 1e-2, 1e-1, 1, 10];

function fail(message) {
  process.stderr.write(`run_training.mjs: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function intValue(raw, name, min) {
  if (!/^\d+$/.test(raw)) fail(`${name} must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min) fail(`${name} must be >= ${min}, got ${n}`);
  return n;
}

/** --variables takes every following word up to the next option, as argparse's nargs="+" does. */
function splitVariables(argv) {
  const rest = [];
  let variables;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--variables') {
      rest.push(argv[i]);
      continue;
    }
    variables = [];
    while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) variables.push(argv[++i]);
    if (variables.length === 0) fail('--variables needs at least one name');
  }
  return { variables, rest };
}

function readOptions(argv) {
  const { variables, rest } = splitVariables(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        'batch-size-days': { type: 'string' },
        'window-days': { type: 'string' },
        lags: { type: 'string' },
        days: { type: 'string' },
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
  const windowRaw = values['window-days'] ?? process.env.RETRODICTION_WINDOW_DAYS ?? '730';
  const opts = {
    variables: variables ?? DEFAULT_VARIABLES,
    batchSize: intValue(values['batch-size-days'] ?? '30', '--batch-size-days', 1),
    window: intValue(windowRaw, '--window-days (or $RETRODICTION_WINDOW_DAYS)', 2),
    lags: intValue(values.lags ?? '8', '--lags', 1),
    days: intValue(values.days ?? '7300', '--days', 1),
    seed: intValue(values.seed ?? '7', '--seed', 0),
  };
  const features = opts.variables.length * opts.lags + 1;
  if (opts.window < 2 * features) {
    fail(`--window-days ${opts.window} is too short for ${features} coefficients per variable`);
  }
  if (opts.days < opts.window + opts.lags + opts.batchSize) {
    fail(`--days ${opts.days} leaves no batch to retrodict (window ${opts.window}, lags ${opts.lags})`);
  }
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

/** A stable VAR(1) with persistent own-dynamics and weak cross-effects: series[t][v]. */
function synthesise(days, count, seed) {
  const rand = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const coupling = Array.from({ length: count }, (_, v) =>
    Array.from({ length: count }, (_, u) => (u === v ? 0.85 + 0.1 * rand() : (rand() - 0.5) * (0.2 / count))),
  );
  const series = [new Float64Array(count)];
  for (let t = 1; t < days; t++) {
    const prev = series[t - 1];
    const next = new Float64Array(count);
    for (let v = 0; v < count; v++) {
      let x = 0.3 * normal();
      for (let u = 0; u < count; u++) x += coupling[v][u] * prev[u];
      next[v] = x;
    }
    series.push(next);
  }
  return series;
}

/** Backward design row for day t: [1, x[t+1..t+lags] of every variable]. */
function backwardRow(series, t, lags, out) {
  out[0] = 1;
  let k = 1;
  for (let l = 1; l <= lags; l++) for (const x of series[t + l]) out[k++] = x;
  return out;
}

/** Solves (G + penalty I) B = R in place of a copy; null when not positive definite. */
function ridgeSolve(gram, rhs, size, targets, penalty) {
  const a = Float64Array.from(gram);
  for (let i = 1; i < size; i++) a[i * size + i] += penalty;
  for (let j = 0; j < size; j++) {
    let d = a[j * size + j];
    for (let k = 0; k < j; k++) d -= a[j * size + k] * a[j * size + k];
    if (!(d > 0)) return null;
    const diag = Math.sqrt(d);
    a[j * size + j] = diag;
    for (let i = j + 1; i < size; i++) {
      let s = a[i * size + j];
      for (let k = 0; k < j; k++) s -= a[i * size + k] * a[j * size + k];
      a[i * size + j] = s / diag;
    }
  }
  const coef = new Float64Array(size * targets);
  const y = new Float64Array(size);
  for (let c = 0; c < targets; c++) {
    for (let i = 0; i < size; i++) {
      let s = rhs[i * targets + c];
      for (let k = 0; k < i; k++) s -= a[i * size + k] * y[k];
      y[i] = s / a[i * size + i];
    }
    for (let i = size - 1; i >= 0; i--) {
      let s = y[i];
      for (let k = i + 1; k < size; k++) s -= a[k * size + i] * coef[k * targets + c];
      coef[i * targets + c] = s / a[i * size + i];
    }
  }
  return coef;
}

function accumulate(series, from, to, lags, size, targets) {
  const gram = new Float64Array(size * size);
  const rhs = new Float64Array(size * targets);
  const row = new Float64Array(size);
  for (let t = from; t < to; t++) {
    backwardRow(series, t, lags, row);
    for (let i = 0; i < size; i++) {
      const ri = row[i];
      for (let j = 0; j <= i; j++) gram[i * size + j] += ri * row[j];
      for (let c = 0; c < targets; c++) rhs[i * targets + c] += ri * series[t][c];
    }
  }
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) gram[i * size + j] = gram[j * size + i];
  return { gram, rhs };
}

function squaredError(series, from, to, lags, coef, size, targets) {
  const row = new Float64Array(size);
  let sum = 0;
  for (let t = from; t < to; t++) {
    backwardRow(series, t, lags, row);
    for (let c = 0; c < targets; c++) {
      let p = 0;
      for (let i = 0; i < size; i++) p += row[i] * coef[i * targets + c];
      sum += (p - series[t][c]) ** 2;
    }
  }
  return sum;
}

/**
 * Picks the penalty on the window's nearest fifth (held out), refits on the whole window, then
 * backcasts [start, end) recursively: each inferred day feeds the inference of the day before it.
 */
function retrodictBatch(series, start, end, opts) {
  const targets = opts.variables.length;
  const size = targets * opts.lags + 1;
  const windowFrom = end;
  const windowTo = end + opts.window;
  const holdoutTo = windowFrom + Math.floor(opts.window / 5);
  const train = accumulate(series, holdoutTo, windowTo, opts.lags, size, targets);
  let best = null;
  for (const penalty of PENALTIES) {
    const coef = ridgeSolve(train.gram, train.rhs, size, targets, penalty);
    if (!coef) continue;
    const err = squaredError(series, windowFrom, holdoutTo, opts.lags, coef, size, targets);
    if (!best || err < best.err) best = { err, penalty };
  }
  if (!best) throw new Error(`no penalty gave a positive definite system for days ${start}..${end}`);
  const full = accumulate(series, windowFrom, windowTo, opts.lags, size, targets);
  const coef = ridgeSolve(full.gram, full.rhs, size, targets, best.penalty);
  if (!coef) throw new Error(`the final fit failed for days ${start}..${end}`);

  // inferred[i] is day start + i: the known days after the batch, then the batch as it is filled in.
  const inferred = new Array(end - start).fill(null).concat(series.slice(end, end + opts.lags));
  const row = new Float64Array(size);
  let sum = 0;
  for (let t = end - 1; t >= start; t--) {
    backwardRow(inferred, t - start, opts.lags, row);
    const day = new Float64Array(targets);
    for (let c = 0; c < targets; c++) {
      let p = 0;
      for (let i = 0; i < size; i++) p += row[i] * coef[i * targets + c];
      day[c] = p;
      sum += (p - series[t][c]) ** 2;
    }
    inferred[t - start] = day;
  }
  return sum;
}

function emit(metrics) {
  const lines = Object.entries(metrics).map(([name, value]) => JSON.stringify({ name, value }));
  if (process.env.BATCHBENCH_METRICS) appendFileSync(process.env.BATCHBENCH_METRICS, lines.join('\n') + '\n');
  process.stdout.write(lines.join('\n') + '\n');
}

function main() {
  const opts = readOptions(process.argv.slice(2));
  const began = process.hrtime.bigint();
  const series = synthesise(opts.days, opts.variables.length, opts.seed);
  // Batches run from the most recent backwards; each needs its window and lags after it.
  const lastEnd = opts.days - opts.window - opts.lags;
  let squared = 0;
  let days = 0;
  let batches = 0;
  for (let end = lastEnd; end - opts.batchSize >= 0; end -= opts.batchSize) {
    squared += retrodictBatch(series, end - opts.batchSize, end, opts);
    days += opts.batchSize;
    batches += 1;
  }
  const rmse = Math.sqrt(squared / (days * opts.variables.length));
  if (!Number.isFinite(rmse)) throw new Error(`the retrodiction diverged (rmse ${rmse})`);
  emit({ rmse, batches, items: days, seconds: Number(process.hrtime.bigint() - began) / 1e9 });
}

try {
  main();
} catch (err) {
  process.stderr.write(`run_training.mjs: ${err.message}\n`);
  process.exit(1);
}
