import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schema/experiment.schema.json' with { type: 'json' };
import { didYouMean } from './edit-distance.js';
import { compileExperimentValidator } from './experiment-validator.js';
import { displayPath, showValue } from './issue.js';
import type { Issue } from './issue.js';
import { JSON_TYPES, PATTERNS, TYPE_HINTS } from './schema-words.js';
import type { SourcePath } from './yaml-source.js';

export const experimentSchema: Record<string, unknown> = schema;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= compileExperimentValidator();
  return compiled;
}

/** Checks data against schema/experiment.schema.json; one issue per mistake, ajv's fan-out folded. */
export function checkSchema(data: unknown): Issue[] {
  const validate = validator();
  if (validate(data)) return [];
  return foldErrors(validate.errors ?? [], data);
}

type SchemaNode = Record<string, unknown>;

function foldErrors(errors: ErrorObject[], data: unknown): Issue[] {
  // Grouped by place, so a file with thousands of mistakes is folded in linear time.
  const atPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const group = atPath.get(e.instancePath);
    if (group) group.push(e);
    else atPath.set(e.instancePath, [e]);
  }
  const branchOf = new Set<ErrorObject>();
  const branches = (e: ErrorObject) =>
    (atPath.get(e.instancePath) ?? []).filter((b) => b !== e && b.schemaPath.startsWith(`${e.schemaPath}/`));
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') for (const b of branches(e)) branchOf.add(b);
  }
  const typeWrong = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));

  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (branchOf.has(e) || e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    if (e.keyword !== 'type' && typeWrong.has(e.instancePath)) continue;
    const path = toPath(e.instancePath, data);
    const issue =
      e.keyword === 'anyOf' || e.keyword === 'oneOf'
        ? alternativesIssue(e, path, branches(e))
        : errorIssue(e, path);
    const key = `${JSON.stringify(issue.path)}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toPath(pointer: string, data: unknown): SourcePath {
  const path: SourcePath = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node =
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function lastName(path: SourcePath): string {
  const strings = path.filter((s): s is string => typeof s === 'string');
  return strings[strings.length - 1] ?? 'the file';
}

function alternativesIssue(e: ErrorObject, path: SourcePath, branches: ErrorObject[]): Issue {
  const allowed: string[] = [];
  const hints: string[] = [];
  for (const b of branches) {
    if (b.keyword === 'enum')
      allowed.push(...(b.params as { allowedValues: unknown[] }).allowedValues.map(String));
    if (b.keyword === 'pattern') {
      const known = PATTERNS[(b.params as { pattern: string }).pattern];
      allowed.push(
        known?.what === 'a matrix reference' ? '${{ matrix.<axis> }}' : (known?.what ?? 'a matching text'),
      );
    }
  }
  const value = e.data;
  if (typeof value === 'string') {
    const close = didYouMean(value, allowed);
    if (close) hints.push(close);
  }
  return {
    path,
    atKey: false,
    message: `${displayPath(path)}: ${showValue(value)} is not allowed; expected ${orList(allowed)}`,
    hint: hints[0] ?? `use one of: ${allowed.join(', ')}`,
    severity: 'error',
  };
}

function orList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'another value';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** What errorIssue's helpers need of one Ajv error. */
interface ErrorContext {
  e: ErrorObject;
  path: SourcePath;
  parent: SchemaNode;
  where: string;
  name: string;
  params: Record<string, unknown>;
  issue: (message: string, hint: string | undefined, at?: SourcePath, atKey?: boolean) => Issue;
}

function errorIssue(e: ErrorObject, path: SourcePath): Issue {
  const ctx: ErrorContext = {
    e,
    path,
    parent: (e.parentSchema ?? {}) as SchemaNode,
    where: displayPath(path),
    name: lastName(path),
    params: e.params as Record<string, unknown>,
    issue: (message, hint, at = path, atKey = false) => ({
      path: at,
      atKey,
      message,
      ...(hint === undefined ? {} : { hint }),
      severity: 'error',
    }),
  };
  return shapeIssue(ctx) ?? valueIssue(ctx);
}

/** Errors about the keys of a mapping or the length of a list: unknown, missing, too many. */
function shapeIssue({ e, path, parent, where, name, params, issue }: ErrorContext): Issue | undefined {
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((parent.properties ?? {}) as SchemaNode);
      return issue(
        `unknown key "${key}"${path.length > 0 ? ` in ${where}` : ''}`,
        didYouMean(key, known) ?? `allowed keys: ${known.join(', ')}`,
        [...path, key],
        true,
      );
    }
    case 'required': {
      const missing = String(params.missingProperty);
      if (path.length === 0 && missing === 'run' && e.schemaPath.startsWith('#/else')) {
        return issue(
          'the file needs "run" (one command) or "stages" (a pipeline of commands)',
          'add run: { command: [program, arg] }',
          path,
          true,
        );
      }
      const property = resolveRef(((parent.properties ?? {}) as Record<string, SchemaNode>)[missing]);
      return issue(
        path.length === 0 ? `missing required key "${missing}"` : `${where} is missing "${missing}"`,
        typeof property.description === 'string'
          ? `add ${missing}: ${property.description}`
          : `add ${missing}`,
        path,
        true,
      );
    }
    case 'false schema':
      return issue(
        `"${name}" can't be used together with "stages"`,
        name === 'run'
          ? 'move the command into a stage: stages.<name>.run'
          : `move ${name} into the stage it belongs to: stages.<name>.${name}`,
        path,
        true,
      );
    case 'maxItems':
      return issue(
        `${where} has more than ${String(params.limit)} items`,
        `keep at most ${String(params.limit)}`,
        path,
        true,
      );
    case 'minProperties':
    case 'minItems':
      return issue(
        params.limit === 1
          ? `${where} must not be empty`
          : `${where} needs at least ${String(params.limit)} items`,
        descriptionHint(parent),
      );
    case 'uniqueItems': {
      const j = Number(params.j);
      const items = e.data as unknown[];
      return issue(`${where} lists ${showValue(items[j])} twice`, 'remove the repeated item', [...path, j]);
    }
    default:
      return undefined;
  }
}

/** Errors about one value: its type, its form, its range. */
function valueIssue({ e, path, parent, where, name, params, issue }: ErrorContext): Issue {
  switch (e.keyword) {
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => JSON_TYPES[t] ?? t);
      const first = String(params.type).split(',')[0] ?? '';
      return issue(`${where} must be ${orList(expected)}, not ${showValue(e.data)}`, TYPE_HINTS[first]);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return issue(
        `${where}: ${showValue(e.data)} is not one of ${allowed.join(', ')}`,
        (typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined) ??
          `use one of: ${allowed.join(', ')}`,
      );
    }
    case 'const':
      return issue(
        `${where} must be ${showValue(params.allowedValue)}, not ${showValue(e.data)}`,
        `write ${name}: ${String(params.allowedValue)}`,
      );
    case 'pattern': {
      const known = PATTERNS[String(params.pattern)];
      const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
      if (propertyName !== undefined) {
        return issue(
          `"${propertyName}" in ${where} is not ${known?.what ?? 'a valid name'}`,
          known?.hint,
          [...path, propertyName],
          true,
        );
      }
      const suggestion = typeof e.data === 'string' ? known?.suggest?.(e.data) : undefined;
      return issue(
        `${where}: ${showValue(e.data)} is not ${known?.what ?? 'in the expected form'}`,
        suggestion ?? known?.hint ?? `match ${String(params.pattern)}`,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'greater than',
        exclusiveMaximum: 'less than',
      }[e.keyword];
      return issue(
        `${where} must be ${words} ${String(params.limit)}, not ${showValue(e.data)}`,
        rangeHint(parent),
      );
    }
    case 'maxProperties': {
      const keys = Object.keys((parent.properties ?? {}) as SchemaNode);
      if (parent.minProperties === 1 && parent.maxProperties === 1) {
        return issue(
          `${where} needs exactly one of ${orList(keys.map((k) => `"${k}"`))}`,
          descriptionHint(parent),
          path,
          true,
        );
      }
      return issue(`${where} must not be empty`, descriptionHint(parent), path, true);
    }
    case 'minLength':
      return issue(`${where} must not be empty`, descriptionHint(parent));
    default:
      return issue(`${where} ${e.message ?? 'is not valid'}`, descriptionHint(parent));
  }
}

/** The definition a `$ref` (or a single-entry `allOf` of one) points at, so its description can be shown. */
export function resolveRef(node: unknown): SchemaNode {
  let current = (node ?? {}) as SchemaNode;
  for (;;) {
    const ref =
      typeof current.$ref === 'string'
        ? current.$ref
        : (current.allOf as SchemaNode[] | undefined)?.[0]?.$ref;
    if (typeof ref !== 'string') return current;
    const definitions = experimentSchema.definitions as Record<string, SchemaNode>;
    current = definitions[ref.replace('#/definitions/', '')] ?? {};
  }
}

function rangeHint(parent: SchemaNode): string | undefined {
  const low = parent.minimum ?? parent.exclusiveMinimum;
  const high = parent.maximum ?? parent.exclusiveMaximum;
  if (typeof low === 'number' && typeof high === 'number') return `use a value from ${low} to ${high}`;
  return descriptionHint(parent);
}

function descriptionHint(parent: SchemaNode): string | undefined {
  return typeof parent.description === 'string' ? parent.description : undefined;
}
