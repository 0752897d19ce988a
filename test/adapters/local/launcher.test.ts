import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Launcher } from '../../../src/adapters/local/launcher.js';
import type { LaunchExit, LaunchHandlers, LaunchRequest } from '../../../src/adapters/local/launcher.js';
import { processGone, tempDir, workloads } from './harness.js';

function shell(dir: string, name: string, script: string): LaunchRequest {
  return {
    file: 'sh',
    args: ['-c', script],
    cwd: dir,
    env: {},
    stdoutFile: path.join(dir, `${name}.out`),
    stderrFile: path.join(dir, `${name}.err`),
    metricsFile: path.join(dir, `${name}.metrics`),
  };
}

/** Handlers that log what happens to one request, and its exit as a promise. */
function watch(
  name: string,
  log: string[],
): LaunchHandlers & { exit: Promise<LaunchExit>; unchained: Promise<void> } {
  let exited!: (exit: LaunchExit) => void;
  let unchained!: () => void;
  return {
    exit: new Promise((resolve) => (exited = resolve)),
    unchained: new Promise((resolve) => (unchained = resolve)),
    onStart: () => log.push(`${name} start`),
    onError: (code) => log.push(`${name} error ${code}`),
    onExit: (exit) => {
      log.push(`${name} exit`);
      exited(exit);
    },
    onUnchained: () => {
      log.push(`${name} unchained`);
      unchained();
    },
  };
}

describe('launcher process', () => {
  it('starts a command with files for its output and reports its exit and output sizes', async () => {
    const dir = await tempDir();
    const launcher = new Launcher({ ...process.env });
    const exit = await new Promise<LaunchExit>((resolve, reject) => {
      launcher.launch(
        {
          file: process.execPath,
          args: [path.join(workloads, 'exit-with.mjs'), '4', '2'],
          cwd: dir,
          env: {},
          stdoutFile: path.join(dir, 'o'),
          stderrFile: path.join(dir, 'e'),
          metricsFile: path.join(dir, 'm'),
        },
        { onStart: () => undefined, onError: (code) => reject(new Error(code)), onExit: resolve },
      );
    });
    launcher.close();
    expect(exit).toMatchObject({ code: 4, signal: null, stdoutBytes: 0, metricsBytes: 0 });
    expect(exit.stderrBytes).toBe((await readFile(path.join(dir, 'e'))).length);
    expect(exit.stderrBytes).toBeGreaterThan(0);
  });

  it('kills the process groups it started when the run closes it, so nothing is orphaned', async () => {
    const dir = await tempDir();
    const pidFile = path.join(dir, 'gc.pid');
    const launcher = new Launcher({ ...process.env });
    const leader = await new Promise<number>((resolve, reject) => {
      launcher.launch(
        {
          file: process.execPath,
          args: [path.join(workloads, 'spawn-grandchild.mjs'), pidFile],
          cwd: dir,
          env: {},
          stdoutFile: path.join(dir, 'o'),
          stderrFile: path.join(dir, 'e'),
          metricsFile: path.join(dir, 'm'),
        },
        {
          onStart: (pid) => resolve(pid),
          onError: (code) => reject(new Error(code)),
          onExit: () => undefined,
        },
      );
    });
    let grandchild = '';
    for (let i = 0; i < 150 && grandchild === ''; i++) {
      await new Promise((r) => setTimeout(r, 20));
      grandchild = await readFile(pidFile, 'utf8').catch(() => '');
    }
    launcher.close();
    expect(await processGone(leader)).toBe(true);
    expect(await processGone(Number(grandchild))).toBe(true);
  });

  it('starts a request queued behind a process the moment that one exits with code 0', async () => {
    const dir = await tempDir();
    const launcher = new Launcher({ ...process.env });
    const log: string[] = [];
    const a = watch('a', log);
    const b = watch('b', log);
    const ka = launcher.launch(shell(dir, 'a', 'sleep 0.2'), a);
    const kb = launcher.chain(ka, shell(dir, 'b', 'echo hi'), b);
    expect(launcher.inFlight).toBe(1); // a queued request is not running
    const exitA = await a.exit;
    expect(exitA).toMatchObject({ code: 0, next: kb });
    const exitB = await b.exit;
    launcher.close();
    expect(exitB).toMatchObject({ code: 0, stdoutBytes: 3 });
    expect(exitB.at).toBeGreaterThanOrEqual(exitA.at);
    expect(log).toEqual(['a start', 'a exit', 'b start', 'b exit']);
  });

  it('reports every start and end of a long queue of quick commands, in order, some in batches', async () => {
    const dir = await tempDir();
    const launcher = new Launcher({ ...process.env });
    const log: string[] = [];
    const n = 24;
    const watched = Array.from({ length: n }, (_, i) => watch(`j${i}`, log));
    let key = launcher.launch(shell(dir, 'j0', 'true'), watched[0]!);
    for (let i = 1; i < n; i++) key = launcher.chain(key, shell(dir, `j${i}`, 'true'), watched[i]!);
    const exits = await Promise.all(watched.map((w) => w.exit));
    launcher.close();
    expect(log).toEqual(watched.flatMap((_, i) => [`j${i} start`, `j${i} exit`]));
    expect(exits.every((e) => e.code === 0)).toBe(true);
    expect(exits.slice(0, -1).every((e) => e.next !== undefined)).toBe(true);
    expect(exits.at(-1)?.next).toBeUndefined();
    // Times are the launcher's, not when the word reached the run: ends never go backwards.
    for (let i = 1; i < n; i++) expect(exits[i]!.at).toBeGreaterThanOrEqual(exits[i - 1]!.at);
    expect(launcher.inFlight).toBe(0);
  });

  it('drops everything queued behind a process that fails, leaving no log files for it', async () => {
    const dir = await tempDir();
    const launcher = new Launcher({ ...process.env });
    const log: string[] = [];
    const a = watch('a', log);
    const ka = launcher.launch(shell(dir, 'a', 'sleep 0.2; exit 3'), a);
    const kb = launcher.chain(ka, shell(dir, 'b', ': > b.ran'), watch('b', log));
    launcher.chain(kb, shell(dir, 'c', ': > c.ran'), watch('c', log));
    const exitA = await a.exit;
    expect(exitA.code).toBe(3);
    expect(exitA.next).toBeUndefined();
    // One more request through the same pipe: once it is done, the launcher has seen all of the above.
    const d = watch('d', log);
    launcher.launch(shell(dir, 'd', 'true'), d);
    await d.exit;
    launcher.close();
    expect(log).toEqual(['a start', 'a exit', 'd start', 'd exit']);
    for (const name of ['b.ran', 'c.ran', 'b.out', 'b.err', 'c.out', 'c.err']) {
      expect(existsSync(path.join(dir, name))).toBe(false);
    }
    expect(launcher.inFlight).toBe(0);
  });

  it('takes back what is queued behind a running process when asked, and says so', async () => {
    const dir = await tempDir();
    const launcher = new Launcher({ ...process.env });
    const log: string[] = [];
    const a = watch('a', log);
    const ka = launcher.launch(shell(dir, 'a', 'sleep 0.3'), a);
    launcher.chain(ka, shell(dir, 'b', ': > b.ran'), watch('b', log));
    launcher.unchain(ka);
    await a.unchained;
    const exitA = await a.exit;
    launcher.close();
    expect(exitA).toMatchObject({ code: 0 });
    expect(exitA.next).toBeUndefined();
    expect(log).toEqual(['a start', 'a unchained', 'a exit']);
    expect(existsSync(path.join(dir, 'b.ran'))).toBe(false);
  });
});
