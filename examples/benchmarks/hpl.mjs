#!/usr/bin/env node
// HPL-style dense linear algebra: LU factorisation with partial pivoting of a random n x n
// matrix (blocked, right-looking: a panel, then a matrix-multiply update of the trailing
// matrix), solve of Ax = b, and the HPL residual check. GFLOP/s counts 2/3 n^3 + 2 n^2 flops.
//   node hpl.mjs [--variant hpl-mkl] [--n 600] [--block 64] [--times 3] [--slowdown 1]
// --slowdown K factorises K times per timed pass but counts the flops once (planted regressions).
import { flags, report, variantCode } from './metrics.mjs';

const opt = flags(process.argv.slice(2), { variant: 'hpl', n: 600, block: 64, times: 3, slowdown: 1 });
const n = opt.n;
const nb = opt.block;

function randomMatrix(seed) {
  // A fixed linear congruential generator: the same matrix every run, so runs are comparable.
  let x = seed >>> 0;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    m[i] = x / 2 ** 32 - 0.5;
  }
  return m;
}

/** In-place blocked LU with partial pivoting of row-major `m`; returns the pivot rows. */
function lu(m) {
  const piv = new Int32Array(n);
  for (let k0 = 0; k0 < n; k0 += nb) {
    const k1 = Math.min(k0 + nb, n);
    // Panel: unblocked LU of columns k0..k1 over rows k0..n.
    for (let k = k0; k < k1; k++) {
      let p = k;
      let max = Math.abs(m[k * n + k]);
      for (let i = k + 1; i < n; i++) {
        const v = Math.abs(m[i * n + k]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      piv[k] = p;
      if (p !== k)
        for (let j = 0; j < n; j++) {
          const t = m[k * n + j];
          m[k * n + j] = m[p * n + j];
          m[p * n + j] = t;
        }
      const d = m[k * n + k];
      for (let i = k + 1; i < n; i++) {
        const l = (m[i * n + k] /= d);
        for (let j = k + 1; j < k1; j++) m[i * n + j] -= l * m[k * n + j];
      }
    }
    // U12 = L11^-1 A12.
    for (let k = k0; k < k1; k++)
      for (let i = k + 1; i < k1; i++) {
        const l = m[i * n + k];
        for (let j = k1; j < n; j++) m[i * n + j] -= l * m[k * n + j];
      }
    // Trailing update A22 -= L21 U12: the matrix multiply where HPL spends its time.
    for (let i = k1; i < n; i++) {
      const row = i * n;
      for (let k = k0; k < k1; k++) {
        const l = m[row + k];
        const urow = k * n;
        for (let j = k1; j < n; j++) m[row + j] -= l * m[urow + j];
      }
    }
  }
  return piv;
}

function solve(f, piv, b) {
  const x = Float64Array.from(b);
  for (let k = 0; k < n; k++) {
    const p = piv[k];
    if (p !== k) {
      const t = x[k];
      x[k] = x[p];
      x[p] = t;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) x[i] -= f[i * n + j] * x[j];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) x[i] -= f[i * n + j] * x[j];
    x[i] /= f[i * n + i];
  }
  return x;
}

const a = randomMatrix(42);
const b = randomMatrix(7).subarray(0, n);
let best = Infinity;
let f, piv;
for (let t = 0; t < opt.times + 1; t++) {
  const start = process.hrtime.bigint();
  for (let k = 0; k < opt.slowdown; k++) {
    f = Float64Array.from(a);
    piv = lu(f);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (t > 0) best = Math.min(best, seconds);
}
const x = solve(f, piv, b);
// HPL's scaled residual ||Ax - b||_inf / (eps (||A||_inf ||x||_inf + ||b||_inf) n); must be small.
let rNorm = 0,
  aNorm = 0,
  xNorm = 0,
  bNorm = 0;
for (let i = 0; i < n; i++) {
  let r = -b[i],
    rowSum = 0;
  for (let j = 0; j < n; j++) {
    r += a[i * n + j] * x[j];
    rowSum += Math.abs(a[i * n + j]);
  }
  rNorm = Math.max(rNorm, Math.abs(r));
  aNorm = Math.max(aNorm, rowSum);
  xNorm = Math.max(xNorm, Math.abs(x[i]));
  bNorm = Math.max(bNorm, Math.abs(b[i]));
}
const residual = rNorm / (Number.EPSILON * (aNorm * xNorm + bNorm) * n);
if (!(residual < 16)) {
  process.stderr.write(`hpl: residual check failed (${residual})\n`);
  process.exit(1);
}
const gflops = ((2 / 3) * n ** 3 + 2 * n ** 2) / best / 1e9;
report({ gflops, seconds: best, residual, n, variant_code: variantCode(opt.variant) });
process.stdout.write(
  `${opt.variant}: n=${n} ${gflops.toFixed(2)} GFLOP/s, residual ${residual.toFixed(3)}\n`,
);
