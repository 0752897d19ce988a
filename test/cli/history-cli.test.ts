/**
 * `batchbench history` over history that real local runs stored: three runs of one file, the
 * third much slower, then the history in every format.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from './io.js';

const root = path.resolve(import.meta.dirname, '../..');
const SLEEP = path.join(root, 'test/fixtures/workloads/sleep-ms.mjs');

/** Two cells, one with a name that must be escaped; each repeat sleeps `ms`. */
function experiment(ms: number): string {
  return [
    'version: 1',
    'name: trend-demo',
    'run:',
    `  command: [node, ${JSON.stringify(SLEEP)}, '${ms}']`,
    'matrix:',
    `  tag: ['<b>x</b>', plain]`,
    'repeats: 4',
    'resources: { vcpus: 1, timeout: 1m }',
    '',
  ].join('\n');
}

describe('batchbench history over stored local runs', () => {
  let dir: string;
  let file: string;
  const runs = () => path.join(dir, 'runs');

  async function runWith(ms: number): Promise<void> {
    writeFileSync(file, experiment(ms));
    const c = captureIo(dir);
    const code = await main(
      ['run', file, '--runs-dir', runs(), '--concurrency', '2', '--format', 'json'],
      c.io,
    );
    expect(code, c.stderr()).toBe(0);
    expect(c.stderr()).toMatch(/history: .*runs\/history\/experiments\/trend-demo\/\d+-.*\.json/);
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bb-history-cli-'));
    file = path.join(dir, 'trend.yaml');
    await runWith(50);
    await runWith(50);
    await runWith(900);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function history(...args: string[]) {
    const c = captureIo(dir);
    const code = await main(['history', file, '--runs-dir', runs(), ...args], c.io);
    return { code, out: c.stdout(), err: c.stderr() };
  }

  it('keeps one file per run beside the runs', () => {
    expect(readdirSync(path.join(runs(), 'history', 'experiments', 'trend-demo'))).toHaveLength(3);
  });

  it('shows every cell with its trend and marks the slow run a regression (exit 1)', async () => {
    const r = await history();
    expect(r.code).toBe(1);
    expect(r.out).toContain('History of trend-demo');
    // The slow run is a regression in both cells. The two 50 ms runs before it are real runs too:
    // on a loaded machine their spawn jitter was once a significant +37%, and counted as one.
    expect(r.out).toMatch(/3 stored runs over 3 commits; 3 shown, 2 cell × metric trends, [234] regressions/);
    for (const cell of ['main/tag--b-x-b-', 'main/tag-plain'])
      expect(r.out).toMatch(new RegExp(`- ${cell} · wall_seconds at .* moved \\+\\d{3,}%, the bad way`));
    expect(r.out).toMatch(/main\/tag-plain\s+wall_seconds\s+3\s+[▁▂▃▄▅▆▇█]{3}/);
    expect(r.out).toMatch(/regression \+\d+/);
    expect(r.err).toMatch(/^regression: wall_seconds of main\/tag-plain at /m);
  });

  it('draws SVG in HTML with escaped names and regression marks', async () => {
    const out = path.join(dir, 'trend.html');
    expect((await history('--format', 'html', '--output', out)).code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('○ regression');
    // The axis value's markup never reaches the page as markup.
    expect(html).not.toContain('<b>');
  });

  it('draws Mermaid in Markdown, with the key table under each chart', async () => {
    const r = await history('--format', 'markdown', '--cell', 'plain');
    expect(r.out).toContain('```mermaid\n%%{init:');
    expect(r.out).toContain('xychart-beta');
    expect(r.out).toContain('### wall\\_seconds of main/tag-plain');
    expect(r.out).toMatch(
      /▲ on the x axis: a regression against the point before, at positions? \d+(, \d+)*/,
    );
    expect(r.out).not.toContain('<b>x</b>');
  });

  it('gives the view as JSON, filtered by --cell, --metric and --limit', async () => {
    const r = await history('--json', '--cell', 'plain', '--metric', 'wall_seconds', '--limit', '2');
    const view = JSON.parse(r.out) as {
      shown: number;
      commits: number;
      trends: { cell: string; points: { verdict?: string; n: number }[] }[];
    };
    expect(view.commits).toBe(3);
    expect(view.shown).toBe(2);
    expect(view.trends.map((t) => t.cell)).toEqual(['main/tag-plain']);
    expect(view.trends[0]!.points.map((p) => [p.n, p.verdict])).toEqual([
      [4, undefined],
      [4, 'regression'],
    ]);
  });

  it('refuses a bad flag with exit 2 and says so for an empty history', async () => {
    const bad = captureIo(dir);
    expect(await main(['history', file, '--limit', '0'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--limit takes a whole number of at least 1');
    mkdirSync(path.join(dir, 'empty'));
    const empty = await history('--history-dir', path.join(dir, 'empty'));
    expect(empty.code).toBe(0);
    expect(empty.out).toContain('No history yet');
  });

  it('refuses a --history-dir or --runs-dir that is not there (a typo is no empty history)', async () => {
    const missing = await history('--history-dir', path.join(dir, 'nothing'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`--history-dir ${path.join(dir, 'nothing')}: no such folder`);
    expect(missing.out).toBe('');
    const c = captureIo(dir);
    expect(await main(['history', file, '--runs-dir', path.join(dir, 'runz')], c.io)).toBe(2);
    expect(c.stderr()).toContain('--runs-dir');
  });

  it('validates a campaign file and reads its history where campaign run keeps it', async () => {
    const campaign = (store: string, node = 'icelake') =>
      [
        'version: 1',
        'kind: campaign',
        'name: weekly-demo',
        'slurm:',
        `  nodes: [{ constraint: '${node}' }]`,
        'benchmarks: [stream]',
        'schedule:',
        "  windows: [{ name: night, start: '00:00', end: '06:00' }]",
        '  max-daily-jobs: 10',
        '  max-concurrent: 4',
        `results: { store: ${store} }`,
        '',
      ].join('\n');
    const bad = path.join(dir, 'bad-campaign.yaml');
    writeFileSync(bad, campaign('weeks', 'a&(b'));
    const b = captureIo(dir);
    expect(await main(['history', bad], b.io)).toBe(2);
    expect(b.stderr()).toContain(`${bad}:5:`);
    expect(b.stderr()).toContain('is not a valid campaign file');
    expect(b.stdout()).toBe('');

    const good = path.join(dir, 'campaign.yaml');
    writeFileSync(good, campaign('weeks'));
    mkdirSync(path.join(dir, 'weeks'));
    const g = captureIo(dir);
    expect(await main(['history', good], g.io), g.stderr()).toBe(0);
    expect(g.stdout()).toContain('History of weekly-demo');

    writeFileSync(good, campaign('s3://bucket/weeks/'));
    const s = captureIo(dir);
    expect(await main(['history', good], s.io)).toBe(2);
    expect(s.stderr()).toContain('give --history-dir DIR');
  });
});
