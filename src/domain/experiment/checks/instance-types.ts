import type { InstancePrice } from '../../cost/price-table.js';
import { expandMatrix } from '../../plan/matrix.js';
import { didYouMean } from '../edit-distance.js';
import type { CellValues } from '../experiment.js';
import { displayPath, showValue, type Issue } from '../issue.js';
import { valuesOf } from '../matrix-spec.js';
import { matrixReference } from '../templates.js';
import { memoryBeyondMachines, parseSize } from '../units.js';
import type { SourcePath } from '../yaml-source.js';
import { fileInstanceTypes } from '../../cost/file-prices.js';
import type { CheckContext, Effective, ProblemSink } from './context.js';
import { usableMemoryMiB } from './usable-memory.js';

type Setting = Effective;
type MatrixValue = ReturnType<typeof valuesOf>[number];

/**
 * Instance types against the price table: a type the table does not know (in the stage's region)
 * and the file does not price under costs.instance-types is an error with a did-you-mean, since it
 * would be priced at nothing and, on AWS, never get a host. A job whose vCPUs, memory or GPUs
 * exceed its type would sit RUNNABLE forever: an error at the setting that does not fit, per
 * cell when the type or the resources are matrix axes. Skipped without a price table.
 */
export function checkInstanceTypes(ctx: CheckContext, sink: ProblemSink): void {
  const prices = ctx.prices;
  if (!prices) return;
  const issues: Issue[] = [];
  const cells = expandMatrix(ctx.matrix);
  const own = fileInstanceTypes(ctx.data);
  for (const holder of ctx.holders) {
    const setting = (section: 'resources' | 'compute', key: string) => ctx.effective(holder, section, key);
    if (setting('compute', 'platform')?.value === 'fargate') continue;
    const type = setting('compute', 'instance-type');
    if (typeof type?.value !== 'string') continue;
    const region = String(setting('compute', 'region')?.value ?? 'us-east-1');
    const table = prices.regions[region]?.ec2;
    const specOf = (name: string): InstancePrice | undefined => own[name] ?? table?.[name];
    // Every place a type is written: the value itself, or each value of the axis it names.
    const axis = matrixReference(type.value);
    const written =
      axis === undefined ? [{ value: type.value, path: type.path }] : valuesOf(ctx.matrix, axis);
    for (const { value, path } of written) {
      const name = String(value);
      if (specOf(name) !== undefined || !table) continue;
      issues.push({
        path,
        atKey: false,
        severity: 'error',
        message: `${displayPath(path)}: ${showValue(value)} is not an instance type the price table knows in ${region}`,
        hint:
          didYouMean(name, [...Object.keys(table), ...Object.keys(own)]) ??
          'name an EC2 instance type such as c7i.large, or give its size and price under costs.instance-types',
      });
    }
    const resolve = (s: Setting | undefined, cell: CellValues): unknown => {
      const ref = typeof s?.value === 'string' ? matrixReference(s.value) : undefined;
      return ref === undefined ? s?.value : cell[ref];
    };
    // Where a setting's value for a cell is written, when it is a matrix value: its own line.
    const valueAt = (s: Setting | undefined, cell: CellValues): MatrixValue | undefined => {
      const ref = typeof s?.value === 'string' ? matrixReference(s.value) : undefined;
      return ref === undefined ? undefined : valuesOf(ctx.matrix, ref).find((v) => v.value === cell[ref]);
    };
    // A cell is named only where the fit differs by cell (the type or a resource is an axis).
    const varies = [
      type,
      setting('resources', 'vcpus'),
      setting('resources', 'memory'),
      setting('resources', 'gpus'),
    ].some((s) => typeof s?.value === 'string' && matrixReference(s.value) !== undefined);
    for (const cell of cells) {
      const spec = specOf(String(resolve(type, cell)));
      if (spec)
        issues.push(
          ...fitIssues(String(resolve(type, cell)), spec, varies ? cell : {}, setting, resolve, (s) => [
            valueAt(s, cell),
            valueAt(type, cell),
          ]),
        );
    }
  }
  // The sink keeps one issue per path and message, so a misfit shared by many cells is listed once.
  for (const i of issues) sink.error(i.path, i.message, i.hint);
}

function fitIssues(
  type: string,
  spec: InstancePrice,
  cell: CellValues,
  setting: (section: 'resources', key: string) => Setting | undefined,
  resolve: (s: Setting | undefined, cell: CellValues) => unknown,
  valuesBehind: (s: Setting) => (MatrixValue | undefined)[],
): Issue[] {
  const issues: Issue[] = [];
  const named = Object.entries(cell)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  const where = named === '' ? '' : ` (cell ${named})`;
  // At the setting, with the cell named; and at each matrix value that makes this cell's job
  // not fit (the resource's or the instance type's), where the value is to be changed. The
  // message there names the value and the type, not the cell, so cells that share it share it.
  const push = (s: Setting, what: string, hint: string) => {
    issues.push(misfit(s.path, `${what}${where}`, hint));
    for (const at of valuesBehind(s)) if (at) issues.push(misfit(at.path, what, hint));
  };
  const vcpus = setting('resources', 'vcpus');
  const v = Number(resolve(vcpus, cell) ?? 1);
  if (vcpus && Number.isFinite(v) && v > spec.vcpus) {
    push(
      vcpus,
      `${v} vCPUs do not fit ${type}, which has ${spec.vcpus}`,
      'lower resources.vcpus or pick a larger instance type',
    );
  }
  const memory = setting('resources', 'memory');
  const size = resolve(memory, cell) as string | number;
  const bytes = parseSize(size) ?? 0;
  const usable = usableMemoryMiB(spec.memoryGiB);
  // A memory beyond any machine is refused as that where it is written: fitting no type says no more.
  if (memory && bytes / 2 ** 20 > usable && !memoryBeyondMachines(size)) {
    push(
      memory,
      `${showValue(resolve(memory, cell))} does not fit ${type}: of its ${spec.memoryGiB} GiB, AWS Batch can give a job about ${usable} MiB`,
      'lower resources.memory or pick an instance type with more memory (Batch keeps some for the kernel and its agent)',
    );
  }
  const gpus = setting('resources', 'gpus');
  const g = Number(resolve(gpus, cell) ?? 0);
  if (gpus && g > spec.gpus) {
    push(
      gpus,
      `${g} GPUs do not fit ${type}, which has ${spec.gpus}`,
      'pick a GPU instance type (g5, p4d, ...) or lower resources.gpus',
    );
  }
  return issues;
}

function misfit(path: SourcePath, what: string, hint: string): Issue {
  return {
    path,
    atKey: false,
    severity: 'error',
    message: `${displayPath(path)}: ${what}; the job would never start`,
    hint,
  };
}
