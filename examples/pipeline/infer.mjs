// Stage 2 of 3: scores fresh synthetic items with the model train.mjs wrote (a dot product and a
// logistic per item, for many items: CPU-bound) and writes inference.json for document.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FEATURES,
  emit,
  positiveInt,
  score,
  stageDir,
  synthesise,
  trueWeights,
  usageError,
} from './shared.mjs';

const USAGE = `Usage: node infer.mjs [options]

Scores --items fresh items with model.json from train.mjs and writes inference.json.

Options:
  --items N    items to score                                        [400000]
  --seed S     seed of the scored items (differs from training's)    [2]
  --dir PATH   folder shared with the other stages [<tmp>/batchbench-pipeline/<run id>/r<repeat>]
  -h, --help   show this help

Metrics (JSON lines appended to $BATCHBENCH_METRICS when set, and printed):
  items, accuracy, oracle_accuracy, positive_rate`;

function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        items: { type: 'string' },
        seed: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    usageError('infer.mjs', USAGE, err.message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const int = (name, fallback) => positiveInt('infer.mjs', USAGE, values[name], name, fallback);
  return { items: int('items', 400000), seed: int('seed', 2), dir: values.dir };
}

function loadModel(path) {
  let model;
  try {
    model = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    process.stderr.write(`infer.mjs: cannot read the model (${err.message}); run train.mjs first\n`);
    process.exit(1);
  }
  if (model.features !== FEATURES || !Array.isArray(model.weights) || model.weights.length !== FEATURES + 1) {
    process.stderr.write(`infer.mjs: ${path} is not a ${FEATURES}-feature logistic regression\n`);
    process.exit(1);
  }
  return Float64Array.from(model.weights);
}

function main() {
  const opts = readOptions(process.argv.slice(2));
  const dir = stageDir(opts.dir);
  const w = loadModel(join(dir, 'model.json'));
  const oracle = trueWeights();
  const data = synthesise(opts.items, opts.seed);
  const histogram = new Array(10).fill(0);
  let correct = 0;
  let oracleCorrect = 0;
  let positives = 0;
  for (let i = 0; i < data.count; i++) {
    const p = score(w, data.x, i);
    histogram[Math.min(9, Math.floor(p * 10))]++;
    if (p >= 0.5) positives++;
    if (p >= 0.5 === (data.y[i] === 1)) correct++;
    if (score(oracle, data.x, i) >= 0.5 === (data.y[i] === 1)) oracleCorrect++;
  }
  const summary = {
    items: data.count,
    accuracy: correct / data.count,
    oracle_accuracy: oracleCorrect / data.count,
    positive_rate: positives / data.count,
  };
  writeFileSync(join(dir, 'inference.json'), JSON.stringify({ ...summary, histogram }, null, 2) + '\n');
  process.stderr.write(`infer.mjs: wrote ${join(dir, 'inference.json')}\n`);
  emit(summary);
}

main();
