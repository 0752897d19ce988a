import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { appendSummary, SUMMARY_LIMIT } from '../../../src/adapters/github/step-limits.js';
import { tempDir } from '../../support/temp-dir.js';

// @actions/core remembers the summary file's path once used: one file for this test file.
const dir = tempDir('bb-summary-');
const file = path.join(dir, 'summary.md');
const env = { GITHUB_STEP_SUMMARY: file };
process.env.GITHUB_STEP_SUMMARY = file;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => writeFileSync(file, ''));

const summary = () => readFileSync(file, 'utf8');
const line = (i: number) => `| row ${i} | ${'é'.repeat(90)} |\n`;

describe('the job summary stays within 1 MiB a step', () => {
  it('writes a summary that fits as it is', async () => {
    await appendSummary('## small\n\nfine\n', { env });
    expect(summary()).toBe('## small\n\nfine\n');
  });

  it('cuts one part too big on its own at a line, in bytes, and says so', async () => {
    const big = Array.from({ length: 8000 }, (_, i) => line(i)).join('');
    expect(Buffer.byteLength(big)).toBeGreaterThan(SUMMARY_LIMIT);
    await appendSummary(big, { env, rest: 'All of it is in report.md.' });
    const text = summary();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_LIMIT - 16 * 1024);
    expect(text).toContain("> This summary stops here to stay within GitHub's limit of 1 MiB");
    expect(text).toContain('the report is cut short. All of it is in report.md.');
    // Whole rows only, and no character cut in half.
    const rows = text.split('\n').filter((l) => l.startsWith('| row'));
    for (const r of rows) expect(r).toMatch(/^\| row \d+ \| é{90} \|$/);
    expect(text).not.toContain('\uFFFD');
  });

  it('counts what the step wrote to the summary before', async () => {
    writeFileSync(file, 'x'.repeat(SUMMARY_LIMIT - 20_000));
    const parts = Array.from({ length: 5 }, (_, i) => ({
      title: `part ${i}`,
      markdown: `${'p'.repeat(5_000)}\n`,
    }));
    await appendSummary(parts, { env });
    const text = summary();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(text).toMatch(/: [345] of 5 parts are left out: part \d/);
  });
});
