import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/registry.js';
import { main } from '../../src/cli/main.js';
import { exitCodeOf, inconclusiveNotes } from '../../src/cli/outcome.js';
import { UserError } from '../../src/domain/user-error.js';
import { makeReport } from '../domain/report/fixtures.js';
import { captureIo } from './io.js';
import { tempDir } from '../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');

async function exec(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const c = captureIo(root, env);
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('bad input exits 2, says what to do and runs nothing', () => {
  it.each([
    [['validate', 'experiments/monte-carlo-scaling.yaml', '--frobnicate'], "Unknown option '--frobnicate'"],
    [
      ['plan', 'experiments/monte-carlo-scaling.yaml', '--format', 'html'],
      'plan --format takes terminal, json, not "html"',
    ],
    [['report', 'x', '--format', 'pdf'], 'report --format takes terminal, markdown, json, html, not "pdf"'],
    [
      ['run', 'experiments/monte-carlo-scaling.yaml', '--json', '--format', 'markdown'],
      '--json asks for JSON',
    ],
    [
      ['campaign', 'queues', 'experiments/weekly-instance-benchmarks.yaml', '--json'],
      "Unknown option '--json'",
    ],
    [['list', '--wait'], "Unknown option '--wait'"],
    [['plan', 'experiments/monte-carlo-scaling.yaml', '--repeats', 'two'], '--repeats takes a whole number'],
    [['run', 'experiments/monte-carlo-scaling.yaml', '--color', '--no-color'], 'contradict'],
    [['--json', 'validate'], 'put the command first'],
    [
      ['cancel', 'some-run', '--store', 'bucket/prefix'],
      '"bucket/prefix" is not an s3://bucket/prefix/ address',
    ],
    [['collect', 'some-run'], 'collect needs --store s3://bucket/prefix/'],
    [['report'], 'report takes one run'],
    [['explode'], 'unknown command "explode"'],
  ])('%j', async (argv, message) => {
    const r = await exec(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/\nhint: .+\n$/);
    expect(r.stderr).not.toContain('    at ');
    expect(r.stdout).toBe('');
  });

  it('an unknown run id, and the experiment file given to report, instead of ENOTDIR', async () => {
    const runs = tempDir('bb-cli-exit-');
    const unknown = await exec(['report', 'no-such-run', '--runs-dir', runs]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      `batchbench: no run no-such-run in ${runs}\nhint: batchbench list shows`,
    );
    const file = await exec(['report', 'experiments/monte-carlo-scaling.yaml']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('experiments/monte-carlo-scaling.yaml is a file, not a run folder');
    expect(file.stderr).toContain('batchbench run experiments/monte-carlo-scaling.yaml');
    expect(file.stderr).not.toContain('ENOTDIR');
  });

  it('a bad --prices file names the file', async () => {
    const dir = tempDir('bb-cli-exit-');
    writeFileSync(path.join(dir, 'prices.json'), '{"snapshot": 1}');
    const bad = await exec([
      'plan',
      'experiments/monte-carlo-scaling.yaml',
      '--prices',
      path.join(dir, 'prices.json'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      `batchbench: ${path.join(dir, 'prices.json')}: not a batchbench price table`,
    );
    const missing = await exec(['plan', 'experiments/monte-carlo-scaling.yaml', '--prices', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the price table');
  });

  it('a UserError with a location prints file:line:column and its hint', async () => {
    const boom = { summary: 'test', load: async () => ({ help: '', run: async () => thrower() }) };
    let thrower: () => never = () => {
      throw new UserError('bad value', { file: 'x.yaml', line: 3, column: 7, hint: 'use a number' });
    };
    COMMANDS['test-boom'] = boom;
    try {
      const user = await exec(['test-boom']);
      expect(user).toEqual({
        code: 2,
        stdout: '',
        stderr: 'batchbench: x.yaml:3:7: bad value\nhint: use a number\n',
      });
      thrower = () => {
        throw new TypeError("Cannot read properties of undefined (reading 'jobs')");
      };
      const bug = await exec(['test-boom']);
      expect(bug.code).toBe(70);
      expect(bug.stderr).toMatch(/^batchbench: this is a bug of batchbench, please report it/);
      expect(bug.stderr).toContain(
        "TypeError: Cannot read properties of undefined (reading 'jobs')\n    at ",
      );
    } finally {
      delete COMMANDS['test-boom'];
    }
  });
});

describe('the outcome of a run decides its exit code, as it decides the GitHub check', () => {
  it('0 when met, 0 with a note when only inconclusive, 1 when missed or a job failed', () => {
    const report = makeReport();
    report.run = { ...report.run, jobsFailed: 0, jobsMissing: 0 };
    const target = {
      description: 'speedup at workers=8',
      cellId: report.cells[0]?.cellId,
      target: '>= 6x',
      actual: '5.7x (95% CI 4.9x to 6.6x)',
    };
    report.targets = [{ ...target, status: 'met' }];
    expect(exitCodeOf(report)).toBe(0);
    expect(inconclusiveNotes(report)).toEqual([]);
    report.targets = [{ ...target, status: 'inconclusive' }];
    expect(exitCodeOf(report)).toBe(0);
    expect(inconclusiveNotes(report)).toEqual([
      expect.stringMatching(
        /^inconclusive \(does not fail the run\): speedup at workers=8 >= 6x, measured 5\.7x .* from \d+ samples? per cell; .*more repeats/,
      ),
    ]);
    report.targets = [{ ...target, status: 'missed' }];
    expect(exitCodeOf(report)).toBe(1);
    report.targets = [];
    report.run.jobsFailed = 1;
    expect(exitCodeOf(report)).toBe(1);
  });

  it('a run whose target is missed exits 1, a met one 0, and an inconclusive one 0 with the note', async () => {
    const dir = tempDir('bb-cli-exit-');
    // A workload whose metric is the same every time: its interval is exact, so the verdict is sure.
    const file = (name: string, max: number, repeats: number) => {
      const text = [
        'version: 1',
        `name: ${name}`,
        `run: { command: [node, -e, 'console.log("::metric score=5")'] }`,
        `repeats: ${repeats}`,
        'resources: { vcpus: 1, timeout: 1m }',
        'results: { metrics: [{ name: score, better: lower }] }',
        `analysis: { targets: [{ metric: score, max: ${max} }] }`,
      ].join('\n');
      writeFileSync(path.join(dir, `${name}.yaml`), `${text}\n`);
      return path.join(dir, `${name}.yaml`);
    };
    const runs = path.join(dir, 'runs');
    const missed = await exec(['run', file('missed', 1, 2), '--runs-dir', runs]);
    expect(missed.code, missed.stderr).toBe(1);
    const met = await exec(['run', file('met', 10, 2), '--runs-dir', runs]);
    expect(met.code, met.stdout).toBe(0);
    // One repeat gives no interval: the target can be neither met nor missed.
    const open = await exec(['run', file('open', 10, 1), '--runs-dir', runs]);
    expect(open.code).toBe(0);
    expect(open.stderr).toContain(
      'inconclusive (does not fail the run): score of default <= 10.0, measured 5.00 (no interval) from 1 sample ' +
        'per cell; one sample gives no interval: run at least 3 repeats',
    );
  }, 60_000);
});
