import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorsOf, runBundled, type ActionRun } from '../entrypoints/run-bundled.js';
import { motoClientConfig, startMoto, type MotoServer } from '../support/moto-server.js';
import { E2E_DIR } from './engine.js';
import { startRegistry, type Registry } from './registry.js';

const tools = inject('imageTools');
const FILE = 'experiments/imaged.yaml';
const REPOSITORY = 'bench/imaged';

/** An aws-batch experiment whose image is built from `image/` in the repository. */
const EXPERIMENT = `version: 1
name: imaged
image:
  build: { context: image }
run: { command: [/bin/busybox, cat, /app/message.txt] }
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot, instance-type: c5.large }
results: { store: 's3://bb-results/experiments/' }
`;

/**
 * FROM scratch (no Docker Hub here) with a static busybox: a COPY of the context, a RUN that the
 * builder really executes, and an entrypoint. `*.tmp` files are .dockerignored.
 */
const DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
COPY app/ /app/
RUN ["/bin/busybox", "sh", "-c", "/bin/busybox wc -c < /app/message.txt > /app/size.txt"]
ENTRYPOINT ["/bin/busybox", "cat", "/app/message.txt"]
`;

/**
 * Two stages on Batch, one on Intel and one on Graviton: one image must run on both. COPY only,
 * so that the arm64 half builds on this amd64 machine without emulation.
 */
const MULTI_FILE = 'experiments/multi.yaml';
const MULTI = `version: 1
name: multi
image:
  build: { context: multi }
compute: { backend: aws-batch, region: us-east-1, queue: bb-spot }
results: { store: 's3://bb-results/experiments/' }
stages:
  prepare:
    run: { command: [/app/prepare] }
    compute: { instance-type: m7i.large }
  train:
    needs: [prepare]
    run: { command: [/app/train] }
    compute: { instance-type: c7g.large }
`;

async function workspace(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bb-build-image-'));
  await mkdir(path.join(work, 'experiments'));
  await mkdir(path.join(work, 'image/app'), { recursive: true });
  await writeFile(path.join(work, FILE), EXPERIMENT);
  await writeFile(path.join(work, 'image/Dockerfile'), DOCKERFILE);
  await writeFile(path.join(work, 'image/.dockerignore'), '**/*.tmp\n');
  await copyFile('/bin/busybox', path.join(work, 'image/busybox'));
  await chmod(path.join(work, 'image/busybox'), 0o755);
  await writeFile(path.join(work, 'image/app/message.txt'), 'first build\n');
  await writeFile(path.join(work, 'image/app/scratch.tmp'), 'left out\n');
  return work;
}

describe.skipIf(!tools.ok)(
  `build-image with buildah into docker-registry, logged in through moto's ECR${tools.ok ? '' : ` (skipped: ${tools.reason})`}`,
  () => {
    let moto: MotoServer;
    let registry: Registry;
    let password: string;
    let work: string;
    /** A folder with no buildah in it: a run that needed a builder would fail there. */
    let noTools: string;

    const build = (options: { env?: Record<string, string>; inputs?: Record<string, string> } = {}) =>
      runBundled('build-image', {
        cwd: work,
        inputs: {
          experiment: FILE,
          repository: REPOSITORY,
          registry: registry.host,
          builder: 'buildah',
          ...options.inputs,
        },
        env: {
          AWS_ENDPOINT_URL: moto.endpoint,
          AWS_ACCESS_KEY_ID: 'testing',
          AWS_SECRET_ACCESS_KEY: 'testing',
          AWS_REGION: 'us-east-1',
          ...options.env,
        },
      });

    /** What the run logged, less the mask commands (the runner hides the value in every later line). */
    const leaked = (run: ActionRun) =>
      [...run.stdout.split('\n'), ...run.stderr.split('\n')].filter(
        (l) => l.includes(password) && !l.startsWith('::add-mask::'),
      );

    beforeAll(async () => {
      if (!tools.ok) return;
      moto = await startMoto();
      // The registry takes what moto's ECR hands out, as ECR's registry takes its own tokens.
      const ecr = new ECRClient(motoClientConfig(moto.endpoint));
      const token = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0]
        ?.authorizationToken;
      ecr.destroy();
      const [username, pass] = Buffer.from(token ?? '', 'base64')
        .toString()
        .split(':') as [string, string];
      password = pass;
      registry = await startRegistry(E2E_DIR, { username, password });
      work = await workspace();
      noTools = await mkdtemp(path.join(os.tmpdir(), 'bb-no-tools-'));
    });

    afterAll(async () => {
      await registry?.stop();
      await moto?.stop();
      for (const dir of [work, noTools]) if (dir) await rm(dir, { recursive: true, force: true });
    });

    let first: ActionRun;

    it('builds and pushes the image: the manifest is in the registry and holds the context', async () => {
      first = await build();
      expect(errorsOf(first), first.stdout).toBe('');
      expect(first.code, first.stdout).toBe(0);
      const tag = first.outputs.tag as string;
      expect(tag).toMatch(/^ctx-[0-9a-f]{20}$/);
      expect(first.outputs).toEqual({
        'image-uri': `${registry.host}/${REPOSITORY}:${tag}`,
        tag,
        skipped: 'false',
      });
      expect(first.stdout).toContain('builder: buildah');
      expect(await registry.manifest(REPOSITORY, tag)).toEqual({
        status: 200,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
      });
      const root = path.join(work, 'unpacked-1');
      const config = await registry.unpack(REPOSITORY, tag, root);
      expect(config.Entrypoint).toEqual(['/bin/busybox', 'cat', '/app/message.txt']);
      expect(await readFile(path.join(root, 'app/message.txt'), 'utf8')).toBe('first build\n');
      // The RUN step ran inside the image: busybox counted the message's bytes.
      expect((await readFile(path.join(root, 'app/size.txt'), 'utf8')).trim()).toBe('12');
      await expect(stat(path.join(root, 'app/scratch.tmp'))).rejects.toThrow(/ENOENT/);
      // The password reaches buildah through a 0600 auth file only, and is masked in the log.
      expect(first.stdout).toContain(`::add-mask::${password}`);
      expect(leaked(first)).toEqual([]);
    });

    it('builds nothing for an unchanged context: skipped, and no builder is even looked for', async () => {
      const again = await build({ env: { PATH: noTools } });
      expect(errorsOf(again), again.stdout).toBe('');
      expect(again.code, again.stdout).toBe(0);
      expect(again.outputs).toEqual({ ...first.outputs, skipped: 'true' });
      expect(again.stdout).toContain('nothing to build');
      expect(again.stdout).not.toContain('buildah');
    });

    it('builds nothing when only a .dockerignored file changes', async () => {
      await writeFile(path.join(work, 'image/app/scratch.tmp'), 'changed, still left out\n');
      await writeFile(path.join(work, 'image/app/more.tmp'), 'new, left out too\n');
      const ignored = await build({ env: { PATH: noTools } });
      expect(ignored.code, ignored.stdout).toBe(0);
      expect(ignored.outputs).toEqual({ ...first.outputs, skipped: 'true' });
    });

    it('builds a new tag when a file of the context changes, and keeps the old one', async () => {
      await writeFile(path.join(work, 'image/app/message.txt'), 'second build, longer\n');
      const changed = await build();
      expect(errorsOf(changed), changed.stdout).toBe('');
      expect(changed.code, changed.stdout).toBe(0);
      const tag = changed.outputs.tag as string;
      expect(tag).toMatch(/^ctx-[0-9a-f]{20}$/);
      expect(tag).not.toBe(first.outputs.tag);
      expect(changed.outputs).toEqual({
        'image-uri': `${registry.host}/${REPOSITORY}:${tag}`,
        tag,
        skipped: 'false',
      });
      const root = path.join(work, 'unpacked-2');
      await registry.unpack(REPOSITORY, tag, root);
      expect(await readFile(path.join(root, 'app/message.txt'), 'utf8')).toBe('second build, longer\n');
      expect((await readFile(path.join(root, 'app/size.txt'), 'utf8')).trim()).toBe('21');
      expect((await registry.manifest(REPOSITORY, first.outputs.tag as string)).status).toBe(200);
    });

    it('builds one image for amd64 and arm64 when the stages run on Intel and Graviton: an index of both', async () => {
      await mkdir(path.join(work, 'multi/app'), { recursive: true });
      await writeFile(path.join(work, 'multi/Dockerfile'), 'FROM scratch\nCOPY app/ /app/\n');
      await writeFile(path.join(work, 'multi/app/message.txt'), 'on both\n');
      await writeFile(path.join(work, MULTI_FILE), MULTI);
      const multi = await build({ inputs: { experiment: MULTI_FILE } });
      expect(errorsOf(multi), multi.stdout).toBe('');
      expect(multi.code, multi.stdout).toBe(0);
      expect(multi.stdout).toContain(
        'platforms: linux/amd64, linux/arm64, for the instance types m7i.large, c7g.large',
      );
      const tag = multi.outputs.tag as string;
      expect(multi.outputs.skipped).toBe('false');
      expect(await registry.platforms(REPOSITORY, tag)).toEqual(['linux/amd64', 'linux/arm64']);
      // The same context for amd64 alone is another image, with its own tag.
      const amd = await build({ inputs: { experiment: MULTI_FILE, platforms: 'linux/amd64' } });
      expect(amd.code, amd.stdout).toBe(0);
      expect(amd.outputs.tag).not.toBe(tag);
      expect(await registry.manifest(REPOSITORY, amd.outputs.tag as string)).toEqual({
        status: 200,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
      });
      // Unchanged, the index is found in the registry: nothing is built, no builder is looked for.
      const again = await build({ inputs: { experiment: MULTI_FILE }, env: { PATH: noTools } });
      expect(again.code, again.stdout).toBe(0);
      expect(again.outputs).toEqual({ ...multi.outputs, skipped: 'true' });
    });

    it('fails plainly, naming the registry, when the registry refuses the credentials; the password stays out of the log', async () => {
      password = 'not-the-password';
      const refused = await build({
        inputs: { 'registry-username': 'AWS', 'registry-password': password },
        env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' },
      });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain(
        `registry ${registry.host} refused the credentials for ${REPOSITORY} (HTTP 401)`,
      );
      expect(refused.stdout).not.toContain('bug of batchbench');
      expect(leaked(refused)).toEqual([]);
    });
  },
);
