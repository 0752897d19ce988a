import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import type { RunHolder, RunLock } from '../ports/run-store.js';
import { holderGone, keptLock, parseHolder, runBusy, thisHolder } from './run-holder.js';

/** Lock files this process holds, removed on exit whatever way it exits (process.exit included). */
const held = new Map<string, string>();
let exitHookInstalled = false;

/**
 * Takes `<run folder>/lock` for this process: created with O_EXCL, so of two processes only
 * one succeeds, holding the holder's pid, host, start time, command and a random token. A lock
 * left by a process that is gone (its pid no longer exists on this host, or, from another host,
 * its file not touched for STALE_AFTER_MS) is taken over. The holder touches the file every
 * RENEW_MS, and removes it on release and on process exit.
 */
export async function lockRunFolder(runId: string, file: string): Promise<RunLock> {
  for (let tries = 0; tries < 40; tries++) {
    const holder = thisHolder();
    const token = randomBytes(8).toString('hex');
    const text = `${JSON.stringify({ ...holder, token })}\n`;
    if (await createExclusive(file, text)) return heldLock(file, holder, token);
    const current = await readLock(file);
    if (!current) continue; // released meanwhile
    if (current.text === '' && Date.now() - current.mtime < 5000) {
      // Created an instant ago by a process still writing its name into it.
      await new Promise((resolve) => setTimeout(resolve, 25));
      continue;
    }
    // Empty for seconds, or not a lock at all: a holder that died while writing it.
    if (current.holder && !holderGone(current.holder, current.mtime))
      throw runBusy(runId, current.holder, file, `remove ${file}`);
    await breakStale(file, current.text);
  }
  throw new Error(`could not take the lock ${file}: it keeps changing hands`);
}

async function createExclusive(file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readLock(
  file: string,
): Promise<{ text: string; holder?: RunHolder; mtime: number } | undefined> {
  try {
    const [text, s] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { text, holder: parseHolder(text), mtime: s.mtimeMs };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Moves a stale lock aside (rename is atomic: of two processes breaking it, one gets it). If
 * what was moved is not the stale lock judged (a third process took the run meanwhile), it
 * goes back with link, which never replaces a lock someone else created since.
 */
async function breakStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return;
    throw error;
  }
  if (readFileSync(aside, 'utf8') !== staleText) {
    try {
      linkSync(aside, file);
    } catch {
      // someone else holds it now; they will be told apart by the next read
    }
  }
  await unlink(aside).catch(() => undefined);
}

function heldLock(file: string, holder: RunHolder, token: string): RunLock {
  held.set(file, token);
  installExitHook();
  return keptLock(
    holder,
    async () => {
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
    },
    async () => {
      held.delete(file);
      removeIfOurs(file, token);
    },
  );
}

function removeIfOurs(file: string, token: string): void {
  try {
    if (parseHolder(readFileSync(file, 'utf8'))?.token === token) unlinkSync(file);
  } catch {
    // gone already
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, token] of held) removeIfOurs(file, token);
  });
}
