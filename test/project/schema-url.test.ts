import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExperiment } from '../../src/app/check-experiment.js';
import { loadPrices } from '../../src/adapters/prices.js';
import { PROJECT, githubRepository, majorTag, schemaUrl } from '../../src/domain/project.js';
import { tempDir } from '../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; repository: { url: string } };

describe('the schema URL, the package version and the files that point at it', () => {
  it('is the schema file at the release tag of the package version, in the package repository', () => {
    expect(PROJECT.version).toBe(pkg.version);
    expect(PROJECT.repository).toBe('batchbench/batchbench');
    expect(schemaUrl('experiment')).toBe(
      `https://raw.githubusercontent.com/batchbench/batchbench/v${pkg.version}/schema/experiment.schema.json`,
    );
  });

  it.each(['experiment', 'report'] as const)('is the $id of schema/%s.schema.json', (name) => {
    const schema = JSON.parse(read(`schema/${name}.schema.json`)) as { $id: string };
    expect(schema.$id).toBe(schemaUrl(name));
    // The URL names the file it is the $id of, at the path it has in the repository.
    expect(schema.$id.endsWith(`/v${pkg.version}/schema/${name}.schema.json`)).toBe(true);
  });

  it('is what every shipped experiment file and the README point their $schema at', () => {
    const files = [
      ...readdirSync(path.join(root, 'experiments'))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `experiments/${f}`),
      'README.md',
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const lines = read(file)
        .split('\n')
        .filter((l) => l.includes('$schema='));
      expect(lines.length, `${file} has no $schema line`).toBeGreaterThan(0);
      for (const line of lines)
        expect(line, file).toBe(`# yaml-language-server: $schema=${schemaUrl('experiment')}`);
    }
  });

  it('leaves the schema usable by the validator: a shipped file still validates against it', async () => {
    const file = 'experiments/monte-carlo-scaling.yaml';
    const checked = checkExperiment(file, read(file), { prices: await loadPrices(), localConcurrency: 2 });
    expect(checked.problems).toEqual([]);
  });
});

describe('scripts/sync-version.mjs (npm version runs it)', () => {
  it('moves the $id and every $schema line to the tag of a new version, and nothing else', () => {
    const copy = tempDir('batchbench-sync-');
    try {
      for (const entry of ['schema', 'experiments', 'README.md', 'package.json', 'scripts/sync-version.mjs'])
        cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
      writeFileSync(path.join(copy, 'package.json'), JSON.stringify({ ...pkg, version: '7.8.9' }));
      const r = spawnSync(process.execPath, [path.join(copy, 'scripts/sync-version.mjs')], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      const url = schemaUrl('experiment', '7.8.9');
      expect(
        (
          JSON.parse(readFileSync(path.join(copy, 'schema/experiment.schema.json'), 'utf8')) as {
            $id: string;
          }
        ).$id,
      ).toBe(url);
      for (const file of readdirSync(path.join(copy, 'experiments'))) {
        const before = read(`experiments/${file}`);
        const after = readFileSync(path.join(copy, 'experiments', file), 'utf8');
        expect(after, file).toBe(before.replace(schemaUrl('experiment'), url));
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the major tag and the repository name', () => {
  it('is v<major>, for 0.x too', () => {
    expect(majorTag('0.1.0')).toBe('v0');
    expect(majorTag('1.2.3')).toBe('v1');
    expect(majorTag('12.0.0-rc.1')).toBe('v12');
    expect(() => majorTag('dev')).toThrow(/not a semantic version/);
  });

  it('reads owner/name from the forms package.json repository URLs take', () => {
    expect(githubRepository('git+https://github.com/batchbench/batchbench.git')).toBe(
      'batchbench/batchbench',
    );
    expect(githubRepository('https://github.com/a-b/c.d')).toBe('a-b/c.d');
    expect(githubRepository('git@github.com:o/n.git')).toBe('o/n');
    expect(() => githubRepository('https://gitlab.com/o/n.git')).toThrow(/not a GitHub repository/);
  });
});
