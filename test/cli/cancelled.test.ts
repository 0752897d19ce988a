import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/domain/report/model.js';
import { tempDir } from '../support/temp-dir.js';

// The bundled CLI as a runner cancelling a step, or a person pressing Ctrl-C, stops it.
const root = path.resolve(import.meta.dirname, '../..');
const FILE = 'test/cli/fixtures/sleepy.yaml';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function cli(args: string[], stopWhen?: (stderr: string) => boolean, signal: NodeJS.Signals = 'SIGTERM') {
  const child = spawn(process.execPath, ['bin/batchbench.js', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let sent = false;
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (!sent && stopWhen?.(stderr)) {
      sent = true;
      child.kill(signal);
    }
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('a stopped run is cancelled, never failed', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'after %s: cancelled in the progress line, the report header, the JSON and the exit code',
    async (signal) => {
      const dir = tempDir('bb-cancelled-');
      dirs.push(dir);
      const run = await cli(
        ['run', FILE, '--runs-dir', dir, '--concurrency', '2'],
        (text) => /jobs: [2-9]\/12/.test(text),
        signal,
      );
      expect(run.code).toBe(130);
      const [runId] = readdirSync(dir).filter((d) => d !== 'index');
      if (!runId) throw new Error('no run');
      const report = JSON.parse(readFileSync(path.join(dir, runId, 'report.json'), 'utf8')) as ReportModel;
      expect(report.run.jobsFailed).toBe(0);
      expect(report.run.jobsCancelled).toBeGreaterThan(0);
      expect(report.run.jobsSucceeded + (report.run.jobsCancelled ?? 0) + report.run.jobsMissing).toBe(12);
      expect(report.run.status).toBe('cancelled');
      expect(report.failures).toEqual([]);
      const header = `${report.run.jobsSucceeded} succeeded, 0 failed, ${report.run.jobsCancelled} cancelled,`;
      expect(run.stdout).toContain(header);
      expect(readFileSync(path.join(dir, runId, 'report.md'), 'utf8')).toContain(header);
      // The last progress line counts them as cancelled too.
      const progress = run.stderr
        .split('\n')
        .filter((l) => l.startsWith('jobs: '))
        .pop();
      expect(progress).toMatch(/failed 0 {2}cancelled [1-9]/);

      // Re-reported later: still cancelled, still 130.
      const again = await cli(['report', path.join(dir, runId)]);
      expect(again.code).toBe(130);
      expect(again.stdout).toContain(header);
    },
    60_000,
  );
});
