import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { FsRunStore } from '../adapters/fs-run-store.js';
import { hostInfo } from '../adapters/host-info.js';
import { makeRunId } from '../domain/plan/run-id.js';
import { UserError } from '../domain/user-error.js';
import type { HostInfo } from '../ports/host-info.js';

/** A new run's id: the experiment's name, the time and a random suffix. */
export function newRunId(experiment: string, now: number = Date.now()): string {
  return makeRunId(experiment, new Date(now), randomBytes(2).toString('hex'));
}

/** The machine driving a run; on a runner, the commit the workflow ran for (the checkout may be a merge commit). */
export async function hostOf(cwd: string, env: NodeJS.ProcessEnv): Promise<HostInfo> {
  const host = await hostInfo(cwd);
  return env.GITHUB_SHA ? { ...host, gitCommit: env.GITHUB_SHA } : host;
}

/**
 * A local run folder the user named (a run-dir input, a path on the command line): its store and
 * run id. A folder that holds no run is the user's mistake, named as such.
 */
export async function localRunAt(folder: string, named: string) {
  const manifest = await stat(path.join(folder, 'manifest.json')).catch(() => undefined);
  if (!manifest?.isFile())
    throw new UserError(`${named} holds no batchbench run (no manifest.json)`, {
      hint: 'give the folder batchbench run made, e.g. .batchbench/runs/<run id>',
    });
  const store = new FsRunStore(path.dirname(folder));
  const runId = path.basename(folder);
  return { store, runId, readSaved: savedReportIn(folder) };
}

/** Reads the report.json saved in a run folder, or undefined when it has none. */
export function savedReportIn(folder: string): () => Promise<string | undefined> {
  return () =>
    readFile(path.join(folder, 'report.json'), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
}
