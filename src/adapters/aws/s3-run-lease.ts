import { randomBytes } from 'node:crypto';
import type { RunHolder, RunLock } from '../../ports/run-store.js';
import { holderGone, keptLock, parseHolder, runBusy, thisHolder } from '../run-holder.js';
import type { S3Io } from './s3-io.js';
import { s3Url } from './s3-location.js';

/**
 * Takes a run's lease object (`<run>/lock.json`) for this process, with S3's conditional writes:
 * created with If-None-Match: * (of two processes, one gets it), renewed every RENEW_MS and
 * taken over from a holder that is gone with If-Match on the ETag read (again one winner),
 * deleted on release with If-Match (never someone else's). A holder on another host is gone
 * STALE_AFTER_MS after its last renewal; one on this host as soon as its pid is.
 */
export async function takeRunLease(
  io: S3Io,
  runId: string,
  key: string,
  now: () => number,
): Promise<RunLock> {
  const url = s3Url(io.bucket, key);
  for (let tries = 0; tries < 10; tries++) {
    const holder = thisHolder(now());
    const token = randomBytes(8).toString('hex');
    const body = (renewedAt: number) =>
      JSON.stringify({ ...holder, token, renewedAt: new Date(renewedAt).toISOString() });
    const created = await io.putIf(key, body(now()), { ifNoneMatch: '*' });
    if (created !== undefined) return heldLease(io, key, holder, created, body, now);
    const current = await io.getTagged(key);
    if (!current) continue; // released meanwhile
    const other = parseHolder(current.text);
    const renewedAt = Date.parse(other?.renewedAt ?? other?.since ?? '');
    if (other && !holderGone(other, Number.isNaN(renewedAt) ? 0 : renewedAt, now()))
      throw runBusy(runId, other, url, `delete ${url}`);
    const taken = await io.putIf(key, body(now()), { ifMatch: current.etag });
    if (taken !== undefined) return heldLease(io, key, holder, taken, body, now);
  }
  throw new Error(`could not take the lease ${url}: it keeps changing hands`);
}

function heldLease(
  io: S3Io,
  key: string,
  holder: RunHolder,
  firstEtag: string,
  body: (renewedAt: number) => string,
  now: () => number,
): RunLock {
  let etag: string | undefined = firstEtag;
  return keptLock(
    holder,
    async () => {
      if (etag === undefined) return;
      // undefined: someone took it over (this process looked gone); stop claiming it.
      etag = await io.putIf(key, body(now()), { ifMatch: etag }).catch(() => etag);
    },
    async () => {
      if (etag !== undefined) await io.deleteIf(key, etag);
    },
  );
}
