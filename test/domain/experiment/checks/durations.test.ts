import { describe, expect, it } from 'vitest';
import { validateExperimentText } from '../../../../src/domain/experiment/validate.js';

const HUGE = `1${'0'.repeat(400)}s`;

function errors(text: string) {
  return validateExperimentText(text, 'd.yaml').problems.filter((p) => p.severity === 'error');
}

describe('durations too long for what reads them', () => {
  it('refuses a timeout too long to be a number, on every backend', () => {
    const found = errors(
      `version: 1\nname: d\nrun: { command: [echo] }\nresources: { timeout: '${HUGE}' }\n`,
    );
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [4, `resources.timeout: "${HUGE}" is not a duration`],
    ]);
    expect(found[0]?.hint).toContain('write 90s, 15m');
  });

  it('refuses a timeout over a year on slurm when it becomes --time', () => {
    const head = `version: 1\nname: d\nrun: { command: [echo] }\nresources: { timeout: 400d }\n`;
    const found = errors(`${head}compute: { backend: slurm }\n`);
    expect(found.map((p) => [p.line, p.column])).toEqual([[4, 23]]);
    expect(found[0]?.message).toContain("more than Slurm's --time takes");
    // With its own time, the timeout is not what sbatch gets.
    expect(errors(`${head}compute: { backend: slurm, slurm: { time: '2:00:00' } }\n`)).toEqual([]);
    expect(errors(`${head}compute: { backend: local }\n`)).toEqual([]);
  });

  it('refuses a size too long to be a number (it was Infinity bytes)', () => {
    const found = errors(
      `version: 1\nname: d\nrun: { command: [echo] }\nresources: { memory: '1${'0'.repeat(400)}GiB' }\n`,
    );
    expect(new Set(found.map((p) => p.line))).toEqual(new Set([4]));
    expect(found[0]?.message).toContain('is not a size');
  });

  it('refuses a decide.deadline too long to be a number', () => {
    const found = errors(`version: 1\nname: d\nrun: { command: [echo] }\ndecide: { deadline: '${HUGE}' }\n`);
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [4, `decide.deadline: "${HUGE}" is not a duration`],
    ]);
  });
});
