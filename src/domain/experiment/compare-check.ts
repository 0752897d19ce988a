import { didYouMean } from './edit-distance.js';
import { displayPath, showValue } from './issue.js';
import type { Issue } from './issue.js';
import { experimentSchema, resolveRef } from './schema-check.js';
import type { SourcePath } from './yaml-source.js';

type Obj = Record<string, unknown>;
type SchemaNode = Record<string, unknown>;

function obj(x: unknown): Obj | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
}

/** `stages.train.compute.capacity` -> ["stages", "train", "compute", "capacity"]; indexes of lists become numbers. */
export function splitSettingPath(dotted: string, data: unknown): SourcePath {
  const path: SourcePath = [];
  let node = data;
  for (const segment of dotted.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = obj(node)?.[segment];
    }
  }
  return path;
}

/** A deep copy of the file's data with `value` set at `path`, creating mappings on the way. */
export function withSetting(data: unknown, path: SourcePath, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Obj;
  let node: Obj | unknown[] = copy;
  path.forEach((segment, i) => {
    const container = node as Record<string | number, unknown>;
    if (i === path.length - 1) {
      container[segment] = value;
      return;
    }
    const next = container[segment];
    if (typeof next !== 'object' || next === null) container[segment] = {};
    node = container[segment] as Obj;
  });
  return copy;
}

/** Why `path` names no setting of the file format, or undefined when it does. */
function settingProblem(path: SourcePath, data: unknown): { message: string; hint?: string } | undefined {
  let schema: SchemaNode = experimentSchema;
  let node = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const here = resolveRef(schema);
    const properties = (here.properties ?? {}) as Record<string, SchemaNode>;
    const shown = displayPath(path.slice(0, i + 1));
    if (typeof segment === 'string' && segment in properties) {
      schema = properties[segment] as SchemaNode;
    } else if (typeof segment === 'number' && here.items !== undefined) {
      schema = here.items as SchemaNode;
    } else if (typeof segment === 'string' && typeof here.additionalProperties === 'object') {
      if (path[i - 1] === 'stages' && i === 1 && !(segment in (obj(node) ?? {}))) {
        const stages = Object.keys(obj(node) ?? {});
        return {
          message: `no stage named "${segment}"`,
          hint: didYouMean(segment, stages) ?? `stages: ${stages.join(', ')}`,
        };
      }
      schema = here.additionalProperties as SchemaNode;
    } else {
      const known = Object.keys(properties);
      return {
        message: `"${shown}" is not a setting of the file`,
        ...(known.length > 0
          ? { hint: didYouMean(String(segment), known) ?? `settings here: ${known.join(', ')}` }
          : {}),
      };
    }
    node = Array.isArray(node) ? node[Number(segment)] : obj(node)?.[String(segment)];
  }
  return undefined;
}

/**
 * Each `compare` entry must name settings the file format has, and the file with its overrides
 * applied must still be valid, so the side-by-side cost is of a configuration that could run.
 */
export function checkCompare(data: Obj, checkData: (data: unknown) => Issue[]): Issue[] {
  const issues: Issue[] = [];
  const names: string[] = [];
  (Array.isArray(data.compare) ? data.compare : []).forEach((entry, i) => {
    const compare = obj(entry);
    if (!compare) return;
    if (typeof compare.name === 'string') {
      if (names.includes(compare.name)) {
        const path = ['compare', i, 'name'];
        issues.push({
          path,
          atKey: false,
          severity: 'error',
          message: `${displayPath(path)}: "${compare.name}" is used twice`,
          hint: 'give each comparison its own name',
        });
      }
      names.push(compare.name);
    }
    for (const [dotted, value] of Object.entries(obj(compare.override) ?? {})) {
      const at: SourcePath = ['compare', i, 'override', dotted];
      const settingPath = splitSettingPath(dotted, data);
      const problem = settingProblem(settingPath, data);
      if (problem) {
        issues.push({
          path: at,
          atKey: true,
          severity: 'error',
          message: `compare[${i}].override: ${problem.message}`,
          ...(problem.hint ? { hint: problem.hint } : {}),
        });
        continue;
      }
      const first = checkData(withSetting(data, settingPath, value)).find((p) => p.severity === 'error');
      if (first) {
        issues.push({
          path: at,
          atKey: false,
          severity: 'error',
          message: `compare[${i}].override: setting ${dotted} to ${showValue(value)} makes the file invalid: ${first.message}`,
          ...(first.hint ? { hint: first.hint } : {}),
        });
      }
    }
  });
  return issues;
}
