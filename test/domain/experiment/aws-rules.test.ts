import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePriceTable } from '../../../src/domain/cost/price-table.js';
import { buildPlan } from '../../../src/domain/plan/build-plan.js';
import { runIdProblem } from '../../../src/domain/plan/run-id.js';
import { boundedTagValue, MAX_TAG_VALUE } from '../../../src/domain/experiment/aws-rules.js';
import { decodeSource } from '../../../src/domain/experiment/encoding.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

describe('AWS rules', () => {
  it('hashes a long tag value to at most 256 characters, the same way every time, distinct per value', () => {
    const a = boundedTagValue('x'.repeat(1000), hash);
    const b = boundedTagValue(`${'x'.repeat(999)}y`, hash);
    expect(a.length).toBeLessThanOrEqual(MAX_TAG_VALUE);
    expect(a).toBe(boundedTagValue('x'.repeat(1000), hash));
    expect(a).not.toBe(b);
    expect(boundedTagValue('short', hash)).toBe('short');
  });

  it('refuses run ids AWS Batch job names cannot hold', () => {
    expect(runIdProblem('my-bench_42')).toBeUndefined();
    for (const bad of ['has space', 'a#b', '-lead', '', 'x'.repeat(65), 'ünï']) {
      expect(runIdProblem(bad), bad).toBeDefined();
    }
  });
});

describe('encoding', () => {
  it('accepts a UTF-8 BOM and CRLF line endings, with locations still right', () => {
    const bytes = Buffer.from('\ufeffversion: 1\r\nname: h\r\nrun:\r\n  command: [w]\r\nrepeats: many\r\n');
    const decoded = decodeSource(bytes);
    expect('text' in decoded).toBe(true);
    const text = (decoded as { text: string }).text;
    const problem = validateExperimentText(text, 'f.yaml').problems.find((p) => p.severity === 'error');
    expect(`${problem?.line}:${problem?.column}`).toBe('5:10');
  });
});

describe('run.workdir', () => {
  it('is filled in per cell like command items', () => {
    const text = `version: 1\nname: w\nrun: { command: [w], workdir: 'runs/\${{ matrix.a }}' }\nmatrix: { a: [x, y] }\n`;
    const validated = validateExperimentText(text, 'w.yaml');
    expect(validated.problems).toEqual([]);
    const prices = parsePriceTable(JSON.parse(readFileSync('data/aws-prices.json', 'utf8')), 'prices');
    const { plan } = buildPlan(validated.value!, { prices });
    expect(plan.jobs.map((j) => j.workdir)).toEqual(['runs/x', 'runs/y']);
  });
});
