import type { CellValues } from './experiment.js';

/**
 * `${{ ... }}` expressions, as in GitHub workflow files. They are substituted into argv items
 * and environment values only, never through a shell, so a matrix value cannot inject commands.
 */
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
const MATRIX_REF = /^matrix\.([A-Za-z0-9_-]+)$/;

export const RUN_VARIABLES = ['shard.index', 'shard.count', 'repeat'] as const;

export interface TemplateExpression {
  /** The text inside the braces, trimmed: "matrix.angle", "shard.index". */
  expression: string;
  /** The axis when the expression is `matrix.<axis>`. */
  axis?: string;
}

export function expressionsIn(text: string): TemplateExpression[] {
  return [...text.matchAll(EXPRESSION)].map((m) => {
    const expression = m[1] as string;
    const axis = MATRIX_REF.exec(expression)?.[1];
    return axis === undefined ? { expression } : { expression, axis };
  });
}

/** True when a `${{` is never closed, e.g. "${{ matrix.angle }" (the expression would pass through as text). */
export function hasUnclosedExpression(text: string): boolean {
  return text.replace(EXPRESSION, '').includes('${{');
}

export interface TemplateContext {
  matrix: CellValues;
  shard?: { index: number; count: number };
  repeat?: number;
}

/** Substitutes every known expression; unknown ones are left as written (validation reports them). */
export function renderTemplate(text: string, context: TemplateContext): string {
  return text.replace(EXPRESSION, (whole, inner: string) => {
    const axis = MATRIX_REF.exec(inner)?.[1];
    if (axis !== undefined) return axis in context.matrix ? String(context.matrix[axis]) : whole;
    if (inner === 'shard.index') return String(context.shard?.index ?? 0);
    if (inner === 'shard.count') return String(context.shard?.count ?? 1);
    if (inner === 'repeat' && context.repeat !== undefined) return String(context.repeat);
    return whole;
  });
}

const WHOLE_MATRIX_REF = /^\s*\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}\s*$/;

/** The axis a whole-value reference such as `${{ matrix.workers }}` names, if the text is exactly one. */
export function matrixReference(text: string): string | undefined {
  return WHOLE_MATRIX_REF.exec(text)?.[1];
}
