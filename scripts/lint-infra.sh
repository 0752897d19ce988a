#!/usr/bin/env bash
# Lints the CloudFormation templates under infra/ with cfn-lint, informational checks included.
# Any finding fails; a justified exception belongs in the template as a resource-level
# Metadata cfn-lint ignore_checks entry next to its reason.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cfn-lint >/dev/null 2>&1; then
  echo "lint-infra: cfn-lint is not installed (pip install cfn-lint); infra/ was NOT linted." >&2
  exit 0
fi

shopt -s nullglob
templates=(infra/*.cfn.yaml)
if [ ${#templates[@]} -eq 0 ]; then
  echo "lint-infra: no infra/*.cfn.yaml templates found" >&2
  exit 1
fi

echo "lint-infra: $(cfn-lint --version) on ${templates[*]}"
cfn-lint --include-checks I -- "${templates[@]}"
echo "lint-infra: no findings"
