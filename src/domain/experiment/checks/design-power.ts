/**
 * A design that cannot detect any change at all: `analysis.fail-on.regression` asks to fail on
 * a regression, but with fewer than two repeats no comparison with the base run can ever be
 * tested, so the gate can never fire. Warned at the `repeats` line (or at the gate when the
 * file leaves repeats at its default of 1).
 */
import { obj, type CheckContext, type ProblemSink } from './context.js';

export function checkDesignPower({ data }: CheckContext, sink: ProblemSink): void {
  const failOn = obj(obj(data.analysis)?.['fail-on']);
  const regression = failOn?.regression;
  if (regression === undefined || regression === false) return;
  const repeats =
    typeof data.repeats === 'number' ? data.repeats : data.repeats === undefined ? 1 : undefined;
  if (repeats === undefined || repeats >= 2) return;
  sink.warn(
    data.repeats === undefined ? ['analysis', 'fail-on', 'regression'] : ['repeats'],
    `repeats: ${repeats}: analysis.fail-on.regression can never fire, since with one repeat a run's ` +
      `comparison with its base cannot be tested (Welch's t needs at least 2 repeats on each side)`,
    'set repeats: 5 or more (batchbench plan states the smallest change a design detects)',
  );
}
