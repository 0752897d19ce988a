import { describe, expect, it } from 'vitest';
import { validateExperimentText } from '../../../../src/domain/experiment/validate.js';

function errors(regression: string) {
  const text = `version: 1\nname: f\nrun: { command: [echo] }\nrepeats: 5\nanalysis:\n  fail-on: { regression: '${regression}' }\n`;
  return validateExperimentText(text, 'f.yaml').problems.filter((p) => p.severity === 'error');
}

describe('analysis.fail-on.regression', () => {
  it('refuses a threshold over 1000%, at its line, with what to write', () => {
    const found = errors('99999999999999999999%');
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [
        6,
        'analysis.fail-on.regression: 99999999999999999999% is over 1000% (a run 11 times slower), wider than any regression needs',
      ],
    ]);
    expect(found[0]?.hint).toBe('write the slowdown that should fail the run, such as 5% or 20%');
    expect(errors('1000.5%')).toHaveLength(1);
  });

  it('takes any threshold up to 1000%', () => {
    for (const ok of ['0%', '5%', '2.5%', '150%', '1000%']) expect(errors(ok), ok).toEqual([]);
  });
});
