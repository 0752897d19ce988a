import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBackend } from '../../src/adapters/backends.js';
import { main } from '../../src/cli/main.js';
import type { CampaignRunSummary } from '../../src/domain/campaign/campaign-report.js';
import { captureIo } from '../cli/io.js';
import { createEchoBackend, ECHO } from '../support/echo-backend.js';
import { tempDir } from '../support/temp-dir.js';

// The registry's bar for campaigns: a backend plugged in with its entry and factory alone runs a
// campaign window through `batchbench campaign run`, as local, aws-batch and slurm do.
const CAMPAIGN = `version: 1
kind: campaign
name: echo-weekly
instances: { families: [m7i, c7g], sizes: [large] }
benchmarks: [tiny]
repeats: 2
durations: { tiny: 1m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 10
  max-concurrent: 2
`;

describe('a backend plugged in through the registry alone runs campaign windows', () => {
  let remove: () => void;
  beforeAll(() => {
    remove = addBackend(ECHO, async () => createEchoBackend);
  });
  afterAll(() => remove());

  async function window(dir: string) {
    const cap = captureIo(dir);
    const code = await main(
      ['campaign', 'run', 'c.yaml', '--backend', 'echo', '--window', 'nightly', '--day', '1'].concat([
        '--week',
        '2026-W48',
        '--history-dir',
        'history',
        '--runs-dir',
        'runs',
        '--json',
      ]),
      cap.io,
    );
    return { code, stderr: cap.stderr(), summary: JSON.parse(cap.stdout() || '{}') as CampaignRunSummary };
  }

  it('runs the window on it, keeps its attempt run in the runs folder and the history beside it', async () => {
    const dir = tempDir('bb-echo-campaign-');
    await writeFile(path.join(dir, 'c.yaml'), CAMPAIGN);
    const first = await window(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('echo: 4 jobs queued');
    expect(first.summary).toMatchObject({ jobs: 4, succeeded: 4, failed: 0 });
    // Echo places no job on an instance type: the report says so first.
    expect(first.summary.warnings).toEqual([
      'echo backend: every job ran on Echo, not on the instance type it is named after',
    ]);
    expect((await readdir(path.join(dir, 'history'))).sort()).toEqual(['c7g.large', 'm7i.large']);
    const runs = await readdir(path.join(dir, 'runs'));
    expect(runs.filter((r) => r.endsWith('-a1'))).toHaveLength(1);

    // Started again for the same window, it finds the attempt run and runs nothing twice.
    const again = await window(dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('4 jobs finished there already');
    expect(again.stderr).not.toContain('echo: ');
  });

  it('is named among the backends there are when --backend names none of them', async () => {
    const dir = tempDir('bb-echo-campaign-');
    await writeFile(path.join(dir, 'c.yaml'), CAMPAIGN);
    const cap = captureIo(dir);
    const code = await main(['campaign', 'run', 'c.yaml', '--backend', 'xyz', '--window', 'nightly'], cap.io);
    expect(code).toBe(2);
    expect(cap.stderr()).toContain('--backend takes local, aws-batch, slurm or echo, not "xyz"');
  });

  async function runHelp(): Promise<string> {
    const cap = captureIo(import.meta.dirname);
    expect(await main(['campaign', 'run', '--help'], cap.io)).toBe(0);
    return cap.stdout();
  }

  it('is listed by campaign run --help, whose text is built when it is printed', async () => {
    const help = await runHelp();
    expect(help).toContain('[--backend local|aws-batch|slurm|echo]');
    expect(help).toContain('--backend B         local, aws-batch, slurm or echo (default local)');
  });

  it('is refused by name once removed, with the backends there are', async () => {
    const dir = tempDir('bb-echo-campaign-');
    await writeFile(path.join(dir, 'c.yaml'), CAMPAIGN);
    remove();
    try {
      const gone = await window(dir);
      expect(gone.code).toBe(2);
      expect(gone.stderr).toContain('--backend takes local, aws-batch or slurm, not "echo"');
      const help = await runHelp();
      expect(help).toContain('[--backend local|aws-batch|slurm]');
      expect(help).toContain('--backend B         local, aws-batch or slurm (default local)');
    } finally {
      remove = addBackend(ECHO, async () => createEchoBackend);
    }
  });
});
