import { thresholdBeyondBound } from '../units.js';
import { obj, type CheckContext, type ProblemSink } from './context.js';

/** analysis.fail-on.regression: a threshold no wider than a comparison can mean. */
export function checkFailOn({ data }: CheckContext, sink: ProblemSink): void {
  const regression = obj(obj(data.analysis)?.['fail-on'])?.regression;
  const beyond = typeof regression === 'string' ? thresholdBeyondBound(regression) : undefined;
  if (beyond)
    sink.error(
      ['analysis', 'fail-on', 'regression'],
      `analysis.fail-on.regression: ${beyond}`,
      'write the slowdown that should fail the run, such as 5% or 20%',
    );
}
