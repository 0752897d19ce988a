import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, parseAnnotation, runBundled, type RunOptions } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * actions/build-image, bundled, where it decides without building: files with nothing to build,
 * input and file mistakes, and no builder. The builds themselves run for real in
 * test/e2e/build-image.e2e.ts (buildah, docker-registry, moto's ECR).
 */
const WORK = tempDir('bb-build-image-action-');
const EMPTY_PATH = tempDir('bb-no-tools-');
afterAll(() => {
  for (const dir of [WORK, EMPTY_PATH]) rmSync(dir, { recursive: true, force: true });
});

const BASE = `version: 1
run: { command: [/bin/true] }
compute: { backend: aws-batch, region: eu-west-1, queue: q, instance-type: c5.large }
results: { store: 's3://bucket/experiments/' }
`;

function experiment(name: string, image: string): string {
  const file = `experiments/${name}.yaml`;
  mkdirSync(path.join(WORK, 'experiments'), { recursive: true });
  writeFileSync(path.join(WORK, file), `name: ${name}\n${image}${BASE}`);
  return file;
}

mkdirSync(path.join(WORK, 'image'), { recursive: true });
writeFileSync(path.join(WORK, 'image/Dockerfile'), 'FROM scratch\n');
writeFileSync(path.join(WORK, 'Dockerfile.outside'), 'FROM scratch\n');

const action = (inputs: Record<string, string>, options: RunOptions = {}) =>
  runBundled('build-image', {
    cwd: WORK,
    inputs,
    ...options,
    // No AWS anywhere: a run that called AWS would fail to reach it.
    env: {
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      ...options.env,
    },
  });

describe('actions/build-image without a build', () => {
  it('hands on the image.uri of a file that names its image, and builds nothing', async () => {
    const file = experiment('named', 'image: { uri: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/beam:7 }\n');
    const run = await action({ experiment: file });
    expect(errorsOf(run)).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      'image-uri': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/beam:7',
      tag: '',
      skipped: 'true',
    });
    expect(run.stdout).toContain('names its image');
  });

  it('outputs no image for a file without one, and says what submit then needs', async () => {
    const run = await action({ experiment: experiment('imageless', '') });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ 'image-uri': '', tag: '', skipped: 'true' });
    expect(run.stdout).toContain(
      "has no image.build: nothing to build (an aws-batch run then needs image.uri or submit's image-uri)",
    );
  });

  it('builds nothing for a file whose jobs all run locally (the local backend uses no image)', async () => {
    mkdirSync(path.join(WORK, 'experiments'), { recursive: true });
    const file = 'experiments/on-host.yaml';
    writeFileSync(
      path.join(WORK, file),
      'version: 1\nname: on-host\nimage:\n  build: { context: image }\nrun: { command: [/bin/true] }\n',
    );
    const run = await action({ experiment: file });
    expect(errorsOf(run)).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ 'image-uri': '', tag: '', skipped: 'true' });
    expect(run.stdout).toContain('runs no job on AWS Batch: nothing to build');
  });
});

describe('actions/build-image mistakes: a plain failure that names the input or the place in the file', () => {
  it('points at image.build.context in the file when the folder is not there', async () => {
    const file = experiment('lost', 'image:\n  build: { context: not-here }\n');
    const run = await action({ experiment: file });
    expect(run.code).toBe(1);
    const [error] = run.annotations.map(parseAnnotation).filter((a) => a.props.file === file);
    expect(error).toMatchObject({
      level: 'error',
      props: { file, line: '3', col: '21' },
      message: 'image.build.context not-here is not a folder of the repository',
    });
    // The user error is the step's failure: one annotation at its place, no second unlocated copy.
    expect(run.annotations.filter((a) => a.startsWith('::error'))).toHaveLength(1);
    expect(run.outputs).toEqual({});
  });

  it('refuses a Dockerfile outside the context (a change to it would not change the tag) and one that is not there', async () => {
    const outside = await action({
      experiment: experiment(
        'outside',
        'image:\n  build: { context: image, dockerfile: ../Dockerfile.outside }\n',
      ),
    });
    expect(outside.code).toBe(1);
    // Caught when the file is checked, at its key, before anything is looked at on disk.
    expect(outside.stdout).toContain(
      'image.build.dockerfile "../Dockerfile.outside" climbs out of the build context with ".."',
    );
    const missing = await action({
      experiment: experiment(
        'nodockerfile',
        'image:\n  build: { context: image, dockerfile: Dockerfile.gpu }\n',
      ),
    });
    expect(missing.stdout).toContain('image.build.dockerfile: no file Dockerfile.gpu in image');
  });

  it.each([
    [{ builder: 'podman' }, "builder takes auto, docker, buildah, not 'podman'"],
    [{ repository: 'Bench/Image' }, "repository 'Bench/Image' is not a repository name"],
    [
      { 'registry-username': 'me', 'registry-password': 'pw' },
      'registry-username and registry-password go with the registry input',
    ],
    [
      { registry: 'registry.example:5000', 'registry-username': 'me' },
      'registry-username and registry-password are given together',
    ],
    [
      { platforms: 'linux/amd64,linux/s390x' },
      "platforms: 'linux/s390x' is not one of linux/amd64, linux/arm64",
    ],
  ])('%j', async (inputs, message) => {
    const run = await action({
      experiment: experiment('built', 'image:\n  build: { context: image }\n'),
      ...inputs,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(message);
    expect(run.stdout).not.toContain('bug of batchbench');
  });
});

describe('actions/build-image when the image must be built and no builder is installed', () => {
  let registry: http.Server;
  const asked: string[] = [];
  beforeAll(async () => {
    // A registry without the tag: its answer is what makes a builder necessary.
    registry = http.createServer((req, res) => {
      asked.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => registry.close(() => resolve())));

  it('asks the registry first, then says which builders it tried and why each cannot work', async () => {
    const host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
    const run = await action(
      {
        experiment: experiment('built', 'image:\n  build: { context: image }\n'),
        registry: host,
        'registry-username': 'me',
        'registry-password': 'pw-from-a-secret',
        builder: 'buildah',
      },
      { env: { PATH: EMPTY_PATH } },
    );
    expect(run.code).toBe(1);
    expect(asked).toEqual([
      expect.stringMatching(
        new RegExp(
          `^HEAD /v2/batchbench/manifests/ctx-[0-9a-f]{20} Basic ${Buffer.from('me:pw-from-a-secret').toString('base64')}$`,
        ),
      ),
    ]);
    expect(run.stdout).toContain(`${host}/batchbench:ctx-`);
    expect(run.stdout).toContain('is not in the registry');
    expect(run.stdout).toContain('no image builder works here (builder: buildah): buildah: not installed.');
    expect(run.stdout).toContain('::add-mask::pw-from-a-secret');
    expect(run.outputs).toEqual({});
  });
});
