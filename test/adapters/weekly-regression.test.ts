import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsHistoryStore } from '../../src/adapters/history-store.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../cli/io.js';
import { tempDir } from '../support/temp-dir.js';

const bench = path.resolve(import.meta.dirname, '../../examples/benchmarks');

/** One instance type, two benchmarks, five repeats, one window: small enough to run twice here. */
function campaignFile(streamExtra: string): string {
  return `version: 1
kind: campaign
name: tiny-weekly
instances: { families: [m7i], sizes: [large] }
benchmarks: [stream, hpl]
repeats: 5
programs:
  stream: [node, ${bench}/stream.mjs, --elements, 1000000, --times, 3${streamExtra}]
  hpl: [node, ${bench}/hpl.mjs, --n, 250, --times, 3]
durations: { stream: 1m, hpl: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 20
  max-concurrent: 1
# Generous: CI shares two cores with other test files, and this test is about the pipeline.
quality: { max-cv: 1.0 }
# A wide threshold: other test files load the machine unevenly across the two weeks, which can
# slow an unchanged benchmark by 2x or more; the planted slowdown is 16x.
regression: { against: previous, test: mann-whitney, threshold: 75% }
`;
}

async function runWeek(dir: string, week: string, streamExtra: string) {
  const file = path.join(dir, `campaign-${week}.yaml`);
  await writeFile(file, campaignFile(streamExtra));
  const cap = captureIo(dir);
  const code = await main(
    [
      'campaign',
      'run',
      file,
      '--window',
      'nightly',
      '--day',
      '1',
      '--week',
      week,
      '--history-dir',
      'history',
      '--runs-dir',
      'runs',
      '--format',
      'markdown',
    ],
    cap.io,
  );
  return { code, out: cap.stdout(), err: cap.stderr() };
}

describe('a campaign window run end to end on the local backend, two weeks', () => {
  it('flags the regression planted in week 2 with its p-value, and not the unchanged benchmark', async () => {
    const dir = tempDir('bb-campaign-');
    const first = await runWeek(dir, '2026-W47', '');
    expect(first.err).toContain('jobs: 10/10 (100%)  running 0  queued 0  succeeded 10  failed 0');
    expect(first.code, `${first.out}\n${first.err}`).toBe(0);
    expect(first.out).toContain('10/10 jobs succeeded (100% success rate)');
    // Week 1 has nothing to compare with.
    expect(first.out.match(/\| new \|/g)).toHaveLength(2);

    // Week 2: STREAM does sixteen times the work per timed pass, so its GB/s drop about 16x: far
    // beyond what a busy machine's noise does to a best-of-three.
    const second = await runWeek(dir, '2026-W48', ', --slowdown, 16');
    expect(second.code, `${second.out}\n${second.err}`).toBe(1);
    const rows = second.out.split('\n').filter((l) => l.startsWith('| m7i'));
    expect(rows).toHaveLength(2);
    const stream = rows.find((r) => r.includes('stream-avx512'))!;
    const hpl = rows.find((r) => r.includes('hpl-mkl'))!;
    expect(stream).toContain('| regression |');
    // Five samples against five, completely separated: exact p = 2/252.
    expect(stream).toContain('| 0.0079 |');
    expect(stream).toContain('\\[5\\]');
    expect(hpl).not.toContain('regression');
    expect(second.out).toContain('1 regression: stream-avx512 on m7i.large (p 0.0079)');
    expect(second.out).toMatch(/cost: \$\d+\.\d{4} actual against \$0\.0168 estimated/);

    // The history holds both weeks, keyed by instance type, benchmark and date.
    expect(await readdir(path.join(dir, 'history', 'm7i.large'))).toEqual(['hpl-mkl', 'stream-avx512']);
    // One file per append, named by the day first.
    const days = await readdir(path.join(dir, 'history', 'm7i.large', 'stream-avx512'));
    expect(days.sort().map((f) => f.slice(0, 11))).toEqual(['2026-11-16.', '2026-11-23.']);
    const history = await new FsHistoryStore(path.join(dir, 'history')).load('m7i.large', 'stream-avx512');
    expect(history.map((h) => [h.week, h.samples.length])).toEqual([
      ['2026-W47', 5],
      ['2026-W48', 5],
    ]);
    const [w1, w2] = history.map((h) => [...h.samples].sort((a, b) => a - b)[2] as number);
    expect(w2! / w1!).toBeLessThan(0.5);
    const hplDir = path.join(dir, 'history', 'm7i.large', 'hpl-mkl');
    const week2 = (await readdir(hplDir)).find((f) => f.startsWith('2026-11-23.'))!;
    expect(JSON.parse(await readFile(path.join(hplDir, week2), 'utf8'))[0].metric).toBe('gflops');
  }, 120_000);
});
