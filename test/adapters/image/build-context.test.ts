import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contextFiles,
  contextTag,
  isIgnored,
  parseDockerignore,
} from '../../../src/adapters/image/build-context.js';
import { tempDir } from '../../support/temp-dir.js';

function context(files: Record<string, string>): string {
  const dir = tempDir('bb-ctx-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('.dockerignore as docker reads it', () => {
  const rules = parseDockerignore(
    [
      '# comment',
      'node_modules',
      '/build/',
      '**/*.log',
      '*.md',
      '!README.md',
      'data/**',
      '!data/keep.csv',
    ].join('\n'),
  );
  it.each([
    ['node_modules/x/index.js', true],
    ['build/out.bin', true],
    ['src/build/out.bin', false],
    ['src/deep/trace.log', true],
    ['CHANGES.md', true],
    ['README.md', false],
    ['docs/guide.md', false],
    ['data/big.csv', true],
    ['data/keep.csv', false],
    ['src/main.py', false],
  ])('%s ignored: %s', (file, ignored) => {
    expect(isIgnored(file, rules)).toBe(ignored);
  });
});

describe('the context tag', () => {
  it('is the same for an unchanged context, and changes with a sent file, its mode, but not an ignored one', async () => {
    const dir = context({
      Dockerfile: 'FROM scratch\nCOPY . /app\n',
      '.dockerignore': 'tmp\n*.log\n',
      'app/main.sh': 'echo hi\n',
      'tmp/cache.bin': 'x',
      'run.log': 'noise',
    });
    const first = await contextTag(dir);
    expect(first).toMatch(/^ctx-[0-9a-f]{20}$/);
    expect(await contextTag(dir)).toBe(first);
    expect((await contextFiles(dir)).map((f) => f.path)).toEqual([
      '.dockerignore',
      'Dockerfile',
      'app/main.sh',
    ]);

    writeFileSync(path.join(dir, 'tmp/cache.bin'), 'changed');
    writeFileSync(path.join(dir, 'other.log'), 'more noise');
    expect(await contextTag(dir)).toBe(first);

    chmodSync(path.join(dir, 'app/main.sh'), 0o755);
    const executable = await contextTag(dir);
    expect(executable).not.toBe(first);

    writeFileSync(path.join(dir, 'app/main.sh'), 'echo bye\n');
    expect(await contextTag(dir)).not.toBe(executable);
  });

  it('differs for two Dockerfiles of one context', async () => {
    const dir = context({ Dockerfile: 'FROM scratch\n', 'Dockerfile.gpu': 'FROM scratch\nENV GPU=1\n' });
    expect(await contextTag(dir, 'Dockerfile.gpu')).not.toBe(await contextTag(dir, 'Dockerfile'));
  });

  it('differs when the platforms differ, so an arm64 build is never mistaken for an amd64 one', async () => {
    const dir = context({ Dockerfile: 'FROM scratch\n' });
    const amd = await contextTag(dir, 'Dockerfile', ['linux/amd64']);
    expect(await contextTag(dir)).toBe(amd);
    expect(await contextTag(dir, 'Dockerfile', ['linux/amd64', 'linux/arm64'])).not.toBe(amd);
    expect(await contextTag(dir, 'Dockerfile', ['linux/arm64'])).not.toBe(amd);
  });

  it('always counts the Dockerfile, even when .dockerignore lists it', async () => {
    const dir = context({ Dockerfile: 'FROM scratch\n', '.dockerignore': 'Dockerfile\n' });
    const before = await contextTag(dir);
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nENV A=1\n');
    expect(await contextTag(dir)).not.toBe(before);
  });
});
