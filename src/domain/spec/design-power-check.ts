/**
 * A design that cannot detect any change at all: `analysis.fail-on.regression` asks to fail on
 * a regression, but with fewer than two repeats no comparison with the base run can ever be
 * tested, so the gate can never fire. Warned at the `repeats` line (or at the gate when the
 * file leaves repeats at its default of 1).
 */
import type { Issue } from './issue.js';

type Obj = Record<string, unknown>;

const obj = (x: unknown): Obj | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;

export function checkDesignPower(data: Obj): Issue[] {
  const failOn = obj(obj(data.analysis)?.['fail-on']);
  const regression = failOn?.regression;
  if (regression === undefined || regression === false) return [];
  const repeats =
    typeof data.repeats === 'number' ? data.repeats : data.repeats === undefined ? 1 : undefined;
  if (repeats === undefined || repeats >= 2) return [];
  return [
    {
      path: data.repeats === undefined ? ['analysis', 'fail-on', 'regression'] : ['repeats'],
      atKey: false,
      severity: 'warning',
      message:
        `repeats: ${repeats}: analysis.fail-on.regression can never fire, since with one repeat a run's ` +
        `comparison with its base cannot be tested (Welch's t needs at least 2 repeats on each side)`,
      hint: 'set repeats: 5 or more (batchbench plan states the smallest change a design detects)',
    },
  ];
}
