import type { Problem } from '../../domain/experiment/problem.js';
import { escapeTerminal } from '../../domain/terminal-text.js';

/**
 * A problem as a GitHub Actions workflow command, so the runner shows it as an annotation on
 * the file, line and column. Escaping follows the runner's rules (the same as @actions/core's
 * issueCommand): data escapes %, CR and LF; properties also escape ':' and ','.
 */
export function annotation(problem: Problem): string {
  const level = problem.severity === 'error' ? 'error' : 'warning';
  const props = [
    `file=${escapeProperty(escapeTerminal(problem.file))}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty('batchbench')}`,
  ].join(',');
  const message = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
  // Control characters become visible escapes first: no line break is left for escapeData, and
  // no ESC reaches the log.
  return `::${level} ${props}::${escapeData(escapeTerminal(message))}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
