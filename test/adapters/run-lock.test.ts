import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FsRunStore } from '../../src/adapters/fs-run-store.js';
import { UserError } from '../../src/domain/user-error.js';
import type { RunManifest } from '../../src/ports/run-store.js';
import { tempDir } from '../support/temp-dir.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function runStore(): Promise<{ store: FsRunStore; lockFile: string }> {
  const dir = tempDir('bb-lock-');
  dirs.push(dir);
  const store = new FsRunStore(dir);
  await store.create({
    runId: 'r1',
    experiment: 'exp',
    createdAt: 'now',
    experimentSource: 'name: exp\n',
    plan: { jobs: [] },
  } as unknown as RunManifest);
  return { store, lockFile: path.join(dir, 'r1', 'lock') };
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the lock of a local run', () => {
  it('is created with the holder in it; a second taker is told who holds the run and since when', async () => {
    const { store, lockFile } = await runStore();
    const lock = await store.lock('r1');
    const content = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, unknown>;
    expect(content).toMatchObject({ pid: process.pid, host: os.hostname(), since: lock.holder.since });
    expect(typeof content.command).toBe('string');
    const refused = await store.lock('r1').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).message).toBe(
      `run r1 is being driven by another process: pid ${process.pid} on ${os.hostname()}, ` +
        `since ${lock.holder.since} (${lock.holder.command}); its lock is ${lockFile}`,
    );
    expect((refused as UserError).hint).toContain(`remove ${lockFile}`);
    await lock.release();
    expect(existsSync(lockFile)).toBe(false);
    await (await store.lock('r1')).release();
  });

  it('of two takers at once, exactly one gets it', async () => {
    const { store } = await runStore();
    const other = new FsRunStore(store.root);
    const results = await Promise.allSettled([store.lock('r1'), other.lock('r1'), store.lock('r1')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<FsRunStore['lock']>>>).value.release();
  });

  it('is taken over when its holder is gone: a dead pid here, no renewal for 10 minutes elsewhere', async () => {
    const { store, lockFile } = await runStore();
    const stale = (holder: object) =>
      writeFileSync(lockFile, JSON.stringify({ since: 'then', command: 'x', token: 't', ...holder }));
    stale({ pid: deadPid(), host: os.hostname() });
    const taken = await store.lock('r1');
    expect(taken.holder.pid).toBe(process.pid);
    await taken.release();

    stale({ pid: 4242, host: 'other-host' });
    await expect(store.lock('r1')).rejects.toThrow(/pid 4242 on other-host, since then/);
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(lockFile, old, old);
    await (await store.lock('r1')).release();

    // A lock file that is not one (a holder killed while writing it) is no holder.
    writeFileSync(lockFile, '{"pid": 12');
    utimesSync(lockFile, old, old);
    await (await store.lock('r1')).release();
  });

  it('is not an artifact name, and needs the run to exist', async () => {
    const { store } = await runStore();
    await expect(store.writeArtifact('r1', 'lock', 'x')).rejects.toThrow('not an artifact name');
    await expect(store.lock('no-such-run')).rejects.toThrow('no run no-such-run');
  });
});
