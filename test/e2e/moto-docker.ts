import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../support/moto-server.js';

export interface MotoDocker {
  endpoint: string;
  port: number;
  pid: number;
  /** The last lines moto wrote: its container errors show here. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * moto with AWS Batch in Docker mode: every job (every array child) runs as a container on the
 * engine at `dockerHost`, with host networking so the runner inside reaches moto's S3 on
 * 127.0.0.1. Its PID goes to `<dir>/moto.pid`, so scripts/e2e.sh stop ends it if this process
 * could not.
 */
export async function startMotoDocker(dockerHost: string, dir: string): Promise<MotoDocker> {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, DOCKER_HOST: dockerHost, MOTO_DOCKER_NETWORK_MODE: 'host' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pidFile = path.join(dir, 'moto.pid');
  if (child.pid === undefined) throw new Error('python3 -m moto.server did not start');
  await writeFile(pidFile, String(child.pid));
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto exited with ${child.exitCode}: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto did not answer within 20 s: ${output}`);
    }
    try {
      if ((await fetch(`${endpoint}/moto-api/config`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const config = await fetch(`${endpoint}/moto-api/config`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ batch: { use_docker: true } }),
  });
  if (!config.ok) throw new Error(`moto config: HTTP ${config.status}`);
  return {
    endpoint,
    port,
    pid: child.pid,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        });
      }
      await rm(pidFile, { force: true });
    },
  };
}
