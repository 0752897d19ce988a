// Stage 3 of 3: turns model.json and inference.json into report.md (the light, cheap stage of the
// pipeline, run on the smallest instance: the text work is small next to training and inference).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emit, stageDir, usageError } from './shared.mjs';

const USAGE = `Usage: node document.mjs [options]

Writes report.md from the model and inference summary of the earlier stages.

Options:
  --dir PATH   folder shared with the other stages [<tmp>/batchbench-pipeline/<run id>/r<repeat>]
  -h, --help   show this help

Metrics (JSON lines appended to $BATCHBENCH_METRICS when set, and printed):
  report_bytes`;

function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    usageError('document.mjs', USAGE, err.message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return { dir: values.dir };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    process.stderr.write(
      `document.mjs: cannot read ${path} (${err.message}); run train.mjs and infer.mjs first\n`,
    );
    process.exit(1);
  }
}

const pct = (x) => `${(100 * x).toFixed(2)} %`;

function render(model, inference) {
  const peak = Math.max(...inference.histogram, 1);
  const bars = inference.histogram.map((n, b) => {
    const bar = '#'.repeat(Math.round((30 * n) / peak));
    return `| ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)} | ${n} | \`${bar}\` |`;
  });
  return [
    '# Pipeline summary',
    '',
    `Logistic regression on ${model.features} features, trained on ${model.items} items for ${model.epochs} epochs`,
    `(final training log-loss ${model.loss.toFixed(4)}).`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| items scored | ${inference.items} |`,
    `| accuracy | ${pct(inference.accuracy)} |`,
    `| accuracy of the true rule (ceiling) | ${pct(inference.oracle_accuracy)} |`,
    `| predicted positive | ${pct(inference.positive_rate)} |`,
    '',
    '## Score distribution',
    '',
    '| score | items | |',
    '| --- | --- | --- |',
    ...bars,
    '',
  ].join('\n');
}

function main() {
  const opts = readOptions(process.argv.slice(2));
  const dir = stageDir(opts.dir);
  const text = render(readJson(join(dir, 'model.json')), readJson(join(dir, 'inference.json')));
  writeFileSync(join(dir, 'report.md'), text);
  process.stderr.write(`document.mjs: wrote ${join(dir, 'report.md')}\n`);
  emit({ report_bytes: Buffer.byteLength(text) });
}

main();
