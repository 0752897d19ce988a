import type { PriceTable } from '../cost/price-table.js';
import { checkComputeAxes } from './checks/compute-axes.js';
import { checkInstanceTypes } from './checks/instance-types.js';
import { checkCompare, splitSettingPath, withSetting } from './compare-check.js';
import type { CompareSpec, Experiment, SourcePosition } from './experiment.js';
import type { ExperimentFile } from './experiment-file.js';
import { placeIssue, type Issue } from './issue.js';
import { normaliseExperiment } from './normalise.js';
import type { Problem } from './problem.js';
import { checkSchema } from './schema-check.js';
import { checkSemantics } from './semantic-checks.js';
import { readYamlSource } from './yaml-source.js';
import type { SourcePath } from './yaml-source.js';

export interface ExperimentValidation {
  /** Present when there is no error (warnings allowed). */
  value?: Experiment;
  /** Every problem found, errors and warnings, in file order. */
  problems: Problem[];
  /** 1-based position of a path into the file as written (kebab-case keys), e.g. ["budget", "max-usd"]. */
  locate: (path: SourcePath) => SourcePosition;
}

/**
 * Reads an experiment file and reports every problem at once, each located in the source:
 * YAML syntax, the schema, and the references between parts of the file. Pure: the caller reads
 * the file and decides what to do with the problems.
 */
export function validateExperimentText(
  text: string,
  file: string,
  options: { prices?: PriceTable } = {},
): ExperimentValidation {
  const source = readYamlSource(text, file);
  const problems = [...source.problems];
  const data = source.data as Record<string, unknown> | undefined;
  if (data !== undefined) {
    for (const issue of checkData(data, true, options.prices)) problems.push(placeIssue(source, file, issue));
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = data !== undefined && !problems.some((p) => p.severity === 'error');
  return {
    ...(ok ? { value: normaliseExperiment(data as unknown as ExperimentFile, file) } : {}),
    problems,
    locate: source.locate,
  };
}

/**
 * The experiment as a `compare` entry configures it: the file with the entry's overrides applied,
 * normalised. Undefined when the file or the overridden file has errors (validation reports them).
 */
export function compareVariant(text: string, file: string, compare: CompareSpec): Experiment | undefined {
  let data = readYamlSource(text, file).data;
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
  const overlaps = (a: SourcePath, b: SourcePath) =>
    a.length > 0 && b.length > 0 && a.slice(0, Math.min(a.length, b.length)).every((s, i) => s === b[i]);
  const semantic = [
    ...checkSemantics(record),
    ...checkComputeAxes(record),
    ...(prices ? checkInstanceTypes(record, prices) : []),
  ].filter(
    (s) =>
      !schemaIssues.some((e) => overlaps(e.path, s.path) || (e.path.length === 0 && s.path.length === 0)),
  );
  const compare = withCompare ? checkCompare(record, (d) => checkData(d, false)) : [];
  return [
    ...schemaIssues,
    ...semantic,
    ...compare.filter((c) => !schemaIssues.some((e) => overlaps(e.path, c.path))),
  ];
}
