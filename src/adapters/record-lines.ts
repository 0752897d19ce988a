import { StringDecoder } from 'node:string_decoder';
import type { JobRecord } from '../domain/results/job-record.js';

/**
 * The records of a results file, a line at a time as its chunks are read: a run of 100,000
 * records is never held whole, as bytes or as one string. A complete file ends with a newline.
 * Anything after the last one is a write cut short by a crash: its append never resolved, nobody
 * relied on it, and the next append cuts it off.
 */
export class RecordLines {
  readonly records: JobRecord[] = [];
  /** A chunk may end inside a character: the decoder keeps its first bytes for the next one. */
  private readonly decoder = new StringDecoder('utf8');
  /** The start of a line whose end is in a later chunk. */
  private partial = '';
  private line = 0;

  constructor(private readonly file: string) {}

  push(chunk: Buffer): void {
    // One decode a chunk, then a slice a line: cheaper than decoding line by line.
    const text = this.partial + this.decoder.write(chunk);
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      this.parse(text.slice(start, end));
      start = end + 1;
    }
    this.partial = text.slice(start);
  }

  private parse(text: string): void {
    this.line++;
    if (text.trim() === '') return;
    try {
      this.records.push(JSON.parse(text) as JobRecord);
    } catch {
      throw new Error(
        `${this.file}:${this.line}: not a JSON record; the file was changed by something other than batchbench`,
      );
    }
  }
}
