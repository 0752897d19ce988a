import { describe, expect, it } from 'vitest';
import { validateCampaignText } from '../../../src/domain/campaign/validate-campaign.js';

// The node types start on line 6; `time` (when given) is on the line after the last one.
function campaign(nodes: string, time?: string): string {
  return `version: 1
kind: campaign
name: cluster-weekly
slurm:
  nodes:
${nodes}
${time === undefined ? '' : `  time: ${time}\n`}benchmarks: [stream]
repeats: 2
durations: { stream: 10m }
schedule:
  days: 1
  windows: [{ name: nightly, start: '00:00', end: '24:00' }]
  max-daily-jobs: 50
  max-concurrent: 4
`;
}

function errors(text: string) {
  return validateCampaignText(text, 'cluster.yaml').problems.filter((p) => p.severity === 'error');
}

describe('campaign slurm.nodes: what the history and sbatch get from them', () => {
  it('refuses two node types whose history folders are one on a case-insensitive disk', () => {
    const found = errors(
      campaign('    - { name: Icelake, constraint: a }\n    - { name: icelake, constraint: b }'),
    );
    expect(found.map((p) => [p.line, p.column])).toEqual([[7, 15]]);
    expect(found[0]?.message).toBe(
      'node types 1 and 2 are named "Icelake" and "icelake", one folder on disks that ignore letter case or trailing dots',
    );
  });

  it('refuses names that differ only by trailing dots (Windows drops them)', () => {
    const found = errors(campaign('    - { name: x, partition: p }\n    - { name: x., partition: q }'));
    expect(found.map((p) => p.line)).toEqual([7]);
  });

  it('points at the partition when the refused default name comes from it', () => {
    const found = errors(
      campaign('    - { partition: p, constraint: "a|b" }\n    - { partition: "9..", cpus: 2 }'),
    );
    // "a|b" is a fine constraint but no folder name: the constraint is the field to see.
    expect(found.map((p) => [p.line, p.column])).toEqual([[6, 35]]);
    const fromPartition = errors(campaign('    - { cpus: 2, partition: "a&b" }'));
    expect(fromPartition[0]).toMatchObject({ line: 6, column: 29 });
  });

  it.each([
    ['{ name: x, constraint: "-x" }', 'is not a Slurm constraint'],
    ['{ name: x, constraint: "a&(b" }', '")" is missing at the end'],
    ['{ name: x, constraint: "a||b" }', 'where a feature name should be'],
    ['{ name: x, partition: "-p" }', 'is not a Slurm name'],
    ['{ name: x, partition: ".." }', 'is not a Slurm name'],
  ])('refuses %s: %s', (node, words) => {
    const found = errors(campaign(`    - ${node}`));
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(6);
    expect(found[0]?.message).toContain(words);
  });

  it.each([
    ["'0'", 'no time limit at all'],
    ["'1:75:00'", 'minutes go up to 59'],
    ["'400-00:00:00'", 'more than a year'],
  ])('refuses slurm.time %s: %s', (time, words) => {
    const found = errors(campaign('    - { constraint: icelake }', time));
    expect(found.map((p) => [p.line, p.column])).toEqual([[7, 9]]);
    expect(found[0]?.message).toContain(words);
  });

  it('accepts the node types of the shipped example', () => {
    const nodes = `    - { constraint: icelake, cpu: intel, cpus: 32, memory: 64GiB }
    - { constraint: "[rack1|rack2]&ib", name: ib-racks }
    - { name: grace, partition: arm, cpu: graviton, cpus: 72 }`;
    expect(errors(campaign(nodes, "'1-00:00:00'"))).toEqual([]);
  });

  it('warns when slurm.time is shorter than a benchmark takes (every job would time out)', () => {
    const problems = validateCampaignText(
      campaign('    - { constraint: icelake }', "'5'"),
      'c.yaml',
    ).problems;
    expect(problems.map((p) => [p.line, p.column, p.severity, p.message])).toEqual([
      [
        7,
        9,
        'warning',
        `slurm.time "5" is shorter than stream's duration (10m): Slurm would stop its jobs at the limit`,
      ],
    ]);
    expect(
      validateCampaignText(campaign('    - { constraint: icelake }', "'15'"), 'c.yaml').problems,
    ).toEqual([]);
  });
});
