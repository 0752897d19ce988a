import os from 'node:os';
import { escapeTerminal } from '../domain/terminal-text.js';
import { RunBusyError } from '../domain/run-busy.js';
import type { RunHolder, RunLock } from '../ports/run-store.js';

/**
 * A lock not renewed for this long is abandoned when its holder is on another host (whose
 * processes this one cannot see). Holders renew every RENEW_MS, far more often.
 */
export const STALE_AFTER_MS = 10 * 60_000;
export const RENEW_MS = 60_000;

/** This process, as a lock names it. */
export function thisHolder(now = Date.now()): RunHolder {
  const command = process.argv
    .slice(1)
    .map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a))
    .join(' ');
  return {
    pid: process.pid,
    host: os.hostname(),
    since: new Date(now).toISOString(),
    command: command.length > 300 ? `${command.slice(0, 299)}…` : command,
  };
}

/**
 * Whether the holder of a lock is certainly gone: a pid that no longer exists on this host, or
 * (on another host) no renewal for STALE_AFTER_MS.
 */
export function holderGone(holder: RunHolder, renewedAt: number, now = Date.now()): boolean {
  if (holder.host === os.hostname()) return !pidAlive(holder.pid);
  return now - renewedAt > STALE_AFTER_MS;
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is only someone else's.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** What a second process is told: who drives the run, and how to get it back if that one is gone. */
export function runBusy(runId: string, holder: RunHolder, where: string, release: string): RunBusyError {
  // A lock's text is anybody's: no terminal escapes or workflow commands from it.
  const clean = (s: string) => escapeTerminal(String(s));
  return new RunBusyError(
    `run ${runId} is being driven by another process: pid ${holder.pid} on ${clean(holder.host)}, ` +
      `since ${clean(holder.since)} (${clean(holder.command)}); its lock is ${where}`,
    {
      hint:
        `wait for that process to finish, or stop it (Ctrl-C) and run this again; if it is gone and ` +
        `ran on another host, the lock is taken over ${STALE_AFTER_MS / 60_000} minutes after its ` +
        `last renewal, or ${release} now`,
    },
  );
}

/** Whatever a lock file or object holds, as a holder; undefined when it is not one. */
export function parseHolder(text: string): (RunHolder & { token: string; renewedAt?: string }) | undefined {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (typeof v.pid !== 'number' || typeof v.host !== 'string' || typeof v.token !== 'string')
      return undefined;
    return {
      pid: v.pid,
      host: v.host,
      since: typeof v.since === 'string' ? v.since : 'an unknown time',
      command: typeof v.command === 'string' ? v.command : '',
      token: v.token,
      ...(typeof v.renewedAt === 'string' ? { renewedAt: v.renewedAt } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * A lock this process holds, whatever it is kept in: `renew` runs every RENEW_MS (one renewal
 * at a time, never overlapping), and release stops renewing, waits for a renewal under way and
 * runs `remove` once, however often it is called.
 */
export function keptLock(
  holder: RunHolder,
  renew: () => Promise<void>,
  remove: () => Promise<void>,
): RunLock {
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, RENEW_MS);
  timer.unref();
  let released = false;
  return {
    holder,
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      await renewing;
      await remove();
    },
  };
}
