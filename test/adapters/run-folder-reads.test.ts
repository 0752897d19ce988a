import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import { UnreadableFile } from '../../src/adapters/read-user-file.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../cli/io.js';

// What a hostile run folder (a downloaded artifact, a pull request's checked-in results) may link
// to: a file outside the results folder, and the process's own environment.
const OUTSIDE_SECRET = 'outside-run-folder-7c1d';
const MANIFEST = JSON.stringify({ runId: 'inside', experiment: 'x', plan: { jobs: [] } });

let top: string;
let runs: string;
beforeAll(() => {
  top = mkdtempSync(path.join(os.tmpdir(), 'bb-run-reads-'));
  runs = path.join(top, 'runs');
  writeFileSync(path.join(top, 'secret.json'), JSON.stringify({ token: OUTSIDE_SECRET }));
  const run = (id: string) => {
    mkdirSync(path.join(runs, id), { recursive: true });
    return path.join(runs, id);
  };
  writeFileSync(path.join(run('inside'), 'manifest.json'), MANIFEST);
  writeFileSync(path.join(runs, 'inside', 'results.jsonl'), '{"jobId":"j1"}\n');
  symlinkSync('../../secret.json', path.join(run('escape'), 'manifest.json'));
  symlinkSync('../inside/manifest.json', path.join(run('linked'), 'manifest.json'));
  symlinkSync('../inside/results.jsonl', path.join(runs, 'linked', 'results.jsonl'));
  writeFileSync(path.join(run('environ'), 'manifest.json'), MANIFEST);
  symlinkSync('/proc/self/environ', path.join(runs, 'environ', 'results.jsonl'));
  mkdirSync(path.join(runs, 'branches/x/main'), { recursive: true });
  symlinkSync('../../../../secret.json', path.join(runs, 'branches/x/main/latest-report.json'));
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

async function refusal(read: Promise<unknown>): Promise<UnreadableFile> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableFile);
  expect(String((error as Error).message)).not.toContain(OUTSIDE_SECRET);
  return error as UnreadableFile;
}

describe('a run folder is read through the safe reader', () => {
  it('reads plain files, and symlinks that stay inside the results folder', async () => {
    const store = new FsRunStore(runs);
    expect((await store.readManifest('linked')).runId).toBe('inside');
    expect(await store.readRecords('linked')).toEqual([{ jobId: 'j1' }]);
  });

  it('refuses a manifest, records or branch report linked out of the results folder or to /proc', async () => {
    const store = new FsRunStore(runs);
    const manifest = await refusal(store.readManifest('escape'));
    expect(manifest.message).toBe(
      `${path.join(runs, 'escape', 'manifest.json')}: is a symbolic link to a place outside the workspace; batchbench does not follow it`,
    );
    const records = await refusal(store.readRecords('environ'));
    expect(records.message).toContain(path.join(runs, 'environ', 'results.jsonl'));
    expect(records.message).not.toContain('PATH=');
    await refusal(store.readBranchReport('x', 'main'));
    // A missing run is still "no run", and a missing branch report still nothing to compare with.
    await expect(store.readManifest('none')).rejects.toThrow(/^no run none in /);
    expect(await store.readBranchReport('x', 'dev')).toBeUndefined();
  });

  it('batchbench report of a run whose manifest is linked out: exit 2, naming the file, nothing of its target', async () => {
    const cli = captureIo(top);
    const code = await main(['report', 'escape', '--runs-dir', runs], cli.io);
    const all = cli.stdout() + cli.stderr();
    expect(code).toBe(2);
    expect(all).toContain(path.join(runs, 'escape', 'manifest.json'));
    expect(all).toContain('symbolic link to a place outside');
    expect(all).not.toContain(OUTSIDE_SECRET);
  });
});
