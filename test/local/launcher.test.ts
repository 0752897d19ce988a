import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Launcher } from '../../src/adapters/local/launcher.js';
import type { LaunchExit } from '../../src/adapters/local/launcher.js';
import { processGone, tempDir, workloads } from './harness.js';

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
});
