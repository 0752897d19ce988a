// What the three pipeline stages share: where a run keeps its files, how a stage reports metrics,
// argument errors, and the synthetic data set (so inference scores items drawn like the training set).
import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder the stages of one run and repeat hand files through: --dir when given, else
 * <tmp>/batchbench-pipeline/<$BATCHBENCH_RUN_ID>/r<$BATCHBENCH_REPEAT>, so repeats and concurrent
 * runs never read each other's model.
 */
export function stageDir(explicit) {
  const dir =
    explicit ??
    join(
      tmpdir(),
      'batchbench-pipeline',
      safe(process.env.BATCHBENCH_RUN_ID ?? 'manual'),
      `r${safe(process.env.BATCHBENCH_REPEAT ?? '1')}`,
    );
  mkdirSync(dir, { recursive: true });
  return dir;
}

function safe(part) {
  return part.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function emit(metrics) {
  const lines = Object.entries(metrics).map(([name, value]) => JSON.stringify({ name, value }));
  if (process.env.BATCHBENCH_METRICS) appendFileSync(process.env.BATCHBENCH_METRICS, lines.join('\n') + '\n');
  process.stdout.write(lines.join('\n') + '\n');
}

export function usageError(program, usage, message) {
  process.stderr.write(`${program}: ${message}\n\n${usage}\n`);
  process.exit(2);
}

export function positiveInt(program, usage, raw, name, fallback) {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    usageError(program, usage, `--${name} must be a positive integer, got "${raw}"`);
  return Number(raw);
}

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FEATURES = 16;

/** The hidden rule the data follow; fixed, so a trained model can be judged against it. */
export function trueWeights() {
  const rand = mulberry32(20240601);
  return Float64Array.from({ length: FEATURES + 1 }, () => (rand() * 2 - 1) * 1.5);
}

/**
 * `count` items as a flat row-major feature matrix plus 0/1 labels: Gaussian features, labels drawn
 * from the logistic of the true weights (so even a perfect model is wrong on some items).
 */
export function synthesise(count, seed) {
  const rand = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const w = trueWeights();
  const x = new Float64Array(count * FEATURES);
  const y = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let z = w[FEATURES];
    for (let j = 0; j < FEATURES; j++) {
      const v = normal();
      x[i * FEATURES + j] = v;
      z += w[j] * v;
    }
    y[i] = rand() < sigmoid(z) ? 1 : 0;
  }
  return { x, y, count };
}

export function sigmoid(z) {
  return 1 / (1 + Math.exp(-z));
}

/** Probability of label 1 for item i under weights w (bias last). */
export function score(w, x, i) {
  let z = w[FEATURES];
  for (let j = 0; j < FEATURES; j++) z += w[j] * x[i * FEATURES + j];
  return sigmoid(z);
}
