import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { job, node, processGone, rec, runJobs, tempDir, withResources } from './harness.js';

async function waitForFile(file: string, ms = 3000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text !== '') return text;
    if (Date.now() > until) throw new Error(`${file} never appeared`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('local executor processes', () => {
  it('kills the whole tree on a timeout, grandchild included', async () => {
    const dir = await tempDir();
    const pidFile = path.join(dir, 'grandchild.pid');
    const j = withResources(job('slow', node('spawn-grandchild.mjs', pidFile)), { timeoutSec: 0.6 });
    const out = await runJobs([j], { killGraceMs: 200 }, dir);
    expect(rec(out, 'slow')).toMatchObject({ status: 'timed-out', statusReason: 'timed out after 0.6s' });
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(await processGone(pid)).toBe(true);
  });

  it('records a missing executable as a failed attempt with ENOENT, not a crash', async () => {
    const out = await runJobs([job('nope', ['batchbench-no-such-command-x', 'arg'])]);
    const r = rec(out, 'nope');
    expect(r.status).toBe('failed');
    expect(r.statusReason).toContain('ENOENT');
    expect(r.statusReason).toContain('batchbench-no-such-command-x');
    expect(r.exitCode).toBeUndefined();
    expect(out.events.map((e) => e.type)).toEqual(['job-started', 'job-finished']);
  });

  it('says so when the working directory does not exist', async () => {
    const out = await runJobs([job('lost', node('sleep-ms.mjs', 1), { workdir: 'no/such/dir' })]);
    expect(rec(out, 'lost').statusReason).toMatch(/working directory .*no\/such\/dir does not exist/);
  });

  it('on abort kills every running tree, records them cancelled and starts nothing new', async () => {
    const dir = await tempDir();
    const pidFile = (i: number) => path.join(dir, `gc${i}.pid`);
    const jobs = [0, 1, 2].map((i) => job(`long${i}`, node('spawn-grandchild.mjs', pidFile(i))));
    const controller = new AbortController();
    const running = runJobs(jobs, { concurrency: 2, signal: controller.signal, killGraceMs: 200 }, dir);
    const pids = [Number(await waitForFile(pidFile(0))), Number(await waitForFile(pidFile(1)))];
    controller.abort();
    const out = await running;
    for (const id of ['long0', 'long1']) {
      expect(rec(out, id)).toMatchObject({ status: 'cancelled' });
      expect(rec(out, id).commandStartedAt).toBeDefined();
    }
    expect(out.finished.has('long2')).toBe(false);
    expect(existsSync(pidFile(2))).toBe(false);
    for (const pid of pids) expect(await processGone(pid)).toBe(true);
  });

  it('starts nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = await runJobs([job('a', node('sleep-ms.mjs', 1))], { signal: controller.signal });
    expect(out.events).toEqual([]);
  });

  it('rejects once running jobs are stopped when the store fails', async () => {
    const jobs = [job('a', node('sleep-ms.mjs', 10)), job('b', node('sleep-ms.mjs', 10), { needs: ['a'] })];
    await expect(
      runJobs(jobs, {
        onEvent: (e) => {
          if (e.type === 'job-finished') throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
  });
});
