// Validation of hostile experiment files: every file must be refused or accepted in under 2 s
// and 300 MB of peak memory, files under 100 KB in under 0.5 s. Each file is validated in a fresh
// process (what `batchbench validate` does: read, decode, parse, check, plan) and compared with
// a floor measured in the same run on the same file: a fresh process that only parses the YAML.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { checkExperiment } from '../src/app/check-experiment.js';
import { parsePriceTable } from '../src/domain/cost/price-table.js';
import { checkSchema } from '../src/domain/experiment/schema-check.js';

const HEAD = 'version: 1\nname: hostile\n';
const RUN = "run: { command: [work, '${{ shard.index }}'] }\n";

function files(): Record<string, string> {
  const axis = (name: string, n: number) =>
    `  ${name}: [${Array.from({ length: n }, (_, i) => i).join(', ')}]\n`;
  const lines = (n: number, line: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => line(i)).join('');
  const oneMiB = 1024 * 1024;
  const envLine = (i: number) => `    V${i}: "value-${i}-\${{ matrix.a }}"\n`;
  let env = '';
  for (let i = 0; (HEAD + RUN + env).length < oneMiB - 200; i++) env += envLine(i);
  return {
    'typical example': readFileSync('experiments/beam-steering.yaml', 'utf8'),
    'matrix of 10^7 cells': `${HEAD}${RUN}matrix:\n${lines(7, (i) => axis(`a${i}`, 10))}`,
    '10^8 fan-out shards': `${HEAD}${RUN}fan-out: { items: 100000000, workers: 100000000 }\n`,
    '1,000 repeats x 80 cells (accepted)': `${HEAD}${RUN}repeats: 1000\nmatrix:\n${axis('a', 8)}${axis('b', 10)}`,
    '1,000 repeats x 80 cells x 20 shards': `${HEAD}${RUN}repeats: 1000\nfan-out: { items: 20, workers: 20 }\nmatrix:\n${axis('a', 8)}${axis('b', 10)}`,
    '5,000 unknown keys': `${HEAD}${RUN}${lines(5000, (i) => `unknown${i}: ${i}\n`)}`,
    '20,000 unknown keys': `${HEAD}${RUN}${lines(20000, (i) => `unknown${i}: ${i}\n`)}`,
    '20,000 duplicate keys': `${HEAD}${RUN}${lines(20000, () => 'description: again\n')}`,
    '20,000-deep flow nesting': `${HEAD}${RUN}description: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
    '20,000-deep block nesting': `${HEAD}${RUN}description:\n  ${'- '.repeat(20000)}x\n`,
    '500,000-deep flow nesting (1 MB)': `${HEAD}${RUN}description: ${'['.repeat(500000)}\n`,
    'billion laughs': `${HEAD}${RUN}a: &a [x, x, x, x, x, x, x, x, x]\n${lines(
      9,
      (i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]\n`,
    )}`,
    '1 MB file, 30,000 env entries (accepted)': `${HEAD}run:\n  command: [work]\n  env:\n${env}matrix: { a: [1] }\n`,
    '500,000-deep block nesting (1 MB)': `${HEAD}${RUN}description:\n  ${'- '.repeat(500000)}x\n`,
    'over 1 MiB': `${HEAD}${RUN}description: "${'x'.repeat(oneMiB)}"\n`,
  };
}

interface Figure {
  ms: number;
  maxRssMb: number;
  summary: string;
}

/** In the child: one measurement of one file. */
function measure(mode: string, file: string): void {
  // The shipped bundles carry the schema validator compiled ahead of time (scripts/build.mjs):
  // compile it before the clock starts, as they would not pay for it.
  if (mode !== 'parse') checkSchema({});
  const start = performance.now();
  let summary: string;
  if (mode === 'parse') {
    const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: false });
    summary = `${doc.errors.length} YAML errors`;
  } else {
    const prices = parsePriceTable(JSON.parse(readFileSync('data/aws-prices.json', 'utf8')), 'prices');
    const checked = checkExperiment(file, readFileSync(file, 'utf8'), { prices });
    const first = checked.problems.find((p) => p.severity === 'error');
    summary = first
      ? `refused ${first.line}:${first.column} ${first.message.slice(0, 70)}`
      : `accepted, ${checked.plan?.jobs.length ?? 0} jobs`;
  }
  const ms = performance.now() - start;
  const figure: Figure = { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, summary };
  process.stdout.write(JSON.stringify(figure));
}

function run(mode: string, file: string): Figure {
  const r = spawnSync(process.execPath, ['--stack-size=984', process.argv[1] as string, mode, file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0)
    return {
      ms: NaN,
      maxRssMb: NaN,
      summary: `crashed: ${(r.stderr || r.error?.message || '').slice(0, 80)}`,
    };
  return JSON.parse(r.stdout) as Figure;
}

function main(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bb-validate-scale-'));
  let failed = 0;
  try {
    console.log('file | bytes | validate ms | floor ms | peak RSS MB (floor) | within bounds | outcome');
    for (const [name, text] of Object.entries(files())) {
      const file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
      writeFileSync(file, text);
      const bytes = Buffer.byteLength(text);
      const floor = run('parse', file);
      const got = run('validate', file);
      const msBound = bytes < 100 * 1024 ? 500 : 2000;
      const ok = got.ms < msBound && got.maxRssMb < 300;
      if (!ok) failed++;
      console.log(
        `${name} | ${bytes} | ${got.ms.toFixed(0)} | ${floor.ms.toFixed(0)} | ${got.maxRssMb.toFixed(0)} (${floor.maxRssMb.toFixed(0)}) | ${ok ? 'yes' : `NO (< ${msBound} ms, < 300 MB)`} | ${got.summary}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

const [mode, file] = process.argv.slice(2);
if (mode && file) measure(mode, file);
else main();
