// The metric contract (docs/metrics.md): JSON lines appended to $BATCHBENCH_METRICS, or
// `::metric name=value` lines on stdout when the variable is not set (a run by hand).
import { appendFileSync } from 'node:fs';

export function report(metrics) {
  const file = process.env.BATCHBENCH_METRICS;
  for (const [name, value] of Object.entries(metrics)) {
    if (file) appendFileSync(file, `${JSON.stringify({ name, value })}\n`);
    else process.stdout.write(`::metric ${name}=${value}\n`);
  }
}

/** --name value flags; numbers where they parse as numbers. */
export function flags(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const raw = argv[i + 1];
    if (!key || raw === undefined || !(key in defaults)) {
      process.stderr.write(
        `unknown or incomplete flag ${argv[i]}; flags: ${Object.keys(defaults)
          .map((k) => `--${k}`)
          .join(' ')}\n`,
      );
      process.exit(2);
    }
    out[key] = typeof defaults[key] === 'number' ? Number(raw) : raw;
  }
  return out;
}

// JavaScript cannot choose AVX-512, AVX2 or Neon: the JIT picks instructions for the CPU it
// runs on. The variant name is recorded so the campaign's bookkeeping (history keyed by
// variant) holds; an architecture-specific build belongs in the container image.
export function variantCode(variant) {
  let h = 0;
  for (const ch of variant) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 1000;
}
