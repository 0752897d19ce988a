import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExperiment } from '../../src/app/check-experiment.js';
import { parsePriceTable } from '../../src/domain/cost/price-table.js';
import { formatProblem } from '../../src/domain/experiment/problem.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

const check = (text: string) => checkExperiment('axes.yaml', text, { prices, localConcurrency: 4 });
const problems = (text: string) =>
  check(text).problems.map((p) => formatProblem(p).replace(/^axes\.yaml:/, ''));

describe('resources and fan-out settings as matrix axes', () => {
  it('gives each cell its own vCPUs, memory, GPUs, items and speculative copies', () => {
    const checked = check(`version: 1
name: axes
run: { command: [node, work.mjs, '\${{ matrix.items }}'] }
matrix:
  size: [small, big]
  oversubscribe: [1, 1.5]
  include:
    - { size: small, vcpus: 1, memory: 512MiB, items: 4 }
    - { size: big, vcpus: 2, memory: 2GiB, items: 8 }
fan-out: { items: '\${{ matrix.items }}', workers: 2, oversubscribe: '\${{ matrix.oversubscribe }}' }
resources: { vcpus: '\${{ matrix.vcpus }}', memory: '\${{ matrix.memory }}', gpus: 0 }
`);
    expect(checked.problems).toEqual([]);
    const plan = checked.plan!;
    const byCell = (cellId: string) => plan.jobs.filter((j) => j.cellId === cellId);
    const small = byCell('size-small_oversubscribe-1_vcpus-1_memory-512MiB_items-4');
    expect(small.map((j) => [j.resources.vcpus, j.resources.memoryBytes, j.itemStart, j.itemEnd])).toEqual([
      [1, 512 * 2 ** 20, 0, 2],
      [1, 512 * 2 ** 20, 2, 4],
    ]);
    // 1.5 oversubscribes one of the two shards: a speculative copy of the last one.
    const big = byCell('size-big_oversubscribe-1.5_vcpus-2_memory-2GiB_items-8');
    expect(big.map((j) => [j.id.split('.').slice(-2).join('.'), j.resources.vcpus, j.itemEnd])).toEqual([
      ['r1.s0', 2, 4],
      ['r1.s1', 2, 8],
      ['s1.x1', 2, 8],
    ]);
    expect(plan.totals.jobs).toBe(2 + 3 + 2 + 3);
    expect(plan.estimates.find((e) => e.cellId === big[0]!.cellId)?.vcpus).toBe(6);
  });

  it('refuses an axis value a setting cannot take, at the value, and an axis that is not there', () => {
    const text = `version: 1
name: axes
run: { command: [node, work.mjs] }
matrix:
  cpus: [1, 0]
  mem: [1GiB, lots]
  gpus: [0, 1.5]
  n: [10, -1]
  over: [1.1, 3]
fan-out: { items: '\${{ matrix.n }}', workers: 2, oversubscribe: '\${{ matrix.over }}' }
resources: { vcpus: '\${{ matrix.cpus }}', memory: '\${{ matrix.mem }}', gpus: '\${{ matrix.gpu }}' }
`;
    expect(problems(text)).toEqual([
      '5:13: error: matrix.cpus[1]: 0 is used as resources.vcpus and must be a number of vCPUs above 0 (at most 4096) (change the value, or stop using ${{ matrix.cpus }} there)',
      '6:15: error: matrix.mem[1]: "lots" is used as resources.memory and must be a size such as 512MiB or 4GiB (or a number of MiB), at most 64TiB (more than any machine has) (change the value, or stop using ${{ matrix.mem }} there)',
      '8:11: error: matrix.n[1]: -1 is used as fan-out.items and must be a whole number of at least 1 (change the value, or stop using ${{ matrix.n }} there)',
      '9:15: error: matrix.over[1]: 3 is used as fan-out.oversubscribe and must be a number from 1 to 2 (change the value, or stop using ${{ matrix.over }} there)',
      '11:78: error: resources.gpus: ${{ matrix.gpu }} names no matrix axis (did you mean "gpus"?)',
    ]);
  });

  it('checks each cell of a vCPU axis against its instance type, naming the cell', () => {
    const text = `version: 1
name: axes
run: { command: [node, work.mjs] }
matrix: { cpus: [2, 4] }
resources: { vcpus: '\${{ matrix.cpus }}', memory: 1GiB }
compute: { backend: aws-batch, queue: q, instance-type: c7i.large }
`;
    expect(problems(text)).toEqual([
      // At the value that does not fit, and at the setting with the cell named.
      '4:21: error: matrix.cpus[1]: 4 vCPUs do not fit c7i.large, which has 2; the job would never start (lower resources.vcpus or pick a larger instance type)',
      '5:21: error: resources.vcpus: 4 vCPUs do not fit c7i.large, which has 2 (cell cpus=4); the job would never start (lower resources.vcpus or pick a larger instance type)',
    ]);
  });
});
