import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from './io.js';
import { tempDir } from '../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const TINY = 'test/fixtures/cli-tiny/tiny.yaml';
const CAMPAIGN = 'experiments/weekly-instance-benchmarks.yaml';
const ESC = '\u001b';
let runs: string;
let runFolder: string;

async function exec(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const c = captureIo(root, env);
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

beforeAll(async () => {
  runs = tempDir('bb-cli-json-');
  const first = await exec(['run', TINY, '--runs-dir', runs, '--json']);
  expect(first.code, first.stderr).toBe(0);
  runFolder = path.join(runs, (JSON.parse(first.stdout) as { run: { id: string } }).run.id);
}, 60_000);
afterAll(() => rmSync(runs, { recursive: true, force: true }));

describe('--json: JSON on stdout and nothing else', () => {
  it.each([
    ['validate', ['validate', TINY, '--json']],
    ['plan', ['plan', TINY, '--json']],
    ['run --dry-run', ['run', TINY, '--dry-run', '--json']],
    ['report', ['report', '<run>', '--json']],
    ['report --format json', ['report', '<run>', '--format', 'json']],
    ['list', ['list', '--runs-dir', '<runs>', '--json']],
    ['campaign plan', ['campaign', 'plan', CAMPAIGN, '--week', '2026-W48', '--json']],
  ])('%s', async (_name, argv) => {
    const r = await exec(argv.map((a) => (a === '<run>' ? runFolder : a === '<runs>' ? runs : a)));
    expect(r.code, r.stderr).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    expect(r.stdout).not.toContain(ESC);
  });

  it('run --json prints the report model, progress stays on stderr', async () => {
    const r = await exec(['run', TINY, '--runs-dir', runs, '--json'], { FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { schemaVersion: number; run: { jobsSucceeded: number } };
    expect(report).toMatchObject({ schemaVersion: 1, run: { jobsSucceeded: 2 } });
    expect(r.stderr).toContain('jobs: 2/2 (100%)');
  }, 60_000);

  it('campaign run --json prints the window summary', async () => {
    const dir = tempDir('bb-cli-json-campaign-');
    try {
      const file = path.join(dir, 'now.yaml');
      writeFileSync(
        file,
        `version: 1
kind: campaign
name: json-now
instances: { families: [c7g], sizes: [large] }
benchmarks: [micro-latency]
repeats: 7
programs:
  micro-latency: [node, ${root}/examples/benchmarks/micro-latency.mjs, --bytes, 100000, --steps, 20000]
durations: { micro-latency: 1m }
schedule:
  windows: [{ name: always, start: '00:00', end: '24:00' }]
  max-daily-jobs: 1
  max-concurrent: 1
quality: { max-cv: 1 }
`,
      );
      const args = [
        '--window',
        'current',
        '--history-dir',
        path.join(dir, 'h'),
        '--runs-dir',
        path.join(dir, 'r'),
      ];
      const r = await exec(['campaign', 'run', file, ...args, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ failed: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('list --json names each run and its folder', async () => {
    const r = await exec(['list', '--runs-dir', runs, '--json']);
    const list = JSON.parse(r.stdout) as { id: string; folder: string }[];
    expect(list.map((x) => x.folder)).toContain(runFolder);
    expect(list.every((x) => path.basename(x.folder) === x.id)).toBe(true);
  });

  it('plan --json on a GitHub runner keeps the annotations off stdout', async () => {
    const r = await exec(['plan', 'test/fixtures/five-mistakes.yaml', '--json'], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^::error file=/m);
  });
});

describe('colour', () => {
  const report = (flags: string[], env: NodeJS.ProcessEnv) => exec(['report', runFolder, ...flags], env);

  it('FORCE_COLOR and --color colour the terminal report', async () => {
    expect((await report([], { FORCE_COLOR: '1' })).stdout).toContain(ESC);
    expect((await report(['--color'], { NO_COLOR: '1' })).stdout).toContain(ESC);
  });

  it('NO_COLOR, --no-color, a pipe and FORCE_COLOR=0 leave it plain', async () => {
    for (const [flags, env] of [
      [[], { NO_COLOR: '1' }],
      [['--no-color'], { FORCE_COLOR: '1' }],
      [[], {}],
      [[], { FORCE_COLOR: '0' }],
    ] as const) {
      const r = await report([...flags], { ...env });
      expect(r.code).toBe(0);
      expect(r.stdout, JSON.stringify([flags, env])).not.toContain(ESC);
      expect(r.stderr).not.toContain(ESC);
    }
  });

  it('decides like gh and Node: flag, then FORCE_COLOR, then NO_COLOR, then a terminal', () => {
    const tty = { isTTY: true };
    expect(useColor({}, {}, tty)).toBe(true);
    expect(useColor({}, { NO_COLOR: '1' }, tty)).toBe(false);
    expect(useColor({}, { NO_COLOR: '' }, tty)).toBe(true);
    expect(useColor({}, { TERM: 'dumb' }, tty)).toBe(false);
    expect(useColor({}, { NO_COLOR: '1', FORCE_COLOR: '1' }, {})).toBe(true);
    expect(useColor({ 'no-color': true }, { FORCE_COLOR: '1' }, tty)).toBe(false);
    expect(useColor({ output: 'r.txt' }, {}, tty)).toBe(false);
    expect(useColor({ output: 'r.txt', color: true }, {}, tty)).toBe(true);
  });
});
