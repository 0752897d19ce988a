import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { designSensitivity } from '../../../src/domain/stats/design-power.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { captureIo } from '../../cli/io.js';
import { reference as REF } from './compare-reference-values.js';
import { tempDir } from '../../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the smallest change a design detects', () => {
  it('is the scipy minimum detectable effect times the noise', () => {
    const d55 = REF.mde.find(([n1, n2, a, p]) => n1 === 5 && n2 === 5 && a === 0.05 && p === 0.8)![4];
    const s = designSensitivity(5, 0.05);
    expect(s.detectable).toBeCloseTo(d55 * 0.05, 10);
    expect(s.cvBasis).toBe('assumed');
    expect(s.statement).toMatch(
      /^with 5 repeats a run detects a change of the mean wall time of 10\.\d% or more/,
    );
    expect(s.statement).toContain('noise cv 5% assumed (no earlier run measured it)');
    const noisy = designSensitivity(5, 0.05, 0.2);
    expect(noisy).toMatchObject({ cv: 0.2, cvBasis: 'history' });
    expect(noisy.detectable).toBeCloseTo(d55 * 0.2, 10);
  });

  it('says that one repeat can detect nothing', () => {
    const s = designSensitivity(1, 0.05);
    expect(s.detectable).toBeUndefined();
    expect(s.statement).toMatch(/with 1 repeat no change can be tested/);
  });

  it('is stated by batchbench plan', async () => {
    const dir = tempDir('bb-design-');
    try {
      const file = path.join(dir, 'p.yaml');
      writeFileSync(file, 'version: 1\nname: p\nrun: { command: [echo, hi] }\nrepeats: 5\n');
      const c = captureIo(root);
      expect(await main(['plan', file], c.io)).toBe(0);
      expect(c.stdout()).toMatch(
        /detectable: with 5 repeats a run detects a change of the mean wall time of 10\.\d% or more/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('validate warns when a regression gate can never fire', () => {
  const file = (repeats: string) =>
    `version: 1\nname: gate\nrun:\n  command: [echo, hi]\n${repeats}analysis:\n  fail-on: { regression: 5% }\n`;

  it('at the repeats line', () => {
    const v = validateExperimentText(file('repeats: 1\n'), 'gate.yaml');
    const w = v.problems.find((p) => p.severity === 'warning' && /can never fire/.test(p.message));
    expect(w).toMatchObject({ file: 'gate.yaml', line: 5 });
    expect(w?.hint).toMatch(/repeats: 5 or more/);
  });

  it('at the gate when repeats is left at its default, and not at all with enough repeats', () => {
    const v = validateExperimentText(file(''), 'gate.yaml');
    expect(v.problems.find((p) => /can never fire/.test(p.message))).toMatchObject({ line: 6 });
    expect(validateExperimentText(file('repeats: 3\n'), 'gate.yaml').problems).toEqual([]);
  });
});
