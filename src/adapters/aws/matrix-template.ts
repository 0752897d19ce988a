import type { CellValues } from '../../domain/experiment/experiment.js';

const MATRIX_EXPRESSION = /\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}/g;

/**
 * Substitutes only `${{ matrix.x }}`: one array job serves every repeat and shard of a cell, so
 * `${{ shard.index }}`, `${{ shard.count }}` and `${{ repeat }}` stay for the container runner to
 * resolve per child. (renderTemplate fills absent shard values with 0 and 1, which is right for
 * a single local job but not here.)
 */
export function renderMatrixOnly(text: string, matrix: CellValues): string {
  return text.replace(MATRIX_EXPRESSION, (whole, axis: string) =>
    axis in matrix ? String(matrix[axis]) : whole,
  );
}
