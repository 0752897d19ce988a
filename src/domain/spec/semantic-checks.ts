import { expandMatrix, matchesAll } from '../plan/matrix.js';
import { checkDesignPower } from './design-power-check.js';
import { didYouMean } from './edit-distance.js';
import type { CellValues, MatrixSpec } from './experiment.js';
import { displayPath, showValue } from './issue.js';
import type { Issue } from './issue.js';
import {
  implicitBackend,
  isScalar,
  MATRIX_RESERVED,
  matrixKeys,
  matrixSpecOf,
  valuesOf,
} from './matrix-spec.js';
import { findCycle } from './stage-order.js';
import { expressionsIn, hasUnclosedExpression, matrixReference, RUN_VARIABLES } from './templates.js';
import { parseDuration, parseSize } from './units.js';
import type { SourcePath } from './yaml-source.js';

/** Metrics every run has without the workload reporting anything. */
export const BUILT_IN_METRICS = ['wall-time', 'cost', 'speedup', 'efficiency'];

/** AWS Batch refuses a job timeout under 60 seconds. */
export const AWS_BATCH_MIN_TIMEOUT_SEC = 60;

const BACKENDS = ['local', 'aws-batch'];

type Obj = Record<string, unknown>;

function obj(x: unknown): Obj | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** A place that holds a run: the file itself (single-stage) or one entry of `stages`. */
interface RunHolder {
  path: SourcePath;
  node: Obj;
}

/** A setting as it applies to a stage: the stage's own value, else the file's default. */
interface Effective {
  value: unknown;
  path: SourcePath;
}

/**
 * What the schema cannot say: references between parts of the file (matrix axes, stages,
 * metrics, cells), units that parse but make no sense, and limits of the backend.
 * Runs on data that may also have schema errors, so every access is defensive.
 */
export function checkSemantics(data: Obj): Issue[] {
  const issues: Issue[] = [];
  const add = (
    severity: Issue['severity'],
    path: SourcePath,
    message: string,
    hint?: string,
    atKey = false,
  ) => issues.push({ path, atKey, message, severity, ...(hint === undefined ? {} : { hint }) });
  const error = (path: SourcePath, message: string, hint?: string, atKey = false) =>
    add('error', path, message, hint, atKey);
  const warn = (path: SourcePath, message: string, hint?: string, atKey = false) =>
    add('warning', path, message, hint, atKey);

  const matrix = matrixSpecOf(data.matrix);
  // Axes the schema rejected (not a list) still exist for the user: naming them is not a second mistake.
  const keys = [
    ...new Set([
      ...matrixKeys(matrix),
      ...Object.keys(obj(data.matrix) ?? {}).filter((k) => !MATRIX_RESERVED.includes(k)),
    ]),
  ];
  const axisHint = (name: string) =>
    didYouMean(name, keys) ??
    (keys.length > 0 ? `matrix keys: ${keys.join(', ')}` : 'add the axis under matrix:');

  const checkText = (text: string, path: SourcePath) => {
    if (hasUnclosedExpression(text)) {
      error(path, `${displayPath(path)}: "\${{" is not closed with "}}"`, 'write ${{ matrix.<axis> }}');
    }
    for (const { expression, axis } of expressionsIn(text)) {
      if (axis !== undefined) {
        if (!keys.includes(axis)) {
          error(path, `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`, axisHint(axis));
        }
      } else if (!(RUN_VARIABLES as readonly string[]).includes(expression)) {
        const known = [...keys.map((k) => `matrix.${k}`), ...RUN_VARIABLES];
        error(
          path,
          `${displayPath(path)}: unknown expression \${{ ${expression} }}`,
          didYouMean(expression, known) ?? `use one of: ${known.map((k) => `\${{ ${k} }}`).join(', ')}`,
        );
      }
    }
  };

  /** A whole-value `${{ matrix.x }}` reference: the axis must exist and each of its values must pass. */
  const checkReference = (
    text: string,
    path: SourcePath,
    valueOk: (v: unknown) => boolean,
    needs: string,
  ): unknown[] | undefined => {
    const axis = matrixReference(text);
    if (axis === undefined) return undefined;
    if (!keys.includes(axis)) {
      error(path, `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`, axisHint(axis));
      return undefined;
    }
    const values = valuesOf(matrix, axis);
    for (const { value, path: at } of values) {
      if (!valueOk(value)) {
        error(
          at,
          `${displayPath(at)}: ${showValue(value)} is used as ${displayPath(path)} and ${needs}`,
          `change the value, or stop using \${{ matrix.${axis} }} there`,
        );
      }
    }
    return values.map((v) => v.value);
  };

  const stages = obj(data.stages);
  const holders: RunHolder[] = stages
    ? Object.entries(stages).flatMap(([name, node]) =>
        obj(node) ? [{ path: ['stages', name], node: obj(node) as Obj }] : [],
      )
    : [{ path: [], node: data }];

  const effective = (
    holder: RunHolder,
    section: 'resources' | 'compute',
    key: string,
  ): Effective | undefined => {
    const own = obj(holder.node[section])?.[key];
    if (own !== undefined) return { value: own, path: [...holder.path, section, key] };
    const top = obj(data[section])?.[key];
    if (top !== undefined) return { value: top, path: [section, key] };
    return undefined;
  };

  const backendsOf = (holder: RunHolder): string[] => {
    const written = effective(holder, 'compute', 'backend')?.value;
    const backend = typeof written === 'string' ? written : implicitBackend(matrix);
    if (backend === undefined) return ['local'];
    const axis = matrixReference(backend);
    if (axis === undefined) return [backend];
    return valuesOf(matrix, axis).map((v) => String(v.value));
  };

  const checkBackend = (compute: unknown, path: SourcePath) => {
    const backend = obj(compute)?.backend;
    if (typeof backend !== 'string') return;
    checkReference(
      backend,
      [...path, 'backend'],
      (v) => BACKENDS.includes(String(v)),
      'must be local or aws-batch',
    );
  };
  checkBackend(data.compute, ['compute']);

  for (const holder of holders) {
    const run = obj(holder.node.run);
    list(run?.command).forEach((item, i) => {
      const path = [...holder.path, 'run', 'command', i];
      if (i === 0 && typeof item === 'string' && item.trim() === '') {
        error(
          path,
          `${displayPath(path)}: the program name is empty`,
          'start the command with the program to run',
        );
      }
      if (typeof item === 'string') checkText(item, path);
    });
    for (const [name, value] of Object.entries(obj(run?.env) ?? {})) {
      if (typeof value === 'string') checkText(value, [...holder.path, 'run', 'env', name]);
    }

    if (holder.path.length > 0) checkBackend(holder.node.compute, [...holder.path, 'compute']);
    const backends = backendsOf(holder);
    const onBatch = backends.includes('aws-batch');

    const fanOut = obj(holder.node['fan-out']);
    if (fanOut) {
      const items = typeof fanOut.items === 'number' ? fanOut.items : undefined;
      const workersPath = [...holder.path, 'fan-out', 'workers'];
      if (typeof fanOut.workers === 'string') {
        checkReference(
          fanOut.workers,
          workersPath,
          (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1,
          'must be a whole number of at least 1',
        );
        const axis = matrixReference(fanOut.workers);
        for (const { value, path } of axis === undefined ? [] : valuesOf(matrix, axis)) {
          if (items !== undefined && typeof value === 'number' && value > items) {
            warn(
              path,
              `${displayPath(path)}: ${value} workers for ${items} items leaves ${value - items} shards empty`,
              'use at most as many workers as fan-out.items',
            );
          }
        }
      } else if (typeof fanOut.workers === 'number' && items !== undefined && fanOut.workers > items) {
        warn(
          workersPath,
          `${displayPath(workersPath)}: ${fanOut.workers} workers for ${items} items leaves ${fanOut.workers - items} shards empty`,
          'use at most as many workers as fan-out.items',
        );
      }
    }

    const timeout = effective(holder, 'resources', 'timeout');
    if (timeout && (typeof timeout.value === 'string' || typeof timeout.value === 'number')) {
      const seconds = parseDuration(timeout.value);
      if (seconds === 0) {
        error(
          timeout.path,
          `${displayPath(timeout.path)} must be more than 0`,
          'write a duration such as 90s or 15m',
        );
      } else if (seconds !== undefined && seconds < AWS_BATCH_MIN_TIMEOUT_SEC) {
        const message = `${displayPath(timeout.path)}: ${showValue(timeout.value)} is under 60s, the least AWS Batch accepts`;
        if (onBatch) error(timeout.path, message, 'raise the timeout to 60s or more');
        else warn(timeout.path, message, 'fine for local runs; raise it to 60s before running on aws-batch');
      }
    }
    const memory = effective(holder, 'resources', 'memory');
    if (memory && typeof memory.value === 'string' && parseSize(memory.value) === 0) {
      error(
        memory.path,
        `${displayPath(memory.path)} must be more than 0`,
        'write a size such as 512MiB or 4GiB',
      );
    }

    const retryOn = effective(holder, 'resources', 'retry-on');
    list(retryOn?.value).forEach((rule, i) => {
      const r = obj(rule);
      if (r && !['on-status-reason', 'on-reason', 'on-exit-code'].some((k) => k in r)) {
        const path = [...(retryOn as Effective).path, i];
        error(
          path,
          `${displayPath(path)} matches nothing`,
          'add on-exit-code, on-reason or on-status-reason',
          true,
        );
      }
    });
    const retries = effective(holder, 'resources', 'retries');
    if (retryOn && list(retryOn.value).length > 0 && (retries?.value ?? 0) === 0) {
      warn(
        retryOn.path,
        `${displayPath(retryOn.path)} has no effect with retries: 0`,
        'set resources.retries to the extra attempts allowed',
        true,
      );
    }

    const platform = effective(holder, 'compute', 'platform');
    const gpus = effective(holder, 'resources', 'gpus');
    if (platform?.value === 'fargate' && typeof gpus?.value === 'number' && gpus.value > 0) {
      error(
        gpus.path,
        `${displayPath(gpus.path)}: Fargate has no GPUs`,
        'use platform: ec2 with a GPU instance type, or gpus: 0',
      );
    }
    const capacity = effective(holder, 'compute', 'capacity');
    if (
      capacity?.value === 'spot-then-on-demand' &&
      onBatch &&
      !effective(holder, 'compute', 'fallback-queue')
    ) {
      warn(
        capacity.path,
        `${displayPath(capacity.path)}: spot-then-on-demand without a fallback-queue retries on the same spot queue`,
        'add compute.fallback-queue: an on-demand job queue',
      );
    }
  }

  if (stages) checkNeeds(stages, error);
  checkMatrix(data, matrix, error);
  checkAnalysis(data, matrix, keys, axisHint, error, warn);
  checkCosts(data, error);
  issues.push(...checkDesignPower(data));
  return dedupe(issues);
}

type Report = (path: SourcePath, message: string, hint?: string, atKey?: boolean) => void;

function checkNeeds(stages: Obj, error: Report): void {
  const names = Object.keys(stages);
  const validNeeds = new Map<string, string[]>();
  for (const name of names) {
    const valid: string[] = [];
    list(obj(stages[name])?.needs).forEach((need, i) => {
      if (typeof need !== 'string') return;
      const path = ['stages', name, 'needs', i];
      if (need === name) {
        error(path, `${displayPath(path)}: stage "${name}" needs itself`, 'remove it from its own needs');
      } else if (!names.includes(need)) {
        error(
          path,
          `${displayPath(path)}: no stage named "${need}"`,
          didYouMean(need, names) ?? `stages: ${names.join(', ')}`,
        );
      } else {
        valid.push(need);
      }
    });
    validNeeds.set(name, valid);
  }
  const cycle = findCycle(names, (n) => validNeeds.get(n) ?? []);
  if (cycle) {
    const first = cycle[0] as string;
    error(
      ['stages', first, 'needs'],
      `stages need each other in a cycle: ${cycle.join(' -> ')}`,
      'remove one of these needs so the stages can run in order',
      true,
    );
  }
}

function checkMatrix(data: Obj, matrix: MatrixSpec, error: Report): void {
  const axes = Object.keys(matrix.axes);
  list(obj(data.matrix)?.exclude).forEach((entry, i) => {
    for (const key of Object.keys(obj(entry) ?? {})) {
      if (!axes.includes(key)) {
        const path = ['matrix', 'exclude', i, key];
        error(
          path,
          `${displayPath(path)}: "${key}" is not a matrix axis`,
          didYouMean(key, axes) ?? `axes: ${axes.join(', ')}`,
          true,
        );
      }
    }
  });
  if (axes.length > 0 && expandMatrix(matrix).length === 0) {
    error(
      ['matrix'],
      'every combination of the matrix is excluded: nothing would run',
      'remove an exclude entry or add values',
      true,
    );
  }
}

function checkAnalysis(
  data: Obj,
  matrix: MatrixSpec,
  keys: string[],
  axisHint: (name: string) => string,
  error: Report,
  warn: Report,
): void {
  const analysis = obj(data.analysis);
  const speedup = obj(analysis?.speedup);
  const over = speedup?.over;
  if (typeof over === 'string') {
    const overPath = ['analysis', 'speedup', 'over'];
    if (!keys.includes(over)) {
      error(overPath, `${displayPath(overPath)}: "${over}" is not a matrix axis`, axisHint(over));
    } else {
      if (valuesOf(matrix, over).some((v) => typeof v.value !== 'number')) {
        warn(
          overPath,
          `${displayPath(overPath)}: not every value of "${over}" is a number`,
          'efficiency and the Amdahl fit need numeric degrees of parallelism',
        );
      }
      checkBaseline(speedup?.baseline, over, matrix, keys, axisHint, error);
    }
  }

  const metrics = list(obj(data.results)?.metrics);
  const declared: string[] = [];
  metrics.forEach((m, i) => {
    const name = obj(m)?.name;
    if (typeof name !== 'string') return;
    const path = ['results', 'metrics', i, 'name'];
    if (declared.includes(name) || BUILT_IN_METRICS.includes(name)) {
      error(
        path,
        `${displayPath(path)}: metric "${name}" is ${declared.includes(name) ? 'declared twice' : 'built in'}`,
        'give each metric its own name',
      );
    }
    declared.push(name);
  });
  const known = [...BUILT_IN_METRICS, ...declared];
  list(analysis?.targets).forEach((t, i) => {
    const target = obj(t);
    if (!target) return;
    const path = ['analysis', 'targets', i];
    if (typeof target.metric === 'string' && !known.includes(target.metric)) {
      error(
        [...path, 'metric'],
        `${displayPath([...path, 'metric'])}: unknown metric "${target.metric}"`,
        didYouMean(target.metric, known) ?? `use ${known.join(', ')}, or declare it under results.metrics`,
      );
    }
    if (target.min === undefined && target.max === undefined) {
      error(path, `${displayPath(path)} sets neither min nor max`, 'add min: or max: for the bound to check');
    } else if (typeof target.min === 'number' && typeof target.max === 'number' && target.min > target.max) {
      error(
        [...path, 'min'],
        `${displayPath(path)}: min ${target.min} is above max ${target.max}`,
        'swap min and max',
      );
    }
    for (const key of Object.keys(obj(target.cell) ?? {})) {
      if (!keys.includes(key)) {
        const at = [...path, 'cell', key];
        error(at, `${displayPath(at)}: "${key}" is not a matrix axis`, axisHint(key), true);
      }
    }
  });
}

function checkBaseline(
  baseline: unknown,
  over: string,
  matrix: MatrixSpec,
  keys: string[],
  axisHint: (name: string) => string,
  error: Report,
): void {
  const path = ['analysis', 'speedup', 'baseline'];
  let partial: CellValues;
  if (isScalar(baseline)) {
    partial = { [over]: baseline };
  } else if (obj(baseline) && Object.values(obj(baseline) as Obj).every(isScalar)) {
    partial = baseline as CellValues;
    const unknown = Object.keys(partial).filter((k) => !keys.includes(k));
    for (const key of unknown) {
      error(
        [...path, key],
        `${displayPath([...path, key])}: "${key}" is not a matrix axis`,
        axisHint(key),
        true,
      );
    }
    if (unknown.length > 0) return;
  } else {
    return;
  }
  if (expandMatrix(matrix).some((cell) => matchesAll(cell, partial))) return;
  const shown = Object.entries(partial)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  const excluded = expandMatrix({ ...matrix, exclude: [] }).some((cell) => matchesAll(cell, partial));
  const overValues = [...new Set(valuesOf(matrix, over).map((v) => String(v.value)))];
  error(
    path,
    excluded
      ? `${displayPath(path)}: the baseline cell (${shown}) is removed by matrix.exclude`
      : `${displayPath(path)}: no cell of the matrix has ${shown}`,
    excluded
      ? 'remove that exclude entry or pick another baseline'
      : `${over} takes: ${overValues.join(', ')}`,
  );
}

function checkCosts(data: Obj, error: Report): void {
  list(obj(data.costs)?.storage).forEach((item, i) => {
    const size = obj(item)?.size;
    if (typeof size === 'string' && parseSize(size) === 0) {
      const path = ['costs', 'storage', i, 'size'];
      error(path, `${displayPath(path)} must be more than 0`, 'write a size such as 5GB or 1.2TB');
    }
  });
}

/** Top-level defaults shared by several stages would otherwise be reported once per stage. */
function dedupe(issues: Issue[]): Issue[] {
  const byKey = new Map<string, Issue>();
  for (const issue of issues) {
    const key = `${JSON.stringify(issue.path)}|${issue.message}`;
    const before = byKey.get(key);
    if (!before || (before.severity === 'warning' && issue.severity === 'error')) byKey.set(key, issue);
  }
  return [...byKey.values()];
}
