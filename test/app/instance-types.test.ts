import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExperiment } from '../../src/app/check-experiment.js';
import { parsePriceTable } from '../../src/domain/cost/price-table.js';
import { usableMemoryMiB } from '../../src/domain/experiment/checks/usable-memory.js';
import { validateExperimentText } from '../../src/domain/experiment/validate.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);

const file = (compute: string, extra = '') => `version: 1
name: fit
run: { command: [node, work.mjs] }
matrix: { instance-type: [c5.large, m5.large] }
resources: { vcpus: 1, memory: 2GiB }
compute: ${compute}
${extra}`;

const problems = (text: string) =>
  validateExperimentText(text, 'fit.yaml', { prices }).problems.map(
    (p) => `${p.line}:${p.column} ${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`,
  );

describe('instance types against the price table', () => {
  it('refuses a misspelt instance type with a did-you-mean, at its line', () => {
    expect(problems(file('{ instance-type: c7i.larg }'))).toEqual([
      '6:27 error: compute.instance-type: "c7i.larg" is not an instance type the price table knows in us-east-1 (did you mean "c7i.large"?)',
    ]);
  });

  it('accepts and prices a type the file prices itself under costs.instance-types', () => {
    const text = file(
      '{ backend: aws-batch, queue: q, instance-type: c7i.larg }',
      'costs:\n  instance-types:\n    c7i.larg: { vcpus: 2, memory: 4GiB, on-demand-hourly: 0.36 }\n',
    );
    expect(problems(text)).toEqual([]);
    const checked = checkExperiment('fit.yaml', text, { prices });
    // One 1-vCPU, 2 GiB job: half the instance, for its 1 h timeout.
    expect(checked.plan?.totals.usd).toBeCloseTo(2 * 0.18, 12);
  });

  it('checks every value of an instance-type axis, each at its own line', () => {
    const text = file("{ instance-type: '${{ matrix.instance-type }}' }").replace(
      '[c5.large, m5.large]',
      '[c5.large, m5.lrge]',
    );
    expect(problems(text)).toEqual([
      '4:37 error: matrix.instance-type[1]: "m5.lrge" is not an instance type the price table knows in us-east-1 (did you mean "m5.large"?)',
    ]);
  });

  it('refuses jobs that do not fit their instance type: vCPUs, memory (less what Batch keeps), GPUs', () => {
    const text = file('{ instance-type: c5.large }').replace(
      'resources: { vcpus: 1, memory: 2GiB }',
      'resources: { vcpus: 4, memory: 16GiB, gpus: 1 }',
    );
    expect(problems(text)).toEqual([
      '5:21 error: resources.vcpus: 4 vCPUs do not fit c5.large, which has 2; the job would never start (lower resources.vcpus or pick a larger instance type)',
      `5:32 error: resources.memory: "16GiB" does not fit c5.large: of its 4 GiB, AWS Batch can give a job about ${usableMemoryMiB(4)} MiB; the job would never start (lower resources.memory or pick an instance type with more memory (Batch keeps some for the kernel and its agent))`,
      '5:45 error: resources.gpus: 1 GPUs do not fit c5.large, which has 0; the job would never start (pick a GPU instance type (g5, p4d, ...) or lower resources.gpus)',
    ]);
    // All 4 GiB of a c5.large is more than Batch can place; 3.5 GiB is not.
    expect(
      problems(file('{ instance-type: c5.large }').replace('memory: 2GiB', 'memory: 4GiB')),
    ).toHaveLength(1);
    expect(problems(file('{ instance-type: c5.large }').replace('memory: 2GiB', 'memory: 3.5GiB'))).toEqual(
      [],
    );
  });

  it('names the cell when the type is an axis and only some cells do not fit', () => {
    const text = file("{ instance-type: '${{ matrix.instance-type }}' }").replace(
      'memory: 2GiB',
      'memory: 6GiB',
    );
    const hint =
      '(lower resources.memory or pick an instance type with more memory (Batch keeps some for the kernel and its agent))';
    expect(problems(text)).toEqual([
      // At the matrix value that makes the job not fit, too: the line to change.
      `4:27 error: matrix.instance-type[0]: "6GiB" does not fit c5.large: of its 4 GiB, AWS Batch can give a job about ${usableMemoryMiB(4)} MiB; the job would never start ${hint}`,
      `5:32 error: resources.memory: "6GiB" does not fit c5.large: of its 4 GiB, AWS Batch can give a job about ${usableMemoryMiB(4)} MiB (cell instance-type=c5.large); the job would never start ${hint}`,
    ]);
  });

  it('reports a resource axis value that does not fit at its own line, and at the resources line with the cell', () => {
    const text = file('{ instance-type: c5.large }')
      .replace(
        'matrix: { instance-type: [c5.large, m5.large] }',
        'matrix:\n  mem: [2GiB, 64GiB]\n  workers: [1, 2]',
      )
      .replace('memory: 2GiB', "memory: '${{ matrix.mem }}'");
    const found = problems(text).map((p) => p.replace(/ \(lower resources.memory.*$/, ''));
    const what = `"64GiB" does not fit c5.large: of its 4 GiB, AWS Batch can give a job about ${usableMemoryMiB(4)} MiB`;
    expect(found).toEqual([
      // Once at the value, whichever cells share it.
      `5:15 error: matrix.mem[1]: ${what}; the job would never start`,
      `7:32 error: resources.memory: ${what} (cell mem=64GiB, workers=1); the job would never start`,
      `7:32 error: resources.memory: ${what} (cell mem=64GiB, workers=2); the job would never start`,
    ]);
  });

  it('knows how much of an m4.large Batch can give a job: under the 7985 MiB AWS documents, less 32', () => {
    expect(usableMemoryMiB(8)).toBeLessThanOrEqual(7985 - 32);
    expect(usableMemoryMiB(8)).toBeGreaterThan(7800);
  });
});

describe('compute settings as matrix axes', () => {
  it('gives each cell its own instance type, queue and capacity, priced on its own type', () => {
    const text = `version: 1
name: types
run: { command: [node, work.mjs] }
matrix:
  instance-type: [c5.large, m5.large]
  capacity: [on-demand, spot]
  include: [{ instance-type: c5.large, queue: bench-c5 }, { instance-type: m5.large, queue: bench-m5 }]
resources: { vcpus: 2, memory: 3GiB, timeout: 10m }
compute:
  backend: aws-batch
  instance-type: '\${{ matrix.instance-type }}'
  queue: '\${{ matrix.queue }}'
  capacity: '\${{ matrix.capacity }}'
`;
    const checked = checkExperiment('types.yaml', text, { prices });
    expect(checked.problems).toEqual([]);
    const plan = checked.plan!;
    expect(plan.jobs.map((j) => [j.compute.instanceType, j.compute.queue, j.compute.capacity])).toEqual([
      ['c5.large', 'bench-c5', 'on-demand'],
      ['c5.large', 'bench-c5', 'spot'],
      ['m5.large', 'bench-m5', 'on-demand'],
      ['m5.large', 'bench-m5', 'spot'],
    ]);
    const c5 = prices.regions['us-east-1']!.ec2['c5.large']!;
    const m5 = prices.regions['us-east-1']!.ec2['m5.large']!;
    expect(plan.estimates.map((e) => e.usd! * 6)).toEqual(
      [c5.onDemandHourly, c5.spotHourlyTypical, m5.onDemandHourly, m5.spotHourlyTypical].map((h) =>
        expect.closeTo(h!, 12),
      ),
    );
  });

  it('refuses an axis value the setting cannot take, and an axis that is not there, at their lines', () => {
    const text = `version: 1
name: types
run: { command: [node, work.mjs] }
matrix: { capacity: [spot, cheap] }
compute: { instance-type: '\${{ matrix.type }}', capacity: '\${{ matrix.capacity }}' }
`;
    expect(problems(text)).toEqual([
      '4:28 error: matrix.capacity[1]: "cheap" is used as compute.capacity and must be one of on-demand, spot, spot-then-on-demand (change the value, or stop using ${{ matrix.capacity }} there)',
      '5:27 error: compute.instance-type: ${{ matrix.type }} names no matrix axis (matrix keys: capacity)',
    ]);
  });
});

describe('a memory beyond any machine on aws-batch', () => {
  it('is one error, at its file, line and column, not also a misfit with the instance type', () => {
    const compute = '{ backend: aws-batch, queue: q, instance-type: c5.large }';
    const text = file(compute).replace('memory: 2GiB', 'memory: 99999TiB');
    const found = validateExperimentText(text, 'fit.yaml', { prices }).problems;
    expect(found.map((p) => [p.file, p.line, p.column, p.severity, p.message])).toEqual([
      [
        'fit.yaml',
        5,
        32,
        'error',
        'resources.memory: 99999TiB is more than 64TiB, more memory than any single machine (an instance or a cluster node) has',
      ],
    ]);
  });

  it('is one error at the matrix value that holds it, and the other values are still checked for fit', () => {
    const text = file('{ backend: aws-batch, queue: q, instance-type: c5.large }')
      .replace('matrix: { instance-type: [c5.large, m5.large] }', 'matrix: { mem: [2GiB, 16GiB, 99999TiB] }')
      .replace('memory: 2GiB', "memory: '${{ matrix.mem }}'");
    const misfit = (at: string, cell: string) =>
      `${at} error: ${cell ? 'resources.memory' : 'matrix.mem[1]'}: "16GiB" does not fit c5.large: of its 4 GiB, AWS Batch can give a job about 3941 MiB${cell}; the job would never start (lower resources.memory or pick an instance type with more memory (Batch keeps some for the kernel and its agent))`;
    expect(problems(text)).toEqual([
      misfit('4:23', ''),
      '4:30 error: matrix.mem[2]: "99999TiB" is used as resources.memory and must be a size such as 512MiB or 4GiB (or a number of MiB), at most 64TiB (more than any machine has) (change the value, or stop using ${{ matrix.mem }} there)',
      misfit('5:32', ' (cell mem=16GiB)'),
    ]);
  });
});
