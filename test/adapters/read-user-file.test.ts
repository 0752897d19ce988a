import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readUserFile, UnreadableFile } from '../../src/adapters/read-user-file.js';
import { ROOT, runBundled } from '../entrypoints/run-bundled.js';
import { captureIo } from '../cli/io.js';
import { bundleEntry } from '../entrypoints/bundle-entry.js';
import { tempDir } from '../support/temp-dir.js';

// A secret in the environment of the process that reads the files, and one in a file outside the
// workspace: neither may reach anything the process writes.
const SECRET = 'ghs_s3cr3tTOKENdoNotLeak';
const OUTSIDE_SECRET = 'outside-file-content-8f2e';

let top: string;
let workspace: string;

beforeAll(() => {
  top = tempDir('bb-safe-read-');
  workspace = path.join(top, 'repo');
  mkdirSync(path.join(workspace, 'experiments/sub'), { recursive: true });
  writeFileSync(path.join(top, 'outside.yaml'), `name: ${OUTSIDE_SECRET}\n`);
  copyFileSync(path.join(ROOT, 'test/fixtures/cli/spin.yaml'), path.join(workspace, 'experiments/ok.yaml'));
  symlinkSync('/proc/self/environ', path.join(workspace, 'experiments/environ.yaml'));
  symlinkSync('../../outside.yaml', path.join(workspace, 'experiments/escape.yaml'));
  symlinkSync('../ok.yaml', path.join(workspace, 'experiments/sub/inside.yaml'));
  symlinkSync(top, path.join(workspace, 'experiments/up'));
  mkdirSync(path.join(workspace, 'experiments/dir.yaml'));
  execFileSync('mkfifo', [path.join(workspace, 'experiments/fifo.yaml')]);
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

const refusal = async (file: string, options: Parameters<typeof readUserFile>[1]) => {
  const error = await readUserFile(file, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableFile);
  return (error as UnreadableFile).reason;
};

describe('readUserFile: a regular file inside its root, symlinks never followed out', () => {
  it('reads a plain file and a symlink that stays inside the workspace', async () => {
    const root = workspace;
    expect(await readUserFile('experiments/ok.yaml', { root })).toContain('cli-spin');
    expect(await readUserFile('experiments/sub/inside.yaml', { root })).toContain('cli-spin');
  });

  it('refuses symlinks to /proc, out of the workspace and through a linked folder', async () => {
    const root = workspace;
    expect(await refusal('experiments/environ.yaml', { root })).toMatch(/outside the workspace/);
    expect(await refusal('experiments/escape.yaml', { root })).toMatch(/outside the workspace/);
    expect(await refusal('experiments/up/outside.yaml', { root })).toMatch(/outside the workspace/);
    // The CLI's explicit-path rule does not open the way for links either.
    const cli = { root, allowNamedOutside: true };
    expect(await refusal('experiments/environ.yaml', cli)).toMatch(/outside the workspace/);
    expect(await refusal('experiments/escape.yaml', cli)).toMatch(/outside the workspace/);
  });

  it('refuses folders and FIFOs (without waiting on the FIFO), and missing files by name', async () => {
    const root = workspace;
    expect(await refusal('experiments/dir.yaml', { root })).toMatch(/not a regular file/);
    expect(await refusal('experiments/fifo.yaml', { root })).toMatch(/not a regular file/);
    expect(await refusal('experiments/none.yaml', { root })).toBe('no such file');
    expect(await refusal('experiments/ok.yaml', { root, maxBytes: 10 })).toMatch(/more than the 10 bytes/);
  });

  it('an action refuses a path outside the workspace; the CLI reads one typed explicitly, never /proc or /dev', async () => {
    expect(await refusal('../outside.yaml', { root: workspace })).toMatch(/outside the workspace/);
    expect(await refusal('/etc/hostname', { root: workspace })).toMatch(/outside the workspace/);
    const cli = { root: workspace, allowNamedOutside: true };
    expect(await readUserFile('../outside.yaml', cli)).toContain(OUTSIDE_SECRET);
    expect(await refusal('/proc/self/environ', cli)).toMatch(/system file/);
    expect(await refusal('/dev/zero', cli)).toMatch(/system file/);
  });
});

describe('no byte of a refused file reaches what a run writes', () => {
  it('actions/validate: symlinks to /proc/self/environ and out of the workspace are user errors at their file', async () => {
    const bundle = await bundleEntry('src/entrypoints/validate.ts');
    try {
      const run = await runBundled('validate', {
        script: bundle.script,
        cwd: workspace,
        event: 'workflow_dispatch.json',
        eventName: 'workflow_dispatch',
        inputs: {
          experiments: 'experiments/environ.yaml\nexperiments/escape.yaml\nexperiments/ok.yaml',
          'github-token': SECRET,
        },
        env: { GITHUB_TOKEN: SECRET },
      });
      const everything = JSON.stringify(run);
      expect(everything).not.toContain(SECRET);
      expect(everything).not.toContain(OUTSIDE_SECRET);
      expect(everything).not.toContain('INPUT_');
      expect(run.code).toBe(1);
      const refused = run.annotations.filter((a) => a.includes('outside the workspace'));
      expect(refused.map((a) => /file=([^,]+)/.exec(a)?.[1]).sort()).toEqual([
        'experiments/environ.yaml',
        'experiments/escape.yaml',
      ]);
      expect(JSON.parse(run.outputs.files ?? '')).toEqual(['experiments/ok.yaml']);
    } finally {
      await bundle.remove();
    }
  });

  it('batchbench validate: the same files exit 2, naming them, with nothing of their targets', async () => {
    const cli = captureIo(workspace, { GITHUB_TOKEN: SECRET });
    const code = await main(['validate', 'experiments/environ.yaml', 'experiments/escape.yaml'], cli.io);
    expect(code).toBe(2);
    const all = cli.stdout() + cli.stderr();
    expect(all).toMatch(/experiments\/environ\.yaml:1:1: .*outside the workspace/);
    expect(all).toMatch(/experiments\/escape\.yaml:1:1: .*outside the workspace/);
    expect(all).not.toContain(OUTSIDE_SECRET);
    expect(all).not.toContain('PATH=');
  });
});
