import { appendFileSync } from 'node:fs';

/**
 * Appends one recorded request to the BATCHBENCH_RECORD_REQUESTS file as a JSON line. One write a
 * line (O_APPEND): the lines of parallel test processes never interleave. The AWS and GitHub
 * recorders both write here; scripts/check-requests.mjs reads the file.
 */
export function appendRequestRecord(
  file: string,
  record: object,
  replacer?: (this: unknown, key: string, value: unknown) => unknown,
): void {
  appendFileSync(file, `${JSON.stringify(record, replacer)}\n`);
}
