import { describe, expect, it } from 'vitest';
import { RecordLines } from '../../src/adapters/record-lines.js';

const records = [
  { jobId: 'a', error: 'naïve ✓ 日本語 🚀' },
  { jobId: 'b', metrics: { items: 3 } },
  { jobId: 'c', error: 'ß'.repeat(50) },
];
const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

function read(bytes: Buffer, size: number): unknown[] {
  const lines = new RecordLines('results.jsonl');
  for (let at = 0; at < bytes.length; at += size) lines.push(bytes.subarray(at, at + size));
  return lines.records;
}

describe('the lines of a results file, read a chunk at a time', () => {
  it('give every record whole wherever the chunks end, inside a line or a character', () => {
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 5, 7, 64, bytes.length])
      expect(read(bytes, size), `chunks of ${size}`).toEqual(records);
  });

  it('leave out a last line cut short by a crash, and skip blank lines', () => {
    const bytes = Buffer.from(`\n${text}{"jobId":"d","err`);
    expect(read(bytes, 4)).toEqual(records);
  });

  it('give records that repeat the fields of the one before equal to what was written', () => {
    const run = [
      { jobId: 'm.c.r1.s0', runId: 'r', groupId: 'm.c.r1', status: 'succeeded', host: 'h1' },
      { jobId: 'm.c.r1.s1', runId: 'r', groupId: 'm.c.r1', status: 'failed', host: 'h2' },
      { jobId: 'm.c.r2.s0', runId: 'r', groupId: 'm.c.r2', status: 'failed' },
      { jobId: 'm.c.r2.s1', runId: 'r', groupId: 'm.c.r2', status: 'failed' },
      null,
      { jobId: 'm.c.r3.s0', runId: 'r', groupId: 'm.c.r3', status: 'succeeded', host: 'h2' },
    ];
    const bytes = Buffer.from(run.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const parsed = read(bytes, 16);
    expect(parsed).toEqual(run);
    // No record gains a field (toEqual would not see one that is undefined).
    expect(parsed.map((r) => r && Object.keys(r))).toEqual(run.map((r) => r && Object.keys(r)));
  });

  it('name the line of a record that is not JSON', () => {
    expect(() => read(Buffer.from(`${text}not json\n`), 8)).toThrow(/results\.jsonl:4: not a JSON record/);
  });
});
