import { execFile, spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../support/moto-server.js';

const exec = promisify(execFile);

export interface Registry {
  /** 127.0.0.1:PORT, as image references start. */
  host: string;
  pid: number;
  output(): string;
  /** Whether repository:tag has a manifest, asked over plain HTTP here, not by the code under test. */
  manifest(repository: string, tag: string): Promise<{ status: number; mediaType: string | null }>;
  /** The platforms of a multi-platform image (its index or manifest list), as `os/architecture`. */
  platforms(repository: string, tag: string): Promise<string[]>;
  /** Unpacks the image's layers, in order, into `dir`; returns the image's config (Entrypoint, Env...). */
  unpack(repository: string, tag: string, dir: string): Promise<{ Entrypoint?: string[] }>;
  stop(): Promise<void>;
}

/**
 * docker-registry's htpasswd wants bcrypt. libcrypt (libxcrypt, in every Debian) makes one;
 * Python's ctypes reaches it without a package and on any Python 3.
 */
async function bcrypt(password: string): Promise<string> {
  const script = [
    'import ctypes, sys',
    "c = ctypes.CDLL('libcrypt.so.1')",
    'c.crypt_gensalt.restype = ctypes.c_char_p',
    'c.crypt.restype = ctypes.c_char_p',
    "salt = c.crypt_gensalt(b'$2b$', 10, None, 0)",
    'print(c.crypt(sys.stdin.readline().strip().encode(), salt).decode())',
  ].join('\n');
  const child = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(`${password}\n`);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const hash = out.trim();
  if (code !== 0 || !hash.startsWith('$2')) throw new Error(`bcrypt through libcrypt failed: ${err}`);
  return hash;
}

/**
 * docker-registry (the registry behind ECR) on 127.0.0.1, storage under `dir`, Basic auth for
 * one user. Its PID goes to `<dir>/registry.pid`, so scripts/e2e.sh stop ends it if this
 * process could not.
 */
export async function startRegistry(
  dir: string,
  user: { username: string; password: string },
): Promise<Registry> {
  const port = await freePort();
  const home = path.join(dir, 'registry');
  await mkdir(home, { recursive: true });
  await writeFile(path.join(home, 'htpasswd'), `${user.username}:${await bcrypt(user.password)}\n`);
  const config = path.join(home, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: { level: warn }',
      `storage: { filesystem: { rootdirectory: ${path.join(home, 'data')} } }`,
      `http: { addr: '127.0.0.1:${port}', secret: batchbench-e2e }`,
      `auth: { htpasswd: { realm: batchbench-e2e, path: ${path.join(home, 'htpasswd')} } }`,
      '',
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error('docker-registry did not start');
  const pidFile = path.join(dir, 'registry.pid');
  await writeFile(pidFile, String(child.pid));
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const host = `127.0.0.1:${port}`;
  const basic = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not answer within 20 s: ${output}`);
    }
    try {
      if ((await fetch(`http://${host}/v2/`, { headers: { authorization: basic } })).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const manifestOf = (repository: string, tag: string, accept: string[]) =>
    fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
      headers: { authorization: basic, accept: accept.join(', ') },
    });
  return {
    host,
    pid: child.pid,
    output: () => output,
    manifest: async (repository, tag) => {
      const res = await manifestOf(repository, tag, [
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.v2+json',
      ]);
      return { status: res.status, mediaType: res.headers.get('content-type') };
    },
    platforms: async (repository, tag) => {
      const res = await manifestOf(repository, tag, [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
      ]);
      if (!res.ok) throw new Error(`GET manifests/${tag}: HTTP ${res.status}`);
      const index = (await res.json()) as {
        manifests?: { platform?: { os: string; architecture: string } }[];
      };
      return (index.manifests ?? []).map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort();
    },
    unpack: async (repository, tag, dir) => {
      const get = async (what: string, accept: string) => {
        const res = await fetch(`http://${host}/v2/${repository}/${what}`, {
          headers: { authorization: basic, accept },
        });
        if (!res.ok) throw new Error(`GET ${what}: HTTP ${res.status}`);
        return Buffer.from(await res.arrayBuffer());
      };
      const manifest = JSON.parse(
        (await get(`manifests/${tag}`, 'application/vnd.oci.image.manifest.v1+json')).toString(),
      ) as { config: { digest: string }; layers: { digest: string }[] };
      await mkdir(dir, { recursive: true });
      for (const layer of manifest.layers) {
        const file = path.join(dir, '..', `${path.basename(dir)}.layer`);
        await writeFile(file, await get(`blobs/${layer.digest}`, '*/*'));
        await exec('tar', ['-xf', file, '-C', dir]);
        await rm(file);
      }
      const config = JSON.parse((await get(`blobs/${manifest.config.digest}`, '*/*')).toString()) as {
        config?: { Entrypoint?: string[] };
      };
      return config.config ?? {};
    },
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
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Which of the image tools are missing here (the e2e test skips, or fails when they are required). */
export async function missingImageTools(): Promise<string[]> {
  const missing: string[] = [];
  for (const [tool, args] of [
    ['buildah', ['--version']],
    ['docker-registry', ['--version']],
    ['python3', ['-c', "import ctypes; ctypes.CDLL('libcrypt.so.1'); import moto"]],
  ] as const) {
    await exec(tool, [...args]).catch(() =>
      missing.push(tool === 'python3' ? 'python3 with moto and libcrypt' : tool),
    );
  }
  return missing;
}
