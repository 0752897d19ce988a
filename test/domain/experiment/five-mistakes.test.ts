import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';

it('reports all five mistakes of a file at once, each where it is', () => {
  const text = readFileSync(new URL('../../fixtures/five-mistakes.yaml', import.meta.url), 'utf8');
  const { problems, value } = validateExperimentText(text, 'experiments/five-mistakes.yaml');
  expect(value).toBeUndefined();
  expect(problems.map((p) => [p.line, p.column, p.severity])).toEqual([
    [6, 1, 'error'],
    [10, 26, 'error'],
    [12, 22, 'error'],
    [14, 46, 'error'],
    [16, 16, 'error'],
  ]);
  expect(problems.map((p) => [p.message, p.hint])).toEqual([
    ['unknown key "repeat"', 'did you mean "repeats"?'],
    [
      'stages.prepare.compute.capacity: "spott" is not allowed; expected on-demand, spot, spot-then-on-demand or ${{ matrix.<axis> }}',
      'did you mean "spot"?',
    ],
    ['stages.train.needs[1]: no stage named "evaluate"', 'stages: prepare, train'],
    ['stages.train.run.command[3]: ${{ matrix.worker }} names no matrix axis', 'did you mean "workers"?'],
    [
      'stages.train.resources.timeout: "10 parsecs" is not a duration',
      'write 90s, 15m, 24h, 1d or 1h30m, or a number of seconds',
    ],
  ]);
  expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['experiments/five-mistakes.yaml']));
});
