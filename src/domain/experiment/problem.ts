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
