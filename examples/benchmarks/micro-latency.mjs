#!/usr/bin/env node
// Memory latency by pointer chasing: a random cyclic permutation over --bytes of memory, so
// each load depends on the previous one and the prefetcher cannot guess the next address.
// Reports the average ns per dependent load (lower is better).
//   node micro-latency.mjs [--variant micro-latency] [--bytes 67108864] [--steps 5000000] [--slowdown 1]
import { flags, report, variantCode } from './metrics.mjs';

const opt = flags(process.argv.slice(2), {
  variant: 'micro-latency',
  bytes: 64 * 1024 * 1024,
  steps: 5_000_000,
  slowdown: 1,
});
const n = Math.max(2, Math.floor(opt.bytes / 4));
const next = new Uint32Array(n);
// Sattolo's algorithm: a single cycle through every slot, from a fixed seed.
const order = new Uint32Array(n);
for (let i = 0; i < n; i++) order[i] = i;
let seed = 12345;
for (let i = n - 1; i > 0; i--) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  const j = seed % i;
  const t = order[i];
  order[i] = order[j];
  order[j] = t;
}
for (let i = 0; i < n; i++) next[order[i]] = order[(i + 1) % n];

let p = 0;
for (let i = 0; i < Math.min(n, 1_000_000); i++) p = next[p]; // warm up
let best = Infinity;
for (let t = 0; t < 3; t++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < opt.steps * opt.slowdown; i++) p = next[p];
  best = Math.min(best, Number(process.hrtime.bigint() - start) / opt.steps);
}
report({ latency_ns: best, bytes: opt.bytes, checksum: p, variant_code: variantCode(opt.variant) });
process.stdout.write(`${opt.variant}: ${best.toFixed(2)} ns per load over ${opt.bytes} bytes\n`);
