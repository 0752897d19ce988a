import { escapeTerminal } from '../terminal-text.js';
import { UnreadableFile } from '../unreadable-file.js';
import { isUserError } from '../user-error.js';

/** A problem found in an experiment file, located in its source. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it: a close key name for a typo, an allowed value, a unit example. */
  hint?: string;
  severity: 'error' | 'warning';
}

export interface ValidationResult<T> {
  value?: T;
  problems: Problem[];
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * A validation's end: the problems in file order (sorted in place), and the value `normalise`
 * makes of the data only when there is data and no problem is an error (warnings allowed).
 */
export function settle<D, T>(
  problems: Problem[],
  data: D | undefined,
  normalise: (data: D) => T,
): ValidationResult<T> {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = data !== undefined && !hasErrors(problems);
  return { ...(ok ? { value: normalise(data) } : {}), problems };
}

/** One terminal line: the file name, message and hint hold the file's own text, escaped. */
export function formatProblem(p: Problem): string {
  const where = `${escapeTerminal(p.file)}:${p.line}:${p.column}`;
  return escapeTerminal(`${where}: ${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
}

/**
 * A file that could not be read, as a problem like any other: located, with what to do. `hint`
 * says what file was wanted, for one that could not be opened at all.
 */
export function unreadableProblem(file: string, error: unknown, hint: string): Problem {
  // Not opened at all (missing, a folder, a link out of the workspace): about the file as a whole.
  if (error instanceof UnreadableFile)
    return { file, line: 1, column: 1, severity: 'error', message: error.reason, hint };
  // Refused while reading (too large, not UTF-8): located where the reader found it.
  if (!isUserError(error)) throw error;
  const { line = 1, column = 1 } = error.location;
  return {
    file,
    line,
    column,
    severity: 'error',
    message: error.message,
    hint: error.hint ?? 'fix the file and try again',
  };
}
