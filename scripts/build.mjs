// Bundles the CLI and each action into dist/ with esbuild: one build, an entry per action
// (dist/<action>/index.js, which actions/<action>/action.yml points at), shared chunks. dist/ is committed, so the
// output must be byte-for-byte reproducible: no timestamps, no absolute paths, no minified names
// that change with the esbuild version's mood.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { buildLauncher } from './launcher-build.mjs';
import { precompiledSchema } from './precompiled-schema.mjs';

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

const precompiled = await precompiledSchema({ required: true });

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
  plugins: [precompiled],
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
  plugins: [await precompiledSchema()],
  banner: {
    js: "import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);",
  },
});

// The local backend's launcher process: a file of its own, started with `node` by local runs.
await buildLauncher();
