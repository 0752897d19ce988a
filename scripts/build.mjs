// Bundles the CLI and each action into dist/ with esbuild: one build, an entry per action
// (dist/<action>/index.js, which actions/<action>/action.yml points at), shared chunks. dist/ is committed, so the
// output must be byte-for-byte reproducible: no timestamps, no absolute paths, no minified names
// that change with the esbuild version's mood.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildLauncher } from './launcher-build.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const entries = {
  cli: 'src/cli/index.ts',
  'main/index': 'src/entrypoints/main.ts',
  'validate/index': 'src/entrypoints/validate.ts',
  'report/index': 'src/entrypoints/report.ts',
  'submit/index': 'src/entrypoints/submit.ts',
  'wait/index': 'src/entrypoints/wait.ts',
  'wait/post': 'src/entrypoints/wait-post.ts',
  'build-image/index': 'src/entrypoints/build-image.ts',
  'campaign/index': 'src/entrypoints/campaign.ts',
};

// Compiling the experiment schema costs an action about 100 ms at start-up, on every step. The
// bundles get it compiled here instead, with the options and schema src/domain/experiment/experiment-validator.ts
// compiles at run time (what the unit tests use): Ajv's standalone code in that module's place.
const json = async (file) => JSON.parse(await readFile(new URL(`../${file}`, import.meta.url), 'utf8'));
const ajvOptions = await json('src/domain/experiment/ajv-options.json');
const ajv = new Ajv({ ...ajvOptions, code: { source: true, esm: true } });
const standaloneValidator =
  standaloneCode.default(ajv, ajv.compile(await json('schema/experiment.schema.json'))) +
  '\nexport function compileExperimentValidator() { return validate; }\n';
const precompiledSchema = {
  name: 'precompiled-experiment-schema',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]domain[\\/]spec[\\/]experiment-validator\.ts$/ }, (args) => ({
      contents: standaloneValidator,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __BATCHBENCH_VERSION__: JSON.stringify(pkg.version) },
  plugins: [precompiledSchema],
  // @actions/http-client and others require Node built-ins dynamically; an ESM bundle needs a require.
  banner: {
    js: "import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);",
  },
});

// The container runner goes into users' images on its own: one file, no shared chunks.
await build({
  entryPoints: { runner: 'src/entrypoints/container-runner.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [precompiledSchema],
  banner: {
    js: "import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);",
  },
});

// The local backend's launcher process: a file of its own, started with `node` by local runs.
await buildLauncher();
