// `batchbench history` of 200 commits × 20 cells, as stored on disk (one file per run, five
// repeats a cell, two metrics each with its per-repeat samples: wall time and a workload's
// higher-is-better throughput; one cell slower at commit 150, another's throughput lower at
// commit 120, each to be marked), rendered in all four formats: terminal,
// Markdown (Mermaid), HTML (SVG) and JSON. The floor, measured in the same run, is reading and
// JSON-parsing the 200 stored files: the least any view of the stored history must do.
// Target: the whole (read, build the trends, render all four formats) under 1 s.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FsRunHistoryStore } from '../src/adapters/run-history-store.js';
import { renderHistory, type HistoryFormat } from '../src/domain/history/render-history.js';
import type { RunHistoryEntry } from '../src/domain/history/run-entry.js';
import { buildHistoryView } from '../src/domain/history/trend.js';
import { summarize } from '../src/domain/stats/summary.js';

const COMMITS = 200;
const CELLS = 20;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const FORMATS: HistoryFormat[] = ['terminal', 'markdown', 'html', 'json'];

function entry(i: number, rand: () => number): RunHistoryEntry {
  return {
    schemaVersion: 1,
    experiment: 'scale',
    runId: `run-${i}`,
    commit: (0x1000000 + i * 7919).toString(16).padEnd(40, '0'),
    ref: 'main',
    date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    cells: Array.from({ length: CELLS }, (_, c) => {
      const base = (c + 1) * (c === 3 && i >= 150 ? 1.25 : 1);
      const samples = Array.from({ length: 5 }, () => base * (0.97 + 0.06 * rand()));
      const rate = 1000 * (c === 7 && i >= 120 ? 0.75 : 1);
      const items = Array.from({ length: 5 }, () => rate * (0.97 + 0.06 * rand()));
      const s = summarize(samples);
      const t = summarize(items);
      return {
        cell: `main/workers-${c + 1}`,
        metrics: {
          wall_seconds: {
            n: 5,
            median: s.median,
            mean: s.mean,
            ci: s.ci,
            better: 'lower',
            unit: 's',
            samples,
          },
          items_per_s: { n: 5, median: t.median, mean: t.mean, ci: t.ci, better: 'higher', samples: items },
        },
      };
    }),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const root = mkdtempSync(path.join(os.tmpdir(), 'bb-history-bench-'));
try {
  const store = new FsRunHistoryStore(root);
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < COMMITS; i++) await store.append(entry(i, rand));
  const dir = path.join(root, 'experiments', 'scale');
  const floor: number[] = [];
  const total: number[] = [];
  // CPU time too: on a shared machine wall time mostly measures the other processes.
  const floorCpu: number[] = [];
  const totalCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const u = process.cpuUsage(since);
    return (u.user + u.system) / 1000;
  };
  const per: Record<string, number[]> = {
    read: [],
    trends: [],
    terminal: [],
    markdown: [],
    html: [],
    json: [],
  };
  let size = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let c = process.cpuUsage();
    let t = performance.now();
    const parsed = readdirSync(dir).map(
      (f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown,
    );
    if (parsed.length !== COMMITS) throw new Error(`read ${parsed.length} files`);
    floor.push(performance.now() - t);
    floorCpu.push(cpuMs(c));

    c = process.cpuUsage();
    const t0 = performance.now();
    t = t0;
    const entries = await store.load('scale');
    per.read!.push(performance.now() - t);
    t = performance.now();
    const view = buildHistoryView('scale', entries, { limit: COMMITS });
    per.trends!.push(performance.now() - t);
    if (view.trends.length !== 2 * CELLS || view.shown !== COMMITS)
      throw new Error('not every trend was built');
    const marked = view.trends.flatMap((tr) =>
      tr.points.filter((p) => p.verdict === 'regression').map(() => `${tr.cell} ${tr.metric}`),
    );
    if (!marked.includes('main/workers-4 wall_seconds'))
      throw new Error('the planted 25% slowdown was not marked');
    if (!marked.includes('main/workers-8 items_per_s'))
      throw new Error('the planted 25% throughput drop was not marked');
    size = 0;
    for (const format of FORMATS) {
      t = performance.now();
      size += renderHistory(view, format).length;
      per[format]!.push(performance.now() - t);
    }
    total.push(performance.now() - t0);
    totalCpu.push(cpuMs(c));
  }
  console.log(
    `history of ${COMMITS} commits × ${CELLS} cells × 2 metrics with samples, median of ${ROUNDS} rounds in one process`,
  );
  console.log(`floor (read + JSON.parse the ${COMMITS} stored files): ${median(floor).toFixed(1)} ms`);
  console.log(
    Object.entries(per)
      .map(([k, v]) => `${k} ${median(v).toFixed(1)} ms`)
      .join(' · '),
  );
  console.log(
    `read + trends + all four formats (${(size / 1e6).toFixed(1)} MB of output): ${median(total).toFixed(0)} ms ` +
      `(${(median(total) / median(floor)).toFixed(1)}x the floor; target < 1000 ms)`,
  );
  console.log(
    `by CPU time: ${median(totalCpu).toFixed(0)} ms against a floor of ${median(floorCpu).toFixed(1)} ms ` +
      `(${(median(totalCpu) / median(floorCpu)).toFixed(1)}x)`,
  );
  if (median(total) >= 1000) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
