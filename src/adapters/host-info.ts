import { execFile } from 'node:child_process';
import os from 'node:os';
import type { HostInfo } from '../ports/host-info.js';

/** What a run records about the machine it ran on, so a report says which CPU it measured. */
export async function hostInfo(cwd: string): Promise<HostInfo> {
  const cpus = os.cpus();
  const info: HostInfo = { host: os.hostname(), cpuCount: os.availableParallelism() };
  if (cpus[0]?.model) info.cpuModel = cpus[0].model.trim();
  const commit = await gitCommit(cwd);
  if (commit) info.gitCommit = commit;
  return info;
}

function gitCommit(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5000 }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim() || undefined);
    });
  });
}
