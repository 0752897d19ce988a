import { didYouMean } from '../edit-distance.js';
import { displayPath, showValue } from '../issue.js';
import { valuesOf } from '../matrix-spec.js';
import { expressionsIn, hasUnclosedExpression, matrixReference, RUN_VARIABLES } from '../templates.js';
import type { SourcePath } from '../yaml-source.js';
import type { CheckContext, ProblemSink } from './context.js';
import { shortList } from './context.js';

/** Every `${{ ... }}` in a text must be closed and name a matrix key or a run variable. */
export function checkText(ctx: CheckContext, sink: ProblemSink, text: string, path: SourcePath): void {
  if (hasUnclosedExpression(text)) {
    sink.error(path, `${displayPath(path)}: "\${{" is not closed with "}}"`, 'write ${{ matrix.<axis> }}');
  }
  for (const { expression, axis } of expressionsIn(text)) {
    if (axis !== undefined) {
      if (!ctx.isKey(axis)) {
        sink.error(
          path,
          `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`,
          ctx.axisHint(axis),
        );
      }
    } else if (!(RUN_VARIABLES as readonly string[]).includes(expression)) {
      const known = [...ctx.keys.map((k) => `matrix.${k}`), ...RUN_VARIABLES];
      sink.error(
        path,
        `${displayPath(path)}: unknown expression \${{ ${expression} }}`,
        didYouMean(expression, known) ?? `use one of: ${shortList(known.map((k) => `\${{ ${k} }}`))}`,
      );
    }
  }
}

/**
 * A whole-value `${{ matrix.x }}` reference: the axis must exist and each of its values must pass.
 * Returns the values, or undefined when the text is no reference (or names no axis).
 */
export function checkReference(
  ctx: CheckContext,
  sink: ProblemSink,
  text: string,
  path: SourcePath,
  valueOk: (v: unknown) => boolean,
  needs: string,
): unknown[] | undefined {
  const axis = matrixReference(text);
  if (axis === undefined) return undefined;
  if (!ctx.isKey(axis)) {
    sink.error(path, `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`, ctx.axisHint(axis));
    return undefined;
  }
  const values = valuesOf(ctx.matrix, axis);
  for (const { value, path: at } of values) {
    if (!valueOk(value)) {
      sink.error(
        at,
        `${displayPath(at)}: ${showValue(value)} is used as ${displayPath(path)} and ${needs}`,
        `change the value, or stop using \${{ matrix.${axis} }} there`,
      );
    }
  }
  return values.map((v) => v.value);
}
