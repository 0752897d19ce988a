import type { PriceTable } from '../cost/price-table.js';
import { checkCompare, splitSettingPath, withSetting } from './compare-check.js';
import type { CompareSpec, Experiment, SourcePosition } from './experiment.js';
import type { ExperimentFile } from './experiment-file.js';
import { placeIssue, type Issue } from './issue.js';
import { checkLimits } from './limits.js';
import { normaliseExperiment } from './normalise.js';
import { settle, type Problem } from './problem.js';
import { checkSchema } from './schema-check.js';
import { checkSemantics } from './semantic-checks.js';
import { readYamlSource } from './yaml-source.js';
import type { SourcePath, YamlSource } from './yaml-source.js';

export interface ExperimentValidation {
  /** Present when there is no error (warnings allowed). */
  value?: Experiment;
  /** Every problem found, errors and warnings, in file order. */
  problems: Problem[];
  /** 1-based position of a path into the file as written (kebab-case keys), e.g. ["budget", "max-usd"]. */
  locate: (path: SourcePath) => SourcePosition;
  /** The file as parsed, for the `compare:` variants (compareVariant), so it is parsed once. */
  data?: unknown;
}

export interface ValidateOptions {
  /** With a price table, instance types are checked: known (else a did-you-mean) and big enough for their jobs. */
  prices?: PriceTable;
}

/**
 * Reads an experiment file and reports every problem at once, each located in the source:
 * YAML syntax, the schema, and the references between parts of the file. Pure: the caller reads
 * the file and decides what to do with the problems.
 */
export function validateExperimentText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ExperimentValidation {
  return validateExperimentSource(readYamlSource(text, file), file, options);
}

/** The same, for a file already read as YAML (so a caller that looked at it first parses it once). */
export function validateExperimentSource(
  source: YamlSource,
  file: string,
  options: ValidateOptions = {},
): ExperimentValidation {
  const problems = [...source.problems];
  const data = source.data as Record<string, unknown> | undefined;
  if (data !== undefined) {
    for (const issue of checkData(data, true, options.prices)) problems.push(placeIssue(source, file, issue));
  }
  return {
    ...settle(problems, data, (d) => normaliseExperiment(d as unknown as ExperimentFile, file)),
    locate: source.locate,
    ...(data !== undefined ? { data } : {}),
  };
}

/**
 * The experiment as a `compare` entry configures it: the file with the entry's overrides applied,
 * normalised. Undefined when the file or the overridden file has errors (validation reports them).
 */
export function compareVariant(parsed: unknown, file: string, compare: CompareSpec): Experiment | undefined {
  let data = parsed;
  if (data === undefined) return undefined;
  for (const [dotted, value] of Object.entries(compare.override)) {
    data = withSetting(data, splitSettingPath(dotted, data), value);
  }
  if (checkData(data, false).some((i) => i.severity === 'error')) return undefined;
  return normaliseExperiment(data as ExperimentFile, file);
}

/** Schema first; semantic checks only where the schema found nothing, so one mistake is reported once. */
function checkData(data: unknown, withCompare: boolean, prices?: PriceTable): Issue[] {
  const schemaIssues = checkSchema(data);
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const overLimits = checkLimits(record);
  if (overLimits.length > 0) return [...schemaIssues, ...overLimits];
  const overlapsSchema = schemaOverlap(schemaIssues);
  const semantic = checkSemantics(record, prices).filter((s) => !overlapsSchema(s.path, true));
  const compare = withCompare ? checkCompare(record, (d) => checkData(d, false)) : [];
  return [...schemaIssues, ...semantic, ...compare.filter((c) => !overlapsSchema(c.path, false))];
}

/**
 * Whether a path lies on the way to, or under, a path the schema already complained about; with
 * sets of prefixes, so thousands of schema issues do not make this quadratic.
 */
function schemaOverlap(schemaIssues: Issue[]): (path: SourcePath, rootToo: boolean) => boolean {
  const key = (path: SourcePath, length: number) => JSON.stringify(path.slice(0, length));
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  let root = false;
  for (const { path } of schemaIssues) {
    if (path.length === 0) root = true;
    else exact.add(key(path, path.length));
    for (let n = 1; n <= path.length; n++) prefixes.add(key(path, n));
  }
  return (path, rootToo) => {
    if (path.length === 0) return rootToo && root;
    if (prefixes.has(key(path, path.length))) return true;
    for (let n = 1; n <= path.length; n++) if (exact.has(key(path, n))) return true;
    return false;
  };
}
