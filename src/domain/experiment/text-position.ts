import type { SourcePosition } from './experiment.js';

/**
 * The line and column of an offset into a text. Lines are 1-based and end at "\n" (so CRLF files
 * count right); columns are 1-based and count UTF-16 code units, as every position this project
 * reports does (see UserErrorLocation).
 */
export function positionIn(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
