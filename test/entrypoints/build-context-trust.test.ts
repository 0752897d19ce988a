import { lstat, mkdir, readFile, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFiles, contextTag, stageContext } from '../../src/adapters/image/build-context.js';
import { checkExperiment } from '../../src/app/check-experiment.js';
import { loadPrices } from '../../src/adapters/prices.js';
import { buildContextProblems } from '../../src/domain/experiment/checks/build-context.js';
import { bundleEntry } from './bundle-entry.js';
import { runBundled } from './run-bundled.js';
import { tempDir } from '../support/temp-dir.js';

const BASE = `version: 1
name: ctx
run: { command: [/bin/true] }
compute: { backend: aws-batch, region: eu-west-1, queue: q, instance-type: c5.large }
results: { store: 's3://bucket/experiments/' }
`;

let top: string;
let repo: string;
beforeAll(async () => {
  top = tempDir('bb-ctx-trust-');
  repo = path.join(top, 'repo');
  await mkdir(path.join(repo, '.git'), { recursive: true });
  await writeFile(path.join(repo, '.git/config'), '[http] extraheader = AUTHORIZATION: basic c2VjcmV0\n');
  await mkdir(path.join(repo, 'image/sub'), { recursive: true });
  await writeFile(path.join(repo, 'image/Dockerfile'), 'FROM scratch\n');
  await writeFile(path.join(repo, 'image/sub/a.txt'), 'a\n');
  await writeFile(path.join(top, 'outside.txt'), 'one\n');
  await symlink(path.join(top, 'outside.txt'), path.join(repo, 'image/leak'));
  await symlink(top, path.join(repo, 'up'));
  await mkdir(path.join(repo, 'experiments'));
});
afterAll(() => rm(top, { recursive: true, force: true }));

describe('image.build.context stays inside the repository', () => {
  it('validation refuses /, absolute paths, ".." out of the repository and .git, at their key', async () => {
    const why = (context: string, dockerfile = 'Dockerfile') =>
      buildContextProblems({ image: { build: { context, dockerfile } } }).map((p) => p.message);
    for (const bad of ['/', '/home/runner', '..', '../..', 'a/../../x', 'C:\\x', '.git', 'sub/.git/hooks'])
      expect(why(bad), bad).toHaveLength(1);
    for (const good of ['.', './image', 'a/../image', 'containers/solver'])
      expect(why(good), good).toEqual([]);
    expect(why('.', '../Dockerfile')[0]).toMatch(/climbs out of the build context/);

    const text = `${BASE}image:\n  build: { context: ../.. }\n`;
    const checked = checkExperiment('experiments/ctx.yaml', text, { prices: await loadPrices() });
    const problem = checked.problems.find((p) => p.message.includes('image.build.context'));
    expect(problem).toMatchObject({ severity: 'error', line: 7 });
    expect(problem?.message).toMatch(/climbs out of the repository/);
  });

  it('.git never counts in the context, and a symlink is hashed and sent as a link, never followed', async () => {
    const files = await contextFiles(repo, 'image/Dockerfile');
    expect(files.some((f) => f.path.startsWith('.git'))).toBe(false);
    expect(files.find((f) => f.path === 'image/leak')?.link).toBe(path.join(top, 'outside.txt'));
    const before = await contextTag(path.join(repo, 'image'));
    await writeFile(path.join(top, 'outside.txt'), 'two\n');
    expect(await contextTag(path.join(repo, 'image'))).toBe(before);

    const staged = await stageContext({ context: repo, dockerfile: 'image/Dockerfile' }, top);
    try {
      // Not recursive: the staged `up` link leads back above the repository, as it should.
      expect((await readdir(staged.context)).sort()).toEqual(['image', 'up']);
      expect(await readFile(path.join(staged.context, 'image/sub/a.txt'), 'utf8')).toBe('a\n');
      expect((await lstat(path.join(staged.context, 'image/leak'))).isSymbolicLink()).toBe(true);
      expect(await readlink(path.join(staged.context, 'image/leak'))).toBe(path.join(top, 'outside.txt'));
    } finally {
      await staged.remove();
    }
  });

  it('actions/build-image refuses a context that is a symlink out of the repository, before any login', async () => {
    await writeFile(path.join(repo, 'experiments/up.yaml'), `${BASE}image:\n  build: { context: up }\n`);
    const bundle = await bundleEntry('src/entrypoints/build-image.ts');
    try {
      const run = await runBundled('build-image', {
        script: bundle.script,
        cwd: repo,
        inputs: { experiment: 'experiments/up.yaml' },
        env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/image\.build\.context up leads out of the repository/);
      expect(run.stdout).not.toContain('unexpectedly');
    } finally {
      await bundle.remove();
    }
  });
});
