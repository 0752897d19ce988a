import type { CellValues } from '../spec/experiment.js';

/** `${{ matrix.angle }}`, `${{ shard.index }}`, `${{ repeat }}`: the only expressions a file may use. */
export const EXPRESSION = /\$\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

export interface TemplateContext {
  matrix: CellValues;
  shard?: { index: number; count: number };
  repeat?: number;
}

/**
 * Substitutes expressions in one argv item or env value. Plain text substitution, never a
 * shell: the result is one argument whatever it contains. An unknown name is left as written;
 * validation has already refused files that use one.
 */
export function substitute(text: string, ctx: TemplateContext): string {
  return text.replace(EXPRESSION, (whole, name: string) => {
    const value = lookup(name, ctx);
    return value === undefined ? whole : value;
  });
}

function lookup(name: string, ctx: TemplateContext): string | undefined {
  if (name.startsWith('matrix.')) {
    const v = ctx.matrix[name.slice('matrix.'.length)];
    return v === undefined ? undefined : String(v);
  }
  if (name === 'shard.index') return ctx.shard ? String(ctx.shard.index) : '0';
  if (name === 'shard.count') return ctx.shard ? String(ctx.shard.count) : '1';
  if (name === 'repeat') return ctx.repeat === undefined ? undefined : String(ctx.repeat);
  return undefined;
}

/** The names an expression-bearing string refers to, for validation. */
export function referencedNames(text: string): string[] {
  return [...text.matchAll(EXPRESSION)].map((m) => m[1] as string);
}
