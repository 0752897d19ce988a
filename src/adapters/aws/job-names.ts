import { createHash } from 'node:crypto';

export function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * A name AWS Batch accepts for jobs and job definitions: up to 128 letters, digits, hyphens and
 * underscores, starting with a letter or digit (AWS Batch documentation). Too long a name keeps its
 * start and gets a hash of the whole, so two long names stay different.
 */
export function batchName(parts: readonly string[]): string {
  const joined = parts
    .join('-')
    .replace(/[^A-Za-z0-9_-]/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  if (joined.length <= 128) return joined || 'bb';
  return `${joined.slice(0, 115)}-${shortHash(joined)}`;
}
