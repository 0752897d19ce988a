import type { DecideSpec } from '../domain/experiment/experiment.js';
import { parseDuration } from '../domain/experiment/units.js';
import { pickFlags, usageError } from './flags.js';

/** The flags that ask the recommendation another question than the file's decide: (run, report). */
export const DECIDE_FLAGS = pickFlags('budget', 'deadline');

export const DECIDE_HELP = `  --budget USD        recommend the fastest cell costing at most USD a run (over decide.budget-usd)
  --deadline TIME     recommend the cheapest cell taking at most TIME a run, e.g. 10m (over decide.deadline)`;

/** --budget and --deadline as a decide: to lay over the file's; undefined when neither is given. */
export function decideFlags(
  command: string,
  values: { budget?: string; deadline?: string },
): DecideSpec | undefined {
  const out: DecideSpec = {};
  if (values.budget !== undefined) {
    // Plain decimals only: Number() would also take "Infinity", "1e400" and "0x10".
    const plain = /^\s*\$?\s*(\d+(?:\.\d*)?|\.\d+)\s*$/.exec(values.budget);
    const usd = plain ? Number(plain[1]) : NaN;
    if (!(usd > 0 && Number.isFinite(usd)))
      throw usageError(command, `--budget takes an amount in US dollars above 0, not "${values.budget}"`);
    out.budgetUsd = usd;
  }
  if (values.deadline !== undefined) {
    const seconds = parseDuration(values.deadline);
    if (seconds === undefined || seconds <= 0 || !Number.isFinite(seconds))
      throw usageError(
        command,
        `--deadline takes a duration such as 90s, 15m or 2h, not "${values.deadline}"`,
      );
    out.deadlineSec = seconds;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
