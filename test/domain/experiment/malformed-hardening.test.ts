import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkExperiment } from '../../../src/app/check-experiment.js';
import { parsePriceTable } from '../../../src/domain/cost/price-table.js';
import { decodeSource } from '../../../src/domain/experiment/encoding.js';
import { formatProblem, type Problem } from '../../../src/domain/experiment/problem.js';

const dir = fileURLToPath(new URL('../../fixtures/experiment/malformed-hardening/', import.meta.url));
/** file -> "line:column message fragment": where the first error is and what it says. */
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, string>;
const prices = parsePriceTable(JSON.parse(readFileSync('data/aws-prices.json', 'utf8')), 'prices');

/** What `batchbench validate` reports for the file's bytes: decoding, then the file, then its plan. */
function problemsOf(name: string): Problem[] {
  const file = `malformed-hardening/${name}`;
  const decoded = decodeSource(readFileSync(dir + name));
  if ('problem' in decoded) return [{ file, severity: 'error', ...decoded.problem }];
  return checkExperiment(file, decoded.text, { prices }).problems;
}

describe('malformed and hostile experiment files', () => {
  it('has at least 150 files, each with an expectation', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(150);
  });

  it.each(Object.entries(expected))('%s: %s', (name, want) => {
    const [, line, column, fragment] = /^(\d+):(\d+) (.+)$/.exec(want) ?? [];
    const problems = problemsOf(name);
    const shown = problems.map(formatProblem).join('\n');
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors.find((p) => p.message.includes(fragment as string));
    expect(first, `no error containing "${fragment}" in:\n${shown}`).toBeDefined();
    expect(`${first?.line}:${first?.column}`, shown).toBe(`${line}:${column}`);
    for (const p of problems) expect(p.hint, formatProblem(p)).toBeTruthy();
  });
});
