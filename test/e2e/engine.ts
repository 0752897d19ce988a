import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const E2E_DIR = process.env.BATCHBENCH_E2E_DIR ?? '/tmp/batchbench-e2e';
const SCRIPT = new URL('../../scripts/e2e.sh', import.meta.url).pathname;

/** The machine the e2e test runs on: a Docker engine and the image, or why there are none. */
export type Engine =
  | { ok: true; dockerHost: string; image: string; dir: string; startSeconds: number; imageSeconds: number }
  | { ok: false; reason: string };

async function script(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('bash', [SCRIPT, ...args], {
      env: { ...process.env, BATCHBENCH_E2E_DIR: E2E_DIR },
      maxBuffer: 16 * 2 ** 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string; message: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? e.message,
    };
  }
}

function value(stdout: string, key: string): string | undefined {
  return new RegExp(`^${key}=(.+)$`, 'm').exec(stdout)?.[1]?.trim();
}

/**
 * Starts dockerd through scripts/e2e.sh and builds the test image in it. An engine that cannot
 * run here (exit 3) answers with the reason, so the test skips with it instead of failing CI;
 * anything else that goes wrong is an error.
 */
export async function startEngine(): Promise<Engine> {
  const t0 = performance.now();
  const started = await script('start');
  if (started.code === 3) return { ok: false, reason: started.stderr.trim() };
  if (started.code !== 0)
    throw new Error(`scripts/e2e.sh start failed (${started.code}):\n${started.stderr}`);
  const t1 = performance.now();
  const built = await script('image');
  if (built.code !== 0) {
    await stopEngine();
    throw new Error(`scripts/e2e.sh image failed (${built.code}):\n${built.stderr}`);
  }
  const dockerHost = value(started.stdout, 'DOCKER_HOST');
  const image = value(built.stdout, 'IMAGE');
  if (!dockerHost || !image)
    throw new Error(`scripts/e2e.sh said neither DOCKER_HOST nor IMAGE:\n${started.stdout}`);
  return {
    ok: true,
    dockerHost,
    image,
    dir: E2E_DIR,
    startSeconds: (t1 - t0) / 1000,
    imageSeconds: (performance.now() - t1) / 1000,
  };
}

/** Ends dockerd (and a moto the test left behind) by the PIDs the script recorded. */
export async function stopEngine(): Promise<void> {
  const stopped = await script('stop');
  if (stopped.stderr.trim()) process.stderr.write(`${stopped.stderr.trim()}\n`);
  if (stopped.code !== 0) throw new Error(`scripts/e2e.sh stop failed (${stopped.code})`);
}

/** `docker <args>` against the test's engine (the Debian client, which matches the daemon). */
export async function docker(dockerHost: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('/usr/bin/docker', args, { env: { ...process.env, DOCKER_HOST: dockerHost } });
  return stdout;
}
