import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from './io.js';
import { tempDir } from '../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const SLEEP = path.join(root, 'test/fixtures/workloads/sleep-ms.mjs');

/** A tiny experiment whose one cell sleeps `ms` per repeat; `failOn` goes under analysis. */
function experiment(ms: number, failOn = ''): string {
  return [
    'version: 1',
    'name: sleeper',
    'run:',
    `  command: [node, ${JSON.stringify(SLEEP)}, '${ms}']`,
    'repeats: 6',
    'resources: { vcpus: 1, timeout: 1m }',
    ...(failOn ? ['analysis:', `  fail-on: ${failOn}`] : []),
    '',
  ].join('\n');
}

describe('batchbench compare on two real local runs', () => {
  let dir: string;
  let runs: string;
  const ids: Record<string, string> = {};

  async function runOnce(name: string, text: string): Promise<string> {
    const file = path.join(dir, `${name}.yaml`);
    writeFileSync(file, text);
    const before = new Set(readdirSync(runs));
    const c = captureIo(root);
    const code = await main(
      ['run', file, '--runs-dir', runs, '--concurrency', '2', '--format', 'json'],
      c.io,
    );
    expect(code, c.stderr()).toBe(0);
    const id = readdirSync(runs).find((r) => !before.has(r) && !['history', 'index'].includes(r)) as string;
    ids[name] = id;
    return id;
  }

  beforeAll(async () => {
    dir = tempDir('bb-compare-');
    runs = path.join(dir, 'runs');
    mkdirSync(runs);
    await runOnce('fast', experiment(30));
    await runOnce('slow', experiment(2000));
    await runOnce('gated', experiment(2000, '{ regression: 10% }'));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the slowdown by run id, in the terminal, and exits 0 without a regression gate', async () => {
    const c = captureIo(root);
    const code = await main(['compare', ids.fast!, ids.slow!, '--runs-dir', runs], c.io);
    expect(code, c.stderr()).toBe(0);
    const out = c.stdout();
    expect(out).toContain(`head ${ids.slow} `);
    expect(out).toMatch(
      /main +default +\S+ m?s \[6\] +\S+ m?s \[6\] +\+\d+% \[\+\d+%, \+\d+%\] +\S+ +g \d+\.\d\d +regression/,
    );
    expect(out).toContain('1 cells: 1 regression');
  });

  it('exits 1 when the head run sets analysis.fail-on.regression and regressed', async () => {
    const c = captureIo(root);
    expect(await main(['compare', path.join(runs, ids.fast!), path.join(runs, ids.gated!)], c.io)).toBe(1);
  });

  it('writes the same table as Markdown, JSON and HTML', async () => {
    for (const format of ['markdown', 'json', 'html']) {
      const out = path.join(dir, `cmp.${format}`);
      const c = captureIo(root);
      await main(
        ['compare', ids.slow!, ids.fast!, '--runs-dir', runs, '--format', format, '--output', out],
        c.io,
      );
      const text = readFileSync(out, 'utf8');
      if (format === 'json') {
        const json = JSON.parse(text);
        expect(json.kind).toBe('batchbench-comparison');
        expect(json.cells[0]).toMatchObject({
          cellId: 'default',
          verdict: 'improvement',
          base: { n: 6 },
          head: { n: 6 },
        });
        expect(json.cells[0].result.changeCi[1]).toBeLessThan(0);
      } else if (format === 'markdown') {
        expect(text).toMatch(/\| main \| default \| .* \| ✅ improvement \|/);
      } else {
        expect(text).toMatch(/^<!doctype html>/);
        expect(text).toContain('<td class="good">improvement</td>');
      }
    }
  });

  it('says when nothing could be tested: a run compared with one repeat', async () => {
    const one = await runOnce('one', experiment(30).replace('repeats: 6', 'repeats: 1'));
    const c = captureIo(root);
    await main(['compare', ids.fast!, one, '--runs-dir', runs], c.io);
    expect(c.stdout()).toContain(
      "too few repeats for Welch's t (6 against 1; it needs at least 2 on each side)",
    );
    expect(c.stdout()).toContain('untestable');
  }, 60_000);

  it('refuses a missing run and a folder that is not a run, with exit 2 and what to do', async () => {
    const c = captureIo(root);
    expect(await main(['compare', ids.fast!, 'no-such-run', '--runs-dir', runs], c.io)).toBe(2);
    expect(c.stderr()).toContain(`batchbench: no run no-such-run in ${runs}`);
    expect(c.stderr()).toContain('batchbench list');
    const d = captureIo(root);
    expect(await main(['compare', path.join(runs, ids.fast!), dir], d.io)).toBe(2);
    expect(d.stderr()).toContain(`${dir} is not a run folder (it has no manifest.json)`);
    const e = captureIo(root);
    expect(await main(['compare', ids.fast!, ids.slow!, '--runs-dir', runs, '--format', 'pdf'], e.io)).toBe(
      2,
    );
    expect(e.stderr()).toContain('compare --format takes terminal, markdown, json, html, not "pdf"');
  });

  it('refuses a run compared with itself before reading anything: an id whose folder does not exist, twice', async () => {
    const c = captureIo(root);
    const missingPrices = path.join(dir, 'no-such-prices.json');
    const args = [
      'compare',
      'ghost-run',
      path.join(runs, 'ghost-run'),
      '--runs-dir',
      runs,
      '--prices',
      missingPrices,
    ];
    expect(await main(args, c.io)).toBe(2);
    expect(c.stderr()).toContain('batchbench: both runs are ghost-run: a run compared with itself');
    expect(c.stderr()).not.toContain('no run ghost-run');
    expect(c.stderr()).not.toContain('no-such-prices');
  });

  it('refuses a run folder copied under another name, once its id is read', async () => {
    const copy = path.join(dir, 'copied-run');
    cpSync(path.join(runs, ids.fast!), copy, { recursive: true });
    const c = captureIo(root);
    expect(await main(['compare', ids.fast!, copy, '--runs-dir', runs], c.io)).toBe(2);
    expect(c.stderr()).toContain(`batchbench: both runs are ${ids.fast!}: a run compared with itself`);
  });

  it('refuses a run compared with itself, even through a symlink, and writes nothing', async () => {
    const link = path.join(dir, 'alias');
    symlinkSync(path.join(runs, ids.fast!), link);
    const out = path.join(dir, 'self.md');
    const c = captureIo(root);
    expect(await main(['compare', ids.fast!, link, '--runs-dir', runs, '--output', out], c.io)).toBe(2);
    expect(c.stderr()).toContain(`batchbench: both runs are ${ids.fast!}: a run compared with itself`);
    expect(c.stderr()).toContain('hint: give the base run first');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses runs of two different experiments with exit 2, before any output', async () => {
    const other = await runOnce('other', experiment(30).replace('name: sleeper', 'name: napper'));
    const out = path.join(dir, 'other.md');
    const c = captureIo(root);
    expect(await main(['compare', ids.fast!, other, '--runs-dir', runs, '--output', out], c.io)).toBe(2);
    expect(c.stderr()).toContain('the runs are of different experiments (sleeper, napper)');
    expect(c.stderr()).toContain('hint: compare two runs of one experiment');
    expect(c.stdout()).toBe('');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses a --threshold that is not a percentage, or over 1000%, with exit 2 before reading any run', async () => {
    for (const [raw, said] of [
      ['1e23%', '--threshold takes a percentage such as 5% or 2.5%, not "1e23%"'],
      ['99999999999999999999%', '--threshold 99999999999999999999% is over 1000% (a run 11 times slower)'],
    ]) {
      const c = captureIo(root);
      expect(await main(['compare', 'no-such-base', 'no-such-head', '--threshold', raw!], c.io)).toBe(2);
      expect(c.stderr()).toContain(said);
      expect(c.stderr()).not.toContain('no run no-such-base');
    }
    const c = captureIo(root);
    expect(await main(['compare', 'no-such-base', 'no-such-head', '--threshold', '1000%'], c.io)).toBe(2);
    expect(c.stderr()).toContain('no run no-such-base');
  });

  it('prints its help with every flag', async () => {
    const c = captureIo(root);
    expect(await main(['compare', '--help'], c.io)).toBe(0);
    for (const flag of ['--format', '--output', '--runs-dir', '--test', '--threshold', '--prices'])
      expect(c.stdout()).toContain(flag);
  });
});
