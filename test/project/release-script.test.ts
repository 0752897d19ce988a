import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = tempDir('batchbench-release-');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CHANGELOG = `# Changelog

Intro.

## [Unreleased]

### Added

- Something not released yet.

## [1.2.3] - 2027-03-01

### Fixed

- The thing that broke.

## [1.2.3-rc.1] - 2027-02-20

- A candidate.

## [1.2.2] - 2027-02-01

### Added

- An older feature.

## [1.2.1]

- Never dated.

## [1.2.0] - 2027-01-01

[Unreleased]: https://github.com/o/n/compare/v1.2.3...HEAD
[1.2.3]: https://github.com/o/n/releases/tag/v1.2.3
`;

/** scripts/release.mjs as release.yml runs it, on this CHANGELOG and a package.json of `version`. */
function release(command: string, tag: string, version: string, changelog = CHANGELOG) {
  const dir = mkdtempSync(path.join(tmp, 'case-'));
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'batchbench', version }));
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts/release.mjs'),
      command,
      tag,
      '--changelog',
      path.join(dir, 'CHANGELOG.md'),
      '--package',
      path.join(dir, 'package.json'),
    ],
    { encoding: 'utf8' },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/release.mjs', () => {
  it("prints the tag's CHANGELOG section, without the headings around it", () => {
    const r = release('notes', 'v1.2.3', '1.2.3');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('### Fixed\n\n- The thing that broke.\n');
  });

  it('leaves out the link definitions after the last section', () => {
    const last = CHANGELOG.replace('## [1.2.0] - 2027-01-01\n', '## [1.2.0] - 2027-01-01\n\n- The first.\n');
    expect(release('notes', 'v1.2.0', '1.2.0', last).stdout).toBe('- The first.\n');
  });

  it('moves the major tag of a release, and none for a pre-release', () => {
    expect(release('tags', 'v1.2.3', '1.2.3')).toMatchObject({ code: 0, stdout: 'v1\n' });
    expect(release('tags', 'v1.2.3-rc.1', '1.2.3-rc.1')).toMatchObject({ code: 0, stdout: '' });
    const zero = CHANGELOG.replace('## [1.2.2]', '## [0.4.0]');
    expect(release('tags', 'v0.4.0', '0.4.0', zero)).toMatchObject({ code: 0, stdout: 'v0\n' });
  });

  it.each([
    [
      'a tag that is not v<package version>',
      'v1.2.4',
      '1.2.3',
      /v1\.2\.4 does not match package\.json's version 1\.2\.3/,
    ],
    ['a tag that is not a release tag', 'release-1.2.3', '1.2.3', /not a release tag/],
    ['a version the CHANGELOG has no section for', 'v2.0.0', '2.0.0', /no section for 2\.0\.0/],
    [
      'a section with no date',
      'v1.2.1',
      '1.2.1',
      /CHANGELOG\.md:\d+: the 1\.2\.1 section has no release date/,
    ],
    ['an empty section', 'v1.2.0', '1.2.0', /CHANGELOG\.md:\d+: the 1\.2\.0 section is empty/],
  ])('refuses %s with exit 2 and why, for notes and tags alike', (_, tag, version, why) => {
    for (const command of ['notes', 'tags']) {
      const r = release(command, tag, version);
      expect(r.code, command).toBe(2);
      expect(r.stdout, command).toBe('');
      expect(r.stderr, command).toMatch(why);
    }
  });

  it('refuses a bad command line with the usage', () => {
    const r = release('publish', 'v1.2.3', '1.2.3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/release.mjs notes|tags');
  });

  it("describes this repository's own version: its CHANGELOG is ready for the tag of package.json's version", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/release.mjs'), 'notes', `v${version}`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
  });
});
