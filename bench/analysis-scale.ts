// Analysis and rendering of 100,000 synthetic job records: a 50-worker fan-out, 4 worker
// counts, 500 repeats. Prints the median time of each phase over a few rounds and the peak
// heap (targets: under 1 s and under 300 MB for the whole of it). On a shared machine the
// figures that hold are the ratios, wall and CPU, to a floor measured in the same round: index
// the plan by job id, find every record's job and each repeat's makespan, the least any
// analysis of records against their plan does.
import { readFileSync } from 'node:fs';
import { buildReport } from '../src/domain/analysis/build-report.js';
import { parsePriceTable } from '../src/domain/cost/price-table.js';
import { buildPlan } from '../src/domain/plan/build-plan.js';
import { renderHtml } from '../src/domain/report/html.js';
import { renderJson } from '../src/domain/report/json.js';
import { renderMarkdown } from '../src/domain/report/markdown.js';
import { renderTerminal } from '../src/domain/report/terminal.js';
import type { JobRecord } from '../src/domain/results/job-record.js';
import { validateExperimentText } from '../src/domain/experiment/validate.js';

const RECORDS = 100_000;
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
const validated = validateExperimentText(source, 'bench.yaml');
if (!validated.value) throw new Error(JSON.stringify(validated.problems));
const prices = parsePriceTable(JSON.parse(readFileSync('data/aws-prices.json', 'utf8')), 'prices');
const { plan } = buildPlan(validated.value, { prices });
const jobs = plan.jobs.slice(0, RECORDS);

// A deterministic generator, so every round and every machine analyses the same data.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const records: JobRecord[] = jobs.map((job) => {
  const queuedAt = 1_700_000_000_000 + job.repeat * 100_000;
  const startedAt = queuedAt + rand() * 2000;
  const seconds = (1000 / job.shardCount) * (0.9 + 0.2 * rand()) * (rand() < 0.01 ? 3 : 1);
  return {
    jobId: job.id,
    runId: 'bench',
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
    commandEndedAt: startedAt + seconds * 1000,
    stoppedAt: startedAt + seconds * 1000,
    cpuModel: rand() < 0.5 ? 'Intel Xeon 8375C' : 'AMD EPYC 7R13',
    metrics: { items: 1000 / job.shardCount },
  };
});

/** The floor: each record's planned job found by id, and the wall time of each repeat. */
function floor(): number {
  const byId = new Map(plan.jobs.map((j) => [j.id, j]));
  const spans = new Map<string, [number, number]>();
  for (const r of records) {
    const job = byId.get(r.jobId);
    if (!job) continue;
    const span = spans.get(job.groupId);
    if (span) {
      span[0] = Math.min(span[0], r.queuedAt);
      span[1] = Math.max(span[1], r.stoppedAt);
    } else spans.set(job.groupId, [r.queuedAt, r.stoppedAt]);
  }
  let total = 0;
  for (const [a, b] of spans.values()) total += b - a;
  return total;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

const rounds = Number(process.env.ROUNDS ?? 5);
const cpu: Record<string, number[]> = { floor: [], total: [] };
const times: Record<string, number[]> = {
  floor: [],
  analysis: [],
  markdown: [],
  json: [],
  terminal: [],
  html: [],
  total: [],
};
let peak = 0;
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < rounds; i++) {
  gc?.();
  const f0 = performance.now();
  const fc = process.cpuUsage();
  if (!(floor() > 0)) throw new Error('the floor found no repeat');
  times.floor?.push(performance.now() - f0);
  cpu.floor?.push(cpuMs(fc));
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = buildReport({
    experiment: validated.value,
    plan,
    records,
    prices,
    run: { id: 'bench', backend: 'local', startedAt: new Date(0).toISOString() },
  });
  const t1 = performance.now();
  const md = renderMarkdown(report);
  const t2 = performance.now();
  const json = renderJson(report);
  const t3 = performance.now();
  const term = renderTerminal(report, { color: false });
  const t4 = performance.now();
  const html = renderHtml(report);
  const t5 = performance.now();
  peak = Math.max(peak, process.memoryUsage().heapUsed - before, process.memoryUsage().rss);
  times.analysis?.push(t1 - t0);
  times.markdown?.push(t2 - t1);
  times.json?.push(t3 - t2);
  times.terminal?.push(t4 - t3);
  times.html?.push(t5 - t4);
  times.total?.push(t5 - t0);
  cpu.total?.push(cpuMs(c0));
  if (i === 0)
    console.log(
      `report: ${report.cells.length} cells, markdown ${md.length} chars, json ${json.length}, terminal ${term.length}, html ${html.length}`,
    );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(`analysis + rendering of ${records.length} job records, median of ${rounds} rounds:`);
for (const [phase, xs] of Object.entries(times))
  console.log(`  ${phase.padEnd(9)} ${median(xs).toFixed(0).padStart(6)} ms`);
const ratio = (xs: Record<string, number[]>) => median(xs.total ?? []) / median(xs.floor ?? []);
console.log(
  `  total is ${ratio(times).toFixed(1)}x the floor by wall time, ${ratio(cpu).toFixed(1)}x by CPU time ` +
    `(CPU ${median(cpu.total ?? []).toFixed(0)} ms, floor ${median(cpu.floor ?? []).toFixed(0)} ms)`,
);
console.log(
  `  peak RSS  ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB (max seen ${(peak / 2 ** 20).toFixed(0)} MB)`,
);
console.log('targets: total under 1000 ms, memory under 300 MB');
