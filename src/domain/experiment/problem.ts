import { escapeTerminal } from '../terminal-text.js';

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
