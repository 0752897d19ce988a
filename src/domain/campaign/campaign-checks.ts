import { didYouMean } from '../experiment/edit-distance.js';
import { showValue, type Issue } from '../experiment/issue.js';
import { slurmConstraintProblem, slurmTimeMinutes, slurmTimeProblem } from '../experiment/slurm-syntax.js';
import {
  formatDuration,
  memoryBeyondMachines,
  parseDuration,
  thresholdBeyondBound,
} from '../experiment/units.js';
import type { CampaignFile } from './campaign-file.js';
import { minuteOf, nodeTypeName } from './normalise-campaign.js';
import { knownNames } from './variants.js';

/** What the schema cannot say: window times, overlaps, focus and program names that match nothing. */
export function checkCampaign(f: CampaignFile): Issue[] {
  const issues: Issue[] = [];
  const error = (path: Issue['path'], message: string, hint?: string, atKey = false): void => {
    issues.push({ path, atKey, message, ...(hint ? { hint } : {}), severity: 'error' });
  };
  const warn = (path: Issue['path'], message: string, hint?: string): void => {
    issues.push({ path, atKey: false, message, ...(hint ? { hint } : {}), severity: 'warning' });
  };
  const windows = f.schedule.windows;
  const seen = new Map<string, number>();
  windows.forEach((w, i) => {
    if (seen.has(w.name))
      error(
        ['schedule', 'windows', i, 'name'],
        `window "${w.name}" is named twice`,
        'give each window its own name',
      );
    seen.set(w.name, i);
    if (minuteOf(w.end) <= minuteOf(w.start))
      error(
        ['schedule', 'windows', i, 'end'],
        `window "${w.name}" ends at ${w.end}, not after it starts at ${w.start}`,
        'a window lies within one day: end after start, 24:00 for midnight',
      );
  });
  windows.forEach((a, i) => {
    windows.slice(0, i).forEach((b) => {
      if (minuteOf(a.start) < minuteOf(b.end) && minuteOf(b.start) < minuteOf(a.end))
        error(
          ['schedule', 'windows', i, 'start'],
          `window "${a.name}" (${a.start}-${a.end}) overlaps "${b.name}" (${b.start}-${b.end})`,
          'windows must not overlap, or max-concurrent would be exceeded',
        );
    });
  });
  const names = f.benchmarks.flatMap(knownNames);
  windows.forEach((w, i) =>
    (w.focus ?? []).forEach((name, j) => {
      if (!names.includes(name))
        warn(
          ['schedule', 'windows', i, 'focus', j],
          `focus "${name}" is not a benchmark of this campaign, so window "${w.name}" gets no job for it`,
          didYouMean(name, names) ?? `benchmarks here: ${names.join(', ')}`,
        );
    }),
  );
  for (const [key, what] of [
    ['programs', 'program'],
    ['durations', 'duration'],
  ] as const)
    for (const name of Object.keys(f[key] ?? {}))
      if (!f.benchmarks.includes(name))
        warn(
          [key, name],
          `${what} for "${name}", which is not in benchmarks`,
          didYouMean(name, f.benchmarks),
        );
  const from = f.schedule.spot?.['from-size'];
  if (from !== undefined && f.instances && !f.instances.sizes.includes(from))
    warn(
      ['schedule', 'spot', 'from-size'],
      `from-size "${from}" is not one of the campaign's sizes; sizes at least as large still use Spot`,
      didYouMean(from, f.instances.sizes),
    );
  const threshold = f.regression?.threshold;
  const beyond = threshold === undefined ? undefined : thresholdBeyondBound(threshold);
  if (beyond)
    error(
      ['regression', 'threshold'],
      `regression.threshold: ${beyond}`,
      'write how far the median must move the bad way, such as 5% or 20%',
    );
  issues.push(...machineIssues(f));
  return issues;
}

const NODE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * A campaign runs on EC2 instance types (`instances`) or on a Slurm cluster's node types
 * (`slurm.nodes`), exactly one; each node type names a partition or a constraint, and goes by
 * a name the history can file it under, its own.
 */
function machineIssues(f: CampaignFile): Issue[] {
  const issues: Issue[] = [];
  const error = (path: Issue['path'], message: string, hint: string, atKey = false): void => {
    issues.push({ path, atKey, message, hint, severity: 'error' });
  };
  if (f.instances && f.slurm)
    error(
      ['slurm'],
      'a campaign names instance types (instances) or Slurm node types (slurm), not both',
      'keep one: a campaign on both is two campaign files',
      true,
    );
  if (!f.instances && !f.slurm)
    error(
      [],
      'a campaign needs instances (EC2 instance families and sizes) or slurm (node types of a cluster)',
      'add instances: { families: [m7i], sizes: [large] }, or slurm: { nodes: [{ constraint: icelake }] }',
    );
  if (f.slurm && f.schedule.spot)
    error(
      ['schedule', 'spot'],
      'a Slurm cluster has no Spot capacity',
      'remove schedule.spot from a campaign on slurm node types',
      true,
    );
  const time = f.slurm?.time;
  const timeProblem = time === undefined ? undefined : slurmTimeProblem(time);
  if (timeProblem)
    error(['slurm', 'time'], `slurm.time: ${showValue(time)} ${timeProblem.message}`, timeProblem.hint);
  issues.push(...shortTime(f));
  const seen = new Map<string, { index: number; name: string }>();
  (f.slurm?.nodes ?? []).forEach((node, i) => {
    const at = ['slurm', 'nodes', i];
    if (node.partition === undefined && node.constraint === undefined) {
      error(
        at,
        'a node type names a partition, a constraint (node features), or both',
        'e.g. { constraint: icelake } or { partition: gpu }',
      );
      return;
    }
    const constraint = node.constraint === undefined ? undefined : slurmConstraintProblem(node.constraint);
    if (constraint)
      error(
        [...at, 'constraint'],
        `slurm.nodes[${i}].constraint: ${showValue(node.constraint)} ${constraint.message}`,
        constraint.hint,
      );
    const beyond = node.memory === undefined ? undefined : memoryBeyondMachines(node.memory);
    if (beyond)
      error(
        [...at, 'memory'],
        `slurm.nodes[${i}].memory: ${beyond}`,
        'write the memory one job asks, e.g. 64GiB',
      );
    const name = nodeTypeName(node);
    // The name is a folder of the history: the field it was taken from is the one to change.
    const nameFrom =
      node.name !== undefined ? 'name' : node.constraint !== undefined ? 'constraint' : 'partition';
    if (!NODE_NAME.test(name))
      error(
        [...at, nameFrom],
        `"${name}" cannot name a node type in the history: letters, digits, '.', '-' and '_'`,
        'give the node type a name, e.g. name: icelake-ib',
      );
    // Folders named Icelake and icelake are one on macOS and Windows, and so are x. and x there.
    const key = name.toLowerCase().replace(/\.+$/, '');
    const before = seen.get(key);
    if (before !== undefined)
      error(
        node.name === undefined ? at : [...at, 'name'],
        before.name === name
          ? `node types ${before.index + 1} and ${i + 1} are both named "${name}"`
          : `node types ${before.index + 1} and ${i + 1} are named "${before.name}" and "${name}", one folder on disks that ignore letter case or trailing dots`,
        'give each node type its own name (name: ...): the history keeps each one apart, in a folder of that name',
      );
    seen.set(key, { index: i, name });
  });
  return issues;
}

/** A slurm.time under a benchmark's duration stops every one of its jobs at the limit (TIMEOUT). */
function shortTime(f: CampaignFile): Issue[] {
  const time = f.slurm?.time;
  const minutes = time === undefined ? undefined : slurmTimeMinutes(time);
  if (time === undefined || minutes === undefined || minutes === 0) return [];
  return f.benchmarks.flatMap((name) => {
    const written = f.durations?.[name];
    const seconds = written === undefined ? undefined : parseDuration(written);
    if (seconds === undefined || seconds <= minutes * 60) return [];
    return [
      {
        path: ['slurm', 'time'],
        atKey: false,
        severity: 'warning' as const,
        message: `slurm.time ${showValue(time)} is shorter than ${name}'s duration (${formatDuration(seconds)}): Slurm would stop its jobs at the limit`,
        hint: 'raise slurm.time above the longest duration, or leave it out (three times each duration)',
      },
    ];
  });
}
