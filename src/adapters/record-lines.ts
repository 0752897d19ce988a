import type { JobRecord } from '../domain/results/job-record.js';

/**
 * The records of a results file, a line at a time as its chunks are read: a run of 100,000
 * records is never held whole, as bytes or as one string. A complete file ends with a newline.
 * Anything after the last one is a write cut short by a crash: its append never resolved, nobody
 * relied on it, and the next append cuts it off.
 */
export class RecordLines {
  readonly records: JobRecord[] = [];
  /** The start of a line whose end is in a later chunk. */
  private partial: Buffer = Buffer.alloc(0);
  private line = 0;

  constructor(private readonly file: string) {}

  push(chunk: Buffer): void {
    const bytes = this.partial.length > 0 ? Buffer.concat([this.partial, chunk]) : chunk;
    let start = 0;
    for (;;) {
      const end = bytes.indexOf(10, start);
      if (end < 0) break;
      this.parse(bytes.toString('utf8', start, end));
      start = end + 1;
    }
    // A copy: the reader reuses its chunk's memory for the next one.
    this.partial = Buffer.from(bytes.subarray(start));
  }

  private parse(text: string): void {
    this.line++;
    if (text.trim() === '') return;
    let record: JobRecord;
    try {
      record = JSON.parse(text) as JobRecord;
    } catch {
      throw new Error(
        `${this.file}:${this.line}: not a JSON record; the file was changed by something other than batchbench`,
      );
    }
    const previous = this.records[this.records.length - 1];
    if (previous && typeof record === 'object' && record !== null) shareStrings(record, previous);
    this.records.push(record);
  }
}

/** Fields whose value a record mostly repeats from the one before (its run, cell, repeat, host). */
const REPEATED = [
  'runId',
  'stage',
  'cellId',
  'groupId',
  'status',
  'backend',
  'host',
  'cpuModel',
  'instanceType',
] as const satisfies readonly (keyof JobRecord)[];

/**
 * Each parsed record has strings of its own, even where they equal the previous record's: a
 * run of 100,000 records kept about 8 MB of copies of a few values. An equal value is replaced
 * by the previous record's string, and the copy dies young.
 */
function shareStrings(record: JobRecord, previous: JobRecord): void {
  const target = record as unknown as Record<string, unknown>;
  const source = previous as unknown as Record<string, unknown>;
  for (const key of REPEATED) {
    const value = source[key];
    if (typeof value === 'string' && target[key] === value) target[key] = value;
  }
}
