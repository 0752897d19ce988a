import type { PriceTable } from '../../cost/price-table.js';
import { didYouMean } from '../edit-distance.js';
import type { MatrixSpec } from '../experiment.js';
import type { Issue } from '../issue.js';
import { implicitBackend, MATRIX_RESERVED, matrixKeys, matrixSpecOf, valuesOf } from '../matrix-spec.js';
import { matrixReference } from '../templates.js';
import type { SourcePath } from '../yaml-source.js';

export type Obj = Record<string, unknown>;

export function obj(x: unknown): Obj | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
}

export function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** Where a check reports what it finds. `atKey` points at the key itself rather than its value. */
export interface ProblemSink {
  error(path: SourcePath, message: string, hint?: string, atKey?: boolean): void;
  warn(path: SourcePath, message: string, hint?: string, atKey?: boolean): void;
}

/** A place that holds a run: the file itself (single-stage) or one entry of `stages`. */
export interface RunHolder {
  path: SourcePath;
  node: Obj;
}

/** A setting as it applies to a stage: the stage's own value, else the file's default. */
export interface Effective {
  value: unknown;
  path: SourcePath;
}

/**
 * The file as the checks see it: its raw data (which may also have schema errors, so every
 * access is defensive) and what several checks derive from it.
 */
export interface CheckContext {
  data: Obj;
  matrix: MatrixSpec;
  /** Names a `${{ matrix.<name> }}` may use, including axes the schema rejected. */
  keys: string[];
  isKey(name: string): boolean;
  /** The file itself for a single-stage file, else each stage. */
  holders: RunHolder[];
  axisHint(name: string): string;
  effective(holder: RunHolder, section: 'resources' | 'compute', key: string): Effective | undefined;
  /** The backends a holder runs on (several when compute.backend is a matrix reference). */
  backendsOf(holder: RunHolder): string[];
  /** The shipped price table (instance sizes and prices), when the caller has one. */
  prices?: PriceTable;
}

/** A check of one topic; adding one is a new module and one line in `SEMANTIC_CHECKS`. */
export type SemanticCheck = (context: CheckContext, sink: ProblemSink) => void;

export function checkContext(data: Obj, prices?: PriceTable): CheckContext {
  const matrix = matrixSpecOf(data.matrix);
  // Axes the schema rejected (not a list) still exist for the user: naming them is not a second mistake.
  const keys = [
    ...new Set([
      ...matrixKeys(matrix),
      ...Object.keys(obj(data.matrix) ?? {}).filter((k) => !MATRIX_RESERVED.includes(k)),
    ]),
  ];
  const stages = obj(data.stages);
  const holders: RunHolder[] = stages
    ? Object.entries(stages).flatMap(([name, node]) =>
        obj(node) ? [{ path: ['stages', name], node: obj(node) as Obj }] : [],
      )
    : [{ path: [], node: data }];

  const effective: CheckContext['effective'] = (holder, section, key) => {
    const own = obj(holder.node[section])?.[key];
    if (own !== undefined) return { value: own, path: [...holder.path, section, key] };
    const top = obj(data[section])?.[key];
    if (top !== undefined) return { value: top, path: [section, key] };
    return undefined;
  };

  const keySet = new Set(keys);
  return {
    data,
    matrix,
    keys,
    isKey: (name) => keySet.has(name),
    ...(prices ? { prices } : {}),
    holders,
    effective,
    axisHint: (name) =>
      didYouMean(name, keys) ??
      (keys.length > 0 ? `matrix keys: ${shortList(keys)}` : 'add the axis under matrix:'),
    backendsOf: (holder) => {
      const written = effective(holder, 'compute', 'backend')?.value;
      const backend = typeof written === 'string' ? written : implicitBackend(matrix);
      if (backend === undefined) return ['local'];
      const axis = matrixReference(backend);
      if (axis === undefined) return [backend];
      return valuesOf(matrix, axis).map((v) => String(v.value));
    },
  };
}

/** Collects issues; top-level defaults shared by several stages are reported once. */
export function issueSink(): { sink: ProblemSink; issues: () => Issue[] } {
  const byKey = new Map<string, Issue>();
  const add = (
    severity: Issue['severity'],
    path: SourcePath,
    message: string,
    hint?: string,
    atKey = false,
  ) => {
    const issue: Issue = { path, atKey, message, severity, ...(hint === undefined ? {} : { hint }) };
    const key = `${JSON.stringify(path)}|${message}`;
    const before = byKey.get(key);
    if (!before || (before.severity === 'warning' && severity === 'error')) byKey.set(key, issue);
  };
  return {
    sink: {
      error: (path, message, hint, atKey) => add('error', path, message, hint, atKey),
      warn: (path, message, hint, atKey) => add('warning', path, message, hint, atKey),
    },
    issues: () => [...byKey.values()],
  };
}

/** At most ten names, so a hint stays one line however many keys a hostile file has. */
export function shortList(names: readonly string[]): string {
  return names.length <= 10
    ? names.join(', ')
    : `${names.slice(0, 10).join(', ')} and ${names.length - 10} more`;
}
