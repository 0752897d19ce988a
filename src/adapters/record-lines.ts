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
    let start = 0;
    if (this.partial.length > 0) {
      // Only the line begun in the last chunk is joined, not the whole chunk (a megabyte copied
      // per chunk, held until the next garbage collection).
      const end = chunk.indexOf(10);
      if (end < 0) {
        this.partial = Buffer.concat([this.partial, chunk]);
        return;
      }
      this.parse(Buffer.concat([this.partial, chunk.subarray(0, end)]).toString('utf8'));
      start = end + 1;
    }
    for (;;) {
      const end = chunk.indexOf(10, start);
      if (end < 0) break;
      this.parse(chunk.toString('utf8', start, end));
      start = end + 1;
    }
    // A copy: the reader reuses its chunk's memory for the next one.
    this.partial = Buffer.from(chunk.subarray(start));
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

/**
 * Each parsed record has strings of its own, even where they equal the previous record's: a
 * run of 100,000 records kept about 4 MB of copies of its group ids alone, each copied again by
 * the garbage collector as it survives. An equal value is replaced by the previous record's
 * string, and the copy dies young. Field by field, not by a list of keys: a lookup by a key
 * from a list cost more than the copies (90 ms a run).
 */
function shareStrings(r: JobRecord, p: JobRecord): void {
  // Only where the record has a string: no record gains a field, even one written by hand.
  if (typeof r.runId === 'string' && r.runId === p.runId) r.runId = p.runId;
  if (typeof r.stage === 'string' && r.stage === p.stage) r.stage = p.stage;
  if (typeof r.cellId === 'string' && r.cellId === p.cellId) r.cellId = p.cellId;
  if (typeof r.groupId === 'string' && r.groupId === p.groupId) r.groupId = p.groupId;
  if (typeof r.status === 'string' && r.status === p.status) r.status = p.status;
  if (typeof r.backend === 'string' && r.backend === p.backend) r.backend = p.backend;
  if (typeof r.host === 'string' && r.host === p.host) r.host = p.host;
  if (typeof r.cpuModel === 'string' && r.cpuModel === p.cpuModel) r.cpuModel = p.cpuModel;
  if (typeof r.instanceType === 'string' && r.instanceType === p.instanceType)
    r.instanceType = p.instanceType;
}
