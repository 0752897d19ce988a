// `batchbench compare` of two runs of 100,000 job records each (fan-outs of 10 to 40 workers,
// 1000 repeats), as a user runs it: two run folders on disk, the JSON output; the head run is
// 10% slower, and every cell must be found a regression.
// Each measurement runs in a fresh process so its peak RSS is its own. The runs are stored as
// every store writes them (the current format: the plan's jobs as a table of rows). The floor is
// reading both runs' files (manifest and results) and JSON-parsing them, the least any comparison
// of the runs as stored must do.
// Targets: under 1 s and under 300 MB. KEEP=1 keeps the generated runs and prints their folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';
import { parsePriceTable } from '../src/domain/cost/price-table.js';
import { buildPlan } from '../src/domain/plan/build-plan.js';
import type { JobRecord } from '../src/domain/results/job-record.js';
import { validateExperimentText } from '../src/domain/experiment/validate.js';
import { manifestText } from '../src/domain/stored-run/format.js';
import type { RunManifest } from '../src/ports/run-store.js';

const RECORDS = 100_000;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const source = `
version: 1
name: scale
run: { command: [work, '\${{ shard.index }}'] }
fan-out: { items: 1000, workers: '\${{ matrix.workers }}' }
matrix: { workers: [10, 20, 30, 40] }
repeats: 1000
compute: { instance-type: c7i.large, region: us-east-1 }
analysis: { speedup: { over: workers, baseline: 10 } }
`;

/** One run folder: a manifest and 100,000 records; `slower` scales every job's time. */
function writeRun(root: string, runId: string, slower: number, seed0: number): void {
  const validated = validateExperimentText(source, 'bench.yaml');
  if (!validated.value) throw new Error(JSON.stringify(validated.problems));
  const prices = parsePriceTable(JSON.parse(readFileSync('data/aws-prices.json', 'utf8')), 'prices');
  const { plan } = buildPlan(validated.value, { prices });
  let seed = seed0;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lines = plan.jobs.slice(0, RECORDS).map((job) => {
    const queuedAt = 1_700_000_000_000 + job.repeat * 100_000;
    const startedAt = queuedAt + rand() * 2000;
    const ms = (1_000_000 / job.shardCount) * slower * (0.9 + 0.2 * rand());
    const record: JobRecord = {
      jobId: job.id,
      runId,
      stage: job.stage,
      cellId: job.cellId,
      repeat: job.repeat,
      shardIndex: job.shardIndex,
      shardCount: job.shardCount,
      groupId: job.groupId,
      attempt: 1,
      status: 'succeeded',
      exitCode: 0,
      backend: 'local',
      queuedAt,
      startedAt,
      commandStartedAt: startedAt,
      commandEndedAt: startedAt + ms,
      stoppedAt: startedAt + ms,
      metrics: { items: 1000 / job.shardCount },
    };
    return JSON.stringify(record);
  });
  const manifest: RunManifest = {
    runId,
    experiment: 'scale',
    experimentFile: 'bench.yaml',
    experimentSource: source,
    backend: 'local',
    createdAt: '2026-12-03T10:00:00.000Z',
    updatedAt: '2026-12-03T11:00:00.000Z',
    status: 'complete',
    plan: { ...plan, jobs: plan.jobs.slice(0, RECORDS) },
  };
  const dir = path.join(root, runId);
  mkdirSync(dir, { recursive: true });
  // As every store writes it (the current format: the jobs as a table of rows).
  writeFileSync(path.join(dir, 'manifest.json'), manifestText(manifest));
  writeFileSync(path.join(dir, 'results.jsonl'), `${lines.join('\n')}\n`);
}

/** In a child: do one measurement, print {ms, rssMb} as JSON. */
async function child(mode: string, root: string): Promise<void> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  if (mode === 'floor') {
    let n = 0;
    for (const id of ['base', 'head']) {
      const stored = JSON.parse(readFileSync(path.join(root, id, 'manifest.json'), 'utf8')) as {
        plan: { jobTable: { rows: unknown[] } };
      };
      n += stored.plan.jobTable.rows.length - RECORDS;
      const text = readFileSync(path.join(root, id, 'results.jsonl'), 'utf8');
      for (const line of text.split('\n')) if (line) n += JSON.parse(line) ? 1 : 0;
    }
    if (n !== 2 * RECORDS) throw new Error(`read ${n} records`);
  } else {
    const sink = { write: () => true } as unknown as NodeJS.WriteStream;
    const out = path.join(root, 'comparison.json');
    const code = await main(
      ['compare', path.join(root, 'base'), path.join(root, 'head'), '--format', 'json', '--output', out],
      {
        stdout: sink,
        stderr: process.stderr,
        cwd: process.cwd(),
        env: {},
        signal: new AbortController().signal,
      },
    );
    const cmp = JSON.parse(readFileSync(out, 'utf8')) as { cells: { verdict: string }[] };
    if (code !== 0 || cmp.cells.length !== 4)
      throw new Error(`compare exited ${code} with ${cmp.cells.length} cells`);
    if (!cmp.cells.every((c) => c.verdict === 'regression'))
      throw new Error('the planted 10% slowdown was not found');
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(JSON.stringify({ ms, cpuMs, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

interface Measure {
  ms: number;
  /** CPU time (user + system, every thread): on a shared machine, steadier than wall time. */
  cpuMs: number;
  rssMb: number;
}

function measure(mode: string, root: string): Measure {
  const r = spawnSync(process.execPath, [process.argv[1] as string, mode, root], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Measure;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

if (process.argv[2]) {
  await child(process.argv[2], process.argv[3] as string);
} else {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bb-compare-bench-'));
  try {
    writeRun(root, 'base', 1, 42);
    writeRun(root, 'head', 1.1, 43);
    const rows: Record<string, { ms: number[]; cpu: number[]; rss: number[] }> = {
      floor: { ms: [], cpu: [], rss: [] },
      compare: { ms: [], cpu: [], rss: [] },
    };
    for (let i = 0; i < ROUNDS; i++) {
      for (const mode of ['floor', 'compare']) {
        const m = measure(mode, root);
        rows[mode]!.ms.push(m.ms);
        rows[mode]!.cpu.push(m.cpuMs);
        rows[mode]!.rss.push(m.rssMb);
      }
    }
    const f = rows.floor!;
    const c = rows.compare!;
    console.log(
      `compare of two runs of ${RECORDS.toLocaleString('en-US')} records each, median of ${ROUNDS} fresh processes`,
    );
    console.log(
      `floor (read + JSON.parse both runs' manifests and results): ${median(f.ms).toFixed(0)} ms ` +
        `(CPU ${median(f.cpu).toFixed(0)} ms), peak RSS ${median(f.rss).toFixed(0)} MB`,
    );
    console.log(
      `compare --format json: ${median(c.ms).toFixed(0)} ms (${(median(c.ms) / median(f.ms)).toFixed(1)}x the floor; target < 1000 ms), ` +
        `CPU ${median(c.cpu).toFixed(0)} ms (${(median(c.cpu) / median(f.cpu)).toFixed(1)}x the floor's), ` +
        `peak RSS ${median(c.rss).toFixed(0)} MB (target < 300 MB)`,
    );
    if (median(c.ms) >= 1000 || median(c.rss) >= 300) process.exitCode = 1;
  } finally {
    if (!process.env.KEEP) rmSync(root, { recursive: true, force: true });
    else console.log(root);
  }
}
