import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideFlags } from '../../src/cli/decide-flags.js';
import { main } from '../../src/cli/main.js';
import type { ReportModel } from '../../src/domain/report/model.js';
import { captureIo } from './io.js';

/** Two instance types, run locally and priced as if: the recommendation answers the flags' question. */
const EXPERIMENT = `version: 1
name: decide-flags
run: { command: [node, -e, '0'] }
matrix: { instance-type: [c7i.large, m7i.large] }
repeats: 2
resources: { vcpus: 1, memory: 512MiB }
compute: { instance-type: '\${{ matrix.instance-type }}' }
`;

describe('--budget and --deadline', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bb-decide-'));
    await writeFile(path.join(dir, 'e.yaml'), EXPERIMENT);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('run answers --deadline, report answers --budget, from the same run', { timeout: 60_000 }, async () => {
    const runs = path.join(dir, 'runs');
    const run = captureIo(dir);
    const code = await main(
      ['run', path.join(dir, 'e.yaml'), '--runs-dir', runs, '--deadline', '1h'],
      run.io,
    );
    expect(code, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/Cheapest within 1h 00m a run: instance-type-(c7i|m7i)\.large/);
    const [runId] = (await readdir(runs)).filter((name) => !['history', 'index'].includes(name));
    const report = captureIo(dir);
    expect(
      await main(
        ['report', path.join(runs, runId as string), '--budget', '5', '--format', 'json'],
        report.io,
      ),
    ).toBe(0);
    const model = JSON.parse(report.stdout()) as ReportModel;
    expect(model.recommendation?.withinBudget?.limit).toBe(5);
    expect(model.recommendation?.withinDeadline).toBeUndefined();
    expect(model.recommendation?.points).toHaveLength(2);
    const bad = captureIo(dir);
    expect(await main(['report', path.join(runs, runId as string), '--deadline', 'soon'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--deadline takes a duration such as 90s, 15m or 2h, not "soon"');
  });

  it.each(['Infinity', '1e400', '0x10', 'NaN', '', '5usd', '1e3'])(
    '--budget %s is refused before anything runs (exit 2, no run folder)',
    async (budget) => {
      const runs = path.join(dir, `refused-${budget.length}`);
      const io = captureIo(dir);
      expect(
        await main(['run', path.join(dir, 'e.yaml'), '--runs-dir', runs, '--budget', budget], io.io),
      ).toBe(2);
      expect(io.stderr()).toContain(`--budget takes an amount in US dollars above 0, not "${budget}"`);
      await expect(readdir(runs)).rejects.toThrow();
    },
  );

  it('takes plain amounts, with or without a dollar sign', () => {
    expect(decideFlags('run', { budget: '$2.50' })).toEqual({ budgetUsd: 2.5 });
    expect(decideFlags('run', { budget: '.5' })).toEqual({ budgetUsd: 0.5 });
  });

  it('refuses a --deadline too long to be a number of seconds', () => {
    expect(() => decideFlags('run', { deadline: `1${'0'.repeat(400)}s` })).toThrow(
      /--deadline takes a duration/,
    );
  });
});
