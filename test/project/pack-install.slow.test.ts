import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, majorTag } from '../../src/domain/project.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * The npm package as a user gets it: `npm pack` of this repository (dist/ as built: `npm test`
 * builds it first), installed from the tarball into an empty folder with the registry as the only
 * source (the local cache first, so it is quick), and run from there with npx.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = tempDir('batchbench-pack-');
const app = path.join(tmp, 'app');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// npm's own settings only: not the npm_* variables of an `npm test` this may run under.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')),
);
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const npx = (args: string[], cwd = app) =>
  spawnSync('npx', ['--no-install', 'batchbench', ...args], { cwd, env, encoding: 'utf8' });

let tarball: string;
let packed: string[];

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli.js')))
    throw new Error('dist/cli.js is missing: run npm run build');
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], ROOT)) as [
    { filename: string; files: { path: string }[] },
  ];
  tarball = path.join(tmp, info.filename);
  packed = info.files.map((f) => f.path).sort();
  mkdirSync(app);
  npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
}, 300_000);

describe('the npm package', () => {
  it('holds what the CLI needs and nothing of the repository it does not', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'bin/batchbench.js',
      'dist/cli.js',
      'dist/runner.js',
      'dist/local-launcher.js',
      'schema/experiment.schema.json',
      'schema/report.schema.json',
      'data/aws-prices.json',
      'experiments/monte-carlo-scaling.yaml',
      'examples/monte-carlo/mc.mjs',
      'workflows-templates/experiments-pr.yml',
    ])
      expect(packed, file).toContain(file);
    const top = new Set(packed.map((f) => f.split('/')[0]));
    for (const absent of [
      'src',
      'test',
      'bench',
      'scripts',
      'infra',
      'container',
      'actions',
      '.github',
      'node_modules',
    ])
      expect(top.has(absent), absent).toBe(false);
    // The actions run from the repository at a tag, never from npm.
    expect(
      packed.filter(
        (f) =>
          f.startsWith('dist/') &&
          !/^dist\/(cli\.js|runner\.js|local-launcher\.js|chunks\/|programs\/)/.test(f),
      ),
    ).toEqual([]);
  });

  it('installs from its tarball and runs validate, plan and a local run of a shipped example', () => {
    const shipped = path.join(app, 'node_modules/batchbench');
    mkdirSync(path.join(app, 'experiments'));
    mkdirSync(path.join(app, 'examples/monte-carlo'), { recursive: true });
    const workload = 'examples/monte-carlo/mc.mjs';
    writeFileSync(path.join(app, workload), readFileSync(path.join(shipped, workload)));
    // The shipped Monte Carlo study made small: 4 work items instead of 40, no speedup target
    // (a loaded machine's timings must not fail this test), the rest as shipped.
    const experiment = readFileSync(path.join(shipped, 'experiments/monte-carlo-scaling.yaml'), 'utf8')
      .replace("- '40'", "- '4'")
      .replace('items: 40', 'items: 4')
      .replace(
        /speedup: \{ over: workers, baseline: 1, target: [\d.]+ \}/,
        'speedup: { over: workers, baseline: 1 }',
      );
    expect(experiment).toContain('items: 4 ');
    writeFileSync(path.join(app, 'experiments/small.yaml'), experiment);

    const validate = npx(['validate', 'experiments/small.yaml']);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('experiments/small.yaml: valid, 9 jobs in 2 cells');
    expect(validate.status).toBe(0);

    const plan = npx(['plan', 'experiments/small.yaml', '--json']);
    expect(plan.status).toBe(0);
    expect((JSON.parse(plan.stdout) as { jobs: unknown[] }).jobs).toHaveLength(9);

    const run = npx(['run', 'experiments/small.yaml', '--concurrency', '2']);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/workers-2/);
    expect(existsSync(path.join(app, '.batchbench/runs'))).toBe(true);
  }, 180_000);

  it('sets up a git repository with init, from the templates it ships', () => {
    execFileSync('git', ['init', '--quiet'], { cwd: app });
    const init = npx(['init', '--template', 'pr', '--force']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const workflow = readFileSync(path.join(app, '.github/workflows/experiments-pr.yml'), 'utf8');
    expect(workflow).not.toContain('OWNER');
    expect(workflow).toContain(`uses: ${PROJECT.repository}/actions/validate@${majorTag(PROJECT.version)}`);
  }, 60_000);
});
