import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { countingCommands, execSlurmCommands } from '../../src/adapters/slurm/commands.js';

/**
 * The cluster scripts/slurm-cluster.sh started, or why there is none. BATCHBENCH_SLURM_REQUIRED=1
 * turns "no cluster" into a failure: on CI a skip is not a pass.
 */
export async function clusterOrSkip(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const required = process.env.BATCHBENCH_SLURM_REQUIRED === '1';
  let reason: string | undefined;
  if (!process.env.SLURM_CONF) reason = 'SLURM_CONF is not set (run: npm run test:slurm, as root)';
  else
    try {
      const { stdout } = await promisify(execFile)('sinfo', ['-h', '-o', '%T']);
      if (!/idle|mixed|allocated/.test(stdout)) reason = `the node is not up: ${stdout.trim()}`;
    } catch (error) {
      reason = `sinfo failed: ${(error as Error).message}`;
    }
  if (!reason) return { ok: true };
  if (required) throw new Error(`slurm: no cluster, and BATCHBENCH_SLURM_REQUIRED=1: ${reason}`);
  process.stderr.write(`\nslurm: SKIPPED, ${reason}\n\n`);
  return { ok: false, reason };
}

/** A fresh results folder with the batch script every test task runs: its arguments, no shell string. */
export async function workspace(): Promise<{ dir: string; script: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bb-slurm-'));
  const script = path.join(dir, 'task.sh');
  await writeFile(script, '#!/bin/sh\nexec "$@"\n');
  await chmod(script, 0o755);
  return { dir, script, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A workspace with the CLI bundled into it for the tests of one file (or describe block): made
 * before them when `enabled` (the cluster is up), removed after.
 */
export function useCliWorkspace(enabled: boolean): { readonly dir: string; readonly cli: string } {
  let ws: Awaited<ReturnType<typeof workspace>> | undefined;
  let cli: string | undefined;
  beforeAll(async () => {
    if (!enabled) return;
    ws = await workspace();
    cli = await bundleCli(ws.dir);
  });
  afterAll(async () => ws?.cleanup());
  const made = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useCliWorkspace: used before its beforeAll ran');
    return value;
  };
  return {
    get dir() {
      return made(ws).dir;
    },
    get cli() {
      return made(cli);
    },
  };
}

export const commands = () => countingCommands(execSlurmCommands());

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A run id no other test (or earlier test run on the same cluster) uses. */
export const freshRunId = (label: string) => `${label}-${process.pid}-${Date.now().toString(36)}`;

/** The CLI bundled into `dir` (as scripts/build.mjs does, without touching dist/): a process to start and kill. */
export async function bundleCli(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(dir, 'cli.mjs');
  await build({
    entryPoints: ['src/cli/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    define: { __BATCHBENCH_VERSION__: '"0.0.0-test"' },
    banner: {
      js: "import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);",
    },
  });
  // The programs the backends start on their own (the Slurm task runner), beside it as in dist/.
  const { buildLauncher } = await import('../../scripts/launcher-build.mjs');
  await buildLauncher({ outdir: dir, logLevel: 'warning' });
  return outfile;
}
