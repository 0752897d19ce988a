// Compiling the experiment schema costs every command and action step 100 to 200 ms. The
// bundles (dist/ and the benchmarks) get it compiled ahead of time instead, with the options and
// schema src/domain/experiment/experiment-validator.ts compiles at run time (what the unit tests
// use): Ajv's standalone code in that module's place.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const MODULE = /[\\/]src[\\/]domain[\\/]experiment[\\/]experiment-validator\.ts$/;

const json = async (file) => JSON.parse(await readFile(new URL(`../${file}`, import.meta.url), 'utf8'));

/**
 * The esbuild plugin. `required`: the build fails when no bundled module is the validator, so a
 * rename of that module cannot silently bring back the run-time compile (it did once).
 */
export async function precompiledSchema({ required = false } = {}) {
  const ajvOptions = await json('src/domain/experiment/ajv-options.json');
  const ajv = new Ajv({ ...ajvOptions, code: { source: true, esm: true } });
  const contents =
    standaloneCode.default(ajv, ajv.compile(await json('schema/experiment.schema.json'))) +
    '\nexport function compileExperimentValidator() { return validate; }\n';
  return {
    name: 'precompiled-experiment-schema',
    setup(b) {
      let replaced = false;
      b.onLoad({ filter: MODULE }, (args) => {
        replaced = true;
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
      b.onEnd(() =>
        required && !replaced
          ? {
              errors: [
                { text: `no module matched ${MODULE}: the experiment schema would be compiled at run time` },
              ],
            }
          : undefined,
      );
    },
  };
}
