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

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  return `${where}: ${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}
