import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../src/domain/results/job-record.js';
import { tempDir } from '../support/temp-dir.js';

// Real processes of the bundled CLI (bin/batchbench.js, built by `npm test`'s pretest).
const root = path.resolve(import.meta.dirname, '../..');
const FILE = 'test/cli/fixtures/sleepy.yaml';
const dirs: string[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Exit {
  code: number | null;
  stderr: string;
}

function cli(
  args: string[],
  onStderr?: (text: string, kill: (signal?: NodeJS.Signals) => void) => void,
): Promise<Exit> {
  const child = spawn(process.execPath, ['bin/batchbench.js', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    onStderr?.(stderr, (signal = 'SIGINT') => child.kill(signal));
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

function records(dir: string, runId: string): JobRecord[] {
  const text = readFileSync(path.join(dir, runId, 'results.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as JobRecord);
}

describe('two resumes of one local run at once', () => {
  it('run the missing jobs once: the second exits 2 naming the process that holds the run', async () => {
    const dir = tempDir('bb-race-');
    dirs.push(dir);
    const args = ['--runs-dir', dir, '--concurrency', '2'];
    // An interrupted run: Ctrl-C once two jobs have finished.
    let sent = false;
    const first = await cli(['run', FILE, ...args], (text, kill) => {
      if (!sent && /jobs: [2-9]+\/12/.test(text)) {
        sent = true;
        kill();
      }
    });
    expect(first.code).toBe(130);
    const [runId] = readdirSync(dir).filter((d) => d !== 'index');
    if (!runId) throw new Error('no run folder');
    const before = records(dir, runId).filter((r) => r.status === 'succeeded').length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(12);

    const [a, b] = await Promise.all([
      cli(['run', FILE, '--resume', runId, ...args]),
      cli(['run', FILE, '--resume', runId, ...args]),
    ]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 2]);
    const loser = a.code === 2 ? a : b;
    expect(loser.stderr).toMatch(
      new RegExp(
        `run ${runId} is being driven by another process: pid \\d+ on ${os.hostname()}, since \\d{4}-`,
      ),
    );
    expect(loser.stderr).toContain('wait for that process to finish');

    const succeeded = records(dir, runId).filter((r) => r.status === 'succeeded');
    const perJob = new Map<string, number>();
    for (const r of succeeded) perJob.set(r.jobId, (perJob.get(r.jobId) ?? 0) + 1);
    expect([...perJob.values()].filter((n) => n > 1)).toEqual([]);
    expect(perJob.size).toBe(12);
    // Released on exit: nothing holds the run now.
    expect(existsSync(path.join(dir, runId, 'lock'))).toBe(false);
  }, 60_000);

  it('is released when the process quits at once (a second Ctrl-C) and taken over after a kill', async () => {
    const dir = tempDir('bb-race-');
    dirs.push(dir);
    const args = ['--runs-dir', dir, '--concurrency', '2'];
    let sent = false;
    const quit = await cli(['run', FILE, ...args], (text, kill) => {
      if (!sent && /jobs: [1-9]+\/12/.test(text)) {
        sent = true;
        kill();
        kill();
      }
    });
    expect(quit.code).toBe(130);
    const [runId] = readdirSync(dir).filter((d) => d !== 'index');
    if (!runId) throw new Error('no run folder');
    expect(existsSync(path.join(dir, runId, 'lock'))).toBe(false);

    // SIGKILL leaves the lock behind; its pid is gone, so the next resume takes the run over.
    let killed = false;
    const dead = await cli(['run', FILE, '--resume', runId, ...args], (text, kill) => {
      if (!killed && text.includes('resuming')) {
        killed = true;
        kill('SIGKILL');
      }
    });
    expect(dead.code).toBe(null);
    expect(existsSync(path.join(dir, runId, 'lock'))).toBe(true);
    const resumed = await cli(['run', FILE, '--resume', runId, ...args]);
    expect(resumed.stderr).not.toContain('being driven');
    expect(resumed.code).toBe(0);
    expect(existsSync(path.join(dir, runId, 'lock'))).toBe(false);
  }, 60_000);
});
