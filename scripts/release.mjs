#!/usr/bin/env node
// What the release workflow (.github/workflows/release.yml) needs to know about a tag, worked out
// here so that it is tested without GitHub (test/project/release-script.test.ts):
//
//   node scripts/release.mjs notes v1.2.3   the CHANGELOG.md section of 1.2.3, as Markdown
//   node scripts/release.mjs tags v1.2.3    the tags to move to the release, one a line: v1
//                                           (none for a pre-release such as v1.2.3-rc.1)
//
// Both refuse, with exit 2 and the reason, a tag that is not v<package.json version>, and a
// version CHANGELOG.md has no dated section for. --changelog FILE and --package FILE read other
// files than the repository's (for the tests).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');

class Refusal extends Error {}

/** The version of a release tag, checked against package.json's. */
function versionOf(tag, packageVersion) {
  const match = /^v(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/.exec(tag);
  if (!match)
    throw new Refusal(
      `${tag} is not a release tag: a release is tagged v<major>.<minor>.<patch>, e.g. v1.2.3`,
    );
  const version = tag.slice(1);
  if (version !== packageVersion)
    throw new Refusal(
      `${tag} does not match package.json's version ${packageVersion}: set "version" to ${version} (npm version ${version}), commit, and tag that commit`,
    );
  return { version, major: match[1], prerelease: match[4] !== undefined };
}

/** The body of the `## [version] - date` section of a Keep a Changelog file. */
function releaseNotes(changelog, version, file = 'CHANGELOG.md') {
  const lines = changelog.split(/\r?\n/);
  const heading = (l) => /^## /.test(l);
  const start = lines.findIndex(
    (l) =>
      heading(l) &&
      l
        .slice(3)
        .trim()
        .replace(/^\[([^\]]+)\].*$/, '$1') === version,
  );
  if (start < 0)
    throw new Refusal(
      `${file} has no section for ${version}: add "## [${version}] - YYYY-MM-DD" with what changed (move the Unreleased entries there)`,
    );
  if (!/ - \d{4}-\d{2}-\d{2}\s*$/.test(lines[start]))
    throw new Refusal(
      `${file}:${start + 1}: the ${version} section has no release date: write "## [${version}] - YYYY-MM-DD"`,
    );
  let end = lines.findIndex((l, i) => i > start && heading(l));
  if (end < 0) end = lines.length;
  // Link definitions ([0.1.0]: https://...) at the end of the file belong to no section.
  const body = lines.slice(start + 1, end).filter((l) => !/^\[[^\]]+\]:\s*\S+\s*$/.test(l));
  const notes = body.join('\n').trim();
  if (notes === '')
    throw new Refusal(`${file}:${start + 1}: the ${version} section is empty: say what changed`);
  return `${notes}\n`;
}

/** The tags a release moves to itself: its major (v1), as actions/ do; none for a pre-release. */
function tagsToMove(release) {
  return release.prerelease ? [] : [`v${release.major}`];
}

function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Refusal(`cannot read ${file}: ${error.message}`);
  }
}

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { changelog: { type: 'string' }, package: { type: 'string' } },
    allowPositionals: true,
  });
  const [command, tag] = positionals;
  if (!['notes', 'tags'].includes(command) || !tag || positionals.length !== 2)
    throw new Refusal(
      'usage: node scripts/release.mjs notes|tags vX.Y.Z [--changelog FILE] [--package FILE]',
    );
  const packageFile = values.package ?? path.join(root, 'package.json');
  const changelogFile = values.changelog ?? path.join(root, 'CHANGELOG.md');
  const release = versionOf(tag, JSON.parse(read(packageFile)).version);
  // Both commands check the notes, so a release never moves a tag it could not describe.
  const notes = releaseNotes(read(changelogFile), release.version, path.basename(changelogFile));
  process.stdout.write(
    command === 'notes'
      ? notes
      : tagsToMove(release)
          .map((t) => `${t}\n`)
          .join(''),
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const badOption = typeof error?.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof Refusal) && !badOption) throw error;
  process.stderr.write(`release: ${error.message}\n`);
  process.exitCode = 2;
}
