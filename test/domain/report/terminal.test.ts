/* eslint-disable no-control-regex -- these tests look for terminal escape sequences */
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../../src/domain/report/terminal.js';
import { makeReport } from './fixtures.js';

describe('renderTerminal', () => {
  const plain = renderTerminal(makeReport(), { width: 110 });
  const coloured = renderTerminal(makeReport(), { color: true, width: 110 });

  it('has no escape character at all without colour, workload ESCs included', () => {
    expect(plain).not.toContain('\u001b');
    // Shown as escapes, as everywhere batchbench writes a workload's text to a terminal.
    expect(plain).toContain('\\x1b[31mRED\\x1b[0m segfault');
  });

  it('in colour, every ESC is one of its own SGR codes', () => {
    const sequences = coloured.match(/\u001b[^m]*m/g) ?? [];
    expect(sequences.length).toBeGreaterThan(10);
    expect(new Set(sequences)).toEqual(
      new Set([
        '\u001b[1m',
        '\u001b[22m',
        '\u001b[2m',
        '\u001b[32m',
        '\u001b[31m',
        '\u001b[33m',
        '\u001b[39m',
      ]),
    );
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[32mmet');
    expect(coloured).toContain('\u001b[31mmissed');
    expect(coloured).toContain('\u001b[33minconclusive');
  });

  it('aligns columns without Markdown pipes', () => {
    const lines = plain.split('\n');
    const header = lines.findIndex((l) => l.startsWith('workers  n    Speedup [95% CI]'));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2]).toBe(
      '      1  5  1.00× [0.97, 1.03]        100%           —              $0.0042',
    );
    expect(lines[header + 3]).toBe(
      '      2  5  1.93× [1.85, 2.01]         97%       0.034              $0.0043',
    );
    expect(plain).not.toMatch(/^\|/m);
    expect(plain).toContain('Amdahl fit: serial fraction 5.4%, max speedup 18.52×, R² 0.999');
  });

  it('keeps every line within the width', () => {
    for (const width of [60, 110]) {
      const out = renderTerminal(makeReport(), { width });
      for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
    }
  });

  it('shows n, unknowns as em dashes, and the headline counts', () => {
    expect(plain).toContain('jobs: 39 succeeded, 2 failed, 1 missing of 42 planned');
    expect(plain).toContain('targets: 1 met, 1 missed, 1 inconclusive');
    expect(plain).toMatch(/agg \| a \| b \|\s+1\s+3\.46 s\s+3\.46 s\s+—\s+—\s+—/);
  });
});
