import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCycle, orderStages } from '../../../src/domain/experiment/stage-order.js';
import { renderTemplate } from '../../../src/domain/experiment/templates.js';
import { compareVariant, validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { MAX_FILE_BYTES } from '../../../src/domain/experiment/yaml-source.js';

const valid = (name: string) =>
  readFileSync(new URL(`../../fixtures/valid/${name}`, import.meta.url), 'utf8');
const HEAD = 'version: 1\nname: demo\n';

describe('validateExperimentText', () => {
  it('refuses a file over 1 MiB before parsing it', () => {
    const text = `${HEAD}run: { command: [echo] }\ndescription: "${'x'.repeat(MAX_FILE_BYTES)}"\n`;
    const result = validateExperimentText(text, 'big.yaml');
    expect(result.value).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 1, column: 1, severity: 'error' });
    expect(result.problems[0]?.message).toContain('over the 1048576-byte limit');
  });

  it('reports every tab-indented line', () => {
    const result = validateExperimentText(`${HEAD}run:\n\tcommand: [echo]\nmatrix:\n  \tx: [1]\n`, 't.yaml');
    expect(result.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [4, 1, 'tab used for indentation'],
      [6, 3, 'tab used for indentation'],
    ]);
  });

  it('keeps checking the rest of a file with a duplicate key', () => {
    const result = validateExperimentText(
      `${HEAD}run: { command: [echo] }\nrepeats: 2\nrepeats: 3\nrepets: 4\n`,
      'd.yaml',
    );
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '5:1 duplicate key "repeats"',
      '6:1 unknown key "repets"',
    ]);
  });

  it('locates paths into the file as written, falling back to the nearest ancestor', () => {
    const result = validateExperimentText(valid('beam-steering-es.yaml'), 'beam.yaml');
    expect(result.locate(['budget', 'max-usd'])).toEqual({ line: 40, column: 20 });
    expect(result.locate(['matrix', 'exclude', 0, 'angle'])).toEqual({ line: 17, column: 22 });
    expect(result.locate(['budget', 'no-such-key'])).toEqual({ line: 40, column: 9 });
    expect(result.locate([])).toEqual({ line: 2, column: 1 });
  });

  it('returns the experiment when there are only warnings', () => {
    const result = validateExperimentText(
      `${HEAD}run: { command: [echo] }\nresources: { timeout: 30s }\n`,
      'w.yaml',
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 4, column: 23, severity: 'warning', file: 'w.yaml' }),
    ]);
    expect(result.value?.stages[0]?.resources.timeoutSec).toBe(30);
  });

  it('makes a timeout under 60s an error when a matrix axis sends the stage to aws-batch', () => {
    const text = `${HEAD}run: { command: [echo] }\nresources: { timeout: 30s }\nmatrix: { backend: [local, aws-batch] }\n`;
    const result = validateExperimentText(text, 'b.yaml');
    expect(result.problems.map((p) => [p.line, p.severity])).toEqual([[4, 'error']]);
  });

  it('accepts matrix references to keys that include adds', () => {
    const text = `${HEAD}run: { command: [echo, "\${{ matrix.extra }}"] }\nmatrix:\n  x: [1]\n  include: [{ x: 1, extra: yes }]\n`;
    expect(validateExperimentText(text, 'i.yaml').problems).toEqual([]);
  });

  it('reports a schema mistake once, without the semantic checks repeating it', () => {
    const text = `${HEAD}run: { command: [echo] }\nmatrix:\n  workers: 4\nfan-out: { items: 8, workers: "\${{ matrix.workers }}" }\n`;
    const result = validateExperimentText(text, 'm.yaml');
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '5:12 matrix.workers must be a list, not 4',
    ]);
  });

  it('refuses anchors that expand without bound, quickly', () => {
    const text = readFileSync(new URL('../../fixtures/invalid/billion-laughs.yaml', import.meta.url), 'utf8');
    const result = validateExperimentText(text, 'bomb.yaml');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toContain('too many alias expansions');
  });

  it('sorts problems by position', () => {
    const text = `${HEAD}stages:\n  b: { needs: [zz], run: { command: [echo] } }\nrepeats: 0\ncolour: red\n`;
    const lines = validateExperimentText(text, 's.yaml').problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toEqual([4, 5, 6]);
  });
});

describe('compareVariant', () => {
  it('normalises the file with one compare entry applied', () => {
    const text = valid('train-infer-document.yaml');
    const validated = validateExperimentText(text, 'p.yaml');
    const base = validated.value;
    const compare = base?.compare[0];
    expect(compare).toBeDefined();
    // The file as validation parsed it: the variant needs no second parse of the YAML.
    const variant = compareVariant(validated.data, 'p.yaml', compare as NonNullable<typeof compare>);
    expect(base?.stages[0]?.compute.capacity).toBe('spot');
    expect(variant?.stages[0]?.compute.capacity).toBe('on-demand');
    expect(variant?.stages.slice(1)).toEqual(base?.stages.slice(1));
  });
});

describe('stage order', () => {
  it('reports the cycle path', () => {
    const needs: Record<string, string[]> = { a: ['c'], b: ['a'], c: ['b'], d: [] };
    expect(findCycle(Object.keys(needs), (n) => needs[n] ?? [])).toEqual(['a', 'c', 'b', 'a']);
    expect(orderStages(Object.keys(needs), (n) => needs[n] ?? [])).toEqual({ cycle: ['a', 'c', 'b', 'a'] });
  });

  it('keeps file order among stages ready at the same time', () => {
    const needs: Record<string, string[]> = { z: ['y'], x: [], y: [], w: ['x'] };
    expect(orderStages(Object.keys(needs), (n) => needs[n] ?? [])).toEqual({ order: ['x', 'y', 'z', 'w'] });
  });
});

describe('renderTemplate', () => {
  it('substitutes matrix values, shard and repeat, leaving unknown expressions as written', () => {
    const context = { matrix: { angle: 90 }, shard: { index: 2, count: 5 }, repeat: 3 };
    expect(
      renderTemplate(
        'a=${{ matrix.angle }} s=${{shard.index}}/${{ shard.count }} r=${{ repeat }} ${{ x }}',
        context,
      ),
    ).toBe('a=90 s=2/5 r=3 ${{ x }}');
  });
});
