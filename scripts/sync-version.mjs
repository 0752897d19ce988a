#!/usr/bin/env node
// Points the schemas' $id and the $schema line of every shipped experiment file and the README
// at the release tag of package.json's version. Run by `npm version X.Y.Z` (the "version"
// lifecycle script), so a release never ships a schema URL of another version;
// test/project/schema-url.test.ts fails when anything is out of step.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const repo = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(pkg.repository.url)?.[1];
if (!repo) throw new Error(`package.json: repository.url ${pkg.repository.url} is not a GitHub repository`);
const url = (name) => `https://raw.githubusercontent.com/${repo}/v${pkg.version}/schema/${name}.schema.json`;

function rewrite(file, edit) {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  if (after !== before) {
    writeFileSync(full, after);
    console.log(`updated ${file}`);
  }
}

for (const name of ['experiment', 'report'])
  rewrite(`schema/${name}.schema.json`, (t) => t.replace(/("\$id":\s*")[^"]*(")/, `$1${url(name)}$2`));
const yamls = readdirSync(path.join(root, 'experiments'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `experiments/${f}`);
for (const file of [...yamls, 'README.md'])
  rewrite(file, (t) =>
    t.replace(
      /^# yaml-language-server: \$schema=.*$/gm,
      `# yaml-language-server: $schema=${url('experiment')}`,
    ),
  );
