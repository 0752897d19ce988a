import type { Problem } from './problem.js';
import type { SourcePath, YamlSource } from './yaml-source.js';

/** A problem before it is located: where in the data it is, and whether the key or the value is at fault. */
export interface Issue {
  path: SourcePath;
  /** Point at the key itself (unknown or misspelt keys, missing children) rather than its value. */
  atKey: boolean;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** `stages.train.run.command[0]`, as a user would name the spot; "the file" for the root. */
export function displayPath(path: SourcePath): string {
  if (path.length === 0) return 'the file';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** A value as the user wrote it, for quoting in a message. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** An issue located in the file it was found in: at its key or at its value. */
export function placeIssue(source: YamlSource, file: string, issue: Issue): Problem {
  const at = issue.atKey ? source.locateKey(issue.path) : source.locate(issue.path);
  return {
    file,
    line: at.line,
    column: at.column,
    message: issue.message,
    ...(issue.hint === undefined ? {} : { hint: issue.hint }),
    severity: issue.severity,
  };
}
