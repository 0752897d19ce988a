import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/**
 * A real moto server on 127.0.0.1 for integration tests: AWS Batch, S3, CloudWatch Logs,
 * CloudFormation, IAM and ECR as moto implements them. Tests get one through useMoto()
 * (moto-fixture.ts), which starts one when a file needs it and keeps it for the next file.
 */
export interface MotoServer {
  endpoint: string;
  port: number;
  /** The python process; stop() ends it by this PID, and so does the end of this worker. */
  pid: number;
  /** moto's own control API: config, state transitions, reset. */
  control(path: string, body?: unknown): Promise<unknown>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export interface MotoOptions {
  /** Batch jobs run without Docker and succeed at once (the default here). */
  batchUseDocker?: boolean;
  env?: Record<string, string>;
}

/**
 * `python3 -m moto.server ARGS`, asking Linux to kill it when the process that started it ends
 * (PR_SET_PDEATHSIG): a worker that keeps a server for its next file (moto-fixture.ts) and is
 * then ended by a signal, with no 'exit' handler run, leaves no server behind. Elsewhere (no
 * prctl) it runs as plain `python3 -m moto.server`.
 */
const DIES_WITH_PARENT = `
import ctypes, os, runpy, signal, sys
try:
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
except AttributeError:
    pass  # not Linux: the worker's SIGTERM and 'exit' handlers stop it
if os.getppid() != int(sys.argv[1]):
    sys.exit(1)
sys.argv = ['moto.server'] + sys.argv[2:]
runpy.run_module('moto.server', run_name='__main__', alter_sys=True)
`;

export async function startMoto(options: MotoOptions = {}): Promise<MotoServer> {
  const port = await freePort();
  const child = spawn(
    'python3',
    ['-c', DIES_WITH_PARENT, String(process.pid), '-H', '127.0.0.1', '-p', String(port)],
    {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: false,
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('python3 -m moto.server did not start');
  // Should afterAll never run (a worker killed on timeout), the server still ends with the worker.
  const killOnExit = () => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitReady(endpoint, child, () => stderr);
  const control = async (path: string, body?: unknown) => {
    const res = await fetch(`${endpoint}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`moto ${path}: HTTP ${res.status}`);
    const text = await res.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  await control('/moto-api/config', { batch: { use_docker: options.batchUseDocker ?? false } });
  return {
    endpoint,
    port,
    pid,
    control,
    reset: async () => {
      await control('/moto-api/reset', {});
      await control('/moto-api/config', { batch: { use_docker: options.batchUseDocker ?? false } });
    },
    stop: () => stopChild(child),
  };
}

/** Credentials and endpoint for SDK clients pointed at moto, the standard way. */
export function motoClientConfig(endpoint: string) {
  return {
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  };
}

async function waitReady(endpoint: string, child: ChildProcess, stderr: () => string): Promise<void> {
  // python moto imports a lot: on a loaded 2-core machine it has taken over 20 s to listen.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/config`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`moto did not start within 60 s: ${stderr()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(child.pid as number, name);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => signal('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signal('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
