import { describe, expect, it } from 'vitest';
import { validateExperimentText } from '../../../../src/domain/experiment/validate.js';

function errors(text: string) {
  return validateExperimentText(text, 'm.yaml').problems.filter((p) => p.severity === 'error');
}

const head = 'version: 1\nname: m\nrun: { command: [echo] }\n';

describe('resources.memory beyond any machine', () => {
  it('refuses a size over 64TiB on local and slurm jobs, at its line', () => {
    for (const backend of ['local', 'slurm']) {
      const found = errors(`${head}compute: { backend: ${backend} }\nresources: { memory: 99999TiB }\n`);
      expect(
        found.map((p) => [p.line, p.column, p.message]),
        backend,
      ).toEqual([
        [
          5,
          22,
          'resources.memory: 99999TiB is more than 64TiB, more memory than any single machine (an instance or a cluster node) has',
        ],
      ]);
      expect(found[0]?.hint).toContain('16GiB');
    }
  });

  it('counts a bare number as MiB, and takes 64TiB itself', () => {
    const found = errors(`${head}resources: { memory: 99999999999 }\n`);
    expect(found.map((p) => p.message)).toEqual([
      'resources.memory: 99999999999 MiB is more than 64TiB, more memory than any single machine (an instance or a cluster node) has',
    ]);
    expect(errors(`${head}resources: { memory: 64TiB }\n`)).toEqual([]);
  });

  it('refuses a matrix value over 64TiB at the value', () => {
    const found = errors(
      `${head}matrix:\n  mem: [4GiB, 99999TiB]\nresources: { memory: '\${{ matrix.mem }}' }\n`,
    );
    expect(found.map((p) => p.line)).toContain(5);
    expect(found.find((p) => p.line === 5)?.message).toContain('at most 64TiB');
  });
});
