#!/usr/bin/env node
// STREAM-style memory bandwidth (McCalpin's four kernels) over Float64Arrays larger than the
// last-level cache: copy c=a, scale b=s*c, add c=a+b, triad a=b+s*c. Best of --times passes,
// as STREAM reports, in GB/s (10^9 bytes/s) counting the bytes each kernel must move.
//   node stream.mjs [--variant stream-avx512] [--elements 20000000] [--times 5] [--slowdown 1]
// --slowdown K runs every kernel K times per timed pass but counts its bytes once: a planted
// regression for tests, never used in a real campaign.
import { flags, report, variantCode } from './metrics.mjs';

const opt = flags(process.argv.slice(2), { variant: 'stream', elements: 20_000_000, times: 5, slowdown: 1 });
const n = opt.elements;
const a = new Float64Array(n).fill(1);
const b = new Float64Array(n).fill(2);
const c = new Float64Array(n).fill(0);
const s = 3;

const kernels = {
  copy: [
    2,
    () => {
      for (let i = 0; i < n; i++) c[i] = a[i];
    },
  ],
  scale: [
    2,
    () => {
      for (let i = 0; i < n; i++) b[i] = s * c[i];
    },
  ],
  add: [
    3,
    () => {
      for (let i = 0; i < n; i++) c[i] = a[i] + b[i];
    },
  ],
  triad: [
    3,
    () => {
      for (let i = 0; i < n; i++) a[i] = b[i] + s * c[i];
    },
  ],
};

const best = { copy: Infinity, scale: Infinity, add: Infinity, triad: Infinity };
for (let t = 0; t < opt.times + 1; t++) {
  for (const [name, [, run]] of Object.entries(kernels)) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < opt.slowdown; k++) run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    // The first pass warms the JIT and faults the pages in; STREAM skips it too.
    if (t > 0) best[name] = Math.min(best[name], seconds);
  }
}
// Checks the arrays so the work cannot be optimised away, and that the kernels are right.
const expectA = (() => {
  let av = 1,
    bv = 2,
    cv = 0;
  for (let t = 0; t < opt.times + 1; t++) {
    cv = av;
    bv = s * cv;
    cv = av + bv;
    av = bv + s * cv;
  }
  return av;
})();
if (Math.abs(a[n - 1] - expectA) > 1e-6 * Math.abs(expectA)) {
  process.stderr.write(`stream: wrong result ${a[n - 1]} (expected ${expectA})\n`);
  process.exit(1);
}
const metrics = { variant_code: variantCode(opt.variant), elements: n };
for (const [name, [arrays]] of Object.entries(kernels))
  metrics[`${name}_gbps`] = (arrays * 8 * n) / best[name] / 1e9;
report(metrics);
process.stdout.write(
  `${opt.variant}: ${Object.entries(metrics)
    .filter(([k]) => k.endsWith('_gbps'))
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ')}\n`,
);
