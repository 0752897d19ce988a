// Plan-time refusal of an over-budget file: `batchbench run` of an aws-batch experiment whose
// timeout-bound estimate is over budget.max-usd, against a moto server behind a proxy that
// counts every request. Target: under 1 s per refusal and 0 AWS calls. The floor, measured in
// the same run, is `batchbench validate` of the same file (the pure check, no AWS wiring).
import { createRequire } from 'node:module';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Io } from '../src/cli/main.js';

(globalThis as { require?: NodeJS.Require }).require = createRequire(import.meta.url);
const { main } = await import('../src/cli/main.js');
const { startMoto } = await import('../test/support/moto-server.js');
const { startFaultProxy } = await import('../test/adapters/aws/batch/fault-proxy.js');

const RUNS = 15;
const TARGET_MS = 1000;

// 50 angles x 10 repeats x 64 shards of 4 vCPUs on c7i.xlarge for up to 2 h: far over $5.
const EXPERIMENT = `version: 1
name: over-budget-bench
image: { uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:1 }
run: { command: [node, work.mjs, '\${{ matrix.angle }}', '\${{ shard.index }}'] }
matrix: { angle: [${Array.from({ length: 50 }, (_, i) => i * 7).join(', ')}] }
repeats: 10
fan-out: { items: 640, workers: 64 }
resources: { vcpus: 4, memory: 7GiB, timeout: 2h }
compute: { backend: aws-batch, region: us-east-1, queue: bench, instance-type: c7i.xlarge }
results: { store: 's3://bench-results/x/' }
budget: { max-usd: 5, max-vcpus: 256 }
`;

function quietIo(cwd: string, env: NodeJS.ProcessEnv): { io: Io; err: () => string } {
  const chunks: string[] = [];
  const sink = (keep: boolean) => {
    const s = new PassThrough() as unknown as NodeJS.WriteStream;
    s.write = ((c: string | Uint8Array) => (
      keep && chunks.push(String(c)),
      true
    )) as NodeJS.WriteStream['write'];
    return s;
  };
  return {
    io: { stdout: sink(false), stderr: sink(true), cwd, env, signal: new AbortController().signal },
    err: () => chunks.join(''),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const moto = await startMoto();
let calls = 0;
const proxy = await startFaultProxy(moto.endpoint, () => {
  calls++;
  return 'pass';
});
const dir = await mkdtemp(path.join(os.tmpdir(), 'bb-bench-budget-'));
let failed = false;
try {
  const file = path.join(dir, 'over-budget.yaml');
  await writeFile(file, EXPERIMENT);
  const env = {
    AWS_ENDPOINT_URL: proxy.endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
  };
  Object.assign(process.env, env);
  const time = async (argv: string[]) => {
    const { io, err } = quietIo(dir, env);
    const t0 = performance.now();
    const code = await main(argv, io);
    return { ms: performance.now() - t0, code, err: err() };
  };
  await time(['validate', file]); // warm-up: module loading is not what is measured
  const refusals: number[] = [];
  const floors: number[] = [];
  let message = '';
  for (let i = 0; i < RUNS; i++) {
    const r = await time(['run', file]);
    if (r.code !== 2) throw new Error(`run exited ${r.code}, not 2:\n${r.err}`);
    message = r.err.split('\n').find((l) => l.includes('budget')) ?? '';
    refusals.push(r.ms);
    floors.push((await time(['validate', file])).ms);
  }
  const m = median(refusals);
  console.log(`file: 32,000 jobs (50 cells x 10 repeats x 64 shards), budget.max-usd 5`);
  console.log(`refusal: ${message.trim()}`);
  console.log(
    `run (refused): median ${m.toFixed(1)} ms over ${RUNS} runs (max ${Math.max(...refusals).toFixed(1)} ms)`,
  );
  console.log(
    `validate (floor): median ${median(floors).toFixed(1)} ms; ratio ${(m / median(floors)).toFixed(2)}`,
  );
  console.log(`AWS requests seen by the proxy: ${calls}`);
  if (m > TARGET_MS) {
    console.log(`FAIL: a refusal takes over ${TARGET_MS} ms`);
    failed = true;
  }
  if (calls !== 0) {
    console.log('FAIL: a refused run made AWS calls');
    failed = true;
  }
} finally {
  await proxy.stop();
  await moto.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
