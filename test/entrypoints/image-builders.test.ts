import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildahBuilder } from '../../src/adapters/image/buildah-builder.js';
import { chooseBuilder, type BuilderContext } from '../../src/adapters/image/choose-builder.js';
import { DockerBuilder } from '../../src/adapters/image/docker-builder.js';
import type { RunTool, ToolOptions, ToolRun } from '../../src/adapters/image/run-tool.js';
import { ImageError } from '../../src/ports/image.js';
import { tempDir } from '../support/temp-dir.js';

interface Call {
  command: string;
  args: string[];
  input?: string;
}

/**
 * The process runner the builders use, replaced for these unit tests only: it records every
 * call and answers from `answers` (command and first arguments -> result); what it is not told
 * about is "not installed". The real tools run in test/e2e/build-image.e2e.ts.
 */
function fakeTools(answers: Record<string, Partial<ToolRun>>, onCall?: (call: Call) => void) {
  const calls: Call[] = [];
  const run: RunTool = (command, args, options: ToolOptions = {}) => {
    const call = {
      command,
      args: [...args],
      ...(options.input !== undefined ? { input: options.input } : {}),
    };
    calls.push(call);
    onCall?.(call);
    const key = Object.keys(answers).find((k) => `${command} ${args.join(' ')}`.startsWith(k));
    const answer = key === undefined ? { code: null, missing: true } : answers[key];
    return Promise.resolve({ code: 0, missing: false, output: '', ...answer });
  };
  return { run, calls };
}

const SECRET = 'pa55-w0rd';
const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const IMAGE = `${REGISTRY}/batchbench:ctx-0123456789abcdef0123`;
const SOURCE = { context: '/repo/image', dockerfile: 'docker/Dockerfile', platforms: ['linux/amd64'] };
const BOTH = { ...SOURCE, platforms: ['linux/amd64', 'linux/arm64'] };

function context(
  run: RunTool,
  env: NodeJS.ProcessEnv = {},
  registry = REGISTRY,
): BuilderContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    registry,
    credentials: { username: 'AWS', password: SECRET },
    run,
    log: (l) => lines.push(l),
    env,
    tmpDir: mkdtempSync(path.join(TMP, 'case-')),
    lines,
  };
}

const TMP = tempDir('bb-builders-');
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const INSPECT = (driver: string) => ({ output: `Name:   default\nDriver: ${driver}\n` });

describe('chooseBuilder', () => {
  it('auto takes docker buildx where it works, and buildah is not even asked', async () => {
    const tools = fakeTools({ 'docker buildx inspect': INSPECT('docker'), 'buildah --version': {} });
    const builder = await chooseBuilder('auto', context(tools.run));
    expect(builder.name).toBe('docker');
    expect(tools.calls.map((c) => c.command)).toEqual(['docker']);
  });

  it('auto falls back to buildah where docker is missing or its daemon is not reachable', async () => {
    const missing = fakeTools({ 'buildah --version': { output: 'buildah version 1.28.2' } });
    expect((await chooseBuilder('auto', context(missing.run))).name).toBe('buildah');
    const down = fakeTools({
      'docker buildx inspect': {
        code: 1,
        output: 'ERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock',
      },
      'buildah --version': {},
    });
    expect((await chooseBuilder('auto', context(down.run))).name).toBe('buildah');
  });

  it('buildah is taken as asked even where docker works', async () => {
    const tools = fakeTools({
      'docker buildx inspect': INSPECT('docker-container'),
      'buildah --version': {},
    });
    expect((await chooseBuilder('buildah', context(tools.run))).name).toBe('buildah');
    expect(tools.calls.map((c) => c.command)).toEqual(['buildah']);
  });

  it('says why no builder works, for each it tried', async () => {
    const down = fakeTools({
      'docker buildx inspect': { code: 1, output: 'x\nCannot connect to the Docker daemon\n' },
    });
    await expect(chooseBuilder('docker', context(down.run))).rejects.toThrow(
      new ImageError(
        'no image builder works here (builder: docker): docker buildx: Cannot connect to the Docker daemon. ' +
          'Install Docker with buildx or buildah, e.g. apt-get install buildah',
      ),
    );
    await expect(chooseBuilder('auto', context(fakeTools({}).run))).rejects.toThrow(
      'no image builder works here (builder: auto): docker buildx: docker is not installed; buildah: not installed.',
    );
  });
});

describe('DockerBuilder', () => {
  const CACHE_ENV = { ACTIONS_CACHE_URL: 'https://cache.example/', ACTIONS_RUNTIME_TOKEN: 'rt' };

  it('logs in through stdin, builds with --push, and logs out again; the password is never an argument', async () => {
    const tools = fakeTools({
      'docker buildx inspect': INSPECT('docker'),
      'docker login': {},
      'docker buildx build': {},
      'docker logout': {},
    });
    const builder = await chooseBuilder('docker', context(tools.run, CACHE_ENV));
    await builder.buildAndPush(SOURCE, IMAGE);
    // The plain docker driver cannot export a cache: no gha flags, although the runner has a cache.
    expect(tools.calls.slice(1)).toEqual([
      {
        command: 'docker',
        args: ['login', '--username', 'AWS', '--password-stdin', REGISTRY],
        input: SECRET,
      },
      {
        command: 'docker',
        args: [
          'buildx',
          'build',
          '--push',
          '--provenance=false',
          '--platform',
          'linux/amd64',
          '--tag',
          IMAGE,
          '--file',
          '/repo/image/docker/Dockerfile',
          '/repo/image',
        ],
      },
      { command: 'docker', args: ['logout', REGISTRY] },
    ]);
    for (const c of tools.calls) expect(c.args.join(' ')).not.toContain(SECRET);
  });

  it('uses the GitHub Actions cache, scoped to the repository, when the runner has one and the driver can export it', async () => {
    const tools = fakeTools({ 'docker buildx inspect': INSPECT('docker-container'), docker: {} });
    const ctx = context(tools.run, CACHE_ENV);
    await (await chooseBuilder('auto', ctx)).buildAndPush(SOURCE, IMAGE);
    const build = tools.calls.find((c) => c.args[1] === 'build');
    expect(build?.args).toEqual(
      expect.arrayContaining([
        '--cache-from',
        'type=gha,scope=batchbench',
        '--cache-to',
        'type=gha,mode=max,scope=batchbench',
      ]),
    );
    const plain = fakeTools({ 'docker buildx inspect': INSPECT('docker'), docker: {} });
    const plainCtx = context(plain.run, CACHE_ENV);
    await (await chooseBuilder('auto', plainCtx)).buildAndPush(SOURCE, IMAGE);
    expect(plain.calls.find((c) => c.args[1] === 'build')?.args).not.toContain('--cache-from');
    expect(plainCtx.lines.join('\n')).toContain('docker driver');
    const noService = fakeTools({ 'docker buildx inspect': INSPECT('docker-container'), docker: {} });
    await (await chooseBuilder('auto', context(noService.run))).buildAndPush(SOURCE, IMAGE);
    expect(noService.calls.find((c) => c.args[1] === 'build')?.args).not.toContain('--cache-from');
  });

  it('builds several platforms in one buildx build, which pushes one index', async () => {
    const tools = fakeTools({ docker: {} });
    await new DockerBuilder({ ...context(tools.run), ghaCache: false }).buildAndPush(BOTH, IMAGE);
    const build = tools.calls.find((c) => c.args[1] === 'build')?.args ?? [];
    expect(build.slice(build.indexOf('--platform'), build.indexOf('--platform') + 2)).toEqual([
      '--platform',
      'linux/amd64,linux/arm64',
    ]);
  });

  it('logs out also when the build fails, and the failure is the user’s to read, not a bug', async () => {
    const tools = fakeTools({ 'docker buildx build': { code: 1 }, docker: {} });
    const builder = new DockerBuilder({ ...context(tools.run), ghaCache: false });
    await expect(builder.buildAndPush(SOURCE, IMAGE)).rejects.toThrow(ImageError);
    expect(tools.calls.at(-1)?.args).toEqual(['logout', REGISTRY]);
  });
});

describe('BuildahBuilder', () => {
  it('builds and pushes in a storage of its own, with the password in a 0600 auth file removed afterwards', async () => {
    let authFile = '';
    let authSeen: { mode: number; content: unknown } | undefined;
    const tools = fakeTools({ buildah: {} }, (call) => {
      const i = call.args.indexOf('--authfile');
      if (i < 0 || authSeen) return;
      authFile = call.args[i + 1] as string;
      authSeen = {
        mode: statSync(authFile).mode & 0o777,
        content: JSON.parse(readFileSync(authFile, 'utf8')),
      };
    });
    const ctx = context(tools.run);
    await new BuildahBuilder(ctx).buildAndPush(SOURCE, IMAGE);
    const dir = path.dirname(authFile);
    const storage = ['--root', `${dir}/root`, '--runroot', `${dir}/runroot`, '--storage-driver', 'vfs'];
    expect(tools.calls).toEqual([
      {
        command: 'buildah',
        args: [
          ...storage,
          'bud',
          '--isolation',
          'chroot',
          '--authfile',
          authFile,
          '--platform',
          'linux/amd64',
          '-t',
          IMAGE,
          '-f',
          '/repo/image/docker/Dockerfile',
          '/repo/image',
        ],
      },
      { command: 'buildah', args: [...storage, 'push', '--authfile', authFile, IMAGE, `docker://${IMAGE}`] },
    ]);
    expect(authSeen).toEqual({
      mode: 0o600,
      content: { auths: { [REGISTRY]: { auth: Buffer.from(`AWS:${SECRET}`).toString('base64') } } },
    });
    for (const c of tools.calls) expect(c.args.join(' ')).not.toContain(SECRET);
    expect(readdirSync(ctx.tmpDir)).toEqual([]);
  });

  it('turns TLS verification off for a loopback registry only', async () => {
    const tools = fakeTools({ buildah: {} });
    const local = '127.0.0.1:5000';
    await new BuildahBuilder(context(tools.run, {}, local)).buildAndPush(SOURCE, `${local}/batchbench:ctx-1`);
    expect(tools.calls[1]?.args).toContain('--tls-verify=false');
    expect(tools.calls[0]?.args).not.toContain('--tls-verify=false');
  });

  it('builds several platforms into a manifest list and pushes it with all its images', async () => {
    const tools = fakeTools({ buildah: {} });
    await new BuildahBuilder(context(tools.run)).buildAndPush(BOTH, IMAGE);
    const [bud, push] = tools.calls.map((c) => c.args);
    expect(bud).toEqual(
      expect.arrayContaining(['--platform', 'linux/amd64,linux/arm64', '--manifest', IMAGE]),
    );
    expect(bud).not.toContain('-t');
    expect(push?.slice(push.indexOf('manifest'))).toEqual([
      'manifest',
      'push',
      '--all',
      '--authfile',
      expect.stringMatching(/auth\.json$/),
      IMAGE,
      `docker://${IMAGE}`,
    ]);
  });

  it('stops at a failed bud, pushes nothing and still removes its folder', async () => {
    const tools = fakeTools({ buildah: { code: 125 } });
    const ctx = context(tools.run);
    await expect(new BuildahBuilder(ctx).buildAndPush(SOURCE, IMAGE)).rejects.toThrow(
      new ImageError('buildah bud exited 125; its output is above'),
    );
    expect(tools.calls).toHaveLength(1);
    expect(readdirSync(ctx.tmpDir)).toEqual([]);
  });
});
