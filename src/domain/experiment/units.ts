/**
 * Durations and sizes as people write them in experiment files. The schema's `duration` and
 * `size` patterns are these same expressions (test/domain/experiment/units.test.ts keeps them equal), so an
 * editor and the validator agree on what is accepted.
 */

// At most 12 digits before the point: more is no real duration or size, and 400 digits are Infinity.
export const DURATION_PATTERN = '^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$';
export const SIZE_PATTERN = '^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$';

const DURATION_RE = new RegExp(DURATION_PATTERN);
const DURATION_PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g;
const SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 };

const SIZE_RE = /^\s*(\d+(?:\.\d+)?)\s*(?:([kKmMgGtTpP])([iI]?))?[bB]\s*$/;
const POWER: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4, p: 5 };

export const MIB = 1024 * 1024;

/** Seconds in `90s`, `15m`, `24h`, `1d`, `1h30m`, `1.5h`; a number is already seconds. */
export function parseDuration(input: string | number): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? input : undefined;
  if (!DURATION_RE.test(input)) return undefined;
  let total = 0;
  for (const m of input.matchAll(DURATION_PART)) {
    total += Number(m[1]) * (SECONDS[m[2] as string] as number);
  }
  return total;
}

/**
 * More memory than any single machine offers: the largest EC2 instances and cluster nodes have
 * tens of TiB, so a size above this is a typo (99999TiB), not a request.
 */
export const MAX_MEMORY_BYTES = 64 * 1024 ** 4;

/** Why a memory size is beyond any machine, or undefined when it is not. */
export function memoryBeyondMachines(input: string | number): string | undefined {
  const bytes = parseSize(input);
  return bytes !== undefined && bytes > MAX_MEMORY_BYTES
    ? `${showSize(input)} is more than 64TiB, more memory than any single machine (an instance or a cluster node) has`
    : undefined;
}

const showSize = (input: string | number) => (typeof input === 'number' ? `${input} MiB` : input);

/**
 * The widest regression threshold taken: a relative change of the mean beyond 1000% is a run
 * eleven times slower, and a threshold over 100% can already never see an improvement; a larger
 * one (99999999999999999999%) is a typo, not a margin.
 */
export const MAX_THRESHOLD_PERCENT = 1000;

/** Why a threshold (`5%`, or a number of percent) is too wide, or undefined when it is not. */
export function thresholdBeyondBound(input: string | number): string | undefined {
  const percent = typeof input === 'number' ? input : Number(input.replace('%', '').trim());
  return percent > MAX_THRESHOLD_PERCENT
    ? `${typeof input === 'number' ? `${input}%` : input.trim()} is over ${MAX_THRESHOLD_PERCENT}% (a run 11 times slower), wider than any regression needs`
    : undefined;
}

/**
 * Bytes in `512MiB`, `32GiB` (powers of 1024) or `1.2TB`, `5GB`, `500MB` (powers of 1000);
 * a bare number means MiB, the unit AWS Batch takes memory in.
 */
export function parseSize(input: string | number): number | undefined {
  if (typeof input === 'number')
    return Number.isFinite(input) && input >= 0 ? Math.round(input * MIB) : undefined;
  const m = SIZE_RE.exec(input);
  if (!m) return undefined;
  const power = POWER[(m[2] ?? '').toLowerCase()] as number;
  const base = m[3] ? 1024 : 1000;
  return Math.round(Number(m[1]) * base ** power);
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Number(seconds.toFixed(1))}s`;
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}

export function formatSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i += 1;
  }
  return `${Number(value.toFixed(value < 10 && i > 0 ? 1 : 0))}${units[i]}`;
}
