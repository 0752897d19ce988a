import { describe, expect, it } from 'vitest';
import { validateExperimentText } from '../../../../src/domain/experiment/validate.js';

// Each value sits on line 10, after `    <key>: ` (column 5 + key length + 2).
function withSlurm(key: string, value: string, stage = false): string {
  if (stage)
    return `version: 1\nname: s\nresources: { timeout: 5m }\nstages:\n  a:\n    run: { command: [echo] }\n    compute:\n      backend: slurm\n      slurm: { ${key}: ${value} }\n`;
  return `version: 1\nname: s\nrun: { command: [echo] }\nresources: { timeout: 5m }\nmatrix: { w: [1] }\n\ncompute:\n  backend: slurm\n  slurm:\n    ${key}: ${value}\n`;
}

function errors(text: string) {
  return validateExperimentText(text, 'slurm.yaml').problems.filter((p) => p.severity === 'error');
}

describe('compute.slurm names: what sbatch would take as an option or refuse', () => {
  it.each([
    ['partition', "'-x'"],
    ['partition', "'..'"],
    ['account', "'-A'"],
    ['qos', "'.hidden'"],
    ['partition', 'a'.repeat(129)],
  ])('refuses %s: %s at its line, saying what a Slurm name is', (key, value) => {
    const [problem, ...more] = errors(withSlurm(key, value));
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ line: 10, column: key.length + 7 });
    expect(problem?.message).toContain('is not a Slurm name');
    expect(problem?.hint).toContain('starting with a letter or digit');
  });

  it.each([['partition'], ['account'], ['qos']])('accepts %s names as sinfo lists them', (key) => {
    expect(errors(withSlurm(key, 'gpu-a100_v2.1'))).toEqual([]);
  });
});

describe('compute.slurm.constraint: the grammar sbatch --constraint reads', () => {
  it.each(['icelake', 'icelake&ib', 'a|b', '[rack1*2&rack2*4]', '(a|b)&c', '!gpu', 'a,b', 'x86:avx512'])(
    'accepts %s',
    (value) => expect(errors(withSlurm('constraint', `'${value}'`))).toEqual([]),
  );

  it.each([
    ["'-x'", 'is not a Slurm constraint'],
    ["'&'", 'is not a Slurm constraint'],
    ["'a&'", 'ends where a feature name should be'],
    ["'a&&b'", 'where a feature name should be'],
    ["'(a|b'", 'missing at the end'],
    ["'a)'", 'closes nothing'],
    ["'[a&b)'", 'closes nothing'],
    ["'a*'", 'needs a count'],
    ["'a*0'", 'needs a count'],
    ["'a!b'", 'after a feature'],
    ['"a\\nb"', 'is not a Slurm constraint'],
    ['"a\\0b"', 'is not a Slurm constraint'],
    ['a'.repeat(1025), 'is not a Slurm constraint'],
  ])('refuses %s: %s, once, at its line', (value, words) => {
    const found = errors(withSlurm('constraint', value));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 10, column: 17 });
    expect(found[0]?.message).toContain(words);
    expect(found[0]?.hint).toMatch(/features joined by &/);
  });

  it('checks a stage’s own slurm section too', () => {
    const found = errors(withSlurm('constraint', "'a|'", true));
    expect(found.map((p) => p.message)).toEqual([
      'stages.a.compute.slurm.constraint: "a|" ends where a feature name should be',
    ]);
  });
});

describe('compute.slurm.time: Slurm’s formats, and what Slurm reads otherwise', () => {
  it.each(["'90'", "'2:00:00'", "'1-00:00:00'", "'1-12'", "'30:00'", "'365-00:00:00'"])(
    'accepts %s',
    (value) => {
      expect(errors(withSlurm('time', value))).toEqual([]);
    },
  );

  it.each([
    ["'0'", 'no time limit at all'],
    ["'00:00:00'", 'no time limit at all'],
    ["'0-0'", 'no time limit at all'],
    ["'1:99:99'", 'minutes go up to 59, not 99'],
    ["'10:75'", 'seconds go up to 59, not 75'],
    ["'1-24:00:00'", 'hours go up to 23, not 24'],
    ["'99999999999999'", 'more than a year'],
    ["'366-00:00:00'", 'more than a year'],
  ])('refuses %s: %s', (value, words) => {
    const found = errors(withSlurm('time', value));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 10, column: 11 });
    expect(found[0]?.message).toContain(words);
  });

  it('says what a Slurm time is when the form is wrong', () => {
    const [problem] = errors(withSlurm('time', 'UNLIMITED'));
    expect(problem?.message).toBe('compute.slurm.time: "UNLIMITED" is not a Slurm time limit');
    expect(problem?.hint).toContain('D-HH:MM:SS');
  });
});

describe('compute.slurm with a matrix reference', () => {
  it.each(['partition', 'constraint', 'time'])('says %s takes none, and what to do instead', (key) => {
    const [problem, ...more] = errors(withSlurm(key, "'${{ matrix.w }}'"));
    expect(more).toEqual([]);
    expect(problem?.line).toBe(10);
    expect(problem?.hint).toContain('compute.slurm takes no ${{ matrix.* }}');
    expect(problem?.hint).toContain('stages.<name>.compute.slurm');
  });
});
