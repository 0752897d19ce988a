/**
 * One process of the concurrency test: appends `count` run entries and `count` campaign entries
 * to the stores under `root`, as fast as it can, once `go` exists (so both processes start
 * together). Bundled by the test with esbuild and run with node.
 */
import { existsSync } from 'node:fs';
import { FsHistoryStore } from '../../../src/adapters/history-store.js';
import { FsRunHistoryStore } from '../../../src/adapters/run-history-store.js';

const [root, tag, countText, go] = process.argv.slice(2) as [string, string, string, string];
const count = Number(countText);
while (!existsSync(go)) await new Promise((r) => setTimeout(r, 2));
const runs = new FsRunHistoryStore(root);
const campaign = new FsHistoryStore(root);
for (let i = 0; i < count; i++) {
  await runs.append({
    schemaVersion: 1,
    experiment: 'race',
    runId: `${tag}-${i}`,
    date: '2026-12-03T10:00:00Z',
    cells: [
      { cell: 'main/a', metrics: { wall_seconds: { n: 1, median: i, mean: i, ci: [i, i], samples: [i] } } },
    ],
  });
  await campaign.append([
    {
      week: '2026-W49',
      date: '2026-12-03',
      instanceType: 'm7i.large',
      benchmark: 'stream',
      base: 'stream',
      metric: 'triad',
      better: 'higher',
      unit: 'GB/s',
      samples: [i],
      metrics: { triad: [i] },
      runId: `${tag}-${i}`,
    },
  ]);
}
