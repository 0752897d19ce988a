// Stage 1 of 3: fits a logistic regression to synthetic data by full-batch gradient descent (every
// epoch is a pass of multiply-adds over all items and features, so the stage is CPU-bound).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURES, emit, positiveInt, score, stageDir, synthesise, usageError } from './shared.mjs';

const USAGE = `Usage: node train.mjs [options]

Trains a logistic regression on synthetic data and writes model.json for infer.mjs.

Options:
  --items N    training items                                        [40000]
  --epochs N   full-batch gradient steps                             [150]
  --seed S     seed of the training data                             [1]
  --dir PATH   folder shared with the next stages  [<tmp>/batchbench-pipeline/<run id>/r<repeat>]
  -h, --help   show this help

Metrics (JSON lines appended to $BATCHBENCH_METRICS when set, and printed):
  loss, train_accuracy, epochs`;

function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        items: { type: 'string' },
        epochs: { type: 'string' },
        seed: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    usageError('train.mjs', USAGE, err.message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const int = (name, fallback) => positiveInt('train.mjs', USAGE, values[name], name, fallback);
  return { items: int('items', 40000), epochs: int('epochs', 150), seed: int('seed', 1), dir: values.dir };
}

function logLoss(w, data) {
  let sum = 0;
  for (let i = 0; i < data.count; i++) {
    const p = Math.min(Math.max(score(w, data.x, i), 1e-12), 1 - 1e-12);
    sum -= data.y[i] ? Math.log(p) : Math.log(1 - p);
  }
  return sum / data.count;
}

function fit(data, epochs) {
  // Adam on the mean log-loss: converges in a few hundred full-batch steps without tuning a rate.
  const w = new Float64Array(FEATURES + 1);
  const m = new Float64Array(FEATURES + 1);
  const v = new Float64Array(FEATURES + 1);
  const grad = new Float64Array(FEATURES + 1);
  const [rate, beta1, beta2] = [0.05, 0.9, 0.999];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    for (let i = 0; i < data.count; i++) {
      const r = score(w, data.x, i) - data.y[i];
      for (let j = 0; j < FEATURES; j++) grad[j] += r * data.x[i * FEATURES + j];
      grad[FEATURES] += r;
    }
    for (let j = 0; j <= FEATURES; j++) {
      const g = grad[j] / data.count;
      m[j] = beta1 * m[j] + (1 - beta1) * g;
      v[j] = beta2 * v[j] + (1 - beta2) * g * g;
      w[j] -= (rate * (m[j] / (1 - beta1 ** epoch))) / (Math.sqrt(v[j] / (1 - beta2 ** epoch)) + 1e-8);
    }
  }
  return w;
}

function main() {
  const opts = readOptions(process.argv.slice(2));
  const dir = stageDir(opts.dir);
  const data = synthesise(opts.items, opts.seed);
  const w = fit(data, opts.epochs);
  let correct = 0;
  for (let i = 0; i < data.count; i++) if (score(w, data.x, i) >= 0.5 === (data.y[i] === 1)) correct++;
  const loss = logLoss(w, data);
  const model = {
    kind: 'logistic-regression',
    features: FEATURES,
    weights: Array.from(w),
    epochs: opts.epochs,
    items: opts.items,
    loss,
  };
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model, null, 2) + '\n');
  process.stderr.write(`train.mjs: wrote ${join(dir, 'model.json')}\n`);
  emit({ loss, train_accuracy: correct / data.count, epochs: opts.epochs });
}

main();
